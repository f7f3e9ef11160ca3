#pragma once

// The HTTP front door: routes /api (Basic auth, session cookie, CSRF) to the REST handler
// or to the CometD hub, and /sim to the control endpoints. Every request gets a
// QHttpServerResponder; the CometD hub may keep it to answer a long-poll later, and the
// fault knobs may delay an answer, replace it with an error, or close the connection.

#include <QAbstractHttpServer>
#include <functional>

class ApiHandler;
class CometdHub;
class ControlHandler;
class Directory;
class FaultInjector;
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
    };

    explicit SimHttpServer(const Parts &parts, QObject *parent = nullptr);

    // Larger request bodies are refused with 413 (default 1 MiB).
    void setMaxBodySize(qint64 bytes) { m_maxBodySize = bytes; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void handleApi(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    // Runs `work` after `delayMs` if the client is still connected (at once for 0).
    void later(int delayMs, QHttpServerResponder &&responder,
               std::function<void(QHttpServerResponder &)> work);

    Parts m_parts;
    qint64 m_maxBodySize = 1024 * 1024;
};
