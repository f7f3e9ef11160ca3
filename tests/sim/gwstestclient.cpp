#include "gwstestclient.h"

#include <QJsonDocument>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

GwsTestClient::GwsTestClient(const QUrl &base, const QString &user, const QString &password)
    : m_base(base)
    , m_auth("Basic " + QString(user + u':' + password).toUtf8().toBase64())
{
    m_nam.setCookieJar(new QNetworkCookieJar(&m_nam));
}

GwsTestClient::~GwsTestClient()
{
    stopNotifications();
}

QNetworkReply *GwsTestClient::send(const QString &path, const QByteArray *body, bool isDelete)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(u'?'); // "/api/v2/devices?fields=*"
    url.setPath(path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setSslConfiguration(m_ssl);
    request.setRawHeader("Authorization", m_auth);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_csrf.isEmpty())
        request.setRawHeader("X-CSRF-TOKEN", m_csrf);
    if (isDelete)
        return m_nam.deleteResource(request);
    return body ? m_nam.post(request, *body) : m_nam.get(request);
}

HttpResult GwsTestClient::wait(QNetworkReply *reply)
{
    HttpResult r;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            qWarning("request timed out");
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.networkError = reply->error();
    r.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    r.json = doc.object();
    r.array = doc.array();
    if (r.headers.contains("x-csrf-token"))
        m_csrf = r.headers.value("x-csrf-token");
    reply->deleteLater();
    return r;
}

HttpResult GwsTestClient::get(const QString &path)
{
    return wait(send(path, nullptr));
}

HttpResult GwsTestClient::post(const QString &path, const QByteArray &body)
{
    return wait(send(path, &body));
}

HttpResult GwsTestClient::deleteResource(const QString &path)
{
    return wait(send(path, nullptr, true));
}

HttpResult GwsTestClient::post(const QString &path, const QJsonObject &body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult GwsTestClient::postJson(const QString &path, const QJsonArray &body)
{
    return post(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult GwsTestClient::rawPost(const QString &path, const QByteArray &body,
                                  const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkAccessManager nam; // no cookie jar, nothing remembered
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    const QByteArray saved = m_csrf;
    HttpResult r = wait(nam.post(request, body));
    m_csrf = saved;
    return r;
}

bool GwsTestClient::login()
{
    const HttpResult me = get(u"/api/v2/me"_s);
    if (me.status != 200)
        return false;
    m_userId = me.json.value("user"_L1)["id"_L1].toString();
    const HttpResult devices = get(u"/api/v2/me/devices?fields=*"_s);
    m_deviceId =
        devices.json.value("devices"_L1).toArray().at(0).toObject().value("id"_L1).toString();
    const HttpResult start =
        post(u"/api/v2/me"_s, QJsonObject{{u"operationName"_s, u"StartContactCenterSession"_s},
                                          {u"channels"_s, QJsonArray{u"voice"_s}}});
    return start.status == 200 && start.statusCode() == 0 && !m_deviceId.isEmpty();
}

HttpResult GwsTestClient::dial(const QString &number, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"operationName"_s, u"Dial"_s);
    body.insert(u"destination"_s, QJsonObject{{u"phoneNumber"_s, number}});
    return post(u"/api/v2/me/devices/"_s + m_deviceId + u"/calls"_s, body);
}

HttpResult GwsTestClient::operate(const QString &callId, const QString &operation,
                                  const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"operationName"_s, operation);
    return post(u"/api/v2/me/calls/"_s + callId, body);
}

HttpResult GwsTestClient::voice(const QString &operation, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"operationName"_s, operation);
    return post(u"/api/v2/me/channels/voice"_s, body);
}

HttpResult GwsTestClient::deviceOperation(const QString &operation, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(u"operationName"_s, operation);
    return post(u"/api/v2/me/devices/"_s + m_deviceId, body);
}

QString GwsTestClient::deviceUri(const QString &deviceId) const
{
    return m_base.toString() + u"/api/v2/devices/"_s + deviceId;
}

QJsonArray GwsTestClient::calls()
{
    return get(u"/api/v2/me/calls?fields=*"_s).json.value("calls"_L1).toArray();
}

QJsonObject GwsTestClient::call(const QString &id)
{
    for (const QJsonValue &c : calls())
        if (c.toObject().value("id"_L1).toString() == id)
            return c.toObject();
    return {};
}

QString GwsTestClient::callUri(const QString &id) const
{
    return m_base.toString() + u"/api/v2/me/calls/"_s + id;
}

bool GwsTestClient::startNotifications(const QStringList &channels)
{
    const HttpResult hs = postJson(
        u"/api/v2/notifications"_s,
        QJsonArray{QJsonObject{{u"channel"_s, u"/meta/handshake"_s},
                               {u"version"_s, u"1.0"_s},
                               {u"supportedConnectionTypes"_s, QJsonArray{u"long-polling"_s}}}});
    m_clientId = hs.array.at(0).toObject().value("clientId"_L1).toString();
    if (m_clientId.isEmpty())
        return false;
    QJsonArray subscriptions;
    for (const QString &c : channels)
        subscriptions.append(c);
    const HttpResult sub = postJson(u"/api/v2/notifications"_s,
                                    QJsonArray{QJsonObject{{u"channel"_s, u"/meta/subscribe"_s},
                                                           {u"clientId"_s, m_clientId},
                                                           {u"subscription"_s, subscriptions}}});
    if (!sub.array.at(0).toObject().value("successful"_L1).toBool())
        return false;
    m_polling = true;
    poll();
    return true;
}

void GwsTestClient::stopNotifications()
{
    m_polling = false;
    if (m_poll)
        m_poll->abort();
}

void GwsTestClient::poll()
{
    const QByteArray body =
        QJsonDocument(QJsonArray{QJsonObject{{u"channel"_s, u"/meta/connect"_s},
                                             {u"clientId"_s, m_clientId},
                                             {u"connectionType"_s, u"long-polling"_s}}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = send(u"/api/v2/notifications"_s, &body);
    m_poll = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return; // aborted by stopNotifications(), or the server went away
        const QJsonArray messages = QJsonDocument::fromJson(reply->readAll()).array();
        ++m_polls;
        bool again = m_polling;
        for (const QJsonValue &v : messages) {
            const QJsonObject m = v.toObject();
            if (m.value("channel"_L1) == "/meta/connect"_L1)
                again = again && m.value("successful"_L1).toBool();
            else
                m_events.append(m);
        }
        if (again)
            poll();
    });
}

QJsonObject GwsTestClient::waitForEvent(const std::function<bool(const QJsonObject &)> &match,
                                        int timeoutMs, int from)
{
    return waitFor(match, timeoutMs, from, u"a matching event"_s);
}

QJsonObject GwsTestClient::waitFor(const std::function<bool(const QJsonObject &)> &match,
                                   int timeoutMs, int from, const QString &what)
{
    QJsonObject found;
    const bool seen = QTest::qWaitFor(
        [&] {
            for (qsizetype i = from; i < m_events.size(); ++i) {
                if (match(m_events.at(i))) {
                    found = m_events.at(i);
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    if (!seen) {
        const QString message = u"no %1 within %2 ms (%3 events seen, from %4)"_s.arg(what)
                                    .arg(timeoutMs)
                                    .arg(m_events.size())
                                    .arg(from);
        QTest::qFail(qPrintable(message), __FILE__, __LINE__);
    }
    return found;
}

QJsonObject GwsTestClient::waitForCall(const QString &callId, const QString &state, int timeoutMs,
                                       int from)
{
    return waitFor(
               [&](const QJsonObject &e) {
                   const QJsonObject call = e.value("data"_L1)["call"_L1].toObject();
                   return call.value("id"_L1).toString() == callId &&
                          call.value("state"_L1).toString() == state;
               },
               timeoutMs, from, u"call %1 in %2"_s.arg(callId, state))
        .value("data"_L1)["call"_L1]
        .toObject();
}

QJsonObject GwsTestClient::waitForAnyCall(const QString &state, int timeoutMs)
{
    return waitFor(
               [&](const QJsonObject &e) {
                   return e.value("data"_L1)["call"_L1]["state"_L1].toString() == state;
               },
               timeoutMs, 0, u"call in %1"_s.arg(state))
        .value("data"_L1)["call"_L1]
        .toObject();
}

QJsonObject GwsTestClient::waitForNotification(const QString &callId,
                                               const QString &notificationType, int from,
                                               int timeoutMs)
{
    return waitFor(
               [&](const QJsonObject &e) {
                   const QJsonObject data = e.value("data"_L1).toObject();
                   return data.value("notificationType"_L1).toString() == notificationType &&
                          data.value("call"_L1)["id"_L1].toString() == callId;
               },
               timeoutMs, from, u"%1 for call %2"_s.arg(notificationType, callId))
        .value("data"_L1)["call"_L1]
        .toObject();
}

QJsonObject GwsTestClient::waitForDevice(const std::function<bool(const QJsonObject &)> &match,
                                         int from, int timeoutMs)
{
    return waitFor(
               [&](const QJsonObject &e) {
                   const QJsonObject data = e.value("data"_L1).toObject();
                   return data.value("messageType"_L1) == "DeviceStateChangeMessage"_L1 &&
                          match(data.value("devices"_L1)[0].toObject());
               },
               timeoutMs, from, u"matching device event"_s)
        .value("data"_L1)["devices"_L1][0]
        .toObject();
}
