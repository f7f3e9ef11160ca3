#pragma once

// Agent availability: the operations of POST /api/v2/me/channels/voice (Ready, NotReady
// with a reason, AfterCallWork and AuxWork, which are NotReady work modes), the
// "agent-states" settings that list the choices, and wrap-up: after a call an agent spends
// the configured time in NotReady/AfterCallWork. Do Not Disturb is a device operation
// (DeviceControl).

#include "opresult.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>

class Directory;
class Telephony;

class AgentStateControl : public QObject
{
    Q_OBJECT
public:
    // setWrapUpTime(UntimedWrapUp): after-call work until the agent changes state.
    static constexpr int UntimedWrapUp = -1;

    AgentStateControl(Directory *directory, Telephony *telephony, QObject *parent = nullptr);

    // 0 (the default) turns wrap-up off. Calls announce it as the `WrapUpTime` extension
    // (whole seconds, "untimed"), as T-Server gives the expected after-call work.
    void setWrapUpTime(int ms);
    int wrapUpTime() const { return m_wrapUpMs; }
    // A device's wrap-up: -1 not in after-call work, 0 untimed, else the ms left (>= 1).
    qint64 wrapUpTimeLeft(const QString &deviceId) const;

    OpResult perform(const QString &userName, const QJsonObject &body);
    // GET /api/v2/settings/agent-states (a simulator extension): {"settings":
    // [{operationName, displayName, reasonCode?}...]}, one NotReady entry per reason.
    QJsonObject settings() const;

private:
    void onCallEnded(const QString &deviceId, bool wasConnected, quint64 stateSerialAtStart);
    // NotReady/AfterCallWork, back to Ready after `ms` (<= 0: untimed).
    void startWrapUp(const QString &deviceId, qint64 ms);

    struct WrapUpClock
    {
        quint64 stateSerial = 0; // the wrap-up it belongs to; any state change ends it
        QDeadlineTimer end;
    };

    Directory *m_directory;
    Telephony *m_telephony;
    int m_wrapUpMs = 0;
    QHash<QString, WrapUpClock> m_clocks; // deviceId -> its timed wrap-up
};
