#pragma once

// A contact center at work, for benchmarks (POST /sim/load, a simulator extension under
// /sim): every agent (ROLE_AGENT without ROLE_SUPERVISOR) logged in, `calls` inbound calls
// kept going (an outside number rings a Ready agent who has no call, the agent answers after
// `answerSeconds`, the caller hangs up after `callSeconds` +-50%), and
// `stateChangesPerSecond` agent-state changes (a logged-in agent without a call goes from
// Ready to NotReady with a reason, or back to Ready). Also POST /sim/agents/state: agents'
// own voice-channel operations, posted for them, so a benchmark can drive many agents
// without a client each. Everything goes through the parts real requests use
// (CallControl, AgentStateControl, ContactCenterSession): every client hears what it would.

#include "opresult.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>
#include <QTimer>
#include <vector>

class AgentStateControl;
class CallControl;
class ContactCenterSession;
class Directory;
class Telephony;

class LoadDriver : public QObject
{
    Q_OBJECT
public:
    struct Parts
    {
        Directory *directory = nullptr;
        Telephony *telephony = nullptr;
        CallControl *control = nullptr;
        AgentStateControl *agentStates = nullptr;
        ContactCenterSession *ccSession = nullptr;
    };
    explicit LoadDriver(const Parts &parts, QObject *parent = nullptr);

    // POST /sim/load: starts (or changes) the load; {"load": status} on success.
    OpResult start(const QJsonObject &body);
    // DELETE /sim/load: no more load; its calls are hung up by their callers.
    OpResult stop();
    // GET /sim/load: {"calls", "stateChangesPerSecond", "callSeconds", "answerSeconds",
    // "running", "agents", "active", "callsStarted", "callsEnded", "stateChanges"}.
    QJsonObject status() const;
    // The users changed (a new configuration): forget the load without touching calls.
    void forget();

    // POST /sim/agents/state {"userNames": [...], "operationName", "reasonCode"?, ...}.
    OpResult postForAgents(const QJsonObject &body);

private:
    struct LoadCall
    {
        QString connectionId;
        QString agentLegId;
        qint64 answerAtMs = 0;
        qint64 hangUpAtMs = 0; // once answered
        bool answered = false;
    };

    void tick();
    void advanceCalls(qint64 nowMs);
    void startCalls(qint64 nowMs);
    void changeStates(double seconds);
    // A logged-in agent who is Ready (`ready`) or not, without a call; empty if none found.
    QString pickAgent(bool mustBeReady) const;
    bool hasCall(const QString &userName) const;

    Parts m_parts;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    QStringList m_agents; // the user names driven
    std::vector<LoadCall> m_calls;
    int m_targetCalls = 0;
    double m_stateRate = 0;
    double m_callSeconds = 20;
    double m_answerSeconds = 1;
    double m_stateBudget = 0;
    quint64 m_nextCaller = 0;
    quint64 m_callsStarted = 0;
    quint64 m_callsEnded = 0;
    quint64 m_stateChanges = 0;
};
