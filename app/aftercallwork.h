#pragma once

#include "agentstate.h"
#include "device.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

class AgentAvailability;
class GwsClient;
class Session;

// After-call work (ACW) as the server runs it: after a call it puts the agent in
// `NotReady` with `workMode: "AfterCallWork"` (gws-protocol.md, device-state-aftercallwork
// sample), for the `WrapUpTime` the call's notifications announced (T-Server, "Emulated
// After-Call Work": seconds, or "untimed"; at the end of timed ACW the server makes the
// agent Ready itself). This keeps:
// - the state the agent had before the call: the last one that was not ACW when a
//   handled call connected (Ready, or Not Ready - Lunch...), which Done returns to;
// - the countdown's deadline: when ACW began plus that call's WrapUpTime (none: untimed);
// - Extend: AfterCallWork again with `wrapUpTime` = the seconds left plus the extension
//   ("AgentStateAfterCallWork", GWS 8.5.2: "passed to T-Server in extensions to
//   change/cancel agent wrap-up time", a string of seconds).
class AfterCallWork : public QObject
{
    Q_OBJECT
public:
    AfterCallWork(Session *session, GwsClient *client, AgentAvailability *availability,
                  QObject *parent = nullptr);

    // Extend adds this much (QSettings wrapUp/extendSeconds, default 60).
    void setExtendSeconds(int seconds) { m_extendSeconds = qMax(1, seconds); }
    int extendSeconds() const { return m_extendSeconds; }

    // The agent is in after-call work now (the server says so).
    bool isActive() const { return m_active; }
    // When timed ACW ends; invalid when untimed or not in ACW.
    QDateTime deadline() const { return m_active ? m_deadline : QDateTime(); }
    bool isTimed() const { return deadline().isValid(); }
    // Whole seconds left (rounded up) at `now`; 0 once past, -1 when untimed or not in ACW.
    int secondsLeft(const QDateTime &now) const;

    // Why Extend cannot be pressed now, or empty.
    QString extendBlockedReason() const;
    // Sends AfterCallWork with the seconds left plus the extension; false if blocked.
    bool extend();

    // The state Done returns to, and its name ("Not Ready - Lunch"); Ready when unknown.
    AgentStateOption returnState() const;
    QString returnStateName() const;

    // Done: when the agent is in ACW, back to the state before the call through
    // AgentAvailability::setAgentState (the reason kept). finished(true) when that is done
    // or there was nothing to do (not in ACW: the server already ended it, the state is
    // left alone); finished(false) after errorOccurred when it failed or could not be
    // sent. Returns false when a return is already under way (nothing sent).
    bool finish();
    bool isReturning() const { return m_returning; }

signals:
    void changed(); // ACW began or ended, the deadline moved, Extend or Done busy or free
    void finished(bool ok);
    void errorOccurred(const QString &message);

private:
    void onCallsChanged();
    void onDeviceChanged();
    void returnFinished(bool ok, const QString &error);
    void report(const QString &message);

    Session *m_session;
    GwsClient *m_client;
    AgentAvailability *m_availability;
    int m_extendSeconds = 60;

    QSet<QString> m_connected;  // handled calls seen connected, while the model has them
    bool m_callSinceAcw = false; // a handled call connected since ACW last began
    int m_wrapUpSeconds = -1;    // the last handled call's WrapUpTime (-1: not told)
    bool m_knowPrevious = false;
    UserState m_previous;        // the state before the call, when m_knowPrevious

    bool m_active = false;
    QDateTime m_deadline;
    bool m_extending = false;
    bool m_returning = false;
};
