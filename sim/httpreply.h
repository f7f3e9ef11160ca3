#pragma once

// One HTTP answer as a value, so handlers stay free of sockets and can be unit-tested;
// the server writes it through a QHttpServerResponder (which takes only fixed header lists).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

class QHttpServerResponder;

// Status codes of GWS answers (`statusCode`), see sim/README.md "Protocol notes".
namespace GwsStatus {
enum Code {
    Ok = 0,
    MissingParameter = 1,
    InvalidState = 2,
    Forbidden = 3,
    InternalError = 4,
    NoPermission = 5,
    NotFound = 6,
    PartialSuccess = 7,
    ValidationError = 10,
    NotAuthenticated = 20,
};
}

struct HttpReply
{
    int httpStatus = 200;
    QByteArray contentType = QByteArrayLiteral("application/json");
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // {"statusCode":0, ...fields}
    static HttpReply ok(const QJsonObject &fields = {});
    // {"statusCode":code, "statusMessage":message} with that HTTP status
    static HttpReply error(int httpStatus, int statusCode, const QString &message);
    static HttpReply json(int httpStatus, const QByteArray &compactJson);
    static HttpReply text(int httpStatus, const QByteArray &text);

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    // Writes status line, headers and body. The caller makes sure the socket is alive.
    void send(QHttpServerResponder &responder) const;
    // The whole answer as bytes, with `Connection: close`, for a connection refused before
    // Qt HttpServer has a request (ConnectionGuard).
    QByteArray closingResponse() const;
};
