#include "notificationburst.h"

#include "bodyfields.h"
#include "cometdhub.h"
#include "directory.h"
#include "telephony.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

NotificationBurst::NotificationBurst(const Directory *directory, const Telephony *telephony,
                                     CometdHub *cometd)
    : m_directory(directory)
    , m_telephony(telephony)
    , m_cometd(cometd)
{}

OpResult NotificationBurst::run(const QJsonObject &body)
{
    if (OpResult r = BodyFields::check(body, {{"userName", BodyFields::Type::String}, {"count", BodyFields::Type::Number}});
        !r.isOk())
        return r;
    const QString userName = body.value("userName"_L1).toString();
    if (userName.isEmpty())
        return OpResult::fail(400, GwsStatus::MissingParameter, u"userName is required"_s);
    const SimDevice *device = m_directory->deviceOfUser(userName);
    if (!device)
        return OpResult::fail(404, GwsStatus::NotFound, u"No user %1"_s.arg(userName));
    const QJsonValue countValue = body.value("count"_L1);
    const double count = countValue.isUndefined() ? 1 : countValue.toDouble(-1);
    if (count < 1 || count > CometdHub::MaxQueuedEvents || count != double(int(count)))
        return OpResult::fail(400, GwsStatus::ValidationError,
                              u"count must be 1 to %1"_s.arg(CometdHub::MaxQueuedEvents));

    const QJsonObject call = callOf(device->id);
    const QJsonObject data{{u"messageType"_s, u"CallStateChangeMessage"_s},
                           {u"notificationType"_s, u"StatusChange"_s},
                           {u"call"_s, call},
                           {u"phoneNumber"_s, device->phoneNumber}};
    // Serialized once; each event only appends its stamps before the closing brace.
    const QByteArray open = QJsonDocument(data).toJson(QJsonDocument::Compact).chopped(1);
    QList<QByteArray> events;
    events.reserve(int(count));
    for (int i = 0; i < int(count); ++i) {
        QByteArray e;
        e.reserve(open.size() + 48);
        e.append(open)
            .append(",\"simSentAtMs\":")
            .append(QByteArray::number(QDateTime::currentMSecsSinceEpoch()))
            .append(",\"simSeq\":")
            .append(QByteArray::number(i))
            .append('}');
        events.append(std::move(e));
    }
    const int clients = m_cometd->publishSerialized(userName, u"/v2/me/calls"_s, events);
    return OpResult::ok(
        {{u"count"_s, int(count)}, {u"clients"_s, clients}, {u"callId"_s, call.value("id"_L1)}});
}

QJsonObject NotificationBurst::callOf(const QString &deviceId) const
{
    const auto legs = m_telephony->legsOfDevice(deviceId);
    if (!legs.isEmpty())
        return m_telephony->callResource(*legs.first().first, *legs.first().second);
    // A call of nobody's switch, shaped like any other: established with an outside caller.
    const SimDevice *device = m_directory->device(deviceId);
    Connection c;
    c.id = u"SIMBURST"_s;
    c.callUuid = u"SIMBURSTCALLUUID"_s;
    c.connId = u"00000000000b0057"_s;
    Party caller;
    caller.pid = -1;
    caller.number = u"+15550000000"_s;
    caller.state = LegState::Established;
    Party leg;
    leg.pid = -2;
    leg.legId = u"SIMBURST"_s + device->phoneNumber;
    leg.deviceId = deviceId;
    leg.number = device->phoneNumber;
    leg.state = LegState::Established;
    leg.callType = u"Inbound"_s;
    leg.ani = caller.number;
    leg.dnis = device->phoneNumber;
    leg.sinceMs = QDateTime::currentMSecsSinceEpoch();
    c.parties = {caller, leg};
    return m_telephony->callResource(c, c.parties.back());
}
