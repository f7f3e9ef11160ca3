// Agent state through the simulator: /me/channels/voice, the agent-states settings, device
// capabilities and notifications, wrap-up after calls, and who receives demo calls.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << v.toString();
    return list;
}

QString stateOf(const QJsonObject &device)
{
    return device.value("userState"_L1)["state"_L1].toString();
}

// Wrap-up as GWS shows it: NotReady with the AfterCallWork work mode.
bool inAfterCallWork(const QJsonObject &device)
{
    return stateOf(device) == "NotReady"_L1 &&
           device.value("userState"_L1)["workMode"_L1] == "AfterCallWork"_L1;
}

} // namespace

class tst_SimAgentState : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void settings();
    void settingsFromConfig();
    void operation_data();
    void operation();
    void refused_data();
    void refused();
    void doNotDisturbCapabilities();
    void endSessionLogsOut();
    void wrapUp();
    void noWrapUpAfterMissedCall();
    void noWrapUpWhenNotReady();
    void agentChoiceEndsWrapUp();
    void callsAnnounceWrapUpTime_data();
    void callsAnnounceWrapUpTime();
    void wrapUpAfterACallTakenNotReady();
    void afterCallWorkTakesAWrapUpTime();
    void afterCallWorkRefusesABadWrapUpTime_data();
    void afterCallWorkRefusesABadWrapUpTime();
    void untimedWrapUpLastsUntilTheAgentActs();
    void simCallRingsNotReadyAgent();
    void demoCallsOnlyForReady_data();
    void demoCallsOnlyForReady();

private:
    QString ring(const QString &to);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimAgentState::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(50);
    QVERIFY(m_sim->listen());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    QVERIFY(m_agent->login());
    QVERIFY(m_agent->startNotifications());
}

void tst_SimAgentState::cleanup()
{
    m_agent.reset();
    m_control.reset();
    m_sim.reset();
}

QString tst_SimAgentState::ring(const QString &to)
{
    const HttpResult r = m_control->post(
        u"/sim/calls"_s, QJsonObject{{u"from"_s, u"+15557654321"_s}, {u"to"_s, to}});
    return r.json.value("legId"_L1).toString();
}

void tst_SimAgentState::settings()
{
    const HttpResult r = m_agent->get(u"/api/v2/settings/agent-states"_s);
    QCOMPARE(r.status, 200);
    auto entry = [](const QString &op, const QString &name, const QString &reason = {}) {
        QJsonObject o{{u"operationName"_s, op}, {u"displayName"_s, name}};
        if (!reason.isEmpty())
            o.insert(u"reasonCode"_s, reason);
        return o;
    };
    const QJsonObject expected{
        {u"statusCode"_s, 0},
        {u"settings"_s,
         QJsonArray{entry(u"Ready"_s, u"Ready"_s), entry(u"NotReady"_s, u"Not Ready"_s),
                    entry(u"NotReady"_s, u"Not Ready - Break"_s, u"Break"_s),
                    entry(u"NotReady"_s, u"Not Ready - Lunch"_s, u"Lunch"_s),
                    entry(u"NotReady"_s, u"Not Ready - Training"_s, u"Training"_s),
                    entry(u"AfterCallWork"_s, u"AfterCallWork"_s),
                    entry(u"AuxWork"_s, u"AuxWork"_s)}}};
    QCOMPARE(r.json, expected);
    QCOMPARE(m_agent->get(u"/api/v2/settings/other"_s).status, 404);
}

void tst_SimAgentState::settingsFromConfig()
{
    QVERIFY(m_sim->loadConfigJson(R"({"users": [{"userName": "jane", "password": "pw",
        "phoneNumber": "7001"}], "notReadyReasons": ["Meeting", {"code": "Coffee",
        "displayName": "Coffee break"}]})"));
    GwsTestClient jane(m_sim->baseUrl(), u"jane"_s, u"pw"_s);
    QVERIFY(jane.login());
    const QJsonArray settings =
        jane.get(u"/api/v2/settings/agent-states"_s).json.value("settings"_L1).toArray();
    QCOMPARE(settings.size(), 6);
    QCOMPARE(settings.at(3)["displayName"_L1].toString(), u"Not Ready - Coffee break"_s);
    QCOMPARE(settings.at(3)["reasonCode"_L1].toString(), u"Coffee"_s);
    QVERIFY(jane.startNotifications());
    const int from = jane.mark();
    QCOMPARE(jane.voice(u"NotReady"_s, {{u"reasonCode"_s, u"Coffee"_s}}).status, 200);
    const QJsonObject device = jane.waitForDevice([](const QJsonObject &) { return true; }, from);
    QVERIFY(!device.isEmpty());
    QCOMPARE(device.value("userState"_L1)["displayName"_L1].toString(),
             u"Not Ready - Coffee break"_s);
    // The built-in reasons are gone with the built-in config.
    QCOMPARE(jane.voice(u"NotReady"_s, {{u"reasonCode"_s, u"Lunch"_s}}).statusCode(), 2);
}

void tst_SimAgentState::operation_data()
{
    // userState {id, displayName, state, workMode?, reason?}; AfterCallWork and AuxWork are
    // NotReady work modes named as in the documented samples (device-state-*.json).
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("workMode");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("displayName");
    QTest::newRow("NotReady") << u"NotReady"_s << QJsonObject() << u"NotReady"_s << QString()
                              << QString() << u"Not Ready"_s;
    QTest::newRow("NotReady Lunch")
        << u"NotReady"_s << QJsonObject{{u"reasonCode"_s, u"Lunch"_s}} << u"NotReady"_s << QString()
        << u"Lunch"_s << u"Not Ready - Lunch"_s;
    QTest::newRow("NotReady empty reason")
        << u"NotReady"_s << QJsonObject{{u"reasonCode"_s, QString()}} << u"NotReady"_s << QString()
        << QString() << u"Not Ready"_s;
    QTest::newRow("AfterCallWork") << u"AfterCallWork"_s << QJsonObject() << u"NotReady"_s
                                   << u"AfterCallWork"_s << QString() << u"AfterCallWork"_s;
    QTest::newRow("AuxWork") << u"AuxWork"_s << QJsonObject() << u"NotReady"_s << u"AuxWork"_s
                             << QString() << u"AuxWork"_s;
    QTest::newRow("Ready again") << u"Ready"_s << QJsonObject() << u"Ready"_s << QString()
                                 << QString() << u"Ready"_s;
    // An attribute GWS does not document is ignored, never echoed.
    QTest::newRow("Ready workmode") << u"Ready"_s << QJsonObject{{u"workmode"_s, u"ManualIn"_s}}
                                    << u"Ready"_s << QString() << QString() << u"Ready"_s;
}

void tst_SimAgentState::operation()
{
    QFETCH(QString, operation);
    QFETCH(QJsonObject, extra);
    QFETCH(QString, state);
    QFETCH(QString, workMode);
    QFETCH(QString, reason);
    QFETCH(QString, displayName);
    const int from = m_agent->mark();
    const HttpResult r = m_agent->voice(operation, extra);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, QJsonObject({{u"statusCode"_s, 0}}));
    const QJsonObject device =
        m_agent->waitForDevice([](const QJsonObject &d) { return !d.isEmpty(); }, from);
    QVERIFY(!device.isEmpty());
    // The full device, as GET /me/devices?fields=* has it.
    QCOMPARE(device,
             m_agent->get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject());
    QCOMPARE(device.value("id"_L1).toString(), m_agent->deviceId());
    QCOMPARE(device.value("phoneNumber"_L1).toString(), u"5001"_s);
    const QJsonObject userState = device.value("userState"_L1).toObject();
    QStringList keys{u"id"_s, u"displayName"_s, u"state"_s};
    if (!workMode.isEmpty())
        keys << u"workMode"_s;
    if (!reason.isEmpty())
        keys << u"reason"_s;
    keys.sort();
    QCOMPARE(userState.keys(), keys); // nothing undocumented (no reasonCode)
    QCOMPARE(userState.value("state"_L1).toString(), state);
    QCOMPARE(userState.value("workMode"_L1).toString(), workMode);
    QCOMPARE(userState.value("reason"_L1).toString(), reason);
    QCOMPARE(userState.value("displayName"_L1).toString(), displayName);
    QVERIFY(!userState.value("id"_L1).toString().isEmpty());
    QCOMPARE(device.value("doNotDisturb"_L1).toString(), u"Off"_s);
    // Device capabilities are device operations only: no agent state, nothing supervisory.
    QCOMPARE(strings(device.value("capabilities"_L1)), QStringList{u"DoNotDisturbOn"_s});
}

void tst_SimAgentState::refused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("unknown reason")
        << QJsonObject{{u"operationName"_s, u"NotReady"_s}, {u"reasonCode"_s, u"Vacation"_s}} << 400
        << 2;
    QTest::newRow("reason not a string")
        << QJsonObject{{u"operationName"_s, u"NotReady"_s}, {u"reasonCode"_s, 3}} << 400 << 10;
    // Do Not Disturb is a device operation (POST /api/v2/me/devices/{id}), not a channel one.
    QTest::newRow("DND on the voice channel")
        << QJsonObject{{u"operationName"_s, u"DoNotDisturbOn"_s}} << 400 << 10;
    QTest::newRow("DND off on the voice channel")
        << QJsonObject{{u"operationName"_s, u"DoNotDisturbOff"_s}} << 400 << 10;
    QTest::newRow("unknown operation")
        << QJsonObject{{u"operationName"_s, u"Vacation"_s}} << 400 << 10;
    QTest::newRow("call operation") << QJsonObject{{u"operationName"_s, u"Answer"_s}} << 400 << 10;
    QTest::newRow("no operation") << QJsonObject{{u"reasonCode"_s, u"Lunch"_s}} << 400 << 1;
}

void tst_SimAgentState::refused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    const HttpResult r = m_agent->post(u"/api/v2/me/channels/voice"_s, body);
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
    QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
    QCOMPARE(
        stateOf(m_agent->get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject()),
        u"Ready"_s);
}

void tst_SimAgentState::doNotDisturbCapabilities()
{
    // "DoNotDisturbOn"/"DoNotDisturbOff": device operations, for any agent.
    QCOMPARE(m_agent->deviceOperation(u"DoNotDisturbOff"_s).statusCode(), 2); // already off
    int from = m_agent->mark();
    QCOMPARE(m_agent->deviceOperation(u"DoNotDisturbOn"_s).statusCode(), 0);
    QJsonObject device = m_agent->waitForDevice(
        [](const QJsonObject &d) { return d.value("doNotDisturb"_L1) == "On"_L1; }, from);
    QCOMPARE(strings(device.value("capabilities"_L1)), QStringList{u"DoNotDisturbOff"_s});
    QCOMPARE(stateOf(device), u"Ready"_s); // independent of the agent state
    const HttpResult again = m_agent->deviceOperation(u"DoNotDisturbOn"_s);
    QCOMPARE(again.status, 400);
    QCOMPARE(again.statusCode(), 2);
    from = m_agent->mark();
    QCOMPARE(m_agent->voice(u"NotReady"_s, {{u"reasonCode"_s, u"Break"_s}}).status, 200);
    device = m_agent->waitForDevice(
        [](const QJsonObject &d) { return stateOf(d) == "NotReady"_L1; }, from);
    QVERIFY(!device.isEmpty());
    QCOMPARE(device.value("doNotDisturb"_L1).toString(), u"On"_s);
    from = m_agent->mark();
    QCOMPARE(m_agent->deviceOperation(u"DoNotDisturbOff"_s).statusCode(), 0);
    device = m_agent->waitForDevice([](const QJsonObject &) { return true; }, from);
    QVERIFY(!device.isEmpty());
    QCOMPARE(device.value("doNotDisturb"_L1).toString(), u"Off"_s);
    QCOMPARE(device.value("userState"_L1)["displayName"_L1].toString(), u"Not Ready - Break"_s);
    // Agent state is not a device operation.
    QCOMPARE(m_agent->deviceOperation(u"Ready"_s).statusCode(), 10);
}

void tst_SimAgentState::endSessionLogsOut()
{
    const int from = m_agent->mark();
    QCOMPARE(
        m_agent
            ->post(u"/api/v2/me"_s, QJsonObject{{u"operationName"_s, u"EndContactCenterSession"_s}})
            .status,
        200);
    const QJsonObject device = m_agent->waitForDevice(
        [](const QJsonObject &d) { return stateOf(d) == "LoggedOut"_L1; }, from);
    QVERIFY(!device.isEmpty());
    QCOMPARE(device.value("userState"_L1)["displayName"_L1].toString(), u"Logged Out"_s);
    QCOMPARE(device.value("capabilities"_L1).toArray(), QJsonArray());
    // Agent state while logged out: statusCode 2, for every operation of the channel.
    for (const QString &op : {u"Ready"_s, u"NotReady"_s, u"AfterCallWork"_s, u"AuxWork"_s}) {
        const HttpResult r = m_agent->voice(op);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.statusCode(), 2);
    }
    QCOMPARE(m_agent->deviceOperation(u"DoNotDisturbOn"_s).statusCode(), 2);
    // A new session starts Ready again.
    QVERIFY(m_agent->login());
    QCOMPARE(
        stateOf(m_agent->get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject()),
        u"Ready"_s);
}

void tst_SimAgentState::wrapUp()
{
    m_sim->setWrapUpTime(300);
    const QString leg = ring(u"5001"_s);
    QCOMPARE(m_agent->operate(leg, u"Answer"_s).status, 200);
    QVERIFY(!m_agent->waitForCall(leg, u"Established"_s).isEmpty());
    const int from = m_agent->mark();
    QCOMPARE(m_agent->operate(leg, u"Hangup"_s).status, 200);
    const QJsonObject acw = m_agent->waitForDevice(inAfterCallWork, from);
    QVERIFY(!acw.isEmpty());
    // As gws-samples/device-state-aftercallwork.json shows it.
    QCOMPARE(acw.value("userState"_L1)["displayName"_L1].toString(), u"AfterCallWork"_s);
    // The call's end comes first, then the wrap-up, then Ready when it expires.
    int released = -1, wrapUp = -1;
    for (int i = from; i < m_agent->mark(); ++i) {
        const QJsonObject data = m_agent->events().at(i).value("data"_L1).toObject();
        if (released < 0 && data["call"_L1]["state"_L1] == "Released"_L1)
            released = i;
        if (wrapUp < 0 && inAfterCallWork(data["devices"_L1][0].toObject()))
            wrapUp = i;
    }
    QVERIFY(released >= 0);
    QVERIFY(released < wrapUp);
    const QJsonObject ready = m_agent->waitForDevice(
        [](const QJsonObject &d) { return stateOf(d) == "Ready"_L1; }, wrapUp);
    QVERIFY(!ready.isEmpty());
}

void tst_SimAgentState::noWrapUpAfterMissedCall()
{
    m_sim->setWrapUpTime(100);
    const QString leg = ring(u"5001"_s);
    QVERIFY(!m_agent->waitForCall(leg, u"Ringing"_s).isEmpty());
    const int from = m_agent->mark();
    QCOMPARE(m_control->post(u"/sim/calls/"_s + leg + u"/hangup"_s, QByteArray()).status, 200);
    QVERIFY(!m_agent->waitForCall(leg, u"Released"_s, 5000, from).isEmpty());
    // A call answered afterwards does get wrap-up: proof the first one was seen and skipped.
    const QString second = ring(u"5001"_s);
    QCOMPARE(m_agent->operate(second, u"Answer"_s).status, 200);
    QCOMPARE(m_agent->operate(second, u"Hangup"_s).status, 200);
    QVERIFY(!m_agent->waitForDevice(inAfterCallWork, from).isEmpty());
    int wrapUps = 0;
    for (int i = from; i < m_agent->mark(); ++i)
        wrapUps += inAfterCallWork(m_agent->events().at(i)["data"_L1]["devices"_L1][0].toObject());
    QCOMPARE(wrapUps, 1);
}

void tst_SimAgentState::noWrapUpWhenNotReady()
{
    m_sim->setWrapUpTime(100);
    const QString leg = ring(u"5001"_s);
    QCOMPARE(m_agent->operate(leg, u"Answer"_s).status, 200);
    QCOMPARE(m_agent->voice(u"NotReady"_s, {{u"reasonCode"_s, u"Break"_s}}).status, 200);
    const int from = m_agent->mark();
    QCOMPARE(m_agent->operate(leg, u"Hangup"_s).status, 200);
    QVERIFY(!m_agent->waitForCall(leg, u"Released"_s, 5000, from).isEmpty());
    // Another round trip: any wrap-up would have been published with the release.
    QCOMPARE(m_agent->deviceOperation(u"DoNotDisturbOn"_s).statusCode(), 0);
    const QJsonObject device = m_agent->waitForDevice(
        [](const QJsonObject &d) { return d["doNotDisturb"_L1] == "On"_L1; }, from);
    QVERIFY(!device.isEmpty());
    QCOMPARE(stateOf(device), u"NotReady"_s);
    QVERIFY(!device.value("userState"_L1).toObject().contains("workMode"_L1));
}

void tst_SimAgentState::agentChoiceEndsWrapUp()
{
    m_sim->setWrapUpTime(200);
    m_sim->setExternalAnswerDelay(600);
    const QString leg = ring(u"5001"_s);
    QCOMPARE(m_agent->operate(leg, u"Answer"_s).status, 200);
    const int from = m_agent->mark();
    QCOMPARE(m_agent->operate(leg, u"Hangup"_s).status, 200);
    QVERIFY(!m_agent->waitForDevice(inAfterCallWork, from).isEmpty());
    QCOMPARE(m_agent->voice(u"NotReady"_s, {{u"reasonCode"_s, u"Lunch"_s}}).status, 200);
    // The simulator's own later timer is the clock: an outside number answering after
    // 600 ms comes after the 200 ms wrap-up expired, which must not make the agent Ready.
    QCOMPARE(m_agent->dial(u"+15550002222"_s).status, 200);
    QVERIFY(!m_agent->waitForAnyCall(u"Established"_s).isEmpty());
    for (int i = from; i < m_agent->mark(); ++i)
        QVERIFY(m_agent->events().at(i)["data"_L1]["devices"_L1][0]["userState"_L1]["state"_L1] !=
                "Ready"_L1);
    QCOMPARE(
        stateOf(m_agent->get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject()),
        u"NotReady"_s);
}

// T-Server tells the expected after-call work in the call's extensions ("WrapUpTime":
// seconds, or "untimed"), as the SetCallDisposition page's notification sample shows.
void tst_SimAgentState::callsAnnounceWrapUpTime_data()
{
    QTest::addColumn<int>("wrapUpMs");
    QTest::addColumn<QJsonValue>("announced");
    QTest::newRow("none") << 0 << QJsonValue(0);
    QTest::newRow("30 s") << 30000 << QJsonValue(30);
    QTest::newRow("a fraction rounds up") << 300 << QJsonValue(1);
    QTest::newRow("untimed") << int(GwsSimulator::UntimedWrapUp) << QJsonValue(u"untimed"_s);
}

void tst_SimAgentState::callsAnnounceWrapUpTime()
{
    QFETCH(int, wrapUpMs);
    QFETCH(QJsonValue, announced);
    m_sim->setWrapUpTime(wrapUpMs);
    const QString leg = ring(u"5001"_s);
    QCOMPARE(m_agent->operate(leg, u"Answer"_s).status, 200);
    const QJsonObject established = m_agent->waitForEvent([&leg](const QJsonObject &e) {
        const QJsonObject call = e["data"_L1]["call"_L1].toObject();
        return call["id"_L1] == leg && call["state"_L1] == "Established"_L1;
    });
    QCOMPARE(established["data"_L1]["extensions"_L1]["WrapUpTime"_L1].toVariant(),
             announced.toVariant());
}

// Not only a Ready agent: one who was Not Ready (Lunch) when the call began, and still is
// at its end, gets the wrap-up too.
void tst_SimAgentState::wrapUpAfterACallTakenNotReady()
{
    m_sim->setWrapUpTime(60000);
    QCOMPARE(m_agent->voice(u"NotReady"_s, {{u"reasonCode"_s, u"Lunch"_s}}).status, 200);
    const QString leg = ring(u"5001"_s);
    QCOMPARE(m_agent->operate(leg, u"Answer"_s).status, 200);
    QVERIFY(!m_agent->waitForCall(leg, u"Established"_s).isEmpty());
    const int from = m_agent->mark();
    QCOMPARE(m_agent->operate(leg, u"Hangup"_s).status, 200);
    QVERIFY(!m_agent->waitForDevice(inAfterCallWork, from).isEmpty());
    QVERIFY(m_sim->wrapUpTimeLeft(u"agent1"_s) > 50000);
}

// "After Call Work" (GWS 8.5.2): wrapUpTime, a string of seconds, changes the wrap-up time;
// "0" cancels the timer (untimed).
void tst_SimAgentState::afterCallWorkTakesAWrapUpTime()
{
    QCOMPARE(m_sim->wrapUpTimeLeft(u"agent1"_s), -1); // Ready: no wrap-up
    QCOMPARE(m_agent->voice(u"AfterCallWork"_s, {{u"wrapUpTime"_s, u"90"_s}}).status, 200);
    qint64 left = m_sim->wrapUpTimeLeft(u"agent1"_s);
    QVERIFY2(left > 85000 && left <= 90000, qPrintable(QString::number(left)));
    // Again (Extend): the timer starts over with the new time.
    QCOMPARE(m_agent->voice(u"AfterCallWork"_s, {{u"wrapUpTime"_s, u"150"_s}}).status, 200);
    left = m_sim->wrapUpTimeLeft(u"agent1"_s);
    QVERIFY2(left > 145000 && left <= 150000, qPrintable(QString::number(left)));
    QCOMPARE(m_agent->voice(u"AfterCallWork"_s, {{u"wrapUpTime"_s, u"0"_s}}).status, 200);
    QCOMPARE(m_sim->wrapUpTimeLeft(u"agent1"_s), 0); // untimed
    // A short one ends by itself: the server makes the agent Ready.
    const int from = m_agent->mark();
    QCOMPARE(m_agent->voice(u"AfterCallWork"_s, {{u"wrapUpTime"_s, 1}}).status, 200);
    QVERIFY(!m_agent->waitForDevice(inAfterCallWork, from).isEmpty());
    QVERIFY(!m_agent->waitForDevice([](const QJsonObject &d) { return stateOf(d) == "Ready"_L1; },
                                    from).isEmpty());
    QCOMPARE(m_sim->wrapUpTimeLeft(u"agent1"_s), -1);
}

void tst_SimAgentState::afterCallWorkRefusesABadWrapUpTime_data()
{
    QTest::addColumn<QJsonValue>("wrapUpTime");
    QTest::newRow("words") << QJsonValue(u"soon"_s);
    QTest::newRow("negative") << QJsonValue(u"-5"_s);
    QTest::newRow("fraction") << QJsonValue(u"1.5"_s);
    QTest::newRow("empty") << QJsonValue(u""_s);
    QTest::newRow("bool") << QJsonValue(true);
    QTest::newRow("object") << QJsonValue(QJsonObject{});
    QTest::newRow("fractional number") << QJsonValue(2.5);
    QTest::newRow("huge number") << QJsonValue(1e300);
    QTest::newRow("over a day") << QJsonValue(u"86401"_s);
}

void tst_SimAgentState::afterCallWorkRefusesABadWrapUpTime()
{
    QFETCH(QJsonValue, wrapUpTime);
    const HttpResult r = m_agent->voice(u"AfterCallWork"_s, {{u"wrapUpTime"_s, wrapUpTime}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), 10);
    QCOMPARE(m_sim->wrapUpTimeLeft(u"agent1"_s), -1); // nothing changed: still Ready
    QCOMPARE(
        stateOf(m_agent->get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject()),
        u"Ready"_s);
}

void tst_SimAgentState::untimedWrapUpLastsUntilTheAgentActs()
{
    m_agent.reset(); // its session ends with the new configuration
    QVERIFY(m_sim->loadConfigJson(R"({"users": [{"userName": "agent1", "password": "agent1",
        "phoneNumber": "5001"}], "externalAnswerDelayMs": 50, "wrapUpSeconds": "untimed"})"));
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    QVERIFY(agent.startNotifications());
    const QString leg = ring(u"5001"_s);
    QCOMPARE(agent.operate(leg, u"Answer"_s).status, 200);
    const int from = agent.mark();
    QCOMPARE(agent.operate(leg, u"Hangup"_s).status, 200);
    QVERIFY(!agent.waitForDevice(inAfterCallWork, from).isEmpty());
    QCOMPARE(m_sim->wrapUpTimeLeft(u"agent1"_s), 0);
    QCOMPARE(agent.voice(u"Ready"_s).status, 200);
    QCOMPARE(m_sim->wrapUpTimeLeft(u"agent1"_s), -1);
}

void tst_SimAgentState::simCallRingsNotReadyAgent()
{
    QCOMPARE(m_agent->voice(u"NotReady"_s).status, 200);
    const QString leg = ring(u"5001"_s);
    QVERIFY(!leg.isEmpty());
    QCOMPARE(m_agent->waitForCall(leg, u"Ringing"_s).value("id"_L1).toString(), leg);
}

void tst_SimAgentState::demoCallsOnlyForReady_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("NotReady") << u"NotReady"_s;
    QTest::newRow("AfterCallWork") << u"AfterCallWork"_s;
    QTest::newRow("AuxWork") << u"AuxWork"_s;
    QTest::newRow("DoNotDisturbOn") << u"DoNotDisturbOn"_s;
    QTest::newRow("Ready") << u"Ready"_s;
}

void tst_SimAgentState::demoCallsOnlyForReady()
{
    QFETCH(QString, operation);
    GwsTestClient agent2(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QVERIFY(agent2.login());
    const HttpResult r = operation.startsWith("DoNotDisturb"_L1) ? agent2.deviceOperation(operation)
                                                                 : agent2.voice(operation);
    QCOMPARE(r.statusCode(), 0);
    m_sim->setDemoInterval(50);
    m_sim->setDemoEnabled(true);
    // agent1 (Ready) rings; agent2, rung in the same round if at all, only when Ready.
    QVERIFY(!m_agent->waitForAnyCall(u"Ringing"_s).isEmpty());
    m_sim->setDemoEnabled(false);
    QCOMPARE(agent2.calls().size(), operation == "Ready"_L1 ? 1 : 0);
}

QTEST_MAIN(tst_SimAgentState)
#include "tst_sim_agentstate.moc"
