#include "device.h"

#include "jsonread_p.h"

using namespace Qt::StringLiterals;

std::optional<Device> parseDevice(const QJsonValue &value, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Device> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(u"device is not a JSON object"_s);
    const QJsonObject o = value.toObject();
    const QJsonValue id = o.value("id"_L1);
    if (!id.isString() || id.toString().isEmpty())
        return fail(u"device has no string id"_s);

    Device device;
    device.id = id.toString();
    device.deviceState = JsonRead::text(o.value("deviceState"_L1));
    const QJsonObject userState = o.value("userState"_L1).toObject();
    device.userState.id = JsonRead::text(userState.value("id"_L1));
    device.userState.displayName = JsonRead::text(userState.value("displayName"_L1));
    device.userState.state = JsonRead::text(userState.value("state"_L1));
    device.phoneNumber = JsonRead::text(o.value("phoneNumber"_L1));
    device.e164Number = JsonRead::text(o.value("e164Number"_L1));
    device.doNotDisturb = JsonRead::flag(o.value("doNotDisturb"_L1));
    device.capabilities = JsonRead::strings(o.value("capabilities"_L1));
    return device;
}
