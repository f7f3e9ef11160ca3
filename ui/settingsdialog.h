#pragma once

#include "alertsettings.h"

#include <QDialog>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;

// The agent's settings for ringing calls: each alert on or off (tray icon, notification,
// urgency hint, title, ring tone), the ring tone's output device, volume and second
// device, the case-data keys that hold the caller's name, and how long the call history
// keeps calls.
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

private:
    void fillDevices(QComboBox *combo, const QString &none, const QByteArray &current,
                     const QList<std::pair<QByteArray, QString>> &outputs);
    void updateEnabled();

    QCheckBox *m_tray;
    QCheckBox *m_notification;
    QCheckBox *m_urgency;
    QCheckBox *m_title;
    QCheckBox *m_sound;
    QComboBox *m_device;
    QSlider *m_volume;
    QLabel *m_volumeText;
    QComboBox *m_secondDevice;
    QLineEdit *m_nameKeys;
    QSpinBox *m_retention;
};
