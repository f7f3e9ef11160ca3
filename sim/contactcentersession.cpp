#include "contactcentersession.h"

#include "bodyfields.h"
#include "switch.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

ContactCenterSession::ContactCenterSession(Switch *simSwitch)
    : m_switch(simSwitch)
    , m_directory(&simSwitch->directory())
{}

OpResult ContactCenterSession::perform(const QString &userName, const QJsonObject &body)
{
    const QJsonValue op = body.value("operationName"_L1);
    if (!op.isString())
        return OpResult::fail(400, GwsStatus::MissingParameter, u"operationName is required"_s);
    if (!m_directory->user(userName))
        return OpResult::fail(404, GwsStatus::NotFound, u"User not found"_s);
    OpResult result = OpResult::ok();
    if (op == "StartContactCenterSession"_L1)
        result = start(userName, body);
    else if (op == "EndContactCenterSession"_L1)
        m_directory->endContactCenterSession(userName);
    else
        return OpResult::fail(400, GwsStatus::ValidationError,
                              u"Unknown operation %1"_s.arg(op.toString()));
    m_switch->commit(); // a supervisor who logs out leaves the calls it monitored
    return result;
}

OpResult ContactCenterSession::start(const QString &userName, const QJsonObject &body)
{
    if (OpResult r = BodyFields::check(body, {{"place", BodyFields::Type::String}, {"channels", BodyFields::Type::StringArray}});
        !r.isOk())
        return r;
    const SimUser *user = m_directory->user(userName);
    const QJsonValue place = body.value("place"_L1);
    if (!place.isUndefined() && !place.isNull()) {
        if (!place.isString())
            return OpResult::fail(400, GwsStatus::ValidationError, u"place must be a string"_s);
        const SimUser *owner = m_directory->userOfPlace(place.toString());
        if (!owner)
            return OpResult::fail(404, GwsStatus::NotFound,
                                  u"Place %1 not found"_s.arg(place.toString()));
        if (owner != user)
            return OpResult::fail(400, GwsStatus::InvalidState,
                                  u"Place %1 is not yours"_s.arg(place.toString()));
    }
    QStringList failed;
    bool voice = !body.contains("channels"_L1); // without channels: voice
    const QJsonValue channels = body.value("channels"_L1);
    if (!channels.isUndefined() && !channels.isArray())
        return OpResult::fail(400, GwsStatus::ValidationError, u"channels must be an array"_s);
    for (const QJsonValue &channel : channels.toArray()) {
        if (!channel.isString())
            return OpResult::fail(400, GwsStatus::ValidationError, u"channels must hold strings"_s);
        if (channel == "voice"_L1)
            voice = true;
        else if (!failed.contains(channel.toString()))
            failed.append(channel.toString());
    }
    if (!voice)
        return OpResult::fail(400, GwsStatus::InvalidState,
                              u"No channel started: voice is the only channel simulated"_s);
    m_directory->startContactCenterSession(userName);
    if (failed.isEmpty())
        return OpResult::ok();
    // Documented: voice started, other channels failed -> partial success, HTTP 200.
    return OpResult::fail(200, GwsStatus::PartialSuccess,
                          u"voice started; not started: %1"_s.arg(failed.join(u", "_s)));
}
