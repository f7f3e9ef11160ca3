#include "controlhandler.h"

#include "loaddriver.h"
#include "bodyfields.h"
#include "callcontrol.h"
#include "calldisposition.h"
#include "cometdhub.h"
#include "faultinjector.h"
#include "hungrequests.h"
#include "notificationburst.h"
#include "requeststats.h"
#include "sessionstore.h"
#include "switch.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

HttpReply methodNotAllowed()
{
    return HttpReply::error(405, GwsStatus::Forbidden, u"Method not allowed"_s);
}

} // namespace

ControlHandler::ControlHandler(const Parts &parts)
    : m_parts(parts)
{}

HttpReply ControlHandler::handle(const QHttpServerRequest &request)
{
    // Anyone who can reach these can make calls ring: only this machine may.
    if (!request.remoteAddress().isLoopback())
        return HttpReply::error(403, GwsStatus::NoPermission, u"Loopback only"_s);
    QString path = request.url().path();
    if (path.endsWith(u'/'))
        path.chop(1);
    const QStringList parts = path.mid(1).split(u'/'); // ["sim", ...]
    const int n = int(parts.size());
    const auto method = request.method();
    const bool get = method == QHttpServerRequest::Method::Get;
    const bool post = method == QHttpServerRequest::Method::Post;
    const bool del = method == QHttpServerRequest::Method::Delete;

    QJsonObject body;
    if (post && !request.body().trimmed().isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &error);
        if (!doc.isObject())
            return HttpReply::error(400, GwsStatus::ValidationError,
                                    u"Malformed JSON: "_s + (error.error
                                                                 ? error.errorString()
                                                                 : u"expected an object"_s));
        body = doc.object();
    }

    if (n >= 2 && parts[1] == "calls"_L1)
        return calls(parts, get, post, body);
    if (n == 2 && parts[1] == "stats"_L1) {
        if (get)
            return HttpReply::ok(m_parts.stats->toJson());
        if (del) {
            m_parts.stats->reset();
            return HttpReply::ok();
        }
        return methodNotAllowed();
    }
    if (n == 2 && parts[1] == "faults"_L1)
        return faults(get, post, del, body);
    if (n == 3 && parts[1] == "sessions"_L1 && parts[2] == "invalidate"_L1)
        return post ? invalidateSessions(body) : methodNotAllowed();
    if (n == 2 && parts[1] == "dispositions"_L1) {
        // A released call's disposition is notified to nobody: tests read it here.
        if (get)
            return HttpReply::ok({{u"dispositions"_s, m_parts.dispositions->record()}});
        if (del) {
            m_parts.dispositions->clear();
            return HttpReply::ok();
        }
        return methodNotAllowed();
    }
    if (n == 2 && parts[1] == "load"_L1) {
        if (get)
            return HttpReply::ok({{u"load"_s, m_parts.load->status()}});
        if (post)
            return m_parts.load->start(body).reply();
        return del ? m_parts.load->stop().reply() : methodNotAllowed();
    }
    if (n == 3 && parts[1] == "agents"_L1 && parts[2] == "state"_L1)
        return post ? m_parts.load->postForAgents(body).reply() : methodNotAllowed();
    if (n == 2 && parts[1] == "burst"_L1)
        return post ? m_parts.burst->run(body).reply() : methodNotAllowed();
    return HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s);
}

HttpReply ControlHandler::calls(const QStringList &parts, bool get, bool post,
                                const QJsonObject &body)
{
    const int n = int(parts.size());
    if (n == 2) {
        if (post)
            return m_parts.control->ringInbound(body).reply();
        if (get) {
            QJsonArray list;
            for (const Connection *c : m_parts.simSwitch->telephony().activeConnections())
                list.append(m_parts.simSwitch->serverView(*c));
            return HttpReply::ok({{u"calls"_s, list}});
        }
        return methodNotAllowed();
    }
    if (n == 3) {
        if (!get)
            return methodNotAllowed();
        const Connection *c = m_parts.simSwitch->telephony().findAny(parts[2]);
        if (!c)
            return HttpReply::error(404, GwsStatus::NotFound, u"Call not found"_s);
        return HttpReply::ok(m_parts.simSwitch->serverView(*c)); // the view at top level
    }
    if (n == 4 && parts[3] == "hangup"_L1)
        return post ? m_parts.control->farHangup(parts[2], body).reply() : methodNotAllowed();
    return HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s);
}

HttpReply ControlHandler::faults(bool get, bool post, bool del, const QJsonObject &body)
{
    if (get)
        return HttpReply::ok({{u"faults"_s, faultState()}});
    if (post) {
        if (const OpResult r = m_parts.faults->configure(body); !r.isOk())
            return r.reply();
        // Settings without the hang end it, as clearing does.
        if (!m_parts.faults->hangs())
            m_parts.hung->releaseAll();
        return HttpReply::ok({{u"faults"_s, faultState()}});
    }
    if (del) {
        m_parts.faults->clear();
        m_parts.hung->releaseAll();
        return HttpReply::ok();
    }
    return methodNotAllowed();
}

QJsonObject ControlHandler::faultState() const
{
    QJsonObject state = m_parts.faults->toJson();
    state.insert(u"held"_s, m_parts.hung->count());
    return state;
}

HttpReply ControlHandler::invalidateSessions(const QJsonObject &body)
{
    if (const OpResult r = BodyFields::check(body, {{"userName", BodyFields::Type::String}}); !r.isOk())
        return r.reply();
    const QString userName = body.value("userName"_L1).toString();
    if (userName.isEmpty())
        return HttpReply::error(400, GwsStatus::MissingParameter, u"userName is required"_s);
    const QStringList ids = m_parts.sessions->invalidateUser(userName);
    // The session's CometD clients go with it: their next connect gets 402.
    for (const QString &id : ids)
        m_parts.cometd->dropSession(id);
    return HttpReply::ok({{u"sessions"_s, int(ids.size())}});
}
