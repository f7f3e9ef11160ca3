#pragma once

// Supervisor monitoring as GWS accepts it on POST /api/v2/me/devices/{id}: ListenIn, Coach
// and BargeIn on an agent's device (targetDeviceUri, scope, mode), switching between them,
// and CancelSupervisorMonitoring. The legs follow on the switch (MonitorLegs).

#include "opresult.h"

#include <QJsonObject>

class Directory;
class Telephony;

class SupervisorControl
{
public:
    SupervisorControl(Directory *directory, Telephony *telephony);

    OpResult perform(const QString &userName, const QString &deviceId, const QJsonObject &body);

private:
    OpResult monitor(const QString &supervisorDeviceId, const QString &operation,
                     const QJsonObject &body);

    Directory *m_directory;
    Telephony *m_telephony;
};
