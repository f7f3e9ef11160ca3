#include "simhttpserver.h"

#include "apihandler.h"
#include "cometdhub.h"
#include "controlhandler.h"
#include "faultinjector.h"
#include "httpreply.h"
#include "requeststats.h"
#include "sessionstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

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

    if (request.body().size() > m_maxBodySize) {
        HttpReply::error(413, GwsStatus::ValidationError,
                         u"Request body larger than %1 bytes"_s.arg(m_maxBodySize))
            .send(responder);
        return true;
    }
    if (path == "/sim"_L1 || path.startsWith("/sim/"_L1)) {
        m_parts.control->handle(request).send(responder);
        return true;
    }
    if (!path.startsWith("/api/"_L1)) {
        HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s).send(responder);
        return true;
    }
    handleApi(request, std::move(responder));
    return true;
}

void SimHttpServer::handleApi(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    // A fault strikes before anything else, as a failing server or network would.
    const FaultInjector::Decision fault = m_parts.faults->decide(path);
    const int delay = fault.latencyMs;
    if (fault.action == FaultInjector::Action::Drop) {
        later(delay, std::move(responder), [](QHttpServerResponder &r) { r.socket()->abort(); });
        return;
    }
    if (fault.action == FaultInjector::Action::Fail) {
        const HttpReply reply =
            HttpReply::error(fault.httpStatus, GwsStatus::InternalError, u"Simulated fault"_s);
        later(delay, std::move(responder), [reply](QHttpServerResponder &r) { reply.send(r); });
        return;
    }

    const SessionStore::Auth auth = m_parts.sessions->authenticate(request, *m_parts.directory);
    if (auth.outcome != SessionStore::Auth::Ok) {
        const HttpReply reply = SessionStore::refusal(auth);
        later(delay, std::move(responder), [reply](QHttpServerResponder &r) { reply.send(r); });
        return;
    }
    // The CometD JS client appends the message type (/handshake, /connect...) by default
    // (appendMessageTypeToURL), as CometD's Java server, and so real GWS, accept.
    if (path == "/api/v2/notifications"_L1 || path.startsWith("/api/v2/notifications/"_L1)) {
        if (request.method() != QHttpServerRequest::Method::Post) {
            HttpReply r = HttpReply::error(405, GwsStatus::Forbidden, u"Use POST"_s);
            SessionStore::decorate(&r, auth);
            later(delay, std::move(responder), [r](QHttpServerResponder &rr) { r.send(rr); });
            return;
        }
        // Delayed as a whole: the hub may hold the poll, answer it later, or at once.
        CometdHub *hub = m_parts.cometd;
        const QByteArray body = request.body();
        const HttpSession session = auth.session;
        if (delay <= 0) {
            hub->handle(body, session, std::move(responder));
            return;
        }
        later(delay, std::move(responder), [hub, body, session](QHttpServerResponder &r) {
            hub->handle(body, session, std::move(r));
        });
        return;
    }
    HttpReply reply = m_parts.api->handle(request, auth.session);
    SessionStore::decorate(&reply, auth);
    later(delay, std::move(responder), [reply](QHttpServerResponder &r) { reply.send(r); });
}

void SimHttpServer::later(int delayMs, QHttpServerResponder &&responder,
                          std::function<void(QHttpServerResponder &)> work)
{
    if (delayMs <= 0) {
        work(responder);
        return;
    }
    // A responder is move-only and a timer's functor must be copyable: share it.
    auto kept = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> socket = kept->socket(); // the server deletes sockets that close
    QTimer::singleShot(delayMs, this, [kept, socket, work = std::move(work)] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            work(*kept);
    });
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only here because it must be.
    QHttpServerResponder responder = makeResponder(request, socket);
    HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s).send(responder);
}
