#include "gwsrequest.h"

#include "tlspolicy.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkReply>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

GwsRequest::GwsRequest(QObject *parent)
    : QObject(parent)
{}

GwsRequest::GwsRequest(QNetworkReply *reply, int deadlineMs, QObject *parent)
    : QObject(parent)
{
    start(reply, deadlineMs);
}

void GwsRequest::start(QNetworkReply *reply, int deadlineMs)
{
    m_started = true;
    m_reply = reply;
    reply->setParent(this);
    connect(reply, &QNetworkReply::finished, this, &GwsRequest::onFinished);
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        if (received > kMaxBodyBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    if (deadlineMs > 0) {
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            if (m_reply && !m_done) {
                m_timedOut = true;
                m_reply->abort();
            }
        });
        m_deadline.start(deadlineMs);
    }
}

GwsRequest::~GwsRequest() = default;

void GwsRequest::abort()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort(); // emits finished synchronously
        return;
    }
    // Never sent (held back by the budget): finish all the same.
    m_done = true;
    GwsResult r;
    r.kind = GwsResult::Kind::Cancelled;
    emit finished(r);
    deleteLater();
}

void GwsRequest::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    emit headersReceived(m_reply);
    GwsResult r;
    r.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_cancelled) {
        r.kind = GwsResult::Kind::Cancelled;
    } else if (m_timedOut) {
        r.kind = GwsResult::Kind::Timeout;
    } else if (m_tooLarge) {
        r.kind = GwsResult::Kind::BadReply;
        r.statusMessage = u"answer larger than %1 MiB"_s.arg(kMaxBodyBytes / (1024 * 1024));
    } else {
        r = resultFrom(m_reply, m_reply->readAll());
    }
    emit finished(r);
    deleteLater();
}

QString GwsRequest::describeBody(const QByteArray &raw)
{
    const QString text = QString::fromUtf8(raw.left(4096));
    static const QRegularExpression title(u"<title[^>]*>([^<]*)</title>"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = title.match(text); m.hasMatch())
        return m.captured(1).simplified().left(120);
    if (text.contains(u'<'))
        return {}; // markup without a title says nothing a person could use
    return text.section(u'\n', 0, 0).simplified().left(200);
}

GwsResult GwsRequest::resultFrom(QNetworkReply *reply, const QByteArray &raw)
{
    GwsResult r;
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An expired transfer timeout arrives as OperationCanceledError (we never abort
    // otherwise); an HTTP 4xx/5xx is only reported below, from the status code.
    const auto netError = reply->error();
    const QString tlsDetails = reply->property(TlsPolicy::kDetailsProperty).toString();
    if (reply->property(TlsPolicy::kPinProperty).toBool()) {
        r.kind = GwsResult::Kind::Tls;
        r.statusMessage = tr("its key is not the pinned one (%1)").arg(tlsDetails);
        return r;
    }
    if (netError == QNetworkReply::OperationCanceledError
        || netError == QNetworkReply::TimeoutError) {
        r.kind = GwsResult::Kind::Timeout;
        return r;
    }
    if (netError == QNetworkReply::SslHandshakeFailedError) {
        r.kind = GwsResult::Kind::Tls;
        r.statusMessage = tlsDetails.isEmpty()
                              ? reply->errorString()
                              : reply->errorString() + u" ("_s + tlsDetails + u')';
        return r;
    }
    if (r.httpStatus == 0) {
        r.kind = GwsResult::Kind::Network;
        r.statusMessage = reply->errorString();
        return r;
    }
    if (r.httpStatus >= 300 && r.httpStatus < 400) {
        // Redirects are never followed (see GwsClient): GWS itself does not redirect, a
        // sign-in front does.
        r.kind = GwsResult::Kind::SignInPage;
        return r;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (doc.isObject()) {
        r.body = doc.object();
        // Some servers send "statusCode": "2"; both mean the documented number.
        const QJsonValue code = r.body.value(u"statusCode");
        r.statusCode = code.isString() ? code.toString().trimmed().toInt() : code.toInt(0);
        r.statusMessage = r.body.value(u"statusMessage").toString();
    } else if (r.httpStatus >= 400) {
        // Plain-text error bodies ("Missing or invalid Csrf token"), HTML error pages.
        r.statusMessage = describeBody(raw);
    }

    const QString contentType =
        reply->header(QNetworkRequest::ContentTypeHeader).toString().toLower();
    if (r.httpStatus >= 400) {
        r.kind = GwsResult::Kind::Http;
    } else if (!doc.isObject() && contentType.contains(u"html")) {
        r.kind = GwsResult::Kind::SignInPage;
        r.statusMessage = describeBody(raw);
    } else if (!doc.isObject()) {
        r.kind = GwsResult::Kind::BadReply;
        r.statusMessage = parseError.error != QJsonParseError::NoError
                              ? parseError.errorString()
                              : u"not a JSON object"_s;
    } else if (r.statusCode != 0 && r.statusCode != 7) {
        r.kind = GwsResult::Kind::Api; // 7 is partial success: the caller may note it
    }
    return r;
}
