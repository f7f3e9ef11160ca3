// The simulator's fault knobs and limits: latency, HTTP errors, dropped connections, hung
// requests (/sim/faults), session invalidation (/sim/sessions/invalidate) and the body-size
// limit.
#include "gwssimulator.h"
#include "gwstestclient.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonObject handshakeMessage()
{
    return QJsonObject{{u"channel"_s, u"/meta/handshake"_s},
                       {u"version"_s, u"1.0"_s},
                       {u"supportedConnectionTypes"_s, QJsonArray{u"long-polling"_s}}};
}

QJsonObject connectMessage(const QString &clientId)
{
    return QJsonObject{{u"channel"_s, u"/meta/connect"_s},
                       {u"clientId"_s, clientId},
                       {u"connectionType"_s, u"long-polling"_s}};
}

QJsonObject connectReplyIn(const QJsonArray &messages)
{
    for (const QJsonValue &v : messages)
        if (v["channel"_L1] == "/meta/connect"_L1)
            return v.toObject();
    return {};
}

} // namespace

class tst_SimFaults : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void latency();
    void latencyOnlyOnPrefix();
    void failCount_data();
    void failCount();
    void failUntilCleared();
    void dropConnections();
    void signInPage();
    void faultsOnNotifications();
    void hangHoldsUntilCleared();
    void hangOnNotificationsEndsWithNewSettings();
    void hangedRequestsAreBounded();
    void hangedRequestsGoWithTheServer();
    void badSettings_data();
    void badSettings();
    void invalidateSession();
    void invalidateRefused_data();
    void invalidateRefused();
    void bodyLimit_data();
    void bodyLimit();

private:
    HttpResult setFaults(const QJsonObject &settings);
    qint64 timed(const QString &path, HttpResult *result = nullptr);
    // A raw GET of `path` as agent1, sent on `socket`.
    void rawGet(QTcpSocket &socket, const QByteArray &path);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimFaults::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setPollTimeout(5000);
    QVERIFY(m_sim->listen());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    QVERIFY(m_agent->login());
}

void tst_SimFaults::cleanup()
{
    m_agent.reset();
    m_control.reset();
    m_sim.reset();
}

HttpResult tst_SimFaults::setFaults(const QJsonObject &settings)
{
    return m_control->post(u"/sim/faults"_s, settings);
}

qint64 tst_SimFaults::timed(const QString &path, HttpResult *result)
{
    QElapsedTimer clock;
    clock.start();
    const HttpResult r = m_agent->get(path);
    if (result)
        *result = r;
    return clock.elapsed();
}

void tst_SimFaults::latency()
{
    // Long enough that the request without it stays below even on a loaded shared machine;
    // under 2 s because the simulator's delay is a coarse timer (5% early) from 2 s on.
    QCOMPARE(setFaults({{u"latencyMs"_s, 1500}}).statusCode(), 0);
    HttpResult r;
    QVERIFY(timed(u"/api/v2/me"_s, &r) >= 1500);
    QCOMPARE(r.status, 200); // late, but the answer
    QCOMPARE(m_control->deleteResource(u"/sim/faults"_s).status, 200);
    const qint64 without = timed(u"/api/v2/me"_s);
    QVERIFY2(without < 1500, qPrintable(QString::number(without)));
}

void tst_SimFaults::latencyOnlyOnPrefix()
{
    QCOMPARE(setFaults({{u"latencyMs"_s, 1500}, {u"paths"_s, u"/api/v2/me/calls"_s}}).status, 200);
    QVERIFY(timed(u"/api/v2/me/calls"_s) >= 1500);
    const qint64 other = timed(u"/api/v2/me/devices"_s);
    QVERIFY2(other < 1500, qPrintable(QString::number(other)));
    QCOMPARE(m_control->get(u"/sim/faults"_s).json["faults"_L1]["latencyMs"_L1].toInt(), 1500);
}

void tst_SimFaults::failCount_data()
{
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("500 twice") << QJsonObject{{u"httpStatus"_s, 500}, {u"failCount"_s, 2}} << 500;
    QTest::newRow("503 twice") << QJsonObject{{u"httpStatus"_s, 503}, {u"failCount"_s, 2}} << 503;
    QTest::newRow("count alone") << QJsonObject{{u"failCount"_s, 2}} << 500;
}

void tst_SimFaults::failCount()
{
    QFETCH(QJsonObject, settings);
    QFETCH(int, httpStatus);
    QCOMPARE(setFaults(settings).status, 200);
    for (int i = 0; i < 2; ++i) {
        // A write as well as a read: faults strike before authentication and CSRF.
        const HttpResult r = i == 0 ? m_agent->get(u"/api/v2/me"_s) : m_agent->voice(u"NotReady"_s);
        QCOMPARE(r.status, httpStatus);
        QCOMPARE(r.statusCode(), 4);
        QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
    }
    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 200);
    const QJsonObject state = m_control->get(u"/sim/faults"_s).json["faults"_L1].toObject();
    QCOMPARE(state.value("remaining"_L1).toInt(), 0);
    QCOMPARE(state.value("failed"_L1).toInt(), 2);
    // The failed write had no effect.
    QCOMPARE(m_agent->get(u"/api/v2/me/devices?fields=*"_s)
                 .json["devices"_L1][0]["userState"_L1]["state"_L1]
                 .toString(),
             u"Ready"_s);
}

void tst_SimFaults::failUntilCleared()
{
    QCOMPARE(setFaults({{u"httpStatus"_s, 500}}).status, 200);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_agent->get(u"/api/v2/me/calls"_s).status, 500);
    // The control endpoints are never affected.
    QCOMPARE(m_control->get(u"/sim/calls"_s).status, 200);
    QCOMPARE(m_control->deleteResource(u"/sim/faults"_s).status, 200);
    QCOMPARE(m_agent->get(u"/api/v2/me/calls"_s).status, 200);
}

void tst_SimFaults::dropConnections()
{
    QCOMPARE(setFaults({{u"dropConnections"_s, true}}).status, 200);
    const HttpResult r = m_agent->get(u"/api/v2/me"_s);
    QCOMPARE(r.status, 0);
    QVERIFY(r.networkError != QNetworkReply::NoError);
    QVERIFY(m_control->get(u"/sim/faults"_s).json["faults"_L1]["dropped"_L1].toInt() >= 1);
    QCOMPARE(m_control->deleteResource(u"/sim/faults"_s).status, 200);
    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 200);

    // With latency: the client waits, then the connection closes.
    QCOMPARE(setFaults({{u"dropConnections"_s, true}, {u"latencyMs"_s, 300}}).status, 200);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 0);
    QVERIFY(clock.elapsed() >= 300);
}

void tst_SimFaults::signInPage()
{
    QCOMPARE(setFaults({{u"signInPage"_s, true}, {u"paths"_s, u"/api/v2/me"_s}}).status, 200);
    // Raw: an HTTP client would follow the redirect, which is what clients must not do.
    auto socket = RawHttp::connectTo(m_sim->port());
    QVERIFY(socket);
    rawGet(*socket, "/api/v2/me");
    QByteArray answer;
    QTRY_VERIFY((answer += socket->readAll()).contains("</html>"));
    QVERIFY2(answer.startsWith("HTTP/1.1 302"), answer.constData());
    QVERIFY2(answer.contains("Location: /sim/signin"), answer.constData());
    QVERIFY2(answer.toLower().contains("content-type: text/html"), answer.constData());
    QVERIFY(answer.contains("<title>Sign in</title>"));
    QCOMPARE(m_control->get(u"/sim/faults"_s).json["faults"_L1]["signInPages"_L1].toInt(), 1);
    // Without effect: a Not Ready sent meanwhile changes nothing.
    m_agent->voice(u"NotReady"_s);
    QCOMPARE(m_control->get(u"/sim/faults"_s).json["faults"_L1]["signInPages"_L1].toInt(), 2);
    QCOMPARE(m_control->deleteResource(u"/sim/faults"_s).status, 200);
    const HttpResult devices = m_agent->get(u"/api/v2/me/devices?fields=*"_s);
    QCOMPARE(devices.status, 200);
    QCOMPARE(devices.json["devices"_L1][0]["userState"_L1]["state"_L1].toString(), u"Ready"_s);
}

void tst_SimFaults::faultsOnNotifications()
{
    const QString path = u"/api/v2/notifications"_s;
    QCOMPARE(setFaults({{u"latencyMs"_s, 300}, {u"paths"_s, path}}).status, 200);
    QElapsedTimer clock;
    clock.start();
    const HttpResult hs = m_agent->postJson(path, {handshakeMessage()});
    QVERIFY(clock.elapsed() >= 300);
    QVERIFY(hs.array.at(0)["successful"_L1].toBool());
    QCOMPARE(setFaults({{u"httpStatus"_s, 500}, {u"failCount"_s, 1}, {u"paths"_s, path}}).status,
             200);
    const HttpResult failed = m_agent->postJson(path, {handshakeMessage()});
    QCOMPARE(failed.status, 500);
    QCOMPARE(failed.statusCode(), 4);
    QVERIFY(m_agent->postJson(path, {handshakeMessage()}).array.at(0)["successful"_L1].toBool());
}

void tst_SimFaults::rawGet(QTcpSocket &socket, const QByteArray &path)
{
    socket.write(RawHttp::request(
        "GET", path,
        {{"Host", RawHttp::hostOf(m_sim->port())},
         {"Authorization", "Basic " + QByteArray("agent1:agent1").toBase64()}}));
}

void tst_SimFaults::hangHoldsUntilCleared()
{
    QCOMPARE(setFaults({{u"hang"_s, true}, {u"paths"_s, u"/api/v2/me/calls"_s}}).status, 200);
    auto socket = RawHttp::connectTo(m_sim->port());
    QVERIFY(socket);
    rawGet(*socket, "/api/v2/me/calls");
    // Read and held by the server, not merely sent.
    QTRY_COMPARE(m_sim->hungRequestCount(), 1);
    // A window in which nothing may come (the simulator runs meanwhile: no blocking wait):
    // not a byte, and the connection stays open.
    QTest::qWait(2000);
    QCOMPARE(socket->bytesAvailable(), 0);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    // Other paths are served meanwhile; the state shows the hang.
    QCOMPARE(m_agent->get(u"/api/v2/me/devices"_s).status, 200);
    const QJsonObject state = m_control->get(u"/sim/faults"_s).json["faults"_L1].toObject();
    QCOMPARE(state.value("hang"_L1).toBool(), true);
    QCOMPARE(state.value("hung"_L1).toInt(), 1);
    QCOMPARE(state.value("held"_L1).toInt(), 1);

    // Clearing answers it: 503, statusCode 4, on a connection that goes on.
    QCOMPARE(m_control->deleteResource(u"/sim/faults"_s).status, 200);
    const RawHttp::Answer released = RawHttp::readAnswer(*socket, 3000);
    QCOMPARE(released.status, 503);
    QCOMPARE(RawHttp::statusCode(released), 4);
    QVERIFY(!released.closed);
    QCOMPARE(m_sim->hungRequestCount(), 0);
    rawGet(*socket, "/api/v2/me/calls");
    QCOMPARE(RawHttp::readAnswer(*socket, 3000).status, 200);
}

void tst_SimFaults::hangOnNotificationsEndsWithNewSettings()
{
    // CometD requests hang too, and so do only the next K with failCount.
    const QString path = u"/api/v2/notifications"_s;
    QCOMPARE(setFaults({{u"hang"_s, true}, {u"failCount"_s, 1}, {u"paths"_s, path}}).status, 200);
    QUrl url = m_sim->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + QByteArray("agent1:agent1").toBase64());
    request.setRawHeader("X-CSRF-TOKEN", m_agent->csrfToken());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray handshake = QJsonDocument(QJsonArray{handshakeMessage()}).toJson();
    std::unique_ptr<QNetworkReply> held(m_agent->network().post(request, handshake));
    QTRY_COMPARE(m_sim->hungRequestCount(), 1);
    // The count is used up: the next handshake is answered.
    QVERIFY(m_agent->postJson(path, {handshakeMessage()}).array.at(0)["successful"_L1].toBool());
    QVERIFY(!held->isFinished());

    // Settings without the hang end it as clearing does.
    QCOMPARE(setFaults({{u"latencyMs"_s, 0}}).status, 200);
    QTRY_VERIFY(held->isFinished());
    QCOMPARE(held->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 503);
    QCOMPARE(m_sim->hungRequestCount(), 0);
}

void tst_SimFaults::hangedRequestsAreBounded()
{
    // One connection can pile up held requests (a new one after each): the cap is the
    // connection cap; the request past it loses its connection, and with it the others.
    QCOMPARE(setFaults({{u"hang"_s, true}}).status, 200);
    // Room for the connections the test clients have open, and ours.
    const int cap = m_sim->openConnectionCount() + 3;
    ConnectionLimits limits = m_sim->connectionLimits();
    limits.maxConnectionsPerPeer = cap;
    m_sim->setConnectionLimits(limits);
    auto socket = RawHttp::connectTo(m_sim->port());
    QVERIFY(socket);
    for (int i = 1; i <= cap; ++i) {
        rawGet(*socket, "/api/v2/me");
        QTRY_COMPARE(m_sim->hungRequestCount(), i);
    }
    rawGet(*socket, "/api/v2/me");
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(socket->readAll(), QByteArray()); // not a byte of an answer
    QTRY_COMPARE(m_sim->hungRequestCount(), 0);
}

void tst_SimFaults::hangedRequestsGoWithTheServer()
{
    QCOMPARE(setFaults({{u"hang"_s, true}}).status, 200);
    auto rest = RawHttp::connectTo(m_sim->port());
    QVERIFY(rest);
    rawGet(*rest, "/api/v2/me");
    QUrl url = m_sim->baseUrl();
    url.setPath(u"/api/v2/notifications"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    std::unique_ptr<QNetworkReply> cometd(m_agent->network().post(
        request, QJsonDocument(QJsonArray{handshakeMessage()}).toJson()));
    QTRY_COMPARE(m_sim->hungRequestCount(), 2);
    // Shut down with both held: no crash, no answer, the connections closed.
    m_sim.reset();
    QTRY_COMPARE(rest->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(rest->readAll(), QByteArray());
    QTRY_VERIFY(cometd->isFinished());
    QCOMPARE(cometd->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
}

void tst_SimFaults::badSettings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("negative latency") << QByteArray(R"({"latencyMs": -1})");
    QTest::newRow("latency text") << QByteArray(R"({"latencyMs": "slow"})");
    QTest::newRow("status 200") << QByteArray(R"({"httpStatus": 200})");
    QTest::newRow("status 600") << QByteArray(R"({"httpStatus": 600})");
    QTest::newRow("fraction count") << QByteArray(R"({"failCount": 1.5})");
    QTest::newRow("drop text") << QByteArray(R"({"dropConnections": "yes"})");
    QTest::newRow("hang text") << QByteArray(R"({"hang": "yes"})");
    QTest::newRow("hang null") << QByteArray(R"({"hang": null})");
    QTest::newRow("signInPage text") << QByteArray(R"({"signInPage": "yes"})");
    QTest::newRow("paths number") << QByteArray(R"({"paths": 3})");
    QTest::newRow("malformed") << QByteArray(R"({"latencyMs": )");
}

void tst_SimFaults::badSettings()
{
    QFETCH(QByteArray, body);
    QCOMPARE(setFaults({{u"latencyMs"_s, 5}}).status, 200);
    const HttpResult r = m_control->post(u"/sim/faults"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), 10);
    // The previous settings stay.
    QCOMPARE(m_control->get(u"/sim/faults"_s).json["faults"_L1]["latencyMs"_L1].toInt(), 5);
}

void tst_SimFaults::invalidateSession()
{
    // A CometD client of the session, with a connect held open.
    const HttpResult hs = m_agent->postJson(u"/api/v2/notifications"_s, {handshakeMessage()});
    const QString clientId = hs.array.at(0)["clientId"_L1].toString();
    QVERIFY(!clientId.isEmpty());
    const QByteArray oldToken = m_agent->csrfToken();
    GwsTestClient other(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QVERIFY(other.login());

    QUrl url = m_sim->baseUrl();
    url.setPath(u"/api/v2/notifications"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + QByteArray("agent1:agent1").toBase64());
    request.setRawHeader("X-CSRF-TOKEN", oldToken);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *held = m_agent->network().post(
        request, QJsonDocument(QJsonArray{connectMessage(clientId)}).toJson());
    // Held by the server, not merely sent: otherwise the invalidation can overtake it.
    QTRY_VERIFY(m_sim->cometdClientCount() == 1 && m_sim->heldPollCount() == 1);
    QVERIFY(!held->isFinished());

    const HttpResult r =
        m_control->post(u"/sim/sessions/invalidate"_s, QJsonObject{{u"userName"_s, u"agent1"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("sessions"_L1).toInt(), 1);
    // The held connect answers at once: the client is gone, hand-shake again.
    QTRY_VERIFY(held->isFinished());
    const QJsonObject reply = connectReplyIn(QJsonDocument::fromJson(held->readAll()).array());
    held->deleteLater();
    QVERIFY(!reply.value("successful"_L1).toBool());
    QCOMPARE(reply.value("error"_L1).toString(), u"402::Unknown client"_s);
    QCOMPARE(reply.value("advice"_L1)["reconnect"_L1].toString(), u"handshake"_s);
    QCOMPARE(m_sim->cometdClientCount(), 0);

    // The old cookie and token are refused for writes...
    const HttpResult refused = m_agent->voice(u"NotReady"_s);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body, QByteArray("Missing or invalid Csrf token"));
    // ...a read with the credentials opens a new session with a new token...
    const HttpResult me = m_agent->get(u"/api/v2/me"_s);
    QCOMPARE(me.status, 200);
    QVERIFY(me.header("Set-Cookie").startsWith("JSESSIONID="));
    QVERIFY(m_agent->csrfToken() != oldToken);
    QCOMPARE(m_agent->voice(u"NotReady"_s).status, 200);
    // ...where the old CometD client is unknown.
    const HttpResult again =
        m_agent->postJson(u"/api/v2/notifications"_s, {connectMessage(clientId)});
    QCOMPARE(connectReplyIn(again.array).value("error"_L1).toString(), u"402::Unknown client"_s);
    // Another user's session was not touched.
    QCOMPARE(other.voice(u"NotReady"_s).status, 200);
}

void tst_SimFaults::invalidateRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("no user") << QByteArray("{}") << 1;
    QTest::newRow("malformed") << QByteArray("{") << 10;
}

void tst_SimFaults::invalidateRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(int, statusCode);
    const HttpResult r = m_control->post(u"/sim/sessions/invalidate"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), statusCode);
    const HttpResult none =
        m_control->post(u"/sim/sessions/invalidate"_s, QJsonObject{{u"userName"_s, u"nobody"_s}});
    QCOMPARE(none.json.value("sessions"_L1).toInt(-1), 0);
}

void tst_SimFaults::bodyLimit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    const int limit = 1024 * 1024;
    QTest::newRow("api over") << u"/api/v2/me/channels/voice"_s << limit + 1 << 413 << 10;
    QTest::newRow("notifications over") << u"/api/v2/notifications"_s << limit + 1 << 413 << 10;
    QTest::newRow("sim over") << u"/sim/calls"_s << limit + 1 << 413 << 10;
    // At the limit the body is read: NotReady with a reason the switch does not have.
    QTest::newRow("api at limit") << u"/api/v2/me/channels/voice"_s << limit << 400 << 2;
}

void tst_SimFaults::bodyLimit()
{
    QFETCH(QString, path);
    QFETCH(int, size);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    // A valid object padded with spaces to the size.
    QByteArray body = R"({"operationName": "NotReady", "reasonCode": "NoSuchReason"})";
    body.append(QByteArray(size - body.size(), ' '));
    const HttpResult r =
        path.startsWith("/sim"_L1) ? m_control->post(path, body) : m_agent->post(path, body);
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
}

QTEST_MAIN(tst_SimFaults)
#include "tst_sim_faults.moc"
