#include "gwsrequest.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

GwsRequest::GwsRequest(QNetworkReply *reply, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &GwsRequest::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        if (received > kMaxBodyBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
}

GwsRequest::~GwsRequest() = default;

void GwsRequest::abort()
{
    if (m_done || !m_reply)
        return;
    m_cancelled = true;
    m_reply->abort(); // emits finished synchronously
}

void GwsRequest::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    emit headersReceived(m_reply);
    emit finished(resultFrom(m_reply, m_cancelled, m_tooLarge));
    deleteLater();
}

GwsResult GwsRequest::resultFrom(QNetworkReply *reply, bool cancelledByUs, bool tooLarge)
{
    GwsResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (tooLarge) {
        r.kind = GwsResult::Kind::BadReply;
        r.statusMessage = u"answer larger than %1 MiB"_s.arg(kMaxBodyBytes / (1024 * 1024));
        return r;
    }
    const QByteArray raw = reply->readAll();

    if (cancelledByUs) {
        r.kind = GwsResult::Kind::Cancelled;
        return r;
    }
    // An expired transfer timeout arrives as OperationCanceledError (we never abort
    // otherwise); an HTTP 4xx/5xx is only reported below, from the status code.
    const auto netError = reply->error();
    if (netError == QNetworkReply::OperationCanceledError
        || netError == QNetworkReply::TimeoutError) {
        r.kind = GwsResult::Kind::Timeout;
        return r;
    }
    if (netError == QNetworkReply::SslHandshakeFailedError) {
        r.kind = GwsResult::Kind::Tls;
        r.statusMessage = reply->errorString();
        return r;
    }
    if (r.httpStatus == 0) {
        r.kind = GwsResult::Kind::Network;
        r.statusMessage = reply->errorString();
        return r;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (doc.isObject()) {
        r.body = doc.object();
        r.statusCode = r.body.value(u"statusCode").toInt(0);
        r.statusMessage = r.body.value(u"statusMessage").toString();
    } else if (r.httpStatus >= 400) {
        // Plain-text error bodies, e.g. "Missing or invalid Csrf token".
        r.statusMessage = QString::fromUtf8(raw.left(200)).trimmed();
    }

    if (r.httpStatus >= 400) {
        r.kind = GwsResult::Kind::Http;
    } else if (!doc.isObject()) {
        r.kind = GwsResult::Kind::BadReply;
        r.statusMessage = parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : u"not a JSON object"_s;
    } else if (r.statusCode != 0) {
        r.kind = GwsResult::Kind::Api;
    }
    return r;
}
