#pragma once

// The HTTP front door: routes /api (Basic auth, session cookie, CSRF) to the REST handler
// or to the CometD hub, and /sim to the control endpoints. Every request gets a
// QHttpServerResponder; the CometD hub may keep it to answer a long-poll later, and the
// fault knobs may delay an answer, replace it with an error, close the connection, or hold
// the request unanswered (HungRequests).

#include "connectionlimits.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>
#include <functional>
#include <memory>

class ApiHandler;
class ConnectionAdmission;
class CometdHub;
class ControlHandler;
class Directory;
class FaultInjector;
class HungRequests;
class QHttpServerResponder;
class RequestStats;
class SessionStore;

class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Parts
    {
        Directory *directory = nullptr;
        SessionStore *sessions = nullptr;
        ApiHandler *api = nullptr;
        ControlHandler *control = nullptr;
        CometdHub *cometd = nullptr;
        RequestStats *stats = nullptr;
        FaultInjector *faults = nullptr;
        HungRequests *hung = nullptr;
    };

    explicit SimHttpServer(const Parts &parts, QObject *parent = nullptr);
    ~SimHttpServer() override;

    // Body size, timeouts and connections per peer, for connections accepted from now on.
    void setLimits(const ConnectionLimits &limits);
    ConnectionLimits limits() const;
    // Serve HTTPS with this certificate and key from the next listenGuarded() on.
    void setTls(const QSslCertificate &certificate, const QSslKey &privateKey);
    // Listens with our own listening socket, so that each connection passes the admission
    // and its guard before Qt HttpServer reads from it (QAbstractHttpServer::listen() would
    // make one we cannot watch). Returns the port, 0 on failure.
    quint16 listenGuarded(const QHostAddress &address, quint16 port);

    int openConnections() const;
    qint64 pendingRequestBytes() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // Host is our own address (127.0.0.1, localhost or [::1] with our port) and Origin,
    // when a browser sends one, too.
    bool fromOwnOrigin(const QHttpServerRequest &request) const;
    // A request with a body says it is JSON (a browser form cannot, without CORS).
    static bool isJsonOrBodiless(const QHttpServerRequest &request);
    void handleApi(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // Runs `work` after `delayMs` if the client is still connected (at once for 0).
    void later(int delayMs, QHttpServerResponder &&responder,
               std::function<void(QHttpServerResponder &)> work);

    Parts m_parts;
    std::shared_ptr<ConnectionAdmission> m_admission;
    QSslConfiguration m_tls;
    bool m_tlsEnabled = false;
    quint16 m_port = 0;
};
