#pragma once

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <memory>

class AgentStateActions;
class MissedCalls;
class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;
class RingingAlerts;
class Session;

// The softphone in the system tray: the icon shows the agent state's colour (orange
// while a call rings) and the number of missed calls not yet seen on a badge, the tool
// tip the state, "On a call", the ringing callers and the missed calls, and the menu
// offers Answer, the agent states, the call history, Show and Quit: the same QActions as
// the window's where there is one, so they are enabled by the same rules. Where the desktop has no tray it
// shows nothing; icon, tip and menu are kept all the same.
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    TrayIcon(Session *session, RingingAlerts *alerts, QAction *answer,
             AgentStateActions *states, QWidget *window, QObject *parent = nullptr);
    ~TrayIcon() override;

    // The missed calls to count and the window's history action (View > Call history).
    void setHistory(MissedCalls *missed, QAction *history);
    QAction *historyAction() const { return m_historyEntry; }
    // Shows or removes the icon (the Settings dialog's switch).
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    // In the tray now (enabled, and the desktop has one).
    bool isShown() const;
    QString toolTip() const { return m_toolTip; }
    QIcon icon() const { return m_icon; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *showAction() const { return m_show; }
    QAction *quitAction() const { return m_quit; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate(); // menu and tip in the language now installed
    void rebuildMenu();
    void refresh();
    void showWindow();
    void updateHistoryEntry();

    Session *m_session;
    RingingAlerts *m_alerts;
    QAction *m_answer;
    AgentStateActions *m_states;
    QPointer<QWidget> m_window;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_show;
    QAction *m_quit;
    QAction *m_historyEntry; // opens the window's history (whose action toggles it)
    QPointer<QAction> m_history;
    QPointer<MissedCalls> m_missed;
    QIcon m_icon;
    QString m_toolTip;
    QString m_iconKey; // what m_icon shows: painted again only when it changes
    bool m_enabled = false;
    std::unique_ptr<QSystemTrayIcon> m_tray; // only where the desktop has a tray
};
