#include "connectionguard.h"

#include "httpreply.h"

#include <QSslSocket>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// How long a refused client has to read our answer before the connection is cut.
constexpr int ClosingGraceMs = 2000;

} // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits,
                                 std::function<void()> onClosed)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_onClosed(std::move(onClosed))
{
    setObjectName(u"ConnectionGuard"_s);
    // A hard bound on what Qt buffers for one request, should our checks be bypassed (Qt
    // HttpServer stops reading from a socket once it failed to parse it, and so do we).
    m_socket->setReadBufferSize(m_limits.maxHeaderSize + m_limits.maxBodySize + 64 * 1024);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(m_socket, &QIODevice::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(m_socket, &QIODevice::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    connect(m_socket, &QAbstractSocket::disconnected, this, &ConnectionGuard::closed);
    enter(Phase::Headers, m_limits.headerTimeoutMs); // a new client must speak soon
}

ConnectionGuard::~ConnectionGuard()
{
    closed();
}

ConnectionGuard *ConnectionGuard::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ConnectionGuard *>(u"ConnectionGuard"_s,
                                                         Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ConnectionGuard::requestReceived()
{
    if (m_phase == Phase::Closing)
        return;
    m_headers.clear();
    m_headerBytes = m_bodyBytes = m_contentLength = 0;
    m_chunked = false;
    enter(Phase::Handling, 0);
}

void ConnectionGuard::closed()
{
    if (!m_onClosed)
        return;
    const auto onClosed = std::move(m_onClosed);
    m_onClosed = nullptr;
    m_timer.stop();
    onClosed();
}

void ConnectionGuard::enter(Phase phase, int timeoutMs)
{
    m_phase = phase;
    if (timeoutMs > 0)
        m_timer.start(timeoutMs);
    else
        m_timer.stop();
}

void ConnectionGuard::onReadyRead()
{
    // Runs before Qt HttpServer's own slot, which then reads everything: what is available
    // now is what arrived since.
    const qint64 fresh = m_socket->bytesAvailable();
    if (fresh <= 0)
        return;
    if (m_phase == Phase::Closing) {
        // Nobody may parse this any more; throw it away so that it is not buffered.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(fresh);
        return;
    }
    if (m_phase == Phase::Idle || m_phase == Phase::Handling) {
        requestReceived(); // clears the counts of the previous request
        enter(Phase::Headers, m_limits.headerTimeoutMs);
    }
    if (m_phase == Phase::Headers) {
        const qint64 room = m_limits.maxHeaderSize + 4 - m_headers.size();
        const qsizetype before = m_headers.size();
        m_headers.append(m_socket->peek(qMin(fresh, room)));
        qsizetype end = m_headers.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        if (end < 0) {
            end = m_headers.indexOf("\n\n"); // bare LF lines, as Qt's parser allows
            separator = 2;
        }
        if (end < 0) {
            m_headerBytes = m_headers.size();
            if (m_headers.size() > m_limits.maxHeaderSize)
                refuse(431, u"Request headers larger than %1 bytes"_s.arg(m_limits.maxHeaderSize));
            return;
        }
        readHeaders(m_headers.left(end));
        m_headerBytes = end + separator;
        const qint64 bodyBytes = fresh - (m_headerBytes - before);
        m_headers.clear();
        if (m_phase == Phase::Body)
            countBody(bodyBytes);
        return;
    }
    if (m_phase == Phase::Body)
        countBody(fresh);
}

void ConnectionGuard::readHeaders(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            m_contentLength = value.toLongLong(&ok);
            if (!ok || m_contentLength < 0) {
                refuse(400, u"Invalid Content-Length"_s);
                return;
            }
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            m_chunked = true;
        }
    }
    // Refused before a single byte of the body is read.
    if (m_contentLength > m_limits.maxBodySize) {
        refuse(413, u"Request body larger than %1 bytes"_s.arg(m_limits.maxBodySize));
        return;
    }
    if (m_chunked || m_contentLength > 0)
        enter(Phase::Body, m_limits.bodyTimeoutMs);
    // Without a body the request is complete: the server takes it now (requestReceived()).
}

void ConnectionGuard::countBody(qint64 bytes)
{
    // A chunked body counts with its chunk framing; bytes past Content-Length belong to the
    // next request (pipelining), which the server reads as such.
    if (!m_chunked)
        bytes = qMin(bytes, m_contentLength - m_bodyBytes);
    m_bodyBytes += bytes;
    if (m_bodyBytes > m_limits.maxBodySize)
        refuse(413, u"Request body larger than %1 bytes"_s.arg(m_limits.maxBodySize));
}

void ConnectionGuard::onBytesWritten()
{
    if (m_phase == Phase::Closing && m_socket->bytesToWrite() == 0) {
        finishClosing();
        return;
    }
    // The answer is out: the connection waits for the next request, not forever.
    if (m_phase == Phase::Handling && m_socket->bytesToWrite() == 0)
        enter(Phase::Idle, m_limits.idleTimeoutMs);
}

void ConnectionGuard::onTimeout()
{
    switch (m_phase) {
    case Phase::Headers:
        if (m_headerBytes == 0) { // not a byte sent: nothing to answer
            m_socket->abort();
            return;
        }
        refuse(408, u"Request headers not complete in %1 ms"_s.arg(m_limits.headerTimeoutMs));
        return;
    case Phase::Body:
        refuse(408, u"Request body not complete in %1 ms"_s.arg(m_limits.bodyTimeoutMs));
        return;
    case Phase::Idle:
        m_socket->disconnectFromHost();
        return;
    case Phase::Closing:
        m_socket->abort();
        return;
    case Phase::Handling:
        return;
    }
}

void ConnectionGuard::refuse(int httpStatus, const QString &message)
{
    if (m_phase == Phase::Closing)
        return;
    // What arrived so far must not reach the server's parser: it would answer too.
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(HttpReply::error(httpStatus, GwsStatus::ValidationError, message)
                        .closingResponse());
    enter(Phase::Closing, ClosingGraceMs);
}

void ConnectionGuard::finishClosing()
{
    if (m_halfClosed)
        return;
    m_halfClosed = true;
#ifdef Q_OS_UNIX
    // A lingering close: the client may still be sending the body we refused. Closing now
    // with its bytes unread would reset the connection and lose our answer; so say we are
    // done (FIN), discard what still comes, and let the client close (or the grace end).
    if (!qobject_cast<QSslSocket *>(m_socket) && m_socket->socketDescriptor() != -1) {
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        return;
    }
#endif
    m_socket->disconnectFromHost(); // TLS: close_notify, then close
}
