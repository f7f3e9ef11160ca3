// POST /sim/burst: thousands of call notifications for one user, batched into connect
// answers, each stamped with its send time and place, for the benchmarks of issue 6.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QList<QJsonObject> burstEvents(const QList<QJsonObject> &events)
{
    QList<QJsonObject> list;
    for (const QJsonObject &e : events)
        if (e.value("data"_L1).toObject().contains("simSeq"_L1))
            list.append(e);
    return list;
}

} // namespace

class tst_SimBurst : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void burstOnExistingCall();
    void syntheticCall();
    void everyClientOfTheUser();
    void heldPollTakesEverything();
    void refused_data();
    void refused();

private:
    HttpResult burst(const QString &user, int count);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimBurst::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listen());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    QVERIFY(m_agent->login());
}

void tst_SimBurst::cleanup()
{
    m_agent.reset();
    m_control.reset();
    m_sim.reset();
}

HttpResult tst_SimBurst::burst(const QString &user, int count)
{
    return m_control->post(u"/sim/burst"_s,
                           QJsonObject{{u"userName"_s, user}, {u"count"_s, count}});
}

void tst_SimBurst::burstOnExistingCall()
{
    QVERIFY(m_agent->startNotifications());
    const HttpResult ring = m_control->post(
        u"/sim/calls"_s, QJsonObject{{u"from"_s, u"+15551112222"_s}, {u"to"_s, u"5001"_s}});
    const QString leg = ring.json.value("legId"_L1).toString();
    QCOMPARE(m_agent->operate(leg, u"Answer"_s).status, 200);
    QVERIFY(!m_agent->waitForCall(leg, u"Established"_s).isEmpty());

    const int polls = m_agent->polls();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer clock;
    clock.start();
    const HttpResult r = burst(u"agent1"_s, 10000);
    const qint64 enqueueMs = clock.elapsed();
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("count"_L1).toInt(), 10000);
    QCOMPARE(r.json.value("clients"_L1).toInt(), 1);
    QCOMPARE(r.json.value("callId"_L1).toString(), leg);
    QTRY_COMPARE_WITH_TIMEOUT(burstEvents(m_agent->events()).size(), 10000, 30000);
    qInfo("10000 notifications queued in %lld ms, received in %lld ms, %d connect answers",
          enqueueMs, clock.elapsed(), m_agent->polls() - polls);
    // Batched: one held poll answers with everything queued (two if a poll was in between).
    QVERIFY(m_agent->polls() - polls <= 2);

    const QList<QJsonObject> events = burstEvents(m_agent->events());
    qint64 last = before;
    for (int i = 0; i < events.size(); ++i) {
        const QJsonObject data = events.at(i).value("data"_L1).toObject();
        QCOMPARE(events.at(i).value("channel"_L1).toString(), u"/v2/me/calls"_s);
        QCOMPARE(data.value("simSeq"_L1).toInt(), i);
        const qint64 sent = qint64(data.value("simSentAtMs"_L1).toDouble());
        QVERIFY(sent >= last);
        last = sent;
        if (i % 1000 == 0) { // the same full call resource every time
            QCOMPARE(data.value("messageType"_L1).toString(), u"CallStateChangeMessage"_s);
            QCOMPARE(data.value("notificationType"_L1).toString(), u"StatusChange"_s);
            QCOMPARE(data.value("phoneNumber"_L1).toString(), u"5001"_s);
            QCOMPARE(data.value("call"_L1)["id"_L1].toString(), leg);
            QCOMPARE(data.value("call"_L1)["state"_L1].toString(), u"Established"_s);
        }
    }
    QVERIFY(last <= QDateTime::currentMSecsSinceEpoch());
}

void tst_SimBurst::syntheticCall()
{
    QVERIFY(m_agent->startNotifications());
    const HttpResult r = burst(u"agent1"_s, 3);
    QCOMPARE(r.status, 200);
    const QString callId = r.json.value("callId"_L1).toString();
    QVERIFY(!callId.isEmpty());
    QTRY_COMPARE(burstEvents(m_agent->events()).size(), 3);
    const QJsonObject call =
        burstEvents(m_agent->events()).at(0).value("data"_L1)["call"_L1].toObject();
    QCOMPARE(call.value("id"_L1).toString(), callId);
    QCOMPARE(call.value("state"_L1).toString(), u"Established"_s);
    QCOMPARE(call.value("participants"_L1)[0]["phoneNumber"_L1].toString(), u"+15550000000"_s);
    QVERIFY(call.value("uri"_L1).toString().endsWith(callId));
    QVERIFY(m_agent->calls().isEmpty()); // made up for the burst, not on the switch
}

void tst_SimBurst::everyClientOfTheUser()
{
    QVERIFY(m_agent->startNotifications());
    GwsTestClient second(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s); // a second window
    QVERIFY(second.login());
    QVERIFY(second.startNotifications());
    GwsTestClient other(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QVERIFY(other.login());
    QVERIFY(other.startNotifications());
    QCOMPARE(burst(u"agent1"_s, 500).json.value("clients"_L1).toInt(), 2);
    QTRY_COMPARE(burstEvents(m_agent->events()).size(), 500);
    QTRY_COMPARE(burstEvents(second.events()).size(), 500);
    // agent2 gets its own burst only.
    QCOMPARE(burst(u"agent2"_s, 7).json.value("clients"_L1).toInt(), 1);
    QTRY_COMPARE(burstEvents(other.events()).size(), 7);
    QCOMPARE(burstEvents(m_agent->events()).size(), 500);
}

void tst_SimBurst::heldPollTakesEverything()
{
    // By hand: one connect answers with the whole burst.
    const HttpResult hs = m_agent->postJson(
        u"/api/v2/notifications"_s,
        {QJsonObject{{u"channel"_s, u"/meta/handshake"_s}, {u"version"_s, u"1.0"_s}}});
    const QString clientId = hs.array.at(0)["clientId"_L1].toString();
    m_agent->postJson(u"/api/v2/notifications"_s,
                      {QJsonObject{{u"channel"_s, u"/meta/subscribe"_s},
                                   {u"clientId"_s, clientId},
                                   {u"subscription"_s, u"/v2/me/calls"_s}}});
    QUrl url = m_sim->baseUrl();
    url.setPath(u"/api/v2/notifications"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + QByteArray("agent1:agent1").toBase64());
    request.setRawHeader("X-CSRF-TOKEN", m_agent->csrfToken());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QJsonObject connect{{u"channel"_s, u"/meta/connect"_s},
                              {u"clientId"_s, clientId},
                              {u"connectionType"_s, u"long-polling"_s}};
    QNetworkReply *held =
        m_agent->network().post(request, QJsonDocument(QJsonArray{connect}).toJson());
    // Whether the server holds the connect when the burst comes or gets it afterwards, the
    // burst is queued in one go and the one answer has all of it.
    QCOMPARE(burst(u"agent1"_s, 5000).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(held->isFinished(), 10000);
    const QJsonArray messages = QJsonDocument::fromJson(held->readAll()).array();
    held->deleteLater();
    QCOMPARE(messages.size(), 5001);
    QCOMPARE(messages.last()["channel"_L1].toString(), u"/meta/connect"_s);
    QCOMPARE(messages.at(4999)["data"_L1]["simSeq"_L1].toInt(), 4999);
}

void tst_SimBurst::refused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("no user") << QJsonObject{{u"count"_s, 5}} << 400 << 1;
    QTest::newRow("unknown user") << QJsonObject{{u"userName"_s, u"nobody"_s}} << 404 << 6;
    QTest::newRow("zero") << QJsonObject{{u"userName"_s, u"agent1"_s}, {u"count"_s, 0}} << 400
                          << 10;
    QTest::newRow("too many") << QJsonObject{{u"userName"_s, u"agent1"_s}, {u"count"_s, 50001}}
                              << 400 << 10;
    QTest::newRow("text") << QJsonObject{{u"userName"_s, u"agent1"_s}, {u"count"_s, u"many"_s}}
                          << 400 << 10;
    QTest::newRow("fraction") << QJsonObject{{u"userName"_s, u"agent1"_s}, {u"count"_s, 2.5}} << 400
                              << 10;
}

void tst_SimBurst::refused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    const HttpResult r = m_control->post(u"/sim/burst"_s, body);
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
    QCOMPARE(m_control->get(u"/sim/burst"_s).status, 405);
}

QTEST_MAIN(tst_SimBurst)
#include "tst_sim_burst.moc"
