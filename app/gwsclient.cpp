#include "gwsclient.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

GwsClient::GwsClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void GwsClient::setServer(const QUrl &baseUrl)
{
    m_server = baseUrl;
}

void GwsClient::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_authorization = "Basic " + (user + u':' + password).toUtf8().toBase64();
}

QUrl GwsClient::urlFor(const QString &path) const
{
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    // Split off a query so "?fields=*" does not end up percent-encoded in the path.
    const qsizetype q = path.indexOf(u'?');
    url.setPath(base + u"/api/v2"_s + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    return url;
}

void GwsClient::decorate(QNetworkRequest &request, bool write) const
{
    request.setRawHeader("Authorization", m_authorization);
    // Never follow a redirect: credentials, cookie and CSRF token go only to this origin,
    // and GWS does not redirect (a sign-in front does; GwsResult::Kind::SignInPage).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (write && !m_csrfToken.isEmpty())
        request.setRawHeader(m_csrfHeader, m_csrfToken);
}

GwsRequest *GwsClient::get(const QString &path)
{
    QNetworkRequest request(urlFor(path));
    decorate(request, false);
    request.setTransferTimeout(m_timeoutMs);
    return track(m_network->get(request), m_timeoutMs);
}

GwsRequest *GwsClient::post(const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(urlFor(path));
    decorate(request, true);
    request.setTransferTimeout(m_timeoutMs);
    return track(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
                 m_timeoutMs);
}

GwsRequest *GwsClient::track(QNetworkReply *reply, int deadlineMs)
{
    auto *request = new GwsRequest(reply, deadlineMs, this);
    connect(request, &GwsRequest::headersReceived, this, &GwsClient::learnCsrf);
    return request;
}

void GwsClient::learnCsrf(QNetworkReply *reply)
{
    m_lastHttpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray header = reply->rawHeader("X-CSRF-HEADER");
    const QByteArray token = reply->rawHeader("X-CSRF-TOKEN");
    if (!header.isEmpty())
        m_csrfHeader = header;
    // The token header is named by X-CSRF-HEADER; read that one if it differs.
    const QByteArray named = header.isEmpty() ? token : reply->rawHeader(header);
    if (!named.isEmpty())
        m_csrfToken = named;
}

void GwsClient::forgetSession()
{
    m_csrfToken.clear();
    m_network->setCookieJar(new QNetworkCookieJar(m_network));
}
