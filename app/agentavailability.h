#pragma once

#include "agentstate.h"
#include "device.h"

#include <QDateTime>
#include <QList>
#include <QObject>

class GwsClient;
class Session;
struct GwsResult;

// The agent's availability: the states the server's settings offer (Ready, Not Ready with
// reasons, After Call Work, ...) set on the voice channel, Do Not Disturb on the device,
// and how long the agent has been in the current state. The state itself is the Session's
// device (userState), as the server last said it.
class AgentAvailability : public QObject
{
    Q_OBJECT
public:
    AgentAvailability(Session *session, GwsClient *client, QObject *parent = nullptr);

    // The options come from the server's agent-states settings, else the system states.
    QList<AgentStateOption> agentStates() const { return m_agentStates; }
    bool setAgentState(const AgentStateOption &option);
    bool setDoNotDisturb(bool on);
    // When the agent's state last changed (as seen by this client).
    QDateTime stateSince() const { return m_stateSince; }
    // A state or DND request is out.
    bool isChanging() const { return m_stateOut || m_dndOut; }

signals:
    void agentStatesChanged();
    // The agent's state or its since-time changed (after the Session's deviceChanged).
    void stateChanged();
    void changingChanged();
    // The answer to setAgentState: ok, or what went wrong (after errorOccurred).
    void stateRequestFinished(bool ok, const QString &error);
    void errorOccurred(const QString &message);

private:
    void fetchAgentStates();
    void onDeviceChanged();
    void report(const QString &message);

    Session *m_session;
    GwsClient *m_client;
    QList<AgentStateOption> m_agentStates = AgentStateOption::defaults();
    QDateTime m_stateSince;
    UserState m_lastState;
    bool m_stateOut = false;
    bool m_dndOut = false;
};
