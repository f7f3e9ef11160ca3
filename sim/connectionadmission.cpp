#include "connectionadmission.h"

#include "connectionguard.h"
#include "httpreply.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

QTcpSocket *ConnectionAdmission::admit(QTcpSocket *socket)
{
    const QString peer = socket->peerAddress().toString();
    if (m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
        socket->write(HttpReply::error(503, GwsStatus::InternalError,
                                       u"Too many connections from %1"_s.arg(peer))
                          .closingResponse());
        socket->disconnectFromHost();
        QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, [socket] { // a client that does not read the answer
            socket->abort();
            socket->deleteLater();
        });
        return nullptr;
    }
    ++m_perPeer[peer];
    // The guard tells us when it goes; the admission may be gone by then (server shutdown).
    std::weak_ptr<ConnectionAdmission> self = weak_from_this();
    auto *guard = new ConnectionGuard(socket, m_limits, {});
    m_guards.insert(guard);
    guard->setOnClosed([self, guard, peer] {
        if (const auto admission = self.lock()) {
            admission->m_guards.remove(guard);
            if (--admission->m_perPeer[peer] <= 0)
                admission->m_perPeer.remove(peer);
        }
    });
    return socket;
}

qint64 ConnectionAdmission::pendingRequestBytes() const
{
    qint64 bytes = 0;
    for (const ConnectionGuard *guard : m_guards)
        bytes += guard->pendingRequestBytes();
    return bytes;
}
