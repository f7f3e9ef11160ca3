// Resources as the GWS docs show them: lists answer URIs unless `fields` asks for objects
// ("List Devices", "Request Parameters"), /me?subresources=*, StartContactCenterSession's
// place and partial success, and the simulator's own extensions switched off.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class tst_SimResources : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lists_data();
    void lists();
    void singleResources();
    void meSubresources();
    void startWithPlace_data();
    void startWithPlace();
    void startWithChannels_data();
    void startWithChannels();
    void errorMessagesOff();
    void agentStateSettingsOff();
    void unknownExtension();

private:
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
    std::unique_ptr<GwsTestClient> m_admin; // super1: ROLE_ADMIN
};

void tst_SimResources::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(60000);
    QVERIFY(m_sim->listen());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_admin = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"super1"_s, u"super1"_s);
    QVERIFY(m_agent->login());
    QVERIFY(m_admin->login());
}

void tst_SimResources::cleanup()
{
    m_agent.reset();
    m_admin.reset();
    m_sim.reset();
}

void tst_SimResources::lists_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("uriPath"); // every URI starts with base + this
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("admin");
    QTest::newRow("me/devices") << u"/api/v2/me/devices"_s << u"devices"_s << u"/api/v2/devices/"_s
                                << 1 << false;
    QTest::newRow("me/calls") << u"/api/v2/me/calls"_s << u"calls"_s << u"/api/v2/me/calls/"_s << 1
                              << false;
    QTest::newRow("users") << u"/api/v2/users"_s << u"users"_s << u"/api/v2/users/"_s << 4 << true;
    QTest::newRow("devices") << u"/api/v2/devices"_s << u"devices"_s << u"/api/v2/devices/"_s << 4
                             << true;
    QTest::newRow("users/{id}/devices") << u"/api/v2/users/{agent1}/devices"_s << u"devices"_s
                                        << u"/api/v2/devices/"_s << 1 << true;
}

void tst_SimResources::lists()
{
    QFETCH(QString, path);
    QFETCH(QString, key);
    QFETCH(QString, uriPath);
    QFETCH(int, count);
    QFETCH(bool, admin);
    path.replace(u"{agent1}"_s, m_agent->userId());
    QCOMPARE(m_agent->dial(u"+15550001111"_s).statusCode(), 0); // one call for me/calls
    GwsTestClient &client = admin ? *m_admin : *m_agent;
    const QString base = m_sim->baseUrl().toString();

    // Without fields: {"statusCode":0,"uris":[...]} and nothing else.
    const HttpResult uris = client.get(path);
    QCOMPARE(uris.status, 200);
    QCOMPARE(uris.json.keys(), QStringList({u"statusCode"_s, u"uris"_s}));
    const QJsonArray list = uris.json.value("uris"_L1).toArray();
    QCOMPARE(list.size(), count);
    for (const QJsonValue &uri : list)
        QVERIFY2(uri.toString().startsWith(base + uriPath), qPrintable(uri.toString()));

    // fields=*: the whole objects, each at the URI the plain list gave.
    const HttpResult all = client.get(path + u"?fields=*"_s);
    QCOMPARE(all.statusCode(), 0);
    const QJsonArray objects = all.json.value(key).toArray();
    QCOMPARE(objects.size(), count);
    for (int i = 0; i < count; ++i) {
        const QJsonObject o = objects.at(i).toObject();
        QCOMPARE(o.value("uri"_L1), list.at(i));
        QVERIFY(o.value("uri"_L1).toString().endsWith(o.value("id"_L1).toString()));
        QVERIFY(o.size() > 3);
    }
    QVERIFY(!all.json.contains("uris"_L1));

    // fields=a,b: only those fields (one the resource lacks is left out).
    const HttpResult some = client.get(path + u"?fields=id,uri,noSuchField"_s);
    const QJsonArray few = some.json.value(key).toArray();
    QCOMPARE(few.size(), count);
    for (int i = 0; i < count; ++i)
        QCOMPARE(few.at(i).toObject(),
                 QJsonObject({{u"id"_s, objects.at(i)["id"_L1]}, {u"uri"_s, list.at(i)}}));
}

void tst_SimResources::singleResources()
{
    QCOMPARE(m_agent->dial(u"+15550001111"_s).statusCode(), 0);
    const QString callId = m_agent->calls().at(0)["id"_L1].toString();
    const HttpResult device = m_agent->get(u"/api/v2/me/devices/"_s + m_agent->deviceId());
    QCOMPARE(device.json.keys(), QStringList({u"device"_s, u"statusCode"_s}));
    QCOMPARE(device.json.value("device"_L1)["phoneNumber"_L1].toString(), u"5001"_s);
    const HttpResult call = m_agent->get(u"/api/v2/me/calls/"_s + callId);
    QCOMPARE(call.statusCode(), 0);
    QCOMPARE(call.json.value("call"_L1)["id"_L1].toString(), callId);
    QVERIFY(call.json.value("call"_L1).toObject().contains("capabilities"_L1));
}

void tst_SimResources::meSubresources()
{
    QCOMPARE(m_agent->dial(u"+15550001111"_s).statusCode(), 0);
    const QJsonObject plain = m_agent->get(u"/api/v2/me"_s).json.value("user"_L1).toObject();
    QVERIFY(!plain.contains("devices"_L1));
    QVERIFY(!plain.contains("calls"_L1));
    // As Genesys' sample clients read it: devices and calls embedded, full objects.
    const QJsonObject user =
        m_agent->get(u"/api/v2/me?subresources=*"_s).json.value("user"_L1).toObject();
    QCOMPARE(user.value("userName"_L1).toString(), u"agent1"_s);
    QCOMPARE(user.value("devices"_L1).toArray(),
             m_agent->get(u"/api/v2/me/devices?fields=*"_s).json.value("devices"_L1).toArray());
    const QJsonArray calls = user.value("calls"_L1).toArray();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0)["state"_L1].toString(), u"Dialing"_s);
}

void tst_SimResources::startWithPlace_data()
{
    QTest::addColumn<QJsonValue>("place");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("own default place") << QJsonValue(u"Place_5001"_s) << 200 << 0;
    QTest::newRow("unknown place") << QJsonValue(u"Place_0000"_s) << 404 << 6;
    QTest::newRow("another user's place") << QJsonValue(u"Place_5002"_s) << 400 << 2;
    QTest::newRow("not a string") << QJsonValue(5001) << 400 << 10;
}

void tst_SimResources::startWithPlace()
{
    QFETCH(QJsonValue, place);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    // agent1's place is Place_5001 (the default, Place_<phoneNumber>); Place_5002 is agent2's.
    const HttpResult r = m_agent->post(
        u"/api/v2/me"_s, QJsonObject{{u"operationName"_s, u"StartContactCenterSession"_s},
                                     {u"channels"_s, QJsonArray{u"voice"_s}},
                                     {u"place"_s, place}});
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
    if (statusCode != 0)
        QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
}

void tst_SimResources::startWithChannels_data()
{
    QTest::addColumn<QJsonValue>("channels");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    QTest::addColumn<bool>("started");
    QTest::newRow("voice") << QJsonValue(QJsonArray{u"voice"_s}) << 200 << 0 << true;
    // "... Web Services returns a partial success statusCode of 7".
    QTest::newRow("voice and chat")
        << QJsonValue(QJsonArray{u"voice"_s, u"chat"_s}) << 200 << 7 << true;
    QTest::newRow("chat only") << QJsonValue(QJsonArray{u"chat"_s}) << 400 << 2 << false;
    QTest::newRow("empty") << QJsonValue(QJsonArray{}) << 400 << 2 << false;
    QTest::newRow("not an array") << QJsonValue(u"voice"_s) << 400 << 10 << false;
}

void tst_SimResources::startWithChannels()
{
    QFETCH(QJsonValue, channels);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    QFETCH(bool, started);
    GwsTestClient agent2(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QCOMPARE(agent2.get(u"/api/v2/me"_s).status, 200);
    const HttpResult r = agent2.post(
        u"/api/v2/me"_s, QJsonObject{{u"operationName"_s, u"StartContactCenterSession"_s},
                                     {u"channels"_s, channels}});
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
    if (statusCode == 7)
        QVERIFY(r.json.value("statusMessage"_L1).toString().contains("chat"_L1));
    const QJsonObject device =
        agent2.get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject();
    QCOMPARE(device["userState"_L1]["state"_L1].toString(), started ? u"Ready"_s : u"LoggedOut"_s);
}

void tst_SimResources::errorMessagesOff()
{
    QVERIFY(m_sim->loadConfigJson(R"({"users": [
        {"userName": "agent1", "password": "agent1", "phoneNumber": "5001"}],
        "busyNumbers": ["+15550000000"], "externalAnswerDelayMs": 100})"));
    QVERIFY(m_sim->setExtensionEnabled(u"errorMessages"_s, false));
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    QVERIFY(agent.startNotifications());
    QCOMPARE(agent.dial(u"+15550000000"_s).statusCode(), 0);
    const QString id = agent.waitForAnyCall(u"Dialing"_s).value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    // The failed call just ends, as a GWS without our ErrorMessage shows it.
    QVERIFY(!agent.waitForCall(id, u"Released"_s).isEmpty());
    for (const QJsonObject &e : agent.events())
        QVERIFY(e["data"_L1]["messageType"_L1] != "ErrorMessage"_L1);
}

void tst_SimResources::agentStateSettingsOff()
{
    QCOMPARE(m_agent->get(u"/api/v2/settings/agent-states"_s).statusCode(), 0);
    QVERIFY(m_sim->setExtensionEnabled(u"agentStateSettings"_s, false));
    const HttpResult r = m_agent->get(u"/api/v2/settings/agent-states"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.statusCode(), 6);
    QVERIFY(m_sim->setExtensionEnabled(u"agentStateSettings"_s, true));
    QCOMPARE(m_agent->get(u"/api/v2/settings/agent-states"_s).status, 200);
}

void tst_SimResources::unknownExtension()
{
    QVERIFY(!m_sim->setExtensionEnabled(u"activeCalls"_s, false));
    QCOMPARE(GwsSimulator::extensionNames(),
             QStringList({u"errorMessages"_s, u"agentStateSettings"_s, u"monitorInParticipants"_s,
                          u"monitoredUserMuteCapability"_s, u"usersCallsSubresource"_s}));
}

QTEST_MAIN(tst_SimResources)
#include "tst_sim_resources.moc"
