#pragma once

// A tiny GWS client for the simulator's tests: Basic auth, a cookie jar, the CSRF token
// learned from GETs, and a CometD long-poll loop that collects events. It shares no code
// with app/, on purpose: the simulator is checked against this independent reading.

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <functional>

class QNetworkReply;

struct HttpResult
{
    int status = 0;       // 0: no HTTP answer (see networkError)
    int networkError = 0; // QNetworkReply::NetworkError
    QByteArray body;
    QJsonObject json;
    QJsonArray array;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    int statusCode() const { return json.value(QLatin1String("statusCode")).toInt(-1); }
};

class GwsTestClient : public QObject
{
    Q_OBJECT
public:
    GwsTestClient(const QUrl &base, const QString &user, const QString &password);
    ~GwsTestClient() override;

    // For https:// servers: e.g. a configuration that trusts the test's own CA.
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }

    HttpResult get(const QString &path);
    HttpResult post(const QString &path, const QByteArray &body);
    HttpResult post(const QString &path, const QJsonObject &body);
    HttpResult postJson(const QString &path, const QJsonArray &body);
    HttpResult deleteResource(const QString &path); // DELETE
    // Plain requests without cookie jar or stored CSRF token, to test refusals.
    HttpResult rawPost(const QString &path, const QByteArray &body,
                       const QList<QPair<QByteArray, QByteArray>> &headers);

    // GET /me (learns the token), StartContactCenterSession, remembers the device id.
    bool login();
    QString deviceId() const { return m_deviceId; }
    QString userId() const { return m_userId; }
    // {base}/api/v2/devices/{deviceId}, as targetDeviceUri names a device.
    QString deviceUri(const QString &deviceId) const;
    HttpResult dial(const QString &number, const QJsonObject &extra = {});
    HttpResult operate(const QString &callId, const QString &operation,
                       const QJsonObject &extra = {});
    // POST /api/v2/me/channels/voice {"operationName": operation, ...extra}
    HttpResult voice(const QString &operation, const QJsonObject &extra = {});
    // POST /api/v2/me/devices/{own device} {"operationName": operation, ...extra}
    HttpResult deviceOperation(const QString &operation, const QJsonObject &extra = {});
    QJsonArray calls();                  // GET /api/v2/me/calls
    QJsonObject call(const QString &id); // from GET /me/calls; empty when gone
    QString callUri(const QString &id) const;

    // CometD: handshake, subscribe, then keep a long-poll open and collect events.
    bool startNotifications(const QStringList &channels = {QStringLiteral("/v2/me/calls"),
                                                           QStringLiteral("/v2/me/devices")});
    void stopNotifications();
    QString clientId() const { return m_clientId; }
    const QList<QJsonObject> &events() const { return m_events; }
    int polls() const { return m_polls; } // /meta/connect answers received so far
    // The waits below return what they waited for. A timeout fails the running test
    // (QTest::qFail, naming what was awaited) and returns an empty object, so no caller can
    // read a missing event as an answer; the result must be used ([[nodiscard]]).
    // The first event (from index `from` on) that matches, waiting up to `timeoutMs`.
    [[nodiscard]] QJsonObject waitForEvent(const std::function<bool(const QJsonObject &)> &match,
                             int timeoutMs = 5000, int from = 0);
    // The `call` of the first CallStateChangeMessage for `callId` in `state`.
    [[nodiscard]] QJsonObject waitForCall(const QString &callId, const QString &state, int timeoutMs = 5000,
                            int from = 0);
    // The `call` of the first notification of that type for `callId`, from index `from` on.
    [[nodiscard]] QJsonObject waitForNotification(const QString &callId, const QString &notificationType,
                                    int from = 0, int timeoutMs = 5000);
    // The device of the first DeviceStateChangeMessage (from index `from` on) that matches.
    [[nodiscard]] QJsonObject waitForDevice(const std::function<bool(const QJsonObject &device)> &match,
                              int from = 0, int timeoutMs = 5000);
    // Where the next event will be: pass as `from` to wait only for what follows.
    int mark() const { return int(m_events.size()); }
    // The first call that appears (any id) in `state`.
    [[nodiscard]] QJsonObject waitForAnyCall(const QString &state, int timeoutMs = 5000);
    QByteArray csrfToken() const { return m_csrf; }
    QNetworkAccessManager &network() { return m_nam; }

private:
    QNetworkReply *send(const QString &path, const QByteArray *body, bool isDelete = false);
    HttpResult wait(QNetworkReply *reply);
    void poll();
    QJsonObject waitFor(const std::function<bool(const QJsonObject &)> &match, int timeoutMs,
                        int from, const QString &what);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_auth;
    QSslConfiguration m_ssl = QSslConfiguration::defaultConfiguration();
    QByteArray m_csrf;
    QString m_deviceId;
    QString m_userId;
    QString m_clientId;
    bool m_polling = false;
    int m_polls = 0;
    QPointer<QNetworkReply> m_poll;
    QList<QJsonObject> m_events;
};
