#pragma once

// The HTTP front door: routes /api (Basic auth, session cookie, CSRF) to the REST handler
// or to the CometD hub, and /sim to the control endpoints. Every request gets a
// QHttpServerResponder; the CometD hub may keep it to answer a long-poll later.

#include <QAbstractHttpServer>

class ApiHandler;
class CometdHub;
class ControlHandler;
class Directory;
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
    };

    explicit SimHttpServer(const Parts &parts, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Parts m_parts;
};
