// The simulator's HTTP face: authentication, session cookie, CSRF, resources, errors.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class tst_SimHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unauthorized_data();
    void unauthorized();
    void me_data();
    void me();
    void sessionKeepsCookieAndToken();
    void csrfRefused_data();
    void csrfRefused();
    void csrfFlow();
    void devices();
    void deviceStateNotified();
    void notFound_data();
    void notFound();
    void malformedJson_data();
    void malformedJson();
    void badOperation_data();
    void badOperation();
    void methodNotAllowed();
    void stats();
    void config();
    void configErrors_data();
    void configErrors();

private:
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
};

void tst_SimHttp::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listen());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
}

void tst_SimHttp::cleanup()
{
    m_agent.reset();
    m_sim.reset();
}

void tst_SimHttp::unauthorized_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("path");
    QTest::newRow("wrong password") << u"agent1"_s << u"nope"_s << u"/api/v2/me"_s;
    QTest::newRow("unknown user") << u"mallory"_s << u"mallory"_s << u"/api/v2/me"_s;
    QTest::newRow("no credentials") << QString() << QString() << u"/api/v2/me/calls"_s;
    QTest::newRow("notifications") << u"agent2"_s << u"x"_s << u"/api/v2/notifications"_s;
}

void tst_SimHttp::unauthorized()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, path);
    GwsTestClient client(m_sim->baseUrl(), user, password);
    const HttpResult r = client.get(path);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.statusCode(), 20);
    QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
    QVERIFY(r.header("Set-Cookie").isEmpty());
}

void tst_SimHttp::me_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("roles");
    QTest::newRow("agent1") << u"agent1"_s << QStringList{u"ROLE_AGENT"_s};
    QTest::newRow("agent2") << u"agent2"_s << QStringList{u"ROLE_AGENT"_s};
    QTest::newRow("super1") << u"super1"_s
                            << QStringList{u"ROLE_SUPERVISOR"_s, u"ROLE_AGENT"_s, u"ROLE_ADMIN"_s};
    QTest::newRow("super2") << u"super2"_s << QStringList{u"ROLE_SUPERVISOR"_s, u"ROLE_AGENT"_s};
}

void tst_SimHttp::me()
{
    QFETCH(QString, user);
    QFETCH(QStringList, roles);
    GwsTestClient client(m_sim->baseUrl(), user, user);
    const HttpResult r = client.get(u"/api/v2/me"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.statusCode(), 0);
    QCOMPARE(r.header("X-CSRF-HEADER"), QByteArray("X-CSRF-TOKEN"));
    QVERIFY(r.header("X-CSRF-TOKEN").size() >= 16);
    QVERIFY(r.header("Set-Cookie").startsWith("JSESSIONID="));
    const QJsonObject me = r.json.value("user"_L1).toObject();
    QCOMPARE(me.value("userName"_L1).toString(), user);
    QVERIFY(!me.value("id"_L1).toString().isEmpty());
    QVERIFY(!me.value("firstName"_L1).toString().isEmpty());
    QVERIFY(me.contains("lastName"_L1));
    QStringList got;
    for (const QJsonValue &v : me.value("roles"_L1).toArray())
        got << v.toString();
    QCOMPARE(got, roles);
}

void tst_SimHttp::sessionKeepsCookieAndToken()
{
    const HttpResult first = m_agent->get(u"/api/v2/me"_s);
    const HttpResult second = m_agent->get(u"/api/v2/me/calls"_s);
    QCOMPARE(second.status, 200);
    QVERIFY(second.header("Set-Cookie").isEmpty()); // the cookie was sent back
    QCOMPARE(second.header("X-CSRF-TOKEN"), first.header("X-CSRF-TOKEN"));
    // Another client of the same user has its own session and token.
    GwsTestClient other(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    const HttpResult third = other.get(u"/api/v2/me"_s);
    QVERIFY(!third.header("Set-Cookie").isEmpty());
    QVERIFY(third.header("X-CSRF-TOKEN") != first.header("X-CSRF-TOKEN"));
}

void tst_SimHttp::csrfRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("sendCookie");
    QTest::addColumn<bool>("sendToken");
    QTest::addColumn<QByteArray>("token");
    const QString me = u"/api/v2/me"_s;
    const QString cometd = u"/api/v2/notifications"_s;
    QTest::newRow("no token") << me << true << false << QByteArray();
    QTest::newRow("wrong token") << me << true << true << QByteArray("0123456789ABCDEF");
    QTest::newRow("no cookie") << me << false << true << QByteArray();
    QTest::newRow("cometd no token") << cometd << true << false << QByteArray();
    QTest::newRow("cometd no cookie") << cometd << false << true << QByteArray();
}

void tst_SimHttp::csrfRefused()
{
    QFETCH(QString, path);
    QFETCH(bool, sendCookie);
    QFETCH(bool, sendToken);
    QFETCH(QByteArray, token);
    const HttpResult me = m_agent->get(u"/api/v2/me"_s);
    const QByteArray cookie = me.header("Set-Cookie").split(';').first();
    QList<QPair<QByteArray, QByteArray>> headers{
        {"Authorization", "Basic " + QByteArray("agent1:agent1").toBase64()}};
    if (sendCookie)
        headers.append({"Cookie", cookie});
    if (sendToken)
        headers.append({"X-CSRF-TOKEN", token.isEmpty() ? me.header("X-CSRF-TOKEN") : token});
    const QByteArray body = path.endsWith("notifications"_L1)
                                ? QByteArray(R"([{"channel":"/meta/handshake"}])")
                                : QByteArray(R"({"operationName":"StartContactCenterSession"})");
    const HttpResult r = m_agent->rawPost(path, body, headers);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.body, QByteArray("Missing or invalid Csrf token"));
}

void tst_SimHttp::csrfFlow()
{
    QVERIFY(m_agent->csrfToken().isEmpty());
    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 200);
    QVERIFY(!m_agent->csrfToken().isEmpty());
    const HttpResult r = m_agent->post(
        u"/api/v2/me"_s, QJsonObject{{u"operationName"_s, u"StartContactCenterSession"_s},
                                     {u"channels"_s, QJsonArray{u"voice"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, QJsonObject({{u"statusCode"_s, 0}}));
    QVERIFY(r.header("X-CSRF-TOKEN").isEmpty()); // only GETs hand out the token
}

void tst_SimHttp::devices()
{
    QVERIFY(m_agent->login());
    // "List Devices": the URIs of the devices unless asked for objects (tst_sim_lists).
    const HttpResult uris = m_agent->get(u"/api/v2/me/devices"_s);
    QCOMPARE(uris.status, 200);
    QCOMPARE(uris.json.value("uris"_L1).toArray(),
             QJsonArray{m_agent->deviceUri(m_agent->deviceId())});
    QVERIFY(!uris.json.contains("devices"_L1));
    const HttpResult r = m_agent->get(u"/api/v2/me/devices?fields=*"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray devices = r.json.value("devices"_L1).toArray();
    QCOMPARE(devices.size(), 1);
    const QJsonObject d = devices.at(0).toObject();
    QCOMPARE(d.value("phoneNumber"_L1).toString(), u"5001"_s);
    QCOMPARE(d.value("deviceState"_L1).toString(), u"Active"_s);
    QCOMPARE(d.value("userState"_L1)["state"_L1].toString(), u"Ready"_s);
    QVERIFY(d.value("capabilities"_L1).isArray());
    QCOMPARE(d.value("id"_L1).toString(), m_agent->deviceId());
    const HttpResult one = m_agent->get(u"/api/v2/me/devices/"_s + m_agent->deviceId());
    QCOMPARE(one.statusCode(), 0);
    QCOMPARE(one.json.value("device"_L1).toObject(), d);
}

void tst_SimHttp::deviceStateNotified()
{
    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 200);
    QVERIFY(m_agent->startNotifications());
    QVERIFY(m_agent->login());
    const QJsonObject e = m_agent->waitForEvent(
        [](const QJsonObject &e) { return e.value("channel"_L1) == "/v2/me/devices"_L1; });
    QVERIFY(!e.isEmpty());
    QCOMPARE(e.value("data"_L1)["messageType"_L1].toString(), u"DeviceStateChangeMessage"_s);
    const QJsonObject device = e.value("data"_L1)["devices"_L1][0].toObject();
    QCOMPARE(device.value("userState"_L1)["state"_L1].toString(), u"Ready"_s);
    const qsizetype seen = m_agent->events().size();
    m_agent->post(u"/api/v2/me"_s, QJsonObject{{u"operationName"_s, u"EndContactCenterSession"_s}});
    const QJsonObject end = m_agent->waitForEvent(
        [](const QJsonObject &e) { return e.value("channel"_L1) == "/v2/me/devices"_L1; }, 5000,
        int(seen));
    QVERIFY(!end.isEmpty());
    QCOMPARE(end.value("data"_L1)["devices"_L1][0]["userState"_L1]["state"_L1].toString(),
             u"LoggedOut"_s);
}

void tst_SimHttp::notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown api") << u"/api/v2/nothing"_s;
    QTest::newRow("unknown call") << u"/api/v2/me/calls/NOSUCHCALL"_s;
    QTest::newRow("other device") << u"/api/v2/me/devices/not-mine"_s;
    QTest::newRow("outside api") << u"/index.html"_s;
    QTest::newRow("sim unknown") << u"/sim/nothing"_s;
    QTest::newRow("sim call") << u"/sim/calls/NOSUCHCALL"_s;
}

void tst_SimHttp::notFound()
{
    QFETCH(QString, path);
    const HttpResult r = m_agent->get(path);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.statusCode(), 6);
    QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
}

void tst_SimHttp::malformedJson_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << u"/api/v2/me"_s << QByteArray(R"({"operationName":)");
    QTest::newRow("not an object") << u"/api/v2/me"_s << QByteArray("[1,2]");
    QTest::newRow("empty") << u"/api/v2/me/calls/X"_s << QByteArray();
    QTest::newRow("cometd garbage") << u"/api/v2/notifications"_s << QByteArray("{{{");
    QTest::newRow("sim garbage") << u"/sim/calls"_s << QByteArray("nope");
}

void tst_SimHttp::malformedJson()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 200);
    const HttpResult r = m_agent->post(path, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), 10);
    QVERIFY(r.json.value("statusMessage"_L1).toString().contains("JSON"_L1) ||
            r.json.value("statusMessage"_L1).toString().contains("Bayeux"_L1));
}

void tst_SimHttp::badOperation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("unknown") << QJsonObject{{u"operationName"_s, u"Fly"_s}} << 10;
    QTest::newRow("missing") << QJsonObject{{u"channels"_s, QJsonArray()}} << 1;
    // A wrong type is a validation error, not a missing parameter (issue 11).
    QTest::newRow("not a string") << QJsonObject{{u"operationName"_s, 3}} << 10;
}

void tst_SimHttp::badOperation()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, statusCode);
    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 200);
    const HttpResult r = m_agent->post(u"/api/v2/me"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), statusCode);
    QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
}

void tst_SimHttp::methodNotAllowed()
{
    QVERIFY(m_agent->login());
    const HttpResult r = m_agent->post(u"/api/v2/me/calls"_s, QJsonObject());
    QCOMPARE(r.status, 405);
    QCOMPARE(r.statusCode(), 3);
    QCOMPARE(m_agent->get(u"/api/v2/notifications"_s).status, 405);
}

void tst_SimHttp::stats()
{
    QVERIFY(m_agent->login());
    m_agent->dial(u"+15550001111"_s);
    m_agent->dial(u"+15550001112"_s);
    m_agent->operate(u"NOSUCHCALL"_s, u"Hangup"_s); // refused ones count too
    GwsTestClient control(m_sim->baseUrl(), QString(), QString());
    const HttpResult r = control.get(u"/sim/stats"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject ops = r.json.value("operations"_L1).toObject();
    QCOMPARE(ops.value("Dial"_L1).toInt(), 2);
    QCOMPARE(ops.value("Hangup"_L1).toInt(), 1);
    QCOMPARE(ops.value("StartContactCenterSession"_L1).toInt(), 1);
    QVERIFY(r.json.value("requests"_L1).toInt() >= 6);
    QNetworkRequest reset(QUrl(m_sim->baseUrl().toString() + u"/sim/stats"_s));
    QNetworkReply *reply = control.network().deleteResource(reset);
    QTRY_VERIFY(reply->isFinished());
    reply->deleteLater();
    QCOMPARE(control.get(u"/sim/stats"_s).json.value("operations"_L1).toObject(), QJsonObject());
}

void tst_SimHttp::config()
{
    const QByteArray json = R"({
        "users": [
            {"userName": "jane", "password": "secret", "firstName": "Jane", "lastName": "Doe",
             "roles": ["ROLE_AGENT"], "phoneNumber": "7001"},
            {"userName": "boss", "password": "boss", "roles": ["ROLE_SUPERVISOR"],
             "phoneNumber": "7100"}
        ],
        "externalAnswerDelayMs": 50,
        "notReadyReasons": ["Break", {"code": "Lunch", "displayName": "Lunch time"}],
        "wrapUpSeconds": 5
    })";
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(json);
    file.close();
    QString error;
    QVERIFY2(m_sim->loadConfig(file.fileName(), &error), qPrintable(error));

    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 401); // built-in users are gone
    GwsTestClient jane(m_sim->baseUrl(), u"jane"_s, u"secret"_s);
    const HttpResult me = jane.get(u"/api/v2/me"_s);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value("user"_L1)["lastName"_L1].toString(), u"Doe"_s);
    QVERIFY(jane.login());
    QCOMPARE(jane.get(u"/api/v2/me/devices?fields=*"_s)
                 .json.value("devices"_L1)[0]["phoneNumber"_L1]
                 .toString(),
             u"7001"_s);
}

void tst_SimHttp::configErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("no users") << QByteArray(R"({"users": []})");
    QTest::newRow("no password") << QByteArray(
        R"({"users": [{"userName":"a","phoneNumber":"1"}]})");
    QTest::newRow("bad number") << QByteArray(
        R"({"users": [{"userName":"a","password":"a","phoneNumber":"x1"}]})");
    QTest::newRow("duplicate") << QByteArray(
        R"({"users": [{"userName":"a","password":"a","phoneNumber":"1"},
                      {"userName":"a","password":"b","phoneNumber":"2"}]})");
    QTest::newRow("duplicate place") << QByteArray(
        R"({"users": [{"userName":"a","password":"a","phoneNumber":"1","place":"P"},
                      {"userName":"b","password":"b","phoneNumber":"2","place":"P"}]})");
    // QChar::isDigit() accepts these Arabic-Indic digits; a GWS number is ASCII.
    QTest::newRow("non-ASCII digits")
        << QStringLiteral(R"({"users": [{"userName":"a","password":"a","phoneNumber":"٥٠٠١"}]})")
               .toUtf8();
}

void tst_SimHttp::configErrors()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!m_sim->loadConfigJson(json, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_agent->get(u"/api/v2/me"_s).status, 200); // the old users stay
    QString missingFile;
    QVERIFY(!m_sim->loadConfig(u"/nonexistent/sim.json"_s, &missingFile));
    QVERIFY(missingFile.contains("nonexistent"_L1));
}

QTEST_MAIN(tst_SimHttp)
#include "tst_sim_http.moc"
