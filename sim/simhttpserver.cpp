#include "simhttpserver.h"

#include "apihandler.h"
#include "cometdhub.h"
#include "connectionadmission.h"
#include "connectionguard.h"
#include "controlhandler.h"
#include "faultinjector.h"
#include "httpreply.h"
#include "hungrequests.h"
#include "requeststats.h"
#include "sessionstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslKey>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

SimHttpServer::SimHttpServer(const Parts &parts, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_parts(parts)
    , m_admission(std::make_shared<ConnectionAdmission>())
{}

SimHttpServer::~SimHttpServer() = default;

void SimHttpServer::setLimits(const ConnectionLimits &limits)
{
    m_admission->setLimits(limits);
}

ConnectionLimits SimHttpServer::limits() const
{
    return m_admission->limits();
}

void SimHttpServer::setTls(const QSslCertificate &certificate, const QSslKey &privateKey)
{
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.setLocalCertificate(certificate);
    m_tls.setPrivateKey(privateKey);
    m_tlsEnabled = true;
}

quint16 SimHttpServer::listenGuarded(const QHostAddress &address, quint16 port)
{
    QTcpServer *server = nullptr;
    if (m_tlsEnabled) {
        // Its handshake timeout (5 s by default) bounds a connection that never completes
        // TLS; the guard only sees connections once they are encrypted.
        auto *ssl = new GuardedServer<QSslServer>(m_admission, this);
        ssl->setSslConfiguration(m_tls);
        server = ssl;
    } else {
        server = new GuardedServer<QTcpServer>(m_admission, this);
    }
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    return m_port;
}

int SimHttpServer::openConnections() const
{
    return m_admission->openConnections();
}

qint64 SimHttpServer::pendingRequestBytes() const
{
    return m_admission->pendingRequestBytes();
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (ConnectionGuard *guard = ConnectionGuard::of(socket))
        guard->requestReceived(); // no timeout while it is answered (a held long-poll)
    QHttpServerResponder responder = makeResponder(request, socket);
    const QString path = request.url().path();
    m_parts.stats->countRequest();

    // The guard refused larger bodies already; a chunked one counted with its framing.
    const qint64 maxBodySize = m_admission->limits().maxBodySize;
    if (request.body().size() > maxBodySize) {
        HttpReply::error(413, GwsStatus::ValidationError,
                         u"Request body larger than %1 bytes"_s.arg(maxBodySize))
            .send(responder);
        return true;
    }
    if (!fromOwnOrigin(request)) {
        // A browser page of another site (cross-site POST, DNS rebinding) must not drive us.
        HttpReply::error(403, GwsStatus::NoPermission, u"Foreign Host or Origin"_s)
            .send(responder);
        return true;
    }
    if (!isJsonOrBodiless(request)) {
        HttpReply::error(415, GwsStatus::ValidationError,
                         u"Content-Type must be application/json"_s)
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

bool SimHttpServer::fromOwnOrigin(const QHttpServerRequest &request) const
{
    const QByteArray port = QByteArray::number(m_port);
    const QByteArrayList ownHosts{"127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port};
    if (!ownHosts.contains(request.value("Host").trimmed().toLower()))
        return false;
    const QByteArray origin = request.value("Origin").trimmed().toLower();
    if (origin.isEmpty())
        return true; // not a browser, or a same-origin GET
    const QByteArray scheme = m_tlsEnabled ? "https://" : "http://";
    for (const QByteArray &host : ownHosts)
        if (origin == scheme + host)
            return true;
    return false;
}

bool SimHttpServer::isJsonOrBodiless(const QHttpServerRequest &request)
{
    if (request.body().isEmpty())
        return true;
    // "application/json", parameters allowed ("application/json;charset=UTF-8").
    const QByteArray type = request.value("Content-Type").split(';').constFirst();
    return type.trimmed().toLower() == "application/json";
}

void SimHttpServer::handleApi(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString path = request.url().path();
    // A fault strikes before anything else, as a failing server or network would.
    const FaultInjector::Decision fault = m_parts.faults->decide(path);
    const int delay = fault.latencyMs;
    if (fault.action == FaultInjector::Action::Hang) {
        // Read, never answered: the connection stays open and silent until the hang ends.
        // Each held request keeps its connection, so the connection cap bounds them too.
        m_parts.hung->hold(std::move(responder), m_admission->limits().maxConnectionsPerPeer);
        return;
    }
    if (fault.action == FaultInjector::Action::Drop) {
        later(delay, std::move(responder), [](QHttpServerResponder &r) { r.socket()->abort(); });
        return;
    }
    if (fault.action == FaultInjector::Action::SignInPage) {
        // What a site's single sign-on answers once it has forgotten the session: a
        // redirect to its login page, HTML, never JSON. (The page is not served: a client
        // must not follow it, least of all with the agent's password.)
        HttpReply reply = HttpReply::text(302, "<html><head><title>Sign in</title></head>"
                                               "<body><form>Password</form></body></html>");
        reply.contentType = "text/html";
        reply.addHeader("Location", "/sim/signin");
        later(delay, std::move(responder), [reply](QHttpServerResponder &r) { reply.send(r); });
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
