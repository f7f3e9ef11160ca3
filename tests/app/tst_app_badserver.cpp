// The client against a scripted server that sends garbage: every bad answer is logged and
// ignored, nothing crashes, and the client keeps working (and resynchronises).

#include "clientstack.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>
#include <deque>

using namespace Qt::StringLiterals;

namespace {

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject callResource(const QString &id, const QString &state)
{
    return {{u"id"_s, id},
            {u"state"_s, state},
            {u"uri"_s, QString(u"http://x/api/v2/me/calls/"_s + id)},
            {u"callType"_s, u"Inbound"_s},
            {u"participants"_s, QJsonArray{QJsonObject{{u"phoneNumber"_s, u"+15551112222"_s}}}},
            {u"capabilities"_s, QJsonArray{u"Answer"_s}}};
}

QByteArray callEvent(const QString &id, const QString &state)
{
    const QJsonObject data{{u"messageType"_s, u"CallStateChangeMessage"_s},
                           {u"notificationType"_s, u"StatusChange"_s},
                           {u"call"_s, callResource(id, state)}};
    return json(QJsonArray{QJsonObject{{u"channel"_s, u"/meta/connect"_s}, {u"successful"_s, true}},
                           QJsonObject{{u"channel"_s, u"/v2/me/calls"_s}, {u"data"_s, data}}});
}

// A GWS look-alike on loopback whose /meta/connect answers come from a script.
class ScriptedServer
{
public:
    ScriptedServer()
    {
        auto withCsrf = [](QHttpServerResponse &&r) {
            r.setHeader("X-CSRF-HEADER", "X-CSRF-TOKEN");
            r.setHeader("X-CSRF-TOKEN", "t0k3n");
            return std::move(r);
        };
        server.route(u"/api/v2/me"_s, [this, withCsrf](const QHttpServerRequest &req) {
            if (!redirectTo.isEmpty()) {
                QHttpServerResponse r(QHttpServerResponse::StatusCode::Found);
                r.setHeader("Location", redirectTo.toUtf8());
                return r;
            }
            if (req.method() == QHttpServerRequest::Method::Post)
                return QHttpServerResponse(QJsonObject{{u"statusCode"_s, 0}});
            if (!meBody.isEmpty())
                return withCsrf(QHttpServerResponse("application/json", meBody));
            return withCsrf(QHttpServerResponse(QJsonObject{
                {u"statusCode"_s, 0},
                {u"user"_s, QJsonObject{{u"id"_s, u"u1"_s}, {u"userName"_s, u"agent1"_s}}}}));
        });
        server.route(u"/api/v2/me/devices"_s, [] {
            return QHttpServerResponse(QJsonObject{
                {u"statusCode"_s, 0},
                {u"devices"_s, QJsonArray{QJsonObject{{u"id"_s, u"d1"_s}, {u"phoneNumber"_s, u"5001"_s}}}}});
        });
        server.route(u"/api/v2/me/calls"_s, [this] {
            ++callsFetched;
            return QHttpServerResponse("application/json", callsBody);
        });
        server.route(u"/api/v2/me/calls/<arg>"_s, [this](const QString &, const QHttpServerRequest &) {
            return QHttpServerResponse("application/json", operationBody);
        });
        server.route(u"/api/v2/settings/agent-states"_s, [] {
            return QHttpServerResponse("text/plain", "<html>not json</html>");
        });
        server.route(u"/api/v2/notifications"_s, [this](const QHttpServerRequest &req) {
            const QJsonObject m = QJsonDocument::fromJson(req.body()).array().first().toObject();
            const QString channel = m.value(u"channel").toString();
            QJsonObject reply{{u"channel"_s, channel}, {u"successful"_s, true},
                              {u"clientId"_s, u"c1"_s}};
            if (channel == u"/meta/handshake") {
                ++handshakes;
                reply[u"advice"_s] = QJsonObject{{u"interval"_s, 0}, {u"timeout"_s, 1000}};
                if (!handshakeRefusal.isEmpty())
                    return QHttpServerResponse("application/json", handshakeRefusal);
                QJsonArray answer{reply};
                for (const QJsonValue &extra : std::as_const(handshakeExtra))
                    answer.append(extra);
                return QHttpServerResponse("application/json", json(answer));
            }
            if (channel == u"/meta/connect")
                ++connects;
            if (channel == u"/meta/connect") {
                if (!script.empty()) {
                    QByteArray body = script.front();
                    script.pop_front();
                    return QHttpServerResponse("application/json", body);
                }
                reply[u"advice"_s] = QJsonObject{{u"interval"_s, 50}};
            }
            return QHttpServerResponse("application/json", json(QJsonArray{reply}));
        });
        port = server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(port)); }

    QHttpServer server;
    quint16 port = 0;
    std::deque<QByteArray> script;
    QByteArray meBody;
    QByteArray callsBody = R"({"statusCode":0,"calls":[]})";
    QByteArray operationBody = R"({"statusCode":0})";
    QByteArray handshakeRefusal; // the whole answer to a handshake, when set
    QJsonArray handshakeExtra;   // events sent along with a successful handshake
    QString redirectTo;          // GET/POST /api/v2/me answer 302 to this, when set
    int handshakes = 0;
    int connects = 0;
    int callsFetched = 0;
};

} // namespace

class TestBadServer : public QObject
{
    Q_OBJECT
private slots:
    void unreadableLoginIsReported_data();
    void unreadableLoginIsReported();
    void garbageNotificationsAreIgnored_data();
    void garbageNotificationsAreIgnored();
    void badCallsListKeepsGoodEntries();
    void eventsInHandshakeAnswerAreDelivered();
    void reconnectNoneFailsVisiblyUntilRetry();
    void refusedHandshakeIsSaid();
    void statusCodeAsString();
    void redirectToAnotherOriginGetsNoCredentials();
};

void TestBadServer::unreadableLoginIsReported_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not json") << QByteArray("<html>oops</html>");
    QTest::newRow("truncated") << QByteArray(R"({"statusCode":0,"user":{"id":)");
    QTest::newRow("array") << QByteArray("[1,2,3]");
}

void TestBadServer::unreadableLoginIsReported()
{
    QFETCH(QByteArray, body);
    ScriptedServer server;
    server.meBody = body;
    ClientStack a(server.url(), u"agent1"_s, u"x"_s);
    QSignalSpy errors(&a.session, &Session::errorOccurred);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Failed);
    QVERIFY(errors.last().first().toString().contains(u"Unreadable"_s));
}

void TestBadServer::garbageNotificationsAreIgnored_data()
{
    QTest::addColumn<QByteArray>("garbage");
    const QByteArray connectOk = R"({"channel":"/meta/connect","successful":true})";
    QTest::newRow("not json") << QByteArray("this is not json");
    QTest::newRow("truncated") << QByteArray(R"([{"channel":"/meta/connect","succ)");
    QTest::newRow("object not array") << QByteArray(R"({"channel":"/meta/connect"})");
    QTest::newRow("data is a string")
        << ("[" + connectOk + R"(,{"channel":"/v2/me/calls","data":"hello"}])");
    QTest::newRow("call without id")
        << ("[" + connectOk
            + R"(,{"channel":"/v2/me/calls","data":{"messageType":"CallStateChangeMessage","call":{"state":"Ringing"}}}])");
    QTest::newRow("wrong types")
        << ("[" + connectOk
            + R"(,{"channel":"/v2/me/calls","data":{"messageType":"CallStateChangeMessage","call":{"id":7,"participants":"x","capabilities":{}}}}])");
    QTest::newRow("unknown messageType")
        << ("[" + connectOk + R"(,{"channel":"/v2/me","data":{"messageType":"Martian"}}])");
    QTest::newRow("released unknown call") << callEvent(u"ghost"_s, u"Released"_s);
    QTest::newRow("40 MB body")
        << ("[" + connectOk + R"(,{"channel":"/v2/me/calls","data":{"messageType":"X","pad":")"
            + QByteArray(40 * 1024 * 1024, 'a') + "\"}}]");
}

void TestBadServer::garbageNotificationsAreIgnored()
{
    QFETCH(QByteArray, garbage);
    ScriptedServer server;
    server.script.push_back(garbage);
    server.script.push_back(callEvent(u"c-good"_s, u"Ringing"_s));
    ClientStack a(server.url(), u"agent1"_s, u"x"_s);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    // Whatever the garbage did, the good event after it is applied and nothing else is.
    QTRY_VERIFY_WITH_TIMEOUT(a.calls.call(u"c-good"_s), 10000);
    QCOMPARE(a.calls.callCount(), 1);
    QCOMPARE(a.callOf(u"c-good"_s).state, CallState::Ringing);
}

void TestBadServer::badCallsListKeepsGoodEntries()
{
    ScriptedServer server;
    server.callsBody = json(QJsonObject{
        {u"statusCode"_s, 0},
        {u"calls"_s, QJsonArray{42, QJsonObject{{u"state"_s, u"Held"_s}}, u"x"_s,
                                callResource(u"c1"_s, u"Established"_s)}}});
    ClientStack a(server.url(), u"agent1"_s, u"x"_s);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    QTRY_COMPARE(a.calls.callCount(), 1);
    QCOMPARE(a.calls.calls().first().id, u"c1"_s);
}

void TestBadServer::eventsInHandshakeAnswerAreDelivered()
{
    // A server may answer the handshake with queued events beside it (Bayeux allows it).
    ScriptedServer server;
    const QJsonArray event = QJsonDocument::fromJson(callEvent(u"c-early"_s, u"Ringing"_s)).array();
    server.handshakeExtra.append(event.at(1));
    QNetworkAccessManager network;
    CometdClient cometd(&network);
    cometd.setEndpoint(QUrl(server.url().toString() + u"/api/v2/notifications"_s));
    cometd.setSubscriptions({u"/v2/me/calls"_s});
    QSignalSpy messages(&cometd, &CometdClient::message);
    QSignalSpy handshaken(&cometd, &CometdClient::handshaken);
    cometd.start();
    QVERIFY(handshaken.wait());
    QVERIFY(!messages.isEmpty());
    QCOMPARE(messages.first().at(0).toString(), u"/v2/me/calls"_s);
    QCOMPARE(messages.first().at(1).toJsonValue()[u"call"_s][u"id"_s].toString(), u"c-early"_s);
    cometd.stop();
}

void TestBadServer::reconnectNoneFailsVisiblyUntilRetry()
{
    ScriptedServer server;
    server.script.push_back(
        R"([{"channel":"/meta/connect","successful":true,"advice":{"reconnect":"none"}}])");
    ClientStack a(server.url(), u"agent1"_s, u"x"_s);
    QSignalSpy errors(&a.session, &Session::errorOccurred);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Failed);
    QVERIFY(errors.count() >= 1);
    QVERIFY(errors.last().first().toString().contains(u"Retry"_s));
    // Nothing more goes out by itself: the server asked us not to come back.
    const int handshakes = server.handshakes;
    const int connects = server.connects;
    QTest::qWait(1500); // a deliberate window: proves silence, nothing to wait for
    QCOMPARE(server.handshakes, handshakes);
    QCOMPARE(server.connects, connects);
    // Retry is the agent's choice: a new channel, a resync, online again.
    a.session.retry();
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    QCOMPARE(server.handshakes, handshakes + 1);
}

void TestBadServer::refusedHandshakeIsSaid()
{
    ScriptedServer server;
    server.handshakeRefusal =
        R"([{"channel":"/meta/handshake","successful":false,"error":"403::Handshake denied"}])";
    ClientStack a(server.url(), u"agent1"_s, u"x"_s);
    QSignalSpy errors(&a.session, &Session::errorOccurred);
    a.session.login();
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY2(errors.last().first().toString().contains(u"Handshake denied"_s),
             qPrintable(errors.last().first().toString()));
    QVERIFY(a.session.status() != Session::Status::Online);
}

void TestBadServer::statusCodeAsString()
{
    ScriptedServer server;
    server.callsBody = json(QJsonObject{{u"statusCode"_s, 0},
                                        {u"calls"_s, QJsonArray{callResource(u"c1"_s, u"Ringing"_s)}}});
    server.operationBody = R"({"statusCode":"2","statusMessage":"Invalid state"})";
    ClientStack a(server.url(), u"agent1"_s, u"x"_s);
    QVERIFY(a.loginAndWait());
    QTRY_VERIFY(a.calls.call(u"c1"_s));
    QSignalSpy errors(&a.control, &CallController::errorOccurred);
    QVERIFY(a.control.answer(u"c1"_s));
    QTRY_COMPARE(errors.count(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"code 2"_s),
             qPrintable(errors.first().first().toString()));
}

void TestBadServer::redirectToAnotherOriginGetsNoCredentials()
{
    // Another host (here another port) that would happily take the password.
    QHttpServer elsewhere;
    int requestsElsewhere = 0;
    elsewhere.route(u"/<arg>"_s, [&](const QString &, const QHttpServerRequest &) {
        ++requestsElsewhere;
        return QHttpServerResponse("text/html", "<html><title>Sign in</title></html>");
    });
    const quint16 port = elsewhere.listen(QHostAddress::LocalHost);
    QVERIFY(port != 0);
    ScriptedServer server;
    server.redirectTo = u"http://127.0.0.1:%1/login"_s.arg(port);
    ClientStack a(server.url(), u"agent1"_s, u"secret"_s);
    QSignalSpy errors(&a.session, &Session::errorOccurred);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Failed);
    QVERIFY(errors.last().first().toString().contains(u"sign in"_s));
    QCOMPARE(requestsElsewhere, 0);
}

QTEST_GUILESS_MAIN(TestBadServer)
#include "tst_app_badserver.moc"
