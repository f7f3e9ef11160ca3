#include "controlhandler.h"

#include "callcontrol.h"
#include "requeststats.h"
#include "telephony.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

ControlHandler::ControlHandler(Telephony *telephony, CallControl *control, RequestStats *stats)
    : m_telephony(telephony)
    , m_control(control)
    , m_stats(stats)
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

    if (n == 2 && parts[1] == "stats"_L1) {
        if (get)
            return HttpReply::ok(m_stats->toJson());
        if (method == QHttpServerRequest::Method::Delete) {
            m_stats->reset();
            return HttpReply::ok();
        }
    } else if (n == 2 && parts[1] == "calls"_L1) {
        if (post)
            return m_control->ringInbound(body).reply();
        if (get) {
            QJsonArray list;
            for (const Connection *c : m_telephony->activeConnections())
                list.append(m_telephony->serverView(*c));
            return HttpReply::ok({{u"calls"_s, list}});
        }
    } else if (n == 3 && parts[1] == "calls"_L1) {
        if (get) {
            const Connection *c = m_telephony->findAny(parts[2]);
            if (!c)
                return HttpReply::error(404, GwsStatus::NotFound, u"Call not found"_s);
            return HttpReply::ok(m_telephony->serverView(*c)); // the view at top level
        }
    } else if (n == 4 && parts[1] == "calls"_L1 && parts[3] == "hangup"_L1) {
        if (post)
            return m_control->farHangup(parts[2], body).reply();
    } else {
        return HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s);
    }
    return HttpReply::error(405, GwsStatus::Forbidden, u"Method not allowed"_s);
}
