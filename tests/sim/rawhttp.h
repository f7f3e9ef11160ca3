#pragma once

// Raw HTTP over a QTcpSocket for the simulator's hardening tests: requests no well-behaved
// client library would send (a slow header, a huge Content-Length, a missing Host).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>
#include <memory>

namespace RawHttp {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A connected socket (nullptr if it could not connect within 5 s).
std::unique_ptr<QTcpSocket> connectTo(quint16 port);

// "METHOD path HTTP/1.1", then the headers, a blank line and the body. Host is not added.
QByteArray request(const QByteArray &method, const QByteArray &path, const Headers &headers,
                   const QByteArray &body = {});
QByteArray hostOf(quint16 port); // "127.0.0.1:<port>"

struct Answer
{
    int status = 0; // 0: no status line came
    QByteArray head;
    QByteArray body;
    bool closed = false; // the server closed the connection
};

// Reads one answer (up to Content-Length), waiting up to `timeoutMs`; `closed` tells
// whether the connection was closed at the end.
Answer readAnswer(QTcpSocket &socket, int timeoutMs = 5000);

// The JSON statusCode of a GWS answer body, -1 when there is none.
int statusCode(const Answer &answer);

} // namespace RawHttp
