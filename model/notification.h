#pragma once

#include "call.h"
#include "device.h"

#include <QJsonObject>
#include <variant>

// The `data` of a CometD event on the GWS topics, parsed into values.
struct CallNotification
{
    QString notificationType; // StatusChange, ParticipantsUpdated, DtmfSent, ...
    Call call;
    QString phoneNumber;
};

struct DeviceNotification
{
    QList<Device> devices;
};

// Any message carrying `errorMessage` (our ErrorMessage, PasswordChangeError, ...).
struct ErrorNotification
{
    QString errorMessage;
    int errorCode = 0;
    QString callUri;
};

struct UnknownNotification
{
    QString messageType;
};

using Notification =
    std::variant<CallNotification, DeviceNotification, ErrorNotification, UnknownNotification>;

// Parses an event's `data` object. Returns nullopt (with *error) for a data value that is
// not an object or a known messageType whose payload is malformed (e.g. a
// CallStateChangeMessage whose `call` has no id). Unknown messageTypes give
// UnknownNotification. Never throws, never crashes on any input.
std::optional<Notification> parseNotification(const QJsonValue &data, QString *error = nullptr);
