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
            }
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
    int handshakes = 0;
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
    QCOMPARE(a.calls.call(u"c-good"_s)->state, CallState::Ringing);
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

QTEST_GUILESS_MAIN(TestBadServer)
#include "tst_app_badserver.moc"
