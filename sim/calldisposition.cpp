#include "calldisposition.h"

#include "bodyfields.h"
#include "simdevice.h"
#include "switch.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRecordSize = 100;
// The server's configured key when the request names none (WWE option
// interaction.disposition.key-name, by default DispositionCode).
const QString kDefaultKey = u"DispositionCode"_s;

// The leg of `device` in `c`, a current party or one that left (released).
const Party *legOf(const Connection &c, const QString &legId, const QString &deviceId)
{
    if (const Party *p = c.partyByLeg(legId))
        return p->deviceId == deviceId ? p : nullptr;
    for (const Party &p : c.formerParties)
        if (p.legId == legId && p.deviceId == deviceId)
            return &p;
    return nullptr;
}

OpResult callNotFound()
{
    return OpResult::fail(404, GwsStatus::NotFound, u"Call not found"_s);
}

} // namespace

CallDisposition::CallDisposition(Switch *simSwitch)
    : m_switch(simSwitch)
{}

QJsonObject CallDisposition::settings() const
{
    QJsonArray list;
    for (const SimDisposition &d : m_codes)
        list.append(QJsonObject{{u"displayName"_s, d.displayName}, {u"name"_s, d.name}});
    return QJsonObject{{u"key"_s, u"name"_s}, {u"settings"_s, list}};
}

OpResult CallDisposition::onCall(const SimDevice &device, const QString &legId,
                                 const QJsonObject &body)
{
    return set(device, legId, {}, body, u"call"_s);
}

OpResult CallDisposition::onDevice(const SimDevice &device, const QJsonObject &body)
{
    if (OpResult r = BodyFields::check(body, {{"callUri", BodyFields::Type::String},
                                              {"callUuid", BodyFields::Type::String}});
        !r.isOk())
        return r;
    const QString uri = body.value("callUri"_L1).toString();
    const QString uuid = body.value("callUuid"_L1).toString();
    if (uri.isEmpty() && uuid.isEmpty())
        return OpResult::fail(400, GwsStatus::MissingParameter, u"callUri is required"_s);
    QString legId = QUrl(uri).path().section(u'/', -1);
    if (legId.isEmpty())
        legId = uri; // a bare id
    return set(device, legId, uuid, body, u"device"_s);
}

OpResult CallDisposition::set(const SimDevice &device, const QString &legIdIn,
                              const QString &callUuid, const QJsonObject &body, const QString &via)
{
    if (OpResult r = BodyFields::check(body, {{"disposition", BodyFields::Type::String},
                                              {"dispositionKey", BodyFields::Type::String}});
        !r.isOk())
        return r;
    const QString disposition = body.value("disposition"_L1).toString();
    if (disposition.isEmpty())
        return OpResult::fail(400, GwsStatus::MissingParameter, u"disposition is required"_s);
    const QString key = body.value("dispositionKey"_L1).toString(kDefaultKey);
    if (key.isEmpty())
        return OpResult::fail(400, GwsStatus::ValidationError,
                              u"dispositionKey must not be empty"_s);

    Telephony &telephony = m_switch->telephony();
    QString legId = legIdIn;
    const Connection *found = legId.isEmpty() ? nullptr : telephony.findAny(legId);
    if (!found && legId.isEmpty() && !callUuid.isEmpty()) {
        // Only the callUuid: the device's live leg in that call.
        for (const auto &[c, leg] : telephony.legsOfDevice(device.id))
            if (c->callUuid == callUuid) {
                found = c;
                legId = leg->legId;
            }
    }
    // Another device's call is as good as absent, like every call operation.
    if (!found || !legOf(*found, legId, device.id))
        return callNotFound();
    if (!callUuid.isEmpty() && found->callUuid != callUuid)
        return OpResult::fail(400, GwsStatus::ValidationError,
                              u"callUuid does not name the call of callUri"_s);

    Connection *live = telephony.connectionOfLeg(legId);
    if (live) {
        // The documented live-call path: the key in the user data, AttachedDataChanged.
        live->userData.insert(key, disposition);
        m_switch->commit();
    }
    m_record.append(QJsonObject{{u"callId"_s, found->id},
                                {u"callUuid"_s, found->callUuid},
                                {u"legId"_s, legId},
                                {u"disposition"_s, disposition},
                                {u"dispositionKey"_s, key},
                                {u"released"_s, live == nullptr},
                                {u"via"_s, via}});
    while (m_record.size() > kRecordSize)
        m_record.removeFirst();
    return OpResult::ok();
}
