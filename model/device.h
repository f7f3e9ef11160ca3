#pragma once

#include <QJsonValue>
#include <QStringList>
#include <optional>

struct UserState
{
    QString id;
    QString displayName;
    QString state; // Ready, NotReady, AfterCallWork, LoggedOut
    bool operator==(const UserState &o) const
    {
        return id == o.id && displayName == o.displayName && state == o.state;
    }
};

// A device resource (GET /me/devices, DeviceStateChangeMessage.devices[]).
struct Device
{
    QString id;
    QString deviceState; // Active, Inactive
    UserState userState;
    QString phoneNumber;
    QString e164Number;
    bool doNotDisturb = false; // doNotDisturb == "On"
    QStringList capabilities;

    bool can(const QString &operation) const { return capabilities.contains(operation); }
};

// A non-object or an object without a string `id` is an error.
std::optional<Device> parseDevice(const QJsonValue &value, QString *error = nullptr);
