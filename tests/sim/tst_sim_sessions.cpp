// HTTP sessions are not kept for ever (issue 11): a client without a cookie jar opens a
// session per request, so they are capped per user (the least recently used goes), and an
// idle one is forgotten; a session in use stays.
#include "gwssimulator.h"
#include "gwstestclient.h"
#include "rawhttp.h"

#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class tst_SimSessions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void requestsWithoutCookieAreCapped();
    void idleSessionExpires();
    void sessionInUseIsKept();
    void leastRecentlyUsedGoesFirst();

private:
    std::unique_ptr<GwsSimulator> m_sim;
};

void tst_SimSessions::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listen());
}

void tst_SimSessions::cleanup()
{
    m_sim.reset();
}

void tst_SimSessions::requestsWithoutCookieAreCapped()
{
    // 200 authenticated GETs on one connection, never sending the cookie back.
    auto socket = RawHttp::connectTo(m_sim->port());
    QVERIFY(socket);
    const QByteArray request =
        RawHttp::request("GET", "/api/v2/me",
                         {{"Host", RawHttp::hostOf(m_sim->port())},
                          {"Authorization", "Basic " + QByteArray("agent1:agent1").toBase64()}});
    for (int i = 0; i < 200; ++i) {
        socket->write(request);
        QCOMPARE(RawHttp::readAnswer(*socket).status, 200);
    }
    QCOMPARE(m_sim->sessionCount(), 50);
}

void tst_SimSessions::idleSessionExpires()
{
    m_sim->setSessionIdleTimeout(200);
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    QCOMPARE(m_sim->sessionCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->sessionCount(), 0, 2000);
    // The old cookie and token are gone; a GET opens a new session, as on first contact.
    const HttpResult refused = agent.voice(u"Ready"_s);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.body, QByteArray("Missing or invalid Csrf token"));
    const HttpResult again = agent.get(u"/api/v2/me"_s);
    QVERIFY(again.header("Set-Cookie").startsWith("JSESSIONID="));
    QCOMPARE(agent.voice(u"Ready"_s).status, 200);
}

void tst_SimSessions::sessionInUseIsKept()
{
    m_sim->setSessionIdleTimeout(300);
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    // A request every 100 ms for a second: more than three idle timeouts in all.
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(100);
        const HttpResult r = agent.get(u"/api/v2/me"_s);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.header("Set-Cookie").isEmpty(), "the session was replaced");
    }
    QCOMPARE(m_sim->sessionCount(), 1);
}

void tst_SimSessions::leastRecentlyUsedGoesFirst()
{
    m_sim->setMaxSessionsPerUser(2);
    GwsTestClient first(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    GwsTestClient second(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    GwsTestClient third(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(first.login());
    QVERIFY(second.login());
    QCOMPARE(first.get(u"/api/v2/me"_s).status, 200); // now `second` is the least recent
    QVERIFY(third.login());
    QCOMPARE(m_sim->sessionCount(), 2);
    QCOMPARE(second.voice(u"Ready"_s).status, 403);
    QCOMPARE(first.voice(u"Ready"_s).status, 200);
    QCOMPARE(third.voice(u"Ready"_s).status, 200);
}

QTEST_MAIN(tst_SimSessions)
#include "tst_sim_sessions.moc"
