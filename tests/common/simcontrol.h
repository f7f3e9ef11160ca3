#pragma once

// Test-side access to the simulator's loopback control endpoints (/sim/...), over real HTTP.

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

class SimControl
{
public:
    explicit SimControl(const QUrl &base) : m_base(base) {}

    QJsonObject get(const QString &path) { return send(path, nullptr); }
    QJsonObject post(const QString &path, const QJsonObject &body = {})
    {
        const QByteArray raw = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return send(path, &raw);
    }
    int lastStatus() const { return m_lastStatus; }
    // Any other method, e.g. send("/sim/faults", "DELETE").
    QJsonObject send(const QString &path, const QByteArray &method)
    {
        return send(path, nullptr, method);
    }

    // Rings `to` from an external number; returns the simulator's id of the new call.
    QString ringFrom(const QString &from, const QString &to, const QJsonObject &userData = {})
    {
        QJsonObject body{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
        if (!userData.isEmpty())
            body.insert(QStringLiteral("userData"), userData);
        return post(QStringLiteral("/sim/calls"), body).value(QLatin1String("id")).toString();
    }
    int requestCount(const QString &operation)
    {
        const QJsonObject stats = get(QStringLiteral("/sim/stats"));
        const QJsonObject byOp = stats.value(QLatin1String("operations")).toObject();
        return byOp.contains(operation) ? byOp.value(operation).toInt()
                                        : stats.value(operation).toInt();
    }

private:
    QJsonObject send(const QString &path, const QByteArray *body, const QByteArray &method = {})
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(5000);
        QNetworkReply *reply = !method.isEmpty() ? m_nam.sendCustomRequest(request, method)
                               : body            ? m_nam.post(request, *body)
                                                 : m_nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject result = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager m_nam;
    QUrl m_base;
    int m_lastStatus = 0;
};
