#pragma once

// Admits the connections Qt HttpServer takes from its listening socket: at most
// maxConnectionsPerPeer open connections per peer address (more are answered 503 and
// closed), and a ConnectionGuard on every admitted one. GuardedServer<QTcpServer> (or
// <QSslServer>) is the listening socket that asks it: SimHttpServer binds that server to
// Qt HttpServer instead of letting it listen by itself, which is how the guard gets to see
// each socket before the server connects to it.

#include "connectionlimits.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QTcpServer>
#include <memory>

class ConnectionGuard;
class QTcpSocket;

class ConnectionAdmission : public std::enable_shared_from_this<ConnectionAdmission>
{
public:
    void setLimits(const ConnectionLimits &limits) { m_limits = limits; } // new connections
    const ConnectionLimits &limits() const { return m_limits; }

    // The socket with its guard, or nullptr when refused (then it closes by itself).
    QTcpSocket *admit(QTcpSocket *socket);

    int openConnections() const { return int(m_guards.size()); }
    // Bytes of unfinished requests Qt HttpServer holds now, over every connection.
    qint64 pendingRequestBytes() const;

private:
    ConnectionLimits m_limits;
    QHash<QString, int> m_perPeer;
    QSet<ConnectionGuard *> m_guards;
};

// A listening socket whose connections pass through a ConnectionAdmission first.
template <class Server>
class GuardedServer : public Server
{
public:
    GuardedServer(std::shared_ptr<ConnectionAdmission> admission, QObject *parent)
        : Server(parent)
        , m_admission(std::move(admission))
    {}

    QTcpSocket *nextPendingConnection() override
    {
        while (QTcpSocket *socket = Server::nextPendingConnection())
            if (QTcpSocket *admitted = m_admission->admit(socket))
                return admitted;
        return nullptr;
    }

private:
    std::shared_ptr<ConnectionAdmission> m_admission;
};
