#pragma once

// Supervisor monitoring as GWS accepts it on POST /api/v2/me/devices/{id}: ListenIn, Coach
// and BargeIn on an agent's device (targetDeviceUri or phoneNumber, scope, mode), a new
// request replacing the last one for the calls joined from then on, and
// CancelSupervisorMonitoring. The legs follow on the switch (MonitorLegs); a change of
// mode during a call is a call operation (CallControl: SwitchToListenIn...).

#include "opresult.h"

#include <QJsonObject>

class Directory;
class Switch;
class Telephony;

class SupervisorControl
{
public:
    explicit SupervisorControl(Switch *simSwitch);

    OpResult perform(const QString &userName, const QString &deviceId, const QJsonObject &body);

private:
    OpResult monitor(const QString &supervisorDeviceId, const QString &operation,
                     const QJsonObject &body);

    Switch *m_switch; // commit; the parts below are its own
    Directory *m_directory;
    Telephony *m_telephony;
};
