#pragma once

// Agent availability: the operations of POST /api/v2/me/channels/voice (Ready, NotReady
// with a reason, AfterCallWork and AuxWork, which are NotReady work modes), the
// "agent-states" settings that list the choices, and wrap-up: after a call an agent spends
// the configured time in NotReady/AfterCallWork. Do Not Disturb is a device operation
// (DeviceControl).

#include "opresult.h"

#include <QJsonObject>
#include <QObject>

class Directory;
class Telephony;

class AgentStateControl : public QObject
{
    Q_OBJECT
public:
    AgentStateControl(Directory *directory, Telephony *telephony, QObject *parent = nullptr);

    // 0 (the default) turns wrap-up off.
    void setWrapUpTime(int ms) { m_wrapUpMs = qMax(0, ms); }
    int wrapUpTime() const { return m_wrapUpMs; }

    OpResult perform(const QString &userName, const QJsonObject &body);
    // GET /api/v2/settings/agent-states (a simulator extension): {"settings":
    // [{operationName, displayName, reasonCode?}...]}, one NotReady entry per reason.
    QJsonObject settings() const;

private:
    void onCallEnded(const QString &deviceId, bool wasConnected);

    Directory *m_directory;
    Telephony *m_telephony;
    int m_wrapUpMs = 0;
};
