#include "call.h"

#include "device.h"
#include "jsonread_p.h"

#include <QJsonArray>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

struct StateName
{
    CallState state;
    QLatin1StringView name;
};

constexpr StateName stateNames[] = {
    {CallState::Unknown, "Unknown"_L1},     {CallState::Ringing, "Ringing"_L1},
    {CallState::Dialing, "Dialing"_L1},     {CallState::Established, "Established"_L1},
    {CallState::Held, "Held"_L1},           {CallState::Released, "Released"_L1},
};

} // namespace

CallState callStateFromString(const QString &state)
{
    // Case-insensitive: a peer writing "established" still means the documented state.
    for (const StateName &entry : stateNames) {
        if (state.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.state;
    }
    return CallState::Unknown;
}

QString callStateToString(CallState state)
{
    for (const StateName &entry : stateNames) {
        if (entry.state == state)
            return entry.name;
    }
    return u"Unknown"_s;
}

QString Call::remoteParty() const
{
    for (const Participant &p : participants) {
        const QString number = p.displayNumber();
        if (!number.isEmpty())
            return number;
    }
    // Without participants, the far end is the caller (ani) on inbound calls and the
    // dialled number (dnis) otherwise.
    const bool inbound = callType.compare("Inbound"_L1, Qt::CaseInsensitive) == 0;
    const QString &first = inbound ? ani : dnis;
    return first.isEmpty() ? (inbound ? dnis : ani) : first;
}

int Call::liveDurationSeconds(const QDateTime &now) const
{
    // Only a connected (or held) call counts on; a ringing one has not started yet.
    if (state != CallState::Established && state != CallState::Held)
        return durationSeconds;
    if (!receivedAt.isValid() || !now.isValid())
        return durationSeconds;
    const qint64 elapsed = std::max<qint64>(0, receivedAt.secsTo(now));
    return static_cast<int>(std::min<qint64>(qint64(durationSeconds) + elapsed, std::numeric_limits<int>::max()));
}

int Call::secondsInState(const QDateTime &now) const
{
    if (!stateSince.isValid() || !now.isValid())
        return 0;
    return int(std::clamp<qint64>(stateSince.secsTo(now), 0, std::numeric_limits<int>::max()));
}

CallSupervision Call::supervision() const
{
    if (monitoring) {
        const bool toListen = can(u"SwitchToListenIn"_s);
        const bool toBarge = can(u"SwitchToBargeIn"_s);
        if (toListen && toBarge)
            return CallSupervision::YouCoach;
        if (toBarge)
            return CallSupervision::YouListenIn;
        if (toListen)
            return CallSupervision::YouBargedIn;
        return CallSupervision::YouMonitor;
    }
    return supervisorListeningIn ? CallSupervision::SupervisorListening : CallSupervision::None;
}

bool Call::sameContent(const Call &o) const
{
    return id == o.id && uri == o.uri && path == o.path && state == o.state
        && callUuid == o.callUuid && connId == o.connId && deviceUri == o.deviceUri
        && dnis == o.dnis && ani == o.ani && callType == o.callType
        && parentCallUri == o.parentCallUri && recordingState == o.recordingState
        && participants == o.participants && capabilities == o.capabilities
        && userData == o.userData && durationSeconds == o.durationSeconds && muted == o.muted
        && supervisorListeningIn == o.supervisorListeningIn
        && monitoredUserMuted == o.monitoredUserMuted && monitoring == o.monitoring
        && wrapUpSeconds == o.wrapUpSeconds;
}

QString callerNameFromCaseData(const QVariantMap &userData, const QStringList &keys)
{
    for (const QString &key : keys) {
        const QString value = userData.value(key).toString().simplified();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString clockText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 h = seconds / 3600;
    const QString ms = QStringLiteral("%1:%2")
                           .arg((seconds % 3600) / 60, h > 0 ? 2 : 1, 10, QLatin1Char('0'))
                           .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return h > 0 ? QStringLiteral("%1:%2").arg(h).arg(ms) : ms;
}

QStringList defaultCallerNameKeys()
{
    return {QStringLiteral("CustomerName"), QStringLiteral("CallerName"), QStringLiteral("Name")};
}

std::optional<Call> parseCall(const QJsonValue &value, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Call> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!value.isObject())
        return fail(u"call is not a JSON object"_s);
    const QJsonObject o = value.toObject();
    auto text = [&o](QLatin1StringView key) { return JsonRead::text(o.value(key)); };

    Call call;
    call.uri = text("uri"_L1);
    // Ids are opaque strings; a server that leaves the id out still names the call in its
    // own URI. Any other type is an error, not a guess.
    const QJsonValue id = o.value("id"_L1);
    if (!id.isUndefined() && !id.isString())
        return fail(u"call id is not a string"_s);
    call.id = id.toString();
    if (call.id.isEmpty())
        call.id = idFromUri(call.uri); // the id is the last segment of the call's own URI
    if (call.id.isEmpty())
        return fail(u"call has no id"_s);
    call.path = text("path"_L1);
    call.state = callStateFromString(text("state"_L1));
    call.callUuid = text("callUuid"_L1);
    call.connId = text("connId"_L1);
    call.deviceUri = text("deviceUri"_L1);
    call.dnis = text("dnis"_L1);
    call.ani = text("ani"_L1);
    call.callType = text("callType"_L1);
    call.parentCallUri = text("parentCallUri"_L1);
    call.recordingState = text("recordingState"_L1);
    call.participants =
        parseParticipants(o.value("participants"_L1), o.value("participantsInfo"_L1));
    call.capabilities = JsonRead::strings(o.value("capabilities"_L1));
    call.userData = o.value("userData"_L1).toObject().toVariantMap();
    call.durationSeconds = std::max(0, JsonRead::integer(o.value("duration"_L1)));
    call.receivedAt = QDateTime::currentDateTimeUtc();
    call.muted = JsonRead::flag(o.value("mute"_L1));
    call.supervisorListeningIn = JsonRead::flag(o.value("supervisorListeningIn"_L1));
    call.monitoredUserMuted = JsonRead::flag(o.value("monitoredUserMuted"_L1));
    // Not the undocumented `monitoring` flag: what the server lets the supervisor do.
    static const QStringList monitoringOps{u"SwitchToListenIn"_s, u"SwitchToBargeIn"_s,
                                           u"MuteMonitoredUser"_s, u"UnmuteMonitoredUser"_s};
    call.monitoring = std::any_of(monitoringOps.cbegin(), monitoringOps.cend(),
                                  [&call](const QString &op) { return call.can(op); });
    return call;
}
