#pragma once

// Watches one client connection in front of Qt HttpServer: it sees every byte before the
// server does (its readyRead slot is connected first) and only peeks at them. It refuses a
// body over the limit as soon as Content-Length says so or as soon as the bytes pass it
// (chunked included), headers that are too large, and clients too slow to send headers or
// body or that keep an idle connection; a request being answered (a held CometD long-poll,
// a delayed fault) has no timeout here.

#include "connectionlimits.h"

#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    // Becomes a child of `socket`; `onClosed` runs once when the connection is gone.
    ConnectionGuard(QTcpSocket *socket, const ConnectionLimits &limits,
                    std::function<void()> onClosed);
    void setOnClosed(std::function<void()> onClosed) { m_onClosed = std::move(onClosed); }
    ~ConnectionGuard() override;

    static ConnectionGuard *of(QTcpSocket *socket);

    // The server has the whole request: no timer while it is answered.
    void requestReceived();
    // Bytes of the request in progress seen so far (Qt HttpServer holds them until then).
    qint64 pendingRequestBytes() const { return m_headerBytes + m_bodyBytes; }

private:
    enum class Phase { Headers, Body, Handling, Idle, Closing };

    void onReadyRead();
    void onBytesWritten();
    void onTimeout();
    void readHeaders(const QByteArray &fresh);
    void countBody(qint64 bytes);
    // Answers with this status and a GWS error body, then closes the connection.
    void refuse(int httpStatus, const QString &message);
    // Once the refusal is written: no more from us, while the client's bytes are discarded.
    void finishClosing();
    void enter(Phase phase, int timeoutMs);
    void closed();

    QTcpSocket *m_socket;
    ConnectionLimits m_limits;
    std::function<void()> m_onClosed;
    Phase m_phase = Phase::Headers;
    QTimer m_timer;
    QByteArray m_headers; // the request's head until its blank line is in
    qint64 m_headerBytes = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    bool m_halfClosed = false;
};
