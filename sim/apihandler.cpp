#include "apihandler.h"

#include "agentstatecontrol.h"
#include "bodyfields.h"
#include "callcontrol.h"
#include "calldisposition.h"
#include "contactcentersession.h"
#include "devicecontrol.h"
#include "directory.h"
#include "listquery.h"
#include "requeststats.h"
#include "sessionstore.h"
#include "telephony.h"
#include "usershandler.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

HttpReply notFound(const QString &what)
{
    return HttpReply::error(404, GwsStatus::NotFound, what + u" not found"_s);
}

HttpReply methodNotAllowed()
{
    return HttpReply::error(405, GwsStatus::Forbidden, u"Method not allowed"_s);
}

} // namespace

ApiHandler::ApiHandler(const Parts &parts)
    : m_directory(parts.directory)
    , m_telephony(parts.telephony)
    , m_control(parts.control)
    , m_agentStates(parts.agentStates)
    , m_deviceControl(parts.deviceControl)
    , m_ccSession(parts.ccSession)
    , m_users(parts.users)
    , m_stats(parts.stats)
    , m_dispositions(parts.dispositions)
{}

void ApiHandler::count(const QJsonObject &body) const
{
    if (body.value("operationName"_L1).isString())
        m_stats->countOperation(body.value("operationName"_L1).toString());
}

HttpReply ApiHandler::handle(const QHttpServerRequest &request, const HttpSession &session)
{
    QString path = request.url().path();
    if (path.endsWith(u'/'))
        path.chop(1);
    if (!path.startsWith("/api/v2/"_L1))
        return notFound(u"Resource"_s);
    // ["me"], ["me","devices"], ["me","devices",id,"calls"], ["me","calls",id], ...
    const QStringList parts = path.mid(int(qstrlen("/api/v2/"))).split(u'/');
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const bool post = request.method() == QHttpServerRequest::Method::Post;

    QJsonObject body;
    if (post) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (!doc.isObject())
            return HttpReply::error(400, GwsStatus::ValidationError,
                                    u"Malformed JSON: "_s + (error.error
                                                                 ? error.errorString()
                                                                 : u"expected an object"_s));
        body = doc.object();
        // Absent is statusCode 1 (each operation says so); of another type, 10.
        if (const OpResult r = BodyFields::check(body, {{"operationName", BodyFields::Type::String}}); !r.isOk())
            return r.reply();
    }
    const ListQuery query{QUrlQuery(request.url())};
    if (parts[0] == "me"_L1)
        return meResource(parts, get, post, body, session.userName, query);
    if (parts[0] == "settings"_L1)
        return settings(parts, get);
    if (parts[0] == "users"_L1 || parts[0] == "devices"_L1)
        return m_users->handle(parts, get, session.userName, query);
    return notFound(u"Resource"_s);
}

HttpReply ApiHandler::meResource(const QStringList &parts, bool get, bool post,
                                 const QJsonObject &body, const QString &user,
                                 const ListQuery &query)
{
    const int n = int(parts.size());
    if (n == 1) {
        if (get)
            return me(user, query);
        if (!post)
            return methodNotAllowed();
        count(body);
        return m_ccSession->perform(user, body).reply();
    }
    if (n == 2 && parts[1] == "devices"_L1)
        return get ? query.reply(u"devices"_s, devices(user)) : methodNotAllowed();
    if (n == 3 && parts[1] == "devices"_L1) {
        if (post) {
            count(body);
            // The "SetCallDisposition" page's sample posts it on the device, naming the
            // call by callUri and callUuid: a released call has no call resource left.
            if (body.value("operationName"_L1) == "SetCallDisposition"_L1) {
                const SimDevice *d = m_directory->deviceOfUser(user);
                if (!d || d->id != parts[2])
                    return notFound(u"Device"_s);
                return m_dispositions->onDevice(*d, body).reply();
            }
            return m_deviceControl->perform(user, parts[2], body).reply();
        }
        if (!get)
            return methodNotAllowed();
        const SimDevice *d = m_directory->deviceOfUser(user);
        if (!d || d->id != parts[2])
            return notFound(u"Device"_s);
        return HttpReply::ok({{u"device"_s, m_directory->deviceResource(*d)}});
    }
    if (n == 4 && parts[1] == "devices"_L1 && parts[3] == "calls"_L1)
        return post ? dial(user, parts[2], body) : methodNotAllowed();
    if (n == 2 && parts[1] == "calls"_L1)
        return get ? query.reply(u"calls"_s, calls(user)) : methodNotAllowed();
    if (n == 3 && parts[1] == "calls"_L1) {
        if (get)
            return call(user, parts[2]);
        return post ? operate(user, parts[2], body) : methodNotAllowed();
    }
    if (n == 3 && parts[1] == "channels"_L1 && parts[2] == "voice"_L1) {
        if (!post)
            return methodNotAllowed();
        count(body);
        return m_agentStates->perform(user, body).reply();
    }
    return notFound(u"Resource"_s);
}

HttpReply ApiHandler::settings(const QStringList &parts, bool get) const
{
    // Only the groups the softphone reads; other groups are not simulated.
    if (parts.size() == 2 && parts[1] == "dispositions"_L1)
        return get ? HttpReply::ok(m_dispositions->settings()) : methodNotAllowed();
    if (parts.size() != 2 || parts[1] != "agent-states"_L1 || !m_agentStateSettings)
        return notFound(u"Settings group"_s);
    return get ? HttpReply::ok(m_agentStates->settings()) : methodNotAllowed();
}

HttpReply ApiHandler::me(const QString &userName, const ListQuery &query) const
{
    const SimUser *user = m_directory->user(userName);
    if (!user)
        return notFound(u"User"_s);
    QJsonObject resource = m_directory->userResource(*user);
    // ?subresources=*: the user with its devices and calls, as Genesys' sample clients read it.
    for (const auto &[name, list] :
         {std::pair{u"devices"_s, devices(userName)}, std::pair{u"calls"_s, calls(userName)}}) {
        if (!query.wantsSubresource(name))
            continue;
        QJsonArray array;
        for (const QJsonObject &o : list)
            array.append(o);
        resource.insert(name, array);
    }
    return HttpReply::ok({{u"user"_s, resource}});
}

QList<QJsonObject> ApiHandler::devices(const QString &userName) const
{
    QList<QJsonObject> list;
    if (const SimDevice *d = m_directory->deviceOfUser(userName))
        list.append(m_directory->deviceResource(*d));
    return list;
}

QList<QJsonObject> ApiHandler::calls(const QString &userName) const
{
    QList<QJsonObject> list;
    if (const SimDevice *d = m_directory->deviceOfUser(userName))
        for (const auto &leg : m_telephony->legsOfDevice(d->id))
            list.append(m_telephony->callResource(*leg.first, *leg.second));
    return list;
}

HttpReply ApiHandler::call(const QString &userName, const QString &legId) const
{
    const SimDevice *d = m_directory->deviceOfUser(userName);
    const Connection *c = m_telephony->connectionOfLeg(legId);
    const Party *leg = c ? c->partyByLeg(legId) : nullptr;
    if (!d || !leg || leg->deviceId != d->id)
        return notFound(u"Call"_s);
    return HttpReply::ok({{u"call"_s, m_telephony->callResource(*c, *leg)}});
}

HttpReply ApiHandler::dial(const QString &userName, const QString &deviceId,
                           const QJsonObject &body)
{
    const QJsonValue op = body.value("operationName"_L1);
    if (!op.isString())
        return HttpReply::error(400, GwsStatus::MissingParameter, u"operationName is required"_s);
    m_stats->countOperation(op.toString());
    const SimDevice *d = m_directory->deviceOfUser(userName);
    if (!d || d->id != deviceId)
        return notFound(u"Device"_s);
    if (op != "Dial"_L1)
        return HttpReply::error(400, GwsStatus::ValidationError,
                                u"Unknown operation %1"_s.arg(op.toString()));
    return m_control->dial(*d, body).reply();
}

HttpReply ApiHandler::operate(const QString &userName, const QString &legId,
                              const QJsonObject &body)
{
    const QJsonValue op = body.value("operationName"_L1);
    if (!op.isString())
        return HttpReply::error(400, GwsStatus::MissingParameter, u"operationName is required"_s);
    m_stats->countOperation(op.toString());
    const SimDevice *d = m_directory->deviceOfUser(userName);
    // Also on a call the agent's leg has left: SetCallDisposition after the release.
    if (op == "SetCallDisposition"_L1)
        return d ? m_dispositions->onCall(*d, legId, body).reply() : notFound(u"Call"_s);
    const Party *leg = m_telephony->leg(legId);
    // Another user's call is as good as absent: do not tell who has it.
    if (!d || !leg || leg->deviceId != d->id)
        return notFound(u"Call"_s);
    return m_control->perform(legId, op.toString(), body).reply();
}
