// The simulator's CometD (Bayeux 1.0) long-polling at /api/v2/notifications.
#include "cometdhub.h"
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

QJsonObject message(const QString &channel, const QString &clientId = {},
                    const QJsonObject &extra = {})
{
    QJsonObject m = extra;
    m.insert(u"channel"_s, channel);
    if (!clientId.isEmpty())
        m.insert(u"clientId"_s, clientId);
    return m;
}

QJsonObject connectMessage(const QString &clientId, const QJsonObject &extra = {})
{
    QJsonObject m = extra;
    m.insert(u"connectionType"_s, u"long-polling"_s);
    return message(u"/meta/connect"_s, clientId, m);
}

QJsonObject byChannel(const QJsonArray &messages, const QString &channel)
{
    for (const QJsonValue &v : messages)
        if (v.toObject().value("channel"_L1).toString() == channel)
            return v.toObject();
    return {};
}

} // namespace

class tst_SimCometd : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void handshake();
    void subscribe_data();
    void subscribe();
    void unknownClient_data();
    void unknownClient();
    void messageTypeInUrl_data();
    void messageTypeInUrl();
    void firstConnectWithZeroTimeout();
    void heldUntilTimeout();
    void heldUntilEvent();
    void queuedEventsReturnAtOnce();
    void secondConnectReleasesFirst();
    void eventsOnlyForOwnUserAndChannels();
    void unsubscribe();
    void disconnect();
    void publishDenied();
    void clientExpires();
    void heldPollWhoseClientLeft();
    void channelMatching_data();
    void channelMatching();

private:
    QString handshake(GwsTestClient &client);
    QJsonArray bayeux(GwsTestClient &client, const QJsonArray &messages);
    QNetworkReply *startConnect(GwsTestClient &client, const QString &clientId);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
};

void tst_SimCometd::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setPollTimeout(400);
    m_sim->setExternalAnswerDelay(100);
    QVERIFY(m_sim->listen());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(m_agent->login());
}

void tst_SimCometd::cleanup()
{
    m_agent.reset();
    m_sim.reset();
}

QJsonArray tst_SimCometd::bayeux(GwsTestClient &client, const QJsonArray &messages)
{
    const HttpResult r = client.postJson(u"/api/v2/notifications"_s, messages);
    if (r.status != 200)
        qWarning() << "bayeux status" << r.status << r.body;
    return r.array;
}

QString tst_SimCometd::handshake(GwsTestClient &client)
{
    const QJsonArray r =
        bayeux(client, {message(u"/meta/handshake"_s, {},
                                {{u"version"_s, u"1.0"_s},
                                 {u"supportedConnectionTypes"_s, QJsonArray{u"long-polling"_s}}})});
    return r.at(0).toObject().value("clientId"_L1).toString();
}

QNetworkReply *tst_SimCometd::startConnect(GwsTestClient &client, const QString &clientId)
{
    QUrl url = m_sim->baseUrl();
    url.setPath(u"/api/v2/notifications"_s);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Basic " + QByteArray("agent1:agent1").toBase64());
    request.setRawHeader("X-CSRF-TOKEN", client.csrfToken());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return client.network().post(request,
                                 QJsonDocument(QJsonArray{connectMessage(clientId)}).toJson());
}

void tst_SimCometd::handshake()
{
    const QJsonArray r = bayeux(
        *m_agent, {message(u"/meta/handshake"_s, {},
                           {{u"id"_s, u"7"_s},
                            {u"version"_s, u"1.0"_s},
                            {u"supportedConnectionTypes"_s, QJsonArray{u"long-polling"_s}}})});
    QCOMPARE(r.size(), 1);
    const QJsonObject hs = r.at(0).toObject();
    QCOMPARE(hs.value("channel"_L1).toString(), u"/meta/handshake"_s);
    QCOMPARE(hs.value("id"_L1).toString(), u"7"_s);
    QVERIFY(hs.value("successful"_L1).toBool());
    QVERIFY(!hs.value("clientId"_L1).toString().isEmpty());
    QCOMPARE(hs.value("version"_L1).toString(), u"1.0"_s);
    QCOMPARE(hs.value("supportedConnectionTypes"_L1).toArray(), QJsonArray{u"long-polling"_s});
    const QJsonObject advice = hs.value("advice"_L1).toObject();
    QCOMPARE(advice.value("reconnect"_L1).toString(), u"retry"_s);
    QCOMPARE(advice.value("interval"_L1).toInt(), 0);
    QCOMPARE(advice.value("timeout"_L1).toInt(), 400);
    QCOMPARE(m_sim->cometdClientCount(), 1);
}

void tst_SimCometd::messageTypeInUrl_data()
{
    // The CometD JS client posts to <url>/handshake, <url>/connect... (appendMessageTypeToURL).
    QTest::addColumn<bool>("appendType");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("message type") << true << QString();
    QTest::newRow("trailing slash") << false << u"/"_s;
    QTest::newRow("anything below") << false << u"/x/y"_s;
}

void tst_SimCometd::messageTypeInUrl()
{
    QFETCH(bool, appendType);
    QFETCH(QString, suffix);
    auto url = [&](const QString &type) -> QString {
        return u"/api/v2/notifications"_s + (appendType ? u'/' + type : suffix);
    };
    const HttpResult hs = m_agent->postJson(
        url(u"handshake"_s),
        {message(u"/meta/handshake"_s, {},
                 {{u"version"_s, u"1.0"_s},
                  {u"supportedConnectionTypes"_s, QJsonArray{u"long-polling"_s}}})});
    QCOMPARE(hs.status, 200);
    const QString clientId = hs.array.at(0).toObject().value("clientId"_L1).toString();
    QVERIFY(!clientId.isEmpty());
    const HttpResult sub = m_agent->postJson(
        url(u"subscribe"_s),
        {message(u"/meta/subscribe"_s, clientId, {{u"subscription"_s, u"/v2/me/calls"_s}})});
    QVERIFY(sub.array.at(0).toObject().value("successful"_L1).toBool());
    QCOMPARE(m_agent->dial(u"+15550001111"_s).status, 200);
    const HttpResult poll = m_agent->postJson(url(u"connect"_s), {connectMessage(clientId)});
    QCOMPARE(poll.status, 200);
    QVERIFY(byChannel(poll.array, u"/meta/connect"_s).value("successful"_L1).toBool());
    QCOMPARE(byChannel(poll.array, u"/v2/me/calls"_s)["data"_L1]["call"_L1]["state"_L1].toString(),
             u"Dialing"_s);
}

void tst_SimCometd::subscribe_data()
{
    QTest::addColumn<QJsonValue>("subscription");
    QTest::addColumn<bool>("successful");
    QTest::newRow("string") << QJsonValue(u"/v2/me/calls"_s) << true;
    QTest::newRow("array") << QJsonValue(
                                  QJsonArray{u"/v2/me/calls"_s, u"/v2/me/devices"_s, u"/v2/me"_s})
                           << true;
    QTest::newRow("wildcard") << QJsonValue(u"/v2/me/*"_s) << true;
    QTest::newRow("meta") << QJsonValue(u"/meta/connect"_s) << false;
    QTest::newRow("not a channel") << QJsonValue(u"calls"_s) << false;
}

void tst_SimCometd::subscribe()
{
    QFETCH(QJsonValue, subscription);
    QFETCH(bool, successful);
    const QString id = handshake(*m_agent);
    const QJsonArray r =
        bayeux(*m_agent, {message(u"/meta/subscribe"_s, id, {{u"subscription"_s, subscription}})});
    const QJsonObject reply = r.at(0).toObject();
    QCOMPARE(reply.value("successful"_L1).toBool(), successful);
    QCOMPARE(reply.value("subscription"_L1), subscription);
    QCOMPARE(reply.value("clientId"_L1).toString(), id);
    if (!successful)
        QVERIFY(reply.value("error"_L1).toString().startsWith("403::"_L1));
}

void tst_SimCometd::unknownClient_data()
{
    QTest::addColumn<QString>("channel");
    QTest::newRow("connect") << u"/meta/connect"_s;
    QTest::newRow("subscribe") << u"/meta/subscribe"_s;
    QTest::newRow("unsubscribe") << u"/meta/unsubscribe"_s;
    QTest::newRow("disconnect") << u"/meta/disconnect"_s;
}

void tst_SimCometd::unknownClient()
{
    QFETCH(QString, channel);
    const QJsonArray r = bayeux(*m_agent, {message(channel, u"no-such-client"_s,
                                                   {{u"subscription"_s, u"/v2/me/calls"_s},
                                                    {u"connectionType"_s, u"long-polling"_s}})});
    const QJsonObject reply = r.at(0).toObject();
    QCOMPARE(reply.value("channel"_L1).toString(), channel);
    QCOMPARE(reply.value("successful"_L1).toBool(), false);
    QCOMPARE(reply.value("error"_L1).toString(), u"402::Unknown client"_s);
    QCOMPARE(reply.value("advice"_L1)["reconnect"_L1].toString(), u"handshake"_s);

    // A client id of another user is unknown too.
    GwsTestClient other(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QVERIFY(other.login());
    const QString otherId = handshake(other);
    const QJsonObject stolen = bayeux(*m_agent, {connectMessage(otherId)}).at(0).toObject();
    QCOMPARE(stolen.value("error"_L1).toString(), u"402::Unknown client"_s);
}

void tst_SimCometd::firstConnectWithZeroTimeout()
{
    const QString id = handshake(*m_agent);
    // Held, it would take the whole 30 s: half of that is a bound no loaded machine reaches.
    m_sim->setPollTimeout(30000);
    QElapsedTimer timer;
    timer.start();
    const QJsonArray r =
        bayeux(*m_agent, {connectMessage(id, {{u"advice"_s, QJsonObject{{u"timeout"_s, 0}}}})});
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(byChannel(r, u"/meta/connect"_s).value("successful"_L1).toBool());
}

void tst_SimCometd::heldUntilTimeout()
{
    const QString id = handshake(*m_agent);
    QElapsedTimer timer;
    timer.start();
    const QJsonArray r = bayeux(*m_agent, {connectMessage(id, {{u"id"_s, u"9"_s}})});
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 350, qPrintable(QString::number(elapsed)));
    // Released by the 400 ms timeout, not held on: any bound far below 30 s says so.
    QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed)));
    QCOMPARE(r.size(), 1); // nothing happened: just the connect reply
    const QJsonObject reply = r.at(0).toObject();
    QCOMPARE(reply.value("channel"_L1).toString(), u"/meta/connect"_s);
    QCOMPARE(reply.value("id"_L1).toString(), u"9"_s);
    QVERIFY(reply.value("successful"_L1).toBool());
    QCOMPARE(reply.value("advice"_L1)["reconnect"_L1].toString(), u"retry"_s);
}

void tst_SimCometd::heldUntilEvent()
{
    m_sim->setPollTimeout(10000);
    const QString id = handshake(*m_agent);
    bayeux(*m_agent, {message(u"/meta/subscribe"_s, id, {{u"subscription"_s, u"/v2/me/calls"_s}})});
    QNetworkReply *poll = startConnect(*m_agent, id);
    QSignalSpy finished(poll, &QNetworkReply::finished);
    QVERIFY(!finished.wait(200)); // held
    QCOMPARE(m_agent->dial(u"+15550009999"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000); // may come while dial() waits
    const QJsonArray r = QJsonDocument::fromJson(poll->readAll()).array();
    poll->deleteLater();
    const QJsonObject event = byChannel(r, u"/v2/me/calls"_s);
    QCOMPARE(event.value("data"_L1)["messageType"_L1].toString(), u"CallStateChangeMessage"_s);
    QCOMPARE(event.value("data"_L1)["notificationType"_L1].toString(), u"StatusChange"_s);
    QCOMPARE(event.value("data"_L1)["call"_L1]["state"_L1].toString(), u"Dialing"_s);
    QCOMPARE(event.value("data"_L1)["phoneNumber"_L1].toString(), u"5001"_s);
    QCOMPARE(r.last().toObject().value("channel"_L1).toString(), u"/meta/connect"_s);
}

void tst_SimCometd::queuedEventsReturnAtOnce()
{
    m_sim->setPollTimeout(30000); // held, the connect would take 30 s; at once is far less
    const QString id = handshake(*m_agent);
    bayeux(*m_agent, {message(u"/meta/subscribe"_s, id, {{u"subscription"_s, u"/v2/me/calls"_s}})});
    QCOMPARE(m_agent->dial(u"+15550009999"_s).status, 200);
    // The far side answers while nobody polls: two events queue up.
    QTRY_COMPARE(m_agent->calls().at(0)["state"_L1].toString(), u"Established"_s);
    QElapsedTimer timer;
    timer.start();
    const QJsonArray r = bayeux(*m_agent, {connectMessage(id)});
    QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0)["data"_L1]["call"_L1]["state"_L1].toString(), u"Dialing"_s);
    QCOMPARE(r.at(1)["data"_L1]["call"_L1]["state"_L1].toString(), u"Established"_s);
    QCOMPARE(r.at(2)["channel"_L1].toString(), u"/meta/connect"_s);
}

void tst_SimCometd::secondConnectReleasesFirst()
{
    m_sim->setPollTimeout(10000);
    const QString id = handshake(*m_agent);
    QNetworkReply *first = startConnect(*m_agent, id);
    QSignalSpy firstDone(first, &QNetworkReply::finished);
    QVERIFY(!firstDone.wait(200));
    QNetworkReply *second = startConnect(*m_agent, id);
    QSignalSpy secondDone(second, &QNetworkReply::finished);
    QVERIFY(firstDone.wait(3000));
    const QJsonArray r = QJsonDocument::fromJson(first->readAll()).array();
    QVERIFY(byChannel(r, u"/meta/connect"_s).value("successful"_L1).toBool());
    QVERIFY(!secondDone.wait(200)); // the new one is held in its place
    second->abort();
    first->deleteLater();
    second->deleteLater();
}

void tst_SimCometd::eventsOnlyForOwnUserAndChannels()
{
    GwsTestClient agent2(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QVERIFY(agent2.login());
    QVERIFY(agent2.startNotifications({u"/v2/me/devices"_s}));
    QVERIFY(m_agent->startNotifications());

    QCOMPARE(m_agent->dial(u"+15550001234"_s).status, 200);
    QVERIFY(!m_agent->waitForAnyCall(u"Established"_s).isEmpty());
    // agent2 hears its own device change, never agent1's calls nor its devices.
    agent2.post(u"/api/v2/me"_s, QJsonObject{{u"operationName"_s, u"StartContactCenterSession"_s}});
    const QJsonObject own = agent2.waitForEvent(
        [](const QJsonObject &e) { return e.value("channel"_L1) == "/v2/me/devices"_L1; });
    QVERIFY(!own.isEmpty());
    QCOMPARE(own.value("data"_L1)["devices"_L1][0]["phoneNumber"_L1].toString(), u"5002"_s);
    for (const QJsonObject &e : agent2.events()) {
        QCOMPARE(e.value("channel"_L1).toString(), u"/v2/me/devices"_s);
        QCOMPARE(e.value("data"_L1)["devices"_L1][0]["phoneNumber"_L1].toString(), u"5002"_s);
    }
    for (const QJsonObject &e : m_agent->events())
        if (e.value("channel"_L1) == "/v2/me/devices"_L1)
            QCOMPARE(e.value("data"_L1)["devices"_L1][0]["phoneNumber"_L1].toString(), u"5001"_s);
}

void tst_SimCometd::unsubscribe()
{
    const QString id = handshake(*m_agent);
    bayeux(*m_agent, {message(u"/meta/subscribe"_s, id, {{u"subscription"_s, u"/v2/me/calls"_s}})});
    const QJsonArray r = bayeux(
        *m_agent, {message(u"/meta/unsubscribe"_s, id, {{u"subscription"_s, u"/v2/me/calls"_s}})});
    QVERIFY(r.at(0)["successful"_L1].toBool());
    QCOMPARE(m_agent->dial(u"+15550001234"_s).status, 200);
    QTRY_COMPARE(m_agent->calls().at(0)["state"_L1].toString(), u"Established"_s);
    const QJsonArray poll = bayeux(*m_agent, {connectMessage(id)}); // times out after 400 ms
    QCOMPARE(poll.size(), 1);
}

void tst_SimCometd::disconnect()
{
    const QString id = handshake(*m_agent);
    const QJsonArray r = bayeux(*m_agent, {message(u"/meta/disconnect"_s, id)});
    QVERIFY(r.at(0)["successful"_L1].toBool());
    QCOMPARE(m_sim->cometdClientCount(), 0);
    const QJsonArray again = bayeux(*m_agent, {connectMessage(id)});
    QCOMPARE(again.at(0)["error"_L1].toString(), u"402::Unknown client"_s);
}

void tst_SimCometd::publishDenied()
{
    const QString id = handshake(*m_agent);
    const QJsonArray r =
        bayeux(*m_agent, {message(u"/v2/me/calls"_s, id, {{u"data"_s, QJsonObject{{u"x"_s, 1}}}})});
    QCOMPARE(r.at(0)["successful"_L1].toBool(), false);
    QVERIFY(r.at(0)["error"_L1].toString().startsWith("403::"_L1));
}

void tst_SimCometd::clientExpires()
{
    m_sim->setClientExpiry(200);
    const QString id = handshake(*m_agent);
    QCOMPARE(m_sim->cometdClientCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->cometdClientCount(), 0, 3000);
    const QJsonArray r = bayeux(*m_agent, {connectMessage(id)});
    QCOMPARE(r.at(0)["error"_L1].toString(), u"402::Unknown client"_s);
}

void tst_SimCometd::heldPollWhoseClientLeft()
{
    m_sim->setPollTimeout(10000);
    const QString id = handshake(*m_agent);
    bayeux(*m_agent, {message(u"/meta/subscribe"_s, id, {{u"subscription"_s, u"/v2/me/calls"_s}})});
    QNetworkReply *poll = startConnect(*m_agent, id);
    QSignalSpy done(poll, &QNetworkReply::finished);
    QTRY_COMPARE(m_sim->heldPollCount(), 1);
    QVERIFY(!done.wait(200));
    poll->abort(); // the socket closes under the held responder
    poll->deleteLater();
    // Wait until the server has seen the closed socket and dropped the held poll; before
    // that an event would go to the dead socket and be lost, as with any long-poll.
    QTRY_COMPARE(m_sim->heldPollCount(), 0);
    // An event now must neither crash nor be lost: the next connect gets it.
    QCOMPARE(m_agent->dial(u"+15550004321"_s).status, 200);
    const QJsonArray r = bayeux(*m_agent, {connectMessage(id)});
    QCOMPARE(byChannel(r, u"/v2/me/calls"_s)["data"_L1]["call"_L1]["state"_L1].toString(),
             u"Dialing"_s);
}

void tst_SimCometd::channelMatching_data()
{
    QTest::addColumn<QString>("subscription");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("matches");
    QTest::newRow("exact") << u"/v2/me/calls"_s << u"/v2/me/calls"_s << true;
    QTest::newRow("other") << u"/v2/me/calls"_s << u"/v2/me/devices"_s << false;
    QTest::newRow("prefix only") << u"/v2/me"_s << u"/v2/me/calls"_s << false;
    QTest::newRow("star") << u"/v2/me/*"_s << u"/v2/me/calls"_s << true;
    QTest::newRow("star deep") << u"/v2/*"_s << u"/v2/me/calls"_s << false;
    QTest::newRow("double star") << u"/v2/**"_s << u"/v2/me/calls"_s << true;
}

void tst_SimCometd::channelMatching()
{
    QFETCH(QString, subscription);
    QFETCH(QString, channel);
    QFETCH(bool, matches);
    QCOMPARE(CometdHub::channelMatches(subscription, channel), matches);
}

QTEST_MAIN(tst_SimCometd)
#include "tst_sim_cometd.moc"
