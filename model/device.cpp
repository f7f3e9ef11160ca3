#include "device.h"

#include "jsonread_p.h"

#include <QCoreApplication>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

MonitoringState parseMonitoring(const QJsonObject &device)
{
    MonitoringState m;
    const QJsonValue value = device.value("supervisorMonitoringState"_L1);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        m.state = JsonRead::text(o.value("state"_L1));
        m.mode = JsonRead::text(o.value("mode"_L1));
        m.scope = JsonRead::text(o.value("scope"_L1));
        m.targetDeviceUri = JsonRead::text(o.value("targetDeviceUri"_L1));
    } else {
        // The older attribute table: a string state beside its own mode and scope.
        m.state = JsonRead::text(value);
        m.mode = JsonRead::text(device.value("supervisorMonitoringMode"_L1));
        m.scope = JsonRead::text(device.value("supervisorMonitoringScope"_L1));
        m.targetDeviceUri = JsonRead::text(device.value("targetDeviceUri"_L1));
    }
    // Some servers may say "None"/"NotMonitoring" rather than leave the attribute out.
    static const QStringList active{u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s};
    if (!active.contains(m.state))
        return {};
    return m;
}

} // namespace

QString agentStateLabel(const UserState &s)
{
    auto translated = [](const char *text) { return QCoreApplication::translate("AgentState", text); };
    if (s.state == "Ready"_L1)
        return translated(QT_TRANSLATE_NOOP("AgentState", "Ready"));
    if (s.state == "LoggedOut"_L1)
        return translated(QT_TRANSLATE_NOOP("AgentState", "Logged Out"));
    if (s.state == "NotReady"_L1) {
        if (s.workMode == "AfterCallWork"_L1)
            return translated(QT_TRANSLATE_NOOP("AgentState", "After Call Work"));
        if (s.workMode == "AuxWork"_L1)
            return translated(QT_TRANSLATE_NOOP("AgentState", "Aux Work"));
        // "Not Ready - Lunch" from the server says more than our words would; a bare
        // "Not Ready" says less than its reason.
        const bool bare = s.displayName.isEmpty() || s.displayName == "NotReady"_L1
                          || s.displayName == "Not Ready"_L1;
        if (!bare)
            return s.displayName;
        if (!s.reason.isEmpty())
            return translated(QT_TRANSLATE_NOOP("AgentState", "Not Ready - %1")).arg(s.reason);
        return translated(QT_TRANSLATE_NOOP("AgentState", "Not Ready"));
    }
    return s.displayName.isEmpty() ? s.state : s.displayName;
}

QString idFromUri(const QString &uri)
{
    QString path = QUrl(uri).path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path.mid(path.lastIndexOf(u'/') + 1);
}

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
    Device device;
    device.uri = JsonRead::text(o.value("uri"_L1));
    const QJsonValue id = o.value("id"_L1);
    if (!id.isUndefined() && !id.isString())
        return fail(u"device id is not a string"_s);
    device.id = id.toString();
    if (device.id.isEmpty())
        device.id = idFromUri(device.uri);
    if (device.id.isEmpty())
        return fail(u"device has no id"_s);

    device.deviceState = JsonRead::text(o.value("deviceState"_L1));
    const QJsonObject userState = o.value("userState"_L1).toObject();
    device.userState.id = JsonRead::text(userState.value("id"_L1));
    device.userState.displayName = JsonRead::text(userState.value("displayName"_L1));
    device.userState.state = JsonRead::text(userState.value("state"_L1));
    device.userState.workMode = JsonRead::text(userState.value("workMode"_L1));
    device.userState.reason = JsonRead::text(userState.value("reason"_L1));
    device.phoneNumber = JsonRead::text(o.value("phoneNumber"_L1));
    device.e164Number = JsonRead::text(o.value("e164Number"_L1));
    device.doNotDisturb = JsonRead::flag(o.value("doNotDisturb"_L1));
    device.capabilities = JsonRead::strings(o.value("capabilities"_L1));
    device.monitoring = parseMonitoring(o);
    return device;
}
