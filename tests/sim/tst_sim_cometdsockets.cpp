// CometD long-polls and their sockets (issue 11): a held /meta/connect's timeout goes with
// it once answered, and a connect whose client went away does not take the queued events
// with it.
#include "gwssimulator.h"
#include "gwstestclient.h"
#include "rawhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QtTest>
#include <memory>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

class tst_SimCometdSockets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void pollTimersGoWithAnsweredPolls();
    void eventsStayQueuedForAClientThatLeft();

private:
    QString ring(); // an outside caller rings agent1; returns the leg id
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimCometdSockets::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setPollTimeout(30000); // a leftover timer would stay for the whole test
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
}

void tst_SimCometdSockets::cleanup()
{
    m_control.reset();
    m_sim.reset();
}

QString tst_SimCometdSockets::ring()
{
    const HttpResult r = m_control->post(
        u"/sim/calls"_s, QJsonObject{{u"from"_s, u"+15551234567"_s}, {u"to"_s, u"5001"_s}});
    return r.json.value("legId"_L1).toString();
}

void tst_SimCometdSockets::pollTimersGoWithAnsweredPolls()
{
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    QVERIFY(agent.startNotifications());
    // Twenty polls answered by events long before their timeout.
    for (int i = 0; i < 10; ++i) {
        const QString leg = ring();
        QVERIFY(!leg.isEmpty());
        QVERIFY(!agent.waitForCall(leg, u"Ringing"_s).isEmpty());
        QCOMPARE(m_control->post(u"/sim/calls/%1/hangup"_s.arg(leg), QByteArray()).status, 200);
        QVERIFY(!agent.waitForCall(leg, u"Released"_s).isEmpty());
    }
    QVERIFY(agent.polls() >= 20);
    QTRY_COMPARE(m_sim->heldPollCount(), 1);
    QTRY_COMPARE(m_sim->cometdPollTimerCount(), 1); // the held poll's own, no other
    agent.stopNotifications();
    QTRY_COMPARE(m_sim->heldPollCount(), 0);
    QTRY_COMPARE(m_sim->cometdPollTimerCount(), 0);
}

void tst_SimCometdSockets::eventsStayQueuedForAClientThatLeft()
{
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    const HttpResult hs = agent.postJson(
        u"/api/v2/notifications"_s,
        QJsonArray{QJsonObject{{u"channel"_s, u"/meta/handshake"_s}, {u"version"_s, u"1.0"_s}},
                   });
    const QString clientId = hs.array.at(0)["clientId"_L1].toString();
    QVERIFY(!clientId.isEmpty());
    QCOMPARE(agent.postJson(u"/api/v2/notifications"_s,
                            QJsonArray{QJsonObject{{u"channel"_s, u"/meta/subscribe"_s},
                                                   {u"clientId"_s, clientId},
                                                   {u"subscription"_s, u"/v2/me/calls"_s}}})
                 .status,
             200);
    const QString leg = ring(); // queued: nobody polls yet
    QVERIFY(!leg.isEmpty());

    // A connect sent by a client that is gone as soon as it sent it (FIN after the request).
    QByteArray cookies;
    for (const QNetworkCookie &c : agent.network().cookieJar()->cookiesForUrl(m_sim->baseUrl()))
        cookies += c.name() + '=' + c.value() + "; ";
    const QByteArray connect = QJsonDocument(QJsonArray{QJsonObject{
                                                 {u"channel"_s, u"/meta/connect"_s},
                                                 {u"clientId"_s, clientId},
                                                 {u"connectionType"_s, u"long-polling"_s}}})
                                   .toJson(QJsonDocument::Compact);
    auto socket = RawHttp::connectTo(m_sim->port());
    QVERIFY(socket);
    socket->write(RawHttp::request(
        "POST", "/api/v2/notifications",
        {{"Host", RawHttp::hostOf(m_sim->port())},
         {"Authorization", "Basic " + QByteArray("agent1:agent1").toBase64()},
         {"Cookie", cookies},
         {"X-CSRF-TOKEN", agent.csrfToken()},
         {"Content-Type", "application/json"},
         {"Content-Length", QByteArray::number(connect.size())}},
        connect));
    QVERIFY(socket->waitForBytesWritten(1000));
    ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    const RawHttp::Answer gone = RawHttp::readAnswer(*socket, 2000);

    // Whatever the server saw of that socket, the Ringing event reaches the client once.
    const HttpResult next = agent.postJson(u"/api/v2/notifications"_s,
                                           QJsonDocument::fromJson(connect).array());
    QCOMPARE(next.status, 200);
    const QByteArray ringing = "\"state\":\"Ringing\"";
    const int seen = int(gone.body.count(ringing) + next.body.count(ringing));
    QCOMPARE(seen, 1);
}

QTEST_MAIN(tst_SimCometdSockets)
#include "tst_sim_cometdsockets.moc"
