// The load control for benchmarks (a simulator extension under /sim): POST /sim/load logs
// every agent in, keeps calls going and changes agent states at a rate; POST
// /sim/agents/state posts agents' own operations for them. Checked through what clients
// see: calls and device notifications, the users list, /sim/calls.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// CometD for a user who has not logged in: the session and CSRF token come from a GET.
bool hears(GwsTestClient &client)
{
    return client.get(u"/api/v2/me"_s).status == 200 && client.startNotifications();
}

} // namespace

class tst_SimLoad : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void callsKeptGoing();
    void everyAgentLoggedIn();
    void stateChangesAtARate();
    void stopHangsUp();
    void refused_data();
    void refused();
    void agentsState();
    void agentsStateRefused_data();
    void agentsStateRefused();

private:
    void useAgents(int agents);
    QJsonObject load() { return m_control->get(u"/sim/load"_s).json.value("load"_L1).toObject(); }
    int activeCalls() { return int(m_control->get(u"/sim/calls"_s).json["calls"_L1].toArray().size()); }

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimLoad::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
}

void tst_SimLoad::cleanup()
{
    m_control.reset();
    m_sim.reset();
}

void tst_SimLoad::useAgents(int agents)
{
    QString error;
    QVERIFY2(m_sim->loadConfigJson(
                 u"{\"generate\": {\"agents\": %1, \"supervisors\": 1}}"_s.arg(agents).toUtf8(),
                 &error),
             qPrintable(error));
}

void tst_SimLoad::callsKeptGoing()
{
    useAgents(3);
    GwsTestClient agent(m_sim->baseUrl(), u"agent0002"_s, u"agent0002"_s);
    QVERIFY(hears(agent));
    const HttpResult r = m_control->post(
        u"/sim/load"_s,
        QJsonObject{{u"calls"_s, 3}, {u"callSeconds"_s, 0.4}, {u"answerSeconds"_s, 0.05}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json["load"_L1]["calls"_L1].toInt(), 3);
    QCOMPARE(r.json["load"_L1]["agents"_L1].toInt(), 3);
    // Three agents, three calls: each agent rings, answers, and hears the caller hang up.
    const QJsonObject established = agent.waitForAnyCall(u"Established"_s);
    QVERIFY(!established.isEmpty());
    QCOMPARE(established.value("callType"_L1).toString(), u"Inbound"_s);
    QVERIFY(!agent.waitForCall(established.value("id"_L1).toString(), u"Released"_s).isEmpty());
    // Ended calls are replaced: at most `calls` at once, and they keep coming.
    QTRY_VERIFY_WITH_TIMEOUT(load().value("callsEnded"_L1).toInt() >= 6, 10000);
    QVERIFY(activeCalls() <= 3);
    QTRY_COMPARE(load().value("active"_L1).toInt(), 3);
}

void tst_SimLoad::everyAgentLoggedIn()
{
    useAgents(25);
    QCOMPARE(m_control->post(u"/sim/load"_s, QJsonObject{}).status, 200);
    GwsTestClient sup(m_sim->baseUrl(), u"sup01"_s, u"sup01"_s);
    const HttpResult r =
        sup.get(u"/api/v2/users?fields=userName&subresources=devices&limit=100"_s);
    const QJsonArray users = r.json.value("users"_L1).toArray();
    QCOMPARE(users.size(), 26);
    for (const QJsonValue &u : users) {
        const QString state = u["devices"_L1][0]["userState"_L1]["state"_L1].toString();
        // Supervisors are not the load's: sup01 stays as it was.
        QCOMPARE(state, u["userName"_L1] == "sup01"_L1 ? u"LoggedOut"_s : u"Ready"_s);
    }
    QCOMPARE(activeCalls(), 0); // no calls asked for
}

void tst_SimLoad::stateChangesAtARate()
{
    useAgents(10);
    GwsTestClient agent(m_sim->baseUrl(), u"agent0007"_s, u"agent0007"_s);
    QVERIFY(hears(agent));
    QCOMPARE(m_control->post(u"/sim/load"_s, QJsonObject{{u"stateChangesPerSecond"_s, 100}}).status,
             200);
    // About ten a second for each of ten agents: this one goes NotReady with a reason.
    const QJsonObject notReady = agent.waitForDevice([](const QJsonObject &d) {
        return d["userState"_L1]["state"_L1] == "NotReady"_L1;
    });
    QVERIFY(!notReady.isEmpty());
    QVERIFY(!notReady["userState"_L1]["reason"_L1].toString().isEmpty());
    QTRY_VERIFY(load().value("stateChanges"_L1).toInt() >= 100);
    // A rate, not a flood: well under what a busy second could pile up.
    QVERIFY(load().value("stateChanges"_L1).toInt() < 1000);
}

void tst_SimLoad::stopHangsUp()
{
    useAgents(5);
    QCOMPARE(m_control
                 ->post(u"/sim/load"_s, QJsonObject{{u"calls"_s, 4}, {u"callSeconds"_s, 600},
                                                    {u"answerSeconds"_s, 0}})
                 .status,
             200);
    QTRY_COMPARE(activeCalls(), 4);
    const HttpResult r = m_control->deleteResource(u"/sim/load"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json["load"_L1]["running"_L1].toBool(), false);
    QCOMPARE(activeCalls(), 0);
    QCOMPARE(load().value("active"_L1).toInt(), 0);
}

void tst_SimLoad::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("negative calls") << QByteArray(R"({"calls": -1})");
    QTest::newRow("fraction of a call") << QByteArray(R"({"calls": 1.5})");
    QTest::newRow("calls as text") << QByteArray(R"({"calls": "3"})");
    QTest::newRow("too many calls") << QByteArray(R"({"calls": 100000})");
    QTest::newRow("negative rate") << QByteArray(R"({"stateChangesPerSecond": -1})");
    QTest::newRow("no talk time") << QByteArray(R"({"callSeconds": 0})");
    QTest::newRow("answer as text") << QByteArray(R"({"answerSeconds": "soon"})");
}

void tst_SimLoad::refused()
{
    QFETCH(QByteArray, body);
    const HttpResult r = m_control->post(u"/sim/load"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), 10);
    QCOMPARE(load().value("running"_L1).toBool(), false);
}

void tst_SimLoad::agentsState()
{
    useAgents(3);
    GwsTestClient agent(m_sim->baseUrl(), u"agent0001"_s, u"agent0001"_s);
    QVERIFY(hears(agent));
    // Logged out agents: the session starts first, as the agent's own client would.
    int from = agent.mark();
    HttpResult r = m_control->post(
        u"/sim/agents/state"_s,
        QJsonObject{{u"userNames"_s, QJsonArray{u"agent0001"_s, u"agent0003"_s}},
                    {u"operationName"_s, u"NotReady"_s},
                    {u"reasonCode"_s, u"Lunch"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("changed"_L1).toInt(), 2);
    const QJsonObject device = agent.waitForDevice(
        [](const QJsonObject &d) { return d["userState"_L1]["reason"_L1] == "Lunch"_L1; }, from);
    QCOMPARE(device["userState"_L1]["state"_L1].toString(), u"NotReady"_s);
    from = agent.mark();
    r = m_control->post(u"/sim/agents/state"_s,
                        QJsonObject{{u"userNames"_s, QJsonArray{u"agent0001"_s}},
                                    {u"operationName"_s, u"EndContactCenterSession"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(!agent.waitForDevice([](const QJsonObject &d) {
                      return d["userState"_L1]["state"_L1] == "LoggedOut"_L1;
                  }, from).isEmpty());
}

void tst_SimLoad::agentsStateRefused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("no users") << QByteArray(R"({"operationName": "Ready"})") << 400 << 1;
    QTest::newRow("no operation") << QByteArray(R"({"userNames": ["agent0001"]})") << 400 << 1;
    QTest::newRow("unknown user")
        << QByteArray(R"({"userNames": ["agent0001", "nobody"], "operationName": "Ready"})")
        << 404 << 6;
    QTest::newRow("not an agent operation")
        << QByteArray(R"({"userNames": ["agent0001"], "operationName": "Dial"})") << 400 << 10;
    QTest::newRow("names not strings")
        << QByteArray(R"({"userNames": [1], "operationName": "Ready"})") << 400 << 10;
    QTest::newRow("unknown reason")
        << QByteArray(R"({"userNames": ["agent0001"], "operationName": "NotReady", "reasonCode": "Nap"})")
        << 400 << 2;
}

void tst_SimLoad::agentsStateRefused()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(int, statusCode);
    useAgents(2);
    const HttpResult r = m_control->post(u"/sim/agents/state"_s, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.statusCode(), statusCode);
    if (statusCode != 2) { // refused before anything was done
        GwsTestClient sup(m_sim->baseUrl(), u"sup01"_s, u"sup01"_s);
        const HttpResult users = sup.get(
            u"/api/v2/users?fields=userName&subresources=devices&userName=agent0001&limit=1"_s);
        QCOMPARE(users.json["users"_L1][0]["devices"_L1][0]["userState"_L1]["state"_L1].toString(),
                 u"LoggedOut"_s);
    }
}

QTEST_MAIN(tst_SimLoad)
#include "tst_sim_load.moc"
