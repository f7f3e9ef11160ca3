#include "httpreply.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QMap>

using namespace Qt::StringLiterals;

HttpReply HttpReply::ok(const QJsonObject &fields)
{
    QJsonObject o = fields;
    o.insert(u"statusCode"_s, GwsStatus::Ok);
    return json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpReply HttpReply::error(int httpStatus, int statusCode, const QString &message)
{
    const QJsonObject o{{u"statusCode"_s, statusCode}, {u"statusMessage"_s, message}};
    return json(httpStatus, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpReply HttpReply::json(int httpStatus, const QByteArray &compactJson)
{
    HttpReply r;
    r.httpStatus = httpStatus;
    r.contentType = QByteArrayLiteral("application/json;charset=UTF-8");
    r.body = compactJson;
    return r;
}

HttpReply HttpReply::text(int httpStatus, const QByteArray &text)
{
    HttpReply r;
    r.httpStatus = httpStatus;
    r.contentType = QByteArrayLiteral("text/plain;charset=UTF-8");
    r.body = text;
    return r;
}

void HttpReply::send(QHttpServerResponder &responder) const
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(httpStatus));
    responder.writeHeader(QByteArrayLiteral("Content-Type"), contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    for (const auto &h : headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(body); // also writes the blank line that ends the headers
}

QByteArray HttpReply::closingResponse() const
{
    static const QMap<int, QByteArray> reasons{{400, "Bad Request"},
                                              {408, "Request Timeout"},
                                              {413, "Payload Too Large"},
                                              {431, "Request Header Fields Too Large"},
                                              {503, "Service Unavailable"}};
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(httpStatus) + ' ' +
                     reasons.value(httpStatus, "Error") + "\r\nContent-Type: " + contentType +
                     "\r\nContent-Length: " + QByteArray::number(body.size()) +
                     "\r\nConnection: close\r\n";
    for (const auto &h : headers)
        raw += h.first + ": " + h.second + "\r\n";
    return raw + "\r\n" + body;
}
