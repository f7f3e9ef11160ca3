#pragma once

#include <QDateTime>
#include <QTimer>
#include <functional>
#include <QToolButton>

class QAction;
class QMenu;
class AgentAvailability;
class AgentStateActions;
class Session;
struct UserState;

// The colour of an agent state wherever it is shown (this button, the tray icon).
QColor agentStateColor(const UserState &state);

// The agent's availability, always visible (name, colour, time in state), and the menu
// to change it: Ready, each Not Ready reason, After Call Work, Do Not Disturb, the current
// one checked. While the agent is on a call it says "On a call"; the state stays in its
// tool tip and accessible description.
class AgentStateButton : public QToolButton
{
    Q_OBJECT
public:
    AgentStateButton(Session *session, AgentAvailability *availability, QWidget *parent = nullptr);

    QMenu *stateMenu() const { return m_menu; }
    QAction *doNotDisturbAction() const;
    AgentStateActions *actions() const { return m_actions; }
    // The time-in-state clock ticks only while it is on screen and the session online.
    bool isTicking() const { return m_ticker.isActive(); }

    // The time now, for the time in state (tests move it on).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // What the button shows: its text (the state) and the time in it, which ticks.
    QString shownText() const { return m_shownText; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuildMenu();
    void refresh();
    void updateTicker();

    Session *m_session;
    AgentAvailability *m_availability;
    AgentStateActions *m_actions;
    QMenu *m_menu;
    QTimer m_ticker;
    bool m_shown = false; // a minimized window's widgets get (spontaneous) hide events
    QString m_shownText;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};
