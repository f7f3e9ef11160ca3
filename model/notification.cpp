#include "notification.h"

#include "jsonread_p.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

std::optional<Notification> parseNotification(const QJsonValue &data, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Notification> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!data.isObject())
        return fail(u"notification data is not a JSON object"_s);
    const QJsonObject o = data.toObject();
    const QString messageType = JsonRead::text(o.value("messageType"_L1));

    if (messageType == "CallStateChangeMessage"_L1) {
        QString callError;
        std::optional<Call> call = parseCall(o.value("call"_L1), &callError);
        if (!call)
            return fail(u"CallStateChangeMessage: "_s + callError);
        CallNotification n;
        n.notificationType = JsonRead::text(o.value("notificationType"_L1));
        n.call = std::move(*call);
        n.phoneNumber = JsonRead::text(o.value("phoneNumber"_L1));
        // The expected after-call work beside the call (SetCallDisposition page's sample:
        // "extensions": {"WrapUpTime": 0, ...}): seconds, as a number or a numeric string;
        // "untimed" or anything not a count means no countdown.
        const QJsonValue wrapUp = o.value("extensions"_L1).toObject().value("WrapUpTime"_L1);
        if (!wrapUp.isUndefined() && !wrapUp.isNull())
            n.call.wrapUpSeconds = std::max(0, JsonRead::integer(wrapUp, 0));
        return Notification(std::move(n));
    }

    if (messageType == "DeviceStateChangeMessage"_L1) {
        const QJsonValue devices = o.value("devices"_L1);
        if (!devices.isArray())
            return fail(u"DeviceStateChangeMessage has no devices array"_s);
        DeviceNotification n;
        // One bad entry must not hide the agent's state on the others.
        for (const QJsonValue &entry : devices.toArray()) {
            if (std::optional<Device> device = parseDevice(entry))
                n.devices.append(std::move(*device));
        }
        return Notification(std::move(n));
    }

    // Failures have no documented voice shape; whatever carries errorMessage is shown.
    if (const QJsonValue message = o.value("errorMessage"_L1); message.isString()) {
        ErrorNotification n;
        n.errorMessage = message.toString();
        n.errorCode = JsonRead::integer(o.value("errorCode"_L1));
        n.callUri = JsonRead::text(o.value("callUri"_L1));
        return Notification(std::move(n));
    }

    return Notification(UnknownNotification{messageType});
}
