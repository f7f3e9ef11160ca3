// Supervisors through the simulator: the directory (/users, /devices) for admins only, and
// ListenIn / Coach / BargeIn on an agent's calls with the documented semantics. The mode
// switches on the monitoring leg are in tst_sim_monitormodes.
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

// The phone numbers of a call's participants, sorted.
QStringList numbers(const QJsonObject &call)
{
    QStringList list;
    for (const QJsonValue &v : call.value("participants"_L1).toArray())
        list << v.toObject().value("phoneNumber"_L1).toString();
    list.sort();
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// super1 makes no calls of its own in these tests: every call it has is a monitoring leg,
// which carries no undocumented `monitoring` flag.
bool isMonitoringLeg(const QJsonObject &event, const QString &state)
{
    const QJsonObject call = event.value("data"_L1)["call"_L1].toObject();
    return !call.contains("monitoring"_L1) && call.value("state"_L1) == state;
}

} // namespace

class tst_SimSupervisor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void teamForbiddenForAgents_data();
    void teamForbiddenForAgents();
    void users();
    void devices();
    void monitoringOnDevice();
    void monitorRefused_data();
    void monitorRefused();
    void listenInConferenceBargeInCancel();
    void visibility_data();
    void visibility();
    void callInProgress_data();
    void callInProgress();
    void agentHangsUp();
    void scope_data();
    void scope();
    void supervisorHangsUp();
    void supervisorRemovesParticipant();
    void completeConferenceFollowed();
    void monitoredUserMuted();
    void supervisorLogsOut();

private:
    // An outside caller rings agent1, who answers; returns agent1's leg id.
    QString answeredCall(const QString &from = u"+15551230001"_s);
    HttpResult monitor(const QString &operation, const QJsonObject &extra = {});
    // super1's next monitoring leg in `state` from event index `from` on.
    QJsonObject superLeg(const QString &state, int from);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent1;
    std::unique_ptr<GwsTestClient> m_agent2;
    std::unique_ptr<GwsTestClient> m_super;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimSupervisor::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(50);
    QVERIFY(m_sim->listen());
    m_agent1 = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_agent2 = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    m_super = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"super1"_s, u"super1"_s);
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    for (GwsTestClient *c : {m_agent1.get(), m_agent2.get(), m_super.get()}) {
        QVERIFY(c->login());
        QVERIFY(c->startNotifications());
    }
}

void tst_SimSupervisor::cleanup()
{
    m_agent1.reset();
    m_agent2.reset();
    m_super.reset();
    m_control.reset();
    m_sim.reset();
}

QString tst_SimSupervisor::answeredCall(const QString &from)
{
    const HttpResult r =
        m_control->post(u"/sim/calls"_s, QJsonObject{{u"from"_s, from}, {u"to"_s, u"5001"_s}});
    const QString leg = r.json.value("legId"_L1).toString();
    if (m_agent1->operate(leg, u"Answer"_s).status != 200)
        qWarning("Answer failed");
    return leg;
}

HttpResult tst_SimSupervisor::monitor(const QString &operation, const QJsonObject &extra)
{
    QJsonObject body = extra;
    if (!body.contains("targetDeviceUri"_L1))
        body.insert(u"targetDeviceUri"_s, m_super->deviceUri(m_agent1->deviceId()));
    return m_super->deviceOperation(operation, body);
}

QJsonObject tst_SimSupervisor::superLeg(const QString &state, int from)
{
    return m_super
        ->waitForEvent([&](const QJsonObject &e) { return isMonitoringLeg(e, state); }, 5000, from)
        .value("data"_L1)["call"_L1]
        .toObject();
}

void tst_SimSupervisor::teamForbiddenForAgents_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("supervisorMayRead"); // without the admin role
    QTest::newRow("users") << u"/api/v2/users"_s << true;
    QTest::newRow("user") << u"/api/v2/users/{agent2}"_s << true;
    QTest::newRow("user devices") << u"/api/v2/users/{agent2}/devices"_s << false;
    QTest::newRow("devices") << u"/api/v2/devices?fields=*"_s << false;
    QTest::newRow("device") << u"/api/v2/devices/{device2}"_s << false;
}

void tst_SimSupervisor::teamForbiddenForAgents()
{
    QFETCH(QString, path);
    QFETCH(bool, supervisorMayRead);
    path.replace(u"{agent2}"_s, m_agent2->userId()).replace(u"{device2}"_s, m_agent2->deviceId());
    const HttpResult r = m_agent1->get(path);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.statusCode(), 5);
    QCOMPARE(m_super->get(path).status, 200); // super1 has ROLE_ADMIN
    // "List Devices": the device lists are the admin's; a supervisor without it is refused
    // them. The users it may read (the docs are silent; see tst_sim_users for the switch).
    GwsTestClient super2(m_sim->baseUrl(), u"super2"_s, u"super2"_s);
    const HttpResult asSupervisor = super2.get(path);
    QCOMPARE(asSupervisor.status, supervisorMayRead ? 200 : 403);
    QCOMPARE(asSupervisor.statusCode(), supervisorMayRead ? 0 : 5);
}

void tst_SimSupervisor::users()
{
    const HttpResult r = m_super->get(u"/api/v2/users?fields=*"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.statusCode(), 0);
    const QJsonArray users = r.json.value("users"_L1).toArray();
    QCOMPARE(users.size(), 4);
    QStringList names;
    for (const QJsonValue &v : users) {
        const QJsonObject u = v.toObject();
        names << u.value("userName"_L1).toString();
        for (const char *field : {"id", "firstName", "lastName"})
            QVERIFY2(!u.value(QLatin1String(field)).toString().isEmpty(), field);
        QVERIFY(!u.value("roles"_L1).toArray().isEmpty());
    }
    QCOMPARE(names, QStringList({u"agent1"_s, u"agent2"_s, u"super1"_s, u"super2"_s}));
    QCOMPARE(users.at(0)["id"_L1].toString(), m_agent1->userId());
    const HttpResult one = m_super->get(u"/api/v2/users/"_s + m_agent1->userId());
    QCOMPARE(one.json.value("user"_L1)["userName"_L1].toString(), u"agent1"_s);
    QCOMPARE(m_super->get(u"/api/v2/users/nobody"_s).statusCode(), 6);
    QCOMPARE(m_super->get(u"/api/v2/users/nobody/devices"_s).status, 404);
}

void tst_SimSupervisor::devices()
{
    const QString path = u"/api/v2/users/"_s + m_agent1->userId() + u"/devices?fields=*"_s;
    QJsonObject device = m_super->get(path).json.value("devices"_L1)[0].toObject();
    QCOMPARE(device.value("id"_L1).toString(), m_agent1->deviceId());
    QCOMPARE(device.value("userState"_L1)["state"_L1].toString(), u"Ready"_s);
    answeredCall();
    device = m_super->get(path).json.value("devices"_L1)[0].toObject();
    QVERIFY(!device.contains("activeCalls"_L1)); // no undocumented extension any more

    const QJsonArray all = m_super->get(u"/api/v2/devices?fields=*"_s).json["devices"_L1].toArray();
    QCOMPARE(all.size(), 4);
    const HttpResult one = m_super->get(u"/api/v2/devices/"_s + m_agent2->deviceId());
    QCOMPARE(one.json.value("device"_L1)["phoneNumber"_L1].toString(), u"5002"_s);
    QCOMPARE(m_super->get(u"/api/v2/devices/nope"_s).status, 404);
}

void tst_SimSupervisor::monitoringOnDevice()
{
    QJsonObject device =
        m_super->get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject();
    QStringList caps = strings(device.value("capabilities"_L1));
    for (const QString &op : {u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s})
        QVERIFY(caps.contains(op));
    // Device operations only (gws-samples/device-state-notready.json): no agent state.
    QCOMPARE(caps, QStringList({u"DoNotDisturbOn"_s, u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s}));
    QVERIFY(!device.contains("supervisorMonitoringState"_L1));

    int from = m_super->mark();
    QCOMPARE(monitor(u"ListenIn"_s).json, QJsonObject({{u"statusCode"_s, 0}}));
    device = m_super->waitForDevice(
        [](const QJsonObject &d) { return d.contains("supervisorMonitoringState"_L1); }, from);
    QVERIFY(!device.isEmpty());
    // gws-samples/device-monitoring-listenin.json; no undocumented `monitoring` object.
    QCOMPARE(device.value("supervisorMonitoringState"_L1).toObject(),
             QJsonObject({{u"state"_s, u"ListenIn"_s},
                          {u"mode"_s, u"AllCalls"_s},
                          {u"scope"_s, u"Call"_s},
                          {u"targetDeviceUri"_s, m_super->deviceUri(m_agent1->deviceId())}}));
    QVERIFY(!device.contains("monitoring"_L1));
    QCOMPARE(strings(device.value("capabilities"_L1)),
             QStringList({u"DoNotDisturbOn"_s, u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s,
                          u"CancelSupervisorMonitoring"_s}));

    // A new request replaces the monitoring and keeps what was not given.
    from = m_super->mark();
    QCOMPARE(m_super->deviceOperation(u"Coach"_s, {{u"supervisorMonitoringMode"_s, u"NextCall"_s}})
                 .status,
             200);
    device = m_super->waitForDevice([](const QJsonObject &) { return true; }, from);
    QVERIFY(!device.isEmpty());
    const QJsonObject state = device.value("supervisorMonitoringState"_L1).toObject();
    QCOMPARE(state.value("state"_L1).toString(), u"Coach"_s);
    QCOMPARE(state.value("mode"_L1).toString(), u"NextCall"_s);
    QCOMPARE(state.value("scope"_L1).toString(), u"Call"_s);

    from = m_super->mark();
    QCOMPARE(m_super->deviceOperation(u"CancelSupervisorMonitoring"_s).status, 200);
    device = m_super->waitForDevice([](const QJsonObject &) { return true; }, from);
    QVERIFY(!device.isEmpty());
    QVERIFY(!device.contains("supervisorMonitoringState"_L1));
    caps = strings(device.value("capabilities"_L1));
    QVERIFY(!caps.contains(u"CancelSupervisorMonitoring"_s));
    QVERIFY(caps.contains(u"ListenIn"_s));
}

void tst_SimSupervisor::monitorRefused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("target"); // agent1, self, nope, or empty for none
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<bool>("otherDevice");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("agent") << u"agent2"_s << u"ListenIn"_s << u"agent1"_s << QJsonObject() << false
                           << 403 << 5;
    QTest::newRow("no target") << u"super1"_s << u"ListenIn"_s << QString() << QJsonObject()
                               << false << 400 << 1;
    QTest::newRow("unknown target")
        << u"super1"_s << u"Coach"_s << u"nope"_s << QJsonObject() << false << 400 << 6;
    QTest::newRow("self") << u"super1"_s << u"BargeIn"_s << u"self"_s << QJsonObject() << false
                          << 400 << 2;
    QTest::newRow("bad scope") << u"super1"_s << u"ListenIn"_s << u"agent1"_s
                               << QJsonObject{{u"supervisorMonitoringScope"_s, u"Team"_s}} << false
                               << 400 << 10;
    QTest::newRow("bad mode") << u"super1"_s << u"ListenIn"_s << u"agent1"_s
                              << QJsonObject{{u"supervisorMonitoringMode"_s, u"Some"_s}} << false
                              << 400 << 10;
    QTest::newRow("cancel idle") << u"super1"_s << u"CancelSupervisorMonitoring"_s << QString()
                                 << QJsonObject() << false << 400 << 2;
    QTest::newRow("unknown operation")
        << u"super1"_s << u"Spy"_s << u"agent1"_s << QJsonObject() << false << 400 << 10;
    QTest::newRow("no operation") << u"super1"_s << QString() << u"agent1"_s << QJsonObject()
                                  << false << 400 << 1;
    QTest::newRow("other device") << u"super1"_s << u"ListenIn"_s << u"agent1"_s << QJsonObject()
                                  << true << 404 << 6;
}

void tst_SimSupervisor::monitorRefused()
{
    QFETCH(QString, user);
    QFETCH(QString, operation);
    QFETCH(QString, target);
    QFETCH(QJsonObject, extra);
    QFETCH(bool, otherDevice);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    GwsTestClient *client = user == "super1"_L1 ? m_super.get() : m_agent2.get();
    QJsonObject body = extra;
    if (!operation.isEmpty())
        body.insert(u"operationName"_s, operation);
    const QString id = target == "agent1"_L1 ? m_agent1->deviceId()
                       : target == "self"_L1 ? client->deviceId()
                                             : target;
    if (!target.isEmpty())
        body.insert(u"targetDeviceUri"_s, client->deviceUri(id));
    const QString device = otherDevice ? m_agent1->deviceId() : client->deviceId();
    const HttpResult r = client->post(u"/api/v2/me/devices/"_s + device, body);
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
    QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
}

void tst_SimSupervisor::listenInConferenceBargeInCancel()
{
    // The scenario of issue 4: listen in, the agent conferences, barge in, cancel.
    QCOMPARE(monitor(u"ListenIn"_s).status, 200);
    int from = m_super->mark();
    const QString leg = answeredCall(u"+15551230001"_s);
    const QJsonObject watched = superLeg(u"Established"_s, from);
    QCOMPARE(numbers(watched), sorted({u"+15551230001"_s, u"5001"_s}));
    // gws-samples/call-supervisor-switched-to-listenin.json: an ordinary leg's operations
    // but its own mute, RemoveParticipantFromConference, SwitchToBargeIn.
    QCOMPARE(sorted(strings(watched.value("capabilities"_L1))),
             sorted({u"AttachUserData"_s, u"InitiateConference"_s, u"UpdateUserData"_s, u"Hold"_s,
                     u"SingleStepTransfer"_s, u"DeleteUserData"_s, u"SingleStepConference"_s,
                     u"Hangup"_s, u"DeleteUserDataPair"_s, u"SendDtmf"_s, u"InitiateTransfer"_s,
                     u"SwitchToBargeIn"_s, u"RemoveParticipantFromConference"_s}));
    QCOMPARE(watched.value("callUuid"_L1), m_agent1->call(leg).value("callUuid"_L1));
    QCOMPARE(m_super->calls().size(), 1);
    const QString superLegId = watched.value("id"_L1).toString();
    // Listening in is silent: the agent's parties do not change, the flag does.
    QJsonObject agentCall = m_agent1->call(leg);
    QVERIFY(agentCall.value("supervisorListeningIn"_L1).toBool());
    QCOMPARE(numbers(agentCall), QStringList{u"+15551230001"_s});

    from = m_super->mark();
    QCOMPARE(m_agent1
                 ->operate(leg, u"SingleStepConference"_s,
                           {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"+15559990000"_s}}}})
                 .status,
             200);
    // The first update the supervisor gets already has the whole new list.
    const QJsonObject three =
        m_super->waitForNotification(superLegId, u"ParticipantsUpdated"_s, from);
    QVERIFY(!three.isEmpty());
    QCOMPARE(numbers(three), sorted({u"+15551230001"_s, u"5001"_s, u"+15559990000"_s}));
    QVERIFY(strings(m_super->call(superLegId).value("capabilities"_L1))
                .contains(u"RemoveParticipantFromConference"_s));

    // Barging in during the call is a call operation on the supervisor's leg.
    int agentFrom = m_agent1->mark();
    QCOMPARE(m_super->operate(superLegId, u"SwitchToBargeIn"_s).statusCode(), 0);
    agentCall = m_agent1->waitForNotification(leg, u"ParticipantsUpdated"_s, agentFrom);
    QVERIFY(!agentCall.isEmpty());
    QCOMPARE(numbers(agentCall), sorted({u"+15551230001"_s, u"+15559990000"_s, u"5100"_s}));
    QVERIFY(!m_agent1->call(leg).value("supervisorListeningIn"_L1).toBool());
    QCOMPARE(m_super->calls().size(), 1); // the same leg, now heard

    from = m_super->mark();
    agentFrom = m_agent1->mark();
    QCOMPARE(m_super->deviceOperation(u"CancelSupervisorMonitoring"_s).status, 200);
    QCOMPARE(m_super->waitForCall(superLegId, u"Released"_s, 5000, from).value("id"_L1).toString(),
             superLegId);
    agentCall = m_agent1->waitForNotification(leg, u"ParticipantsUpdated"_s, agentFrom);
    QVERIFY(!agentCall.isEmpty());
    QCOMPARE(numbers(agentCall), sorted({u"+15551230001"_s, u"+15559990000"_s}));
    QCOMPARE(m_agent1->call(leg).value("state"_L1).toString(), u"Established"_s);
    QVERIFY(m_super->calls().isEmpty());
}

void tst_SimSupervisor::visibility_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("agent1Sees");
    QTest::addColumn<bool>("agent2Sees");
    QTest::addColumn<bool>("listenedIn");
    QTest::newRow("ListenIn") << u"ListenIn"_s << false << false << true;
    QTest::newRow("Coach") << u"Coach"_s << true << false << true;
    QTest::newRow("BargeIn") << u"BargeIn"_s << true << true << false;
}

void tst_SimSupervisor::visibility()
{
    QFETCH(QString, operation);
    QFETCH(bool, agent1Sees);
    QFETCH(bool, agent2Sees);
    QFETCH(bool, listenedIn);
    // An internal call: agent2 calls agent1, whom super1 monitors.
    QCOMPARE(m_agent2->dial(u"5001"_s).status, 200);
    const QString leg1 = m_agent1->waitForAnyCall(u"Ringing"_s).value("id"_L1).toString();
    QVERIFY(!leg1.isEmpty());
    QCOMPARE(m_agent1->operate(leg1, u"Answer"_s).status, 200);
    const int from = m_super->mark();
    QCOMPARE(monitor(operation).status, 200);
    const QJsonObject watched = superLeg(u"Established"_s, from);
    QCOMPARE(numbers(watched), sorted({u"5001"_s, u"5002"_s}));

    const QJsonObject call1 = m_agent1->calls().at(0).toObject();
    const QJsonObject call2 = m_agent2->calls().at(0).toObject();
    QCOMPARE(numbers(call1).contains(u"5100"_s), agent1Sees);
    QCOMPARE(numbers(call2).contains(u"5100"_s), agent2Sees);
    QCOMPARE(call1.value("supervisorListeningIn"_L1).toBool(), listenedIn);
    QVERIFY(!call2.value("supervisorListeningIn"_L1).toBool()); // agent2 is not monitored
    QVERIFY(!call1.contains("monitoring"_L1));
    // The server's view names the supervisor and how it takes part.
    const HttpResult view = m_control->get(u"/sim/calls/"_s + leg1);
    QString monitorOp;
    for (const QJsonValue &p : view.json.value("parties"_L1).toArray())
        if (p["kind"_L1] == "Monitor"_L1)
            monitorOp = p["monitorOperation"_L1].toString();
    QCOMPARE(monitorOp, operation);
}

void tst_SimSupervisor::callInProgress_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("AllCalls") << u"AllCalls"_s;
    QTest::newRow("NextCall") << u"NextCall"_s;
}

void tst_SimSupervisor::callInProgress()
{
    QFETCH(QString, mode);
    const bool next = mode == "NextCall"_L1;
    const QString first = answeredCall(u"+15551230001"_s);
    int from = m_super->mark();
    QCOMPARE(monitor(u"ListenIn"_s, {{u"supervisorMonitoringMode"_s, mode}}).status, 200);
    QVERIFY(
        !m_super
             ->waitForDevice(
                 [](const QJsonObject &d) { return d.contains("supervisorMonitoringState"_L1); },
                 from)
             .isEmpty());
    // AllCalls joins the call in progress at once; NextCall waits for the next one.
    QCOMPARE(m_super->calls().size(), next ? 0 : 1);

    from = m_super->mark();
    const QString second = answeredCall(u"+15551230002"_s);
    const QJsonObject watched = superLeg(u"Established"_s, from);
    QVERIFY(numbers(watched).contains(u"+15551230002"_s));
    QCOMPARE(m_super->calls().size(), next ? 1 : 2);

    // NextCall monitoring ends with that call; AllCalls goes on.
    from = m_super->mark();
    QCOMPARE(m_agent1->operate(second, u"Hangup"_s).status, 200);
    QVERIFY(!m_super->waitForCall(watched.value("id"_L1).toString(), u"Released"_s, 5000, from)
                 .isEmpty());
    const QJsonObject device =
        m_super->get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject();
    QCOMPARE(device.contains("supervisorMonitoringState"_L1), !next);
    if (next) {
        QVERIFY(!m_super
                     ->waitForDevice(
                         [](const QJsonObject &d) {
                             return !d.contains("supervisorMonitoringState"_L1);
                         },
                         from)
                     .isEmpty());
    }
    QCOMPARE(m_agent1->operate(first, u"Hangup"_s).status, 200);
    QTRY_VERIFY(m_super->calls().isEmpty());
}

void tst_SimSupervisor::agentHangsUp()
{
    m_sim->setWrapUpTime(60000);
    QCOMPARE(monitor(u"Coach"_s).status, 200);
    int from = m_super->mark();
    const QString leg = answeredCall();
    const QString superLegId = superLeg(u"Established"_s, from).value("id"_L1).toString();
    from = m_super->mark();
    const int agentFrom = m_agent1->mark();
    QCOMPARE(m_agent1->operate(leg, u"Hangup"_s).status, 200);
    QCOMPARE(m_super->waitForCall(superLegId, u"Released"_s, 5000, from).value("id"_L1).toString(),
             superLegId);
    // Wrap-up is for the agent who had the call, not for the supervisor who listened.
    QVERIFY(!m_agent1
                 ->waitForDevice(
                     [](const QJsonObject &d) {
                         return d["userState"_L1]["workMode"_L1] == "AfterCallWork"_L1;
                     },
                     agentFrom)
                 .isEmpty());
    QCOMPARE(m_super->get(u"/api/v2/me/devices?fields=*"_s)
                 .json["devices"_L1][0]["userState"_L1]["state"_L1]
                 .toString(),
             u"Ready"_s);
}

void tst_SimSupervisor::scope_data()
{
    QTest::addColumn<QString>("scope");
    QTest::newRow("Agent") << u"Agent"_s;
    QTest::newRow("Call") << u"Call"_s;
}

void tst_SimSupervisor::scope()
{
    QFETCH(QString, scope);
    QCOMPARE(monitor(u"ListenIn"_s, {{u"supervisorMonitoringScope"_s, scope}}).status, 200);
    int from = m_super->mark();
    const QString leg = answeredCall(u"+15551230001"_s);
    const QString superLegId = superLeg(u"Established"_s, from).value("id"_L1).toString();
    from = m_super->mark();
    QCOMPARE(m_agent1
                 ->operate(leg, u"SingleStepTransfer"_s,
                           {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"5002"_s}}}})
                 .status,
             200);
    if (scope == "Agent"_L1) {
        // The supervisor leaves with the agent.
        QVERIFY(!m_super->waitForCall(superLegId, u"Released"_s, 5000, from).isEmpty());
        QVERIFY(m_super->calls().isEmpty());
        return;
    }
    // Scope Call: the supervisor stays on the call, which goes on with agent2.
    const QJsonObject update =
        m_super->waitForNotification(superLegId, u"ParticipantsUpdated"_s, from);
    QVERIFY(!update.isEmpty());
    QCOMPARE(numbers(update), sorted({u"+15551230001"_s, u"5002"_s}));
    const QString leg2 = m_agent2->waitForAnyCall(u"Ringing"_s).value("id"_L1).toString();
    QVERIFY(!leg2.isEmpty());
    QCOMPARE(m_agent2->operate(leg2, u"Answer"_s).status, 200);
    from = m_super->mark();
    QCOMPARE(m_agent2->operate(leg2, u"Hangup"_s).status, 200);
    QVERIFY(!m_super->waitForCall(superLegId, u"Released"_s, 5000, from).isEmpty());
}

void tst_SimSupervisor::supervisorHangsUp()
{
    QCOMPARE(monitor(u"ListenIn"_s).status, 200);
    int from = m_super->mark();
    const QString leg = answeredCall(u"+15551230001"_s);
    const QString superLegId = superLeg(u"Established"_s, from).value("id"_L1).toString();
    // Its own mute is the mode's (On while listening in): not offered, refused.
    for (const QString &op : {u"MuteCall"_s, u"UnmuteCall"_s, u"Answer"_s})
        QCOMPARE(m_super->operate(superLegId, op).statusCode(), 2);
    // What the leg offers (as the documented samples do) is carried out: hold and retrieve,
    // DTMF from the supervisor's number.
    from = m_super->mark();
    QCOMPARE(m_super->operate(superLegId, u"Hold"_s).statusCode(), 0);
    QVERIFY(!m_super->waitForCall(superLegId, u"Held"_s, 5000, from).isEmpty());
    QCOMPARE(m_super->operate(superLegId, u"SwitchToBargeIn"_s).statusCode(), 2); // held
    QCOMPARE(m_super->operate(superLegId, u"Retrieve"_s).statusCode(), 0);
    QCOMPARE(m_super->operate(superLegId, u"SendDtmf"_s, {{u"digits"_s, u"12"_s}}).statusCode(), 0);
    const QJsonObject view = m_control->get(u"/sim/calls/"_s + leg).json;
    QCOMPARE(view.value("dtmfEvents"_L1)[0]["phoneNumber"_L1].toString(), u"5100"_s);
    QCOMPARE(m_super->call(superLegId).value("state"_L1).toString(), u"Established"_s);
    from = m_super->mark();
    QCOMPARE(m_super->operate(superLegId, u"Hangup"_s).status, 200);
    QVERIFY(!m_super->waitForCall(superLegId, u"Released"_s, 5000, from).isEmpty());
    QCOMPARE(m_agent1->call(leg).value("state"_L1).toString(), u"Established"_s);
    QVERIFY(!m_agent1->call(leg).value("supervisorListeningIn"_L1).toBool());
    QVERIFY(m_super->calls().isEmpty()); // not brought back into the call it left
    // Monitoring goes on: the agent's next call is joined.
    from = m_super->mark();
    answeredCall(u"+15551230002"_s);
    QVERIFY(numbers(superLeg(u"Established"_s, from)).contains(u"+15551230002"_s));
    QCOMPARE(m_super->calls().size(), 1);
}

void tst_SimSupervisor::supervisorRemovesParticipant()
{
    QCOMPARE(monitor(u"ListenIn"_s).status, 200);
    int from = m_super->mark();
    const QString leg = answeredCall(u"+15551230001"_s);
    const QString superLegId = superLeg(u"Established"_s, from).value("id"_L1).toString();
    QCOMPARE(m_super
                 ->operate(superLegId, u"RemoveParticipantFromConference"_s,
                           {{u"participant"_s, u"5100"_s}})
                 .statusCode(),
             10); // not itself: it is nobody's participant
    QCOMPARE(m_agent1
                 ->operate(leg, u"SingleStepConference"_s,
                           {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"+15559990000"_s}}}})
                 .status,
             200);
    QTRY_VERIFY(numbers(m_agent1->call(leg)).contains(u"+15559990000"_s));
    const int agentFrom = m_agent1->mark();
    QCOMPARE(m_super
                 ->operate(superLegId, u"RemoveParticipantFromConference"_s,
                           {{u"participant"_s, u"+15559990000"_s}})
                 .status,
             200);
    const QJsonObject update =
        m_agent1->waitForNotification(leg, u"ParticipantsUpdated"_s, agentFrom);
    QVERIFY(!update.isEmpty());
    QCOMPARE(numbers(update), QStringList{u"+15551230001"_s});
    // Offered on two parties too, as in the documented sample: the caller removed, the
    // agent is left alone and the call ends.
    const int endFrom = m_agent1->mark();
    QCOMPARE(m_super
                 ->operate(superLegId, u"RemoveParticipantFromConference"_s,
                           {{u"participant"_s, u"+15551230001"_s}})
                 .statusCode(),
             0);
    QVERIFY(!m_agent1->waitForCall(leg, u"Released"_s, 5000, endFrom).isEmpty());
}

void tst_SimSupervisor::completeConferenceFollowed()
{
    QCOMPARE(monitor(u"ListenIn"_s).status, 200);
    int from = m_super->mark();
    const QString leg = answeredCall(u"+15551230001"_s);
    const QString superLegId = superLeg(u"Established"_s, from).value("id"_L1).toString();
    QCOMPARE(m_agent1
                 ->operate(leg, u"InitiateConference"_s,
                           {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"5002"_s}}}})
                 .status,
             200);
    const QString leg2 = m_agent2->waitForAnyCall(u"Ringing"_s).value("id"_L1).toString();
    QVERIFY(!leg2.isEmpty());
    from = m_super->mark();
    QCOMPARE(m_agent2->operate(leg2, u"Answer"_s).status, 200);
    // AllCalls: the consultation is a call of the agent as well.
    const QJsonObject consult = superLeg(u"Established"_s, from);
    QCOMPARE(numbers(consult), sorted({u"5001"_s, u"5002"_s}));
    QCOMPARE(m_super->calls().size(), 2);

    from = m_super->mark();
    QCOMPARE(m_agent1->operate(leg, u"CompleteConference"_s).status, 200);
    const QJsonObject joined =
        m_super->waitForNotification(superLegId, u"ParticipantsUpdated"_s, from);
    QVERIFY(!joined.isEmpty());
    QCOMPARE(numbers(joined), sorted({u"+15551230001"_s, u"5001"_s, u"5002"_s}));
    QVERIFY(!m_super->waitForCall(consult.value("id"_L1).toString(), u"Released"_s, 5000, from)
                 .isEmpty());
    QCOMPARE(m_super->calls().size(), 1);
}

void tst_SimSupervisor::monitoredUserMuted()
{
    QCOMPARE(monitor(u"ListenIn"_s).status, 200);
    int from = m_super->mark();
    const QString leg = answeredCall();
    const QString superLegId = superLeg(u"Established"_s, from).value("id"_L1).toString();
    from = m_super->mark();
    QCOMPARE(m_agent1->operate(leg, u"MuteCall"_s).status, 200);
    const QJsonObject muted =
        m_super->waitForNotification(superLegId, u"MonitoredUserMutedStateChange"_s, from);
    QVERIFY(!muted.isEmpty());
    QVERIFY(muted.value("monitoredUserMuted"_L1).toBool());
    // The supervisor's own leg: muted while listening in (as after SwitchToListenIn).
    QCOMPARE(muted.value("mute"_L1).toString(), u"On"_s);
    // Listed in no documented capabilities, so not offered; accepted all the same.
    QVERIFY(!strings(muted.value("capabilities"_L1)).contains(u"UnmuteMonitoredUser"_s));
    QCOMPARE(m_super->operate(superLegId, u"UnmuteMonitoredUser"_s).statusCode(), 0);
    QTRY_COMPARE(m_agent1->call(leg).value("mute"_L1).toString(), u"Off"_s);
}

void tst_SimSupervisor::supervisorLogsOut()
{
    QCOMPARE(monitor(u"BargeIn"_s).status, 200);
    int from = m_super->mark();
    const QString leg = answeredCall();
    const QString superLegId = superLeg(u"Established"_s, from).value("id"_L1).toString();
    from = m_super->mark();
    QCOMPARE(
        m_super
            ->post(u"/api/v2/me"_s, QJsonObject{{u"operationName"_s, u"EndContactCenterSession"_s}})
            .status,
        200);
    QVERIFY(!m_super->waitForCall(superLegId, u"Released"_s, 5000, from).isEmpty());
    QCOMPARE(numbers(m_agent1->call(leg)), QStringList{u"+15551230001"_s});
    QVERIFY(!m_super->get(u"/api/v2/me/devices?fields=*"_s)
                 .json["devices"_L1][0]
                 .toObject()
                 .contains("supervisorMonitoringState"_L1));
}

QTEST_MAIN(tst_SimSupervisor)
#include "tst_sim_supervisor.moc"
