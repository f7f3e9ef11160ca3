#pragma once

#include "alertsettings.h"
#include "teamthresholds.h"

#include <QDialog>
#include <utility>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

// The agent's settings: the language (Translations), each alert for ringing calls on or off
// (tray icon, notification, urgency hint, title, ring tone), the ring tone's output device,
// volume and second device, the case-data keys that hold the caller's name, and how long
// the call history keeps calls, and the team board's time-in-state thresholds.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `outputs`: the audio outputs to offer, (id, description) as Ringer::outputDevices().
    SettingsDialog(const AlertSettings &settings,
                   const QList<std::pair<QByteArray, QString>> &outputs,
                   QWidget *parent = nullptr);

    AlertSettings settings() const;
    // "Keep call history for N days" (HistoryRetention).
    void setRetentionDays(int days);
    int retentionDays() const;
    // A language code (Translations); empty: the system's. Starts as the one applied now.
    void setLanguage(const QString &code);
    QString language() const;
    // The team board's time-in-state thresholds (a supervisor's board; minutes).
    void setTeamThresholds(const TeamThresholds &thresholds);
    TeamThresholds teamThresholds() const;
    // The team board's section: hidden unless shown (only supervisors have a board).
    void setTeamBoardShown(bool shown);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillDevices(QComboBox *combo, const QByteArray &current,
                     const QList<std::pair<QByteArray, QString>> &outputs);
    void updateEnabled();
    void retranslateUi();
    QString volumeText(int percent) const;
    void showVolume(int percent);
    void showRetentionUnit(int days);
    QString unpluggedText(const QByteArray &id) const;

    QGroupBox *m_languageBox;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QGroupBox *m_alertsBox;
    QCheckBox *m_tray;
    QCheckBox *m_notification;
    QCheckBox *m_urgency;
    QCheckBox *m_title;
    QCheckBox *m_sound;
    QGroupBox *m_soundBox;
    QComboBox *m_device;
    QLabel *m_deviceLabel;
    QSlider *m_volume;
    QLabel *m_volumeLabel;
    QLabel *m_volumeText;
    QComboBox *m_secondDevice;
    QLabel *m_secondDeviceLabel;
    QLabel *m_noOutput = nullptr; // only when no output was found
    QGroupBox *m_callerBox;
    QLineEdit *m_nameKeys;
    QLabel *m_nameKeysLabel;
    QGroupBox *m_historyBox;
    QSpinBox *m_retention;
    QLabel *m_retentionLabel;
    QGroupBox *m_teamBox;
    // Not Ready warning/alert, after-call work warning/alert, with their labels.
    QSpinBox *m_thresholds[4];
    QLabel *m_thresholdLabels[4];
};
