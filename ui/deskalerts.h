#pragma once

#include "alertsettings.h"
#include "teamthresholds.h"

#include <QObject>
#include <QPointer>

class CallController;
class DesktopNotifier;
class MainWindow;
class QAction;
class RingingAlerts;
class Session;
class SettingsDialog;
class TrayIcon;

// The window's alerts for ringing calls and their settings, wired once: RingingAlerts,
// the TrayIcon, and Tools > Settings… (Ctrl+,) that switches them (and sets how long the
// call history keeps calls), saved with QSettings.
class DeskAlerts : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of `notifier` (FreedesktopNotifier in the program, a fake in tests).
    DeskAlerts(MainWindow *window, Session *session, CallController *calls,
               DesktopNotifier *notifier, QObject *parent = nullptr);
    ~DeskAlerts() override;

    RingingAlerts *ringing() const { return m_ringing; }
    TrayIcon *tray() const { return m_tray; }
    QAction *settingsAction() const { return m_settingsAction; }
    // The open Settings dialog, else null.
    SettingsDialog *settingsDialog() const;

    // Applies and saves (QSettings).
    void apply(const AlertSettings &settings);
    // Saves the history's retention (QSettings) and has it applied now.
    void applyRetention(int days);
    void applyTeamThresholds(const TeamThresholds &thresholds);
    void openSettings();

signals:
    // The agent pressed OK in Settings: the history deletes calls older than `days` now.
    void historyRetentionChanged(int days);

private:
    MainWindow *m_window;
    Session *m_session;
    RingingAlerts *m_ringing;
    TrayIcon *m_tray;
    QAction *m_settingsAction;
    QPointer<SettingsDialog> m_dialog;
};
