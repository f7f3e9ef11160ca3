#include "simhttpserver.h"

#include "apihandler.h"
#include "cometdhub.h"
#include "controlhandler.h"
#include "httpreply.h"
#include "requeststats.h"
#include "sessionstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

SimHttpServer::SimHttpServer(const Parts &parts, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_parts(parts)
{}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    const QString path = request.url().path();
    m_parts.stats->countRequest();

    if (path == "/sim"_L1 || path.startsWith("/sim/"_L1)) {
        m_parts.control->handle(request).send(responder);
        return true;
    }
    if (!path.startsWith("/api/"_L1)) {
        HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s).send(responder);
        return true;
    }

    const SessionStore::Auth auth = m_parts.sessions->authenticate(request, *m_parts.directory);
    if (auth.outcome != SessionStore::Auth::Ok) {
        SessionStore::refusal(auth).send(responder);
        return true;
    }
    // The CometD JS client appends the message type (/handshake, /connect...) by default
    // (appendMessageTypeToURL), as CometD's Java server, and so real GWS, accept.
    if (path == "/api/v2/notifications"_L1 || path.startsWith("/api/v2/notifications/"_L1)) {
        if (request.method() != QHttpServerRequest::Method::Post) {
            HttpReply r = HttpReply::error(405, GwsStatus::Forbidden, u"Use POST"_s);
            SessionStore::decorate(&r, auth);
            r.send(responder);
            return true;
        }
        m_parts.cometd->handle(request.body(), auth.session, std::move(responder));
        return true;
    }
    HttpReply reply = m_parts.api->handle(request, auth.session);
    SessionStore::decorate(&reply, auth);
    reply.send(responder);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only here because it must be.
    QHttpServerResponder responder = makeResponder(request, socket);
    HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s).send(responder);
}
