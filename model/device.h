#pragma once

#include <QJsonValue>
#include <QStringList>
#include <optional>

// The agent's availability on a device, as GWS sends it in `userState`. After-call work
// and other NotReady flavours are a `workMode` of NotReady (documented "AfterCallWork" and
// "AuxWork" pages), never a state of their own.
struct UserState
{
    QString id;
    QString displayName;
    QString state;    // Ready, NotReady, LoggedOut
    QString workMode; // NotReady only: AfterCallWork, AuxWork, ...
    QString reason;   // NotReady reason, when the server says one

    bool isAfterCallWork() const
    {
        return state == QLatin1String("NotReady") && workMode == QLatin1String("AfterCallWork");
    }
    bool isLoggedIn() const { return !state.isEmpty() && state != QLatin1String("LoggedOut"); }
    bool operator==(const UserState &o) const
    {
        return id == o.id && displayName == o.displayName && state == o.state
               && workMode == o.workMode && reason == o.reason;
    }
    bool operator!=(const UserState &o) const { return !(*this == o); }
};

// A supervisor's monitoring as the device reports it (`supervisorMonitoringState`): an
// object in the 8.5.2 samples, a string plus `supervisorMonitoringMode`/`Scope` in the older
// attribute table. Empty state: not monitoring.
struct MonitoringState
{
    QString state; // ListenIn, Coach, BargeIn
    QString mode;  // NextCall, AllCalls
    QString scope; // Agent, Call
    QString targetDeviceUri;

    bool isActive() const { return !state.isEmpty(); }
    bool operator==(const MonitoringState &o) const
    {
        return state == o.state && mode == o.mode && scope == o.scope
               && targetDeviceUri == o.targetDeviceUri;
    }
};

// A device resource (GET /me/devices?fields=*, DeviceStateChangeMessage.devices[]).
struct Device
{
    QString id;
    QString uri; // the server's own URI for it; absent in some documented samples
    QString deviceState; // Active, Inactive
    UserState userState;
    QString phoneNumber;
    QString e164Number;
    bool doNotDisturb = false; // doNotDisturb == "On"
    QStringList capabilities;  // device operations only (DND, forwarding, monitoring)
    MonitoringState monitoring;

    bool can(const QString &operation) const { return capabilities.contains(operation); }
};

// A non-object or an object without a string `id` is an error.
std::optional<Device> parseDevice(const QJsonValue &value, QString *error = nullptr);

// What to call the agent's state on screen: the server's displayName where it is a
// person's wording, our own for the documented states and work modes.
QString agentStateLabel(const UserState &state);

// The last path segment of a resource URI ("http://h/api/v2/devices/abc" -> "abc").
QString idFromUri(const QString &uri);
