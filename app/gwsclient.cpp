#include "gwsclient.h"

#include "requestbudget.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <utility>

using namespace Qt::StringLiterals;

GwsClient::GwsClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &GwsClient::startWaiting);
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
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
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
    return schedule([this, path] {
        QNetworkRequest request(urlFor(path));
        decorate(request, false);
        request.setTransferTimeout(m_timeoutMs);
        return m_network->get(request);
    });
}

GwsRequest *GwsClient::post(const QString &path, const QJsonObject &body)
{
    // Built when sent: a request that waited for the budget carries the current token.
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return schedule([this, path, bytes] {
        QNetworkRequest request(urlFor(path));
        decorate(request, true);
        request.setTransferTimeout(m_timeoutMs);
        return m_network->post(request, bytes);
    });
}

GwsRequest *GwsClient::schedule(Sender send)
{
    auto *request = new GwsRequest(this);
    connect(request, &GwsRequest::headersReceived, this, &GwsClient::learnCsrf);
    if (m_waiting.empty() && (!m_budget || m_budget->tryTake()))
        request->start(send(), m_timeoutMs);
    else
        m_waiting.push_back({request, std::move(send)});
    startWaiting();
    return request;
}

void GwsClient::startWaiting()
{
    while (!m_waiting.empty()) {
        if (!m_waiting.front().request) { // aborted while waiting
            m_waiting.pop_front();
            continue;
        }
        if (m_budget && !m_budget->tryTake()) {
            if (!m_waitTimer.isActive()) {
                m_waitTimer.start(qMax(1, m_budget->msUntilNext()));
            }
            return;
        }
        Waiting next = std::move(m_waiting.front());
        m_waiting.pop_front();
        next.request->start(next.send(), m_timeoutMs);
    }
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

void GwsClient::cancelWaiting()
{
    m_waitTimer.stop();
    // Taken out first: a receiver of a cancellation may send something new.
    const std::deque<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting &w : waiting)
        if (w.request)
            w.request->abort();
}
