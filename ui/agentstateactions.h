#pragma once

#include <QList>
#include <QObject>

class AgentAvailability;
class QAction;
class Session;

// The agent's availability as actions, like the call operations: one per state the server
// offers (Ready, each Not Ready reason, After Call Work) and Do Not Disturb, enabled from
// one place (update) and shared by every menu that offers them.
class AgentStateActions : public QObject
{
    Q_OBJECT
public:
    AgentStateActions(Session *session, AgentAvailability *availability, QObject *parent = nullptr);

    QList<QAction *> stateActions() const { return m_states; }
    QAction *doNotDisturb() const { return m_dnd; }

signals:
    void rebuilt(); // the server's list of states changed: menus take the new actions

private:
    void rebuild();
    void update();

    Session *m_session;
    AgentAvailability *m_availability;
    QList<QAction *> m_states;
    QAction *m_dnd;
};
