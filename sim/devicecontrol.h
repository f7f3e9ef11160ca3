#pragma once

// POST /api/v2/me/devices/{id}: the device operations. DoNotDisturbOn/DoNotDisturbOff (the
// documented pages of those names) for any logged-in user; ListenIn, Coach, BargeIn and
// CancelSupervisorMonitoring go on to SupervisorControl.

#include "opresult.h"

#include <QJsonObject>

class Directory;
class SupervisorControl;

class DeviceControl
{
public:
    DeviceControl(Directory *directory, SupervisorControl *supervisor);

    OpResult perform(const QString &userName, const QString &deviceId, const QJsonObject &body);

private:
    Directory *m_directory;
    SupervisorControl *m_supervisor;
};
