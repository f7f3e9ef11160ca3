#pragma once

#include "agentstate.h"

#include <QList>
#include <QObject>

class AgentAvailability;
class QAction;
class QActionGroup;
class Session;

// The agent's availability as actions, like the call operations: one per state the server
// offers (Ready, each Not Ready reason, After Call Work) and Do Not Disturb, enabled from
// one place (update) and shared by every menu that offers them. The current state is
// checked; a disabled one says why in its tips ("Ready: offline: reconnecting"). Ready and
// Not Ready have shortcuts (F7, F8).
class AgentStateActions : public QObject
{
    Q_OBJECT
public:
    AgentStateActions(Session *session, AgentAvailability *availability, QObject *parent = nullptr);

    QList<QAction *> stateActions() const { return m_states; }
    QAction *doNotDisturb() const { return m_dnd; }
    // Words the texts and tips again in the language now installed (the owner widget's
    // LanguageChange); the states keep the server's names.
    void retranslate();
    // Why no state can be chosen now ("offline: reconnecting"); empty if one can.
    QString obstacle() const;

signals:
    void rebuilt(); // the server's list of states changed: menus take the new actions

private:
    void rebuild();
    void update();

    Session *m_session;
    AgentAvailability *m_availability;
    QList<AgentStateOption> m_options; // m_states[i] sets m_options[i]
    QList<QAction *> m_states;
    QActionGroup *m_group = nullptr;
    QAction *m_dnd;
};
