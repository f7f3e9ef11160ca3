// A supervisor's monitoring leg as the documented call operations change it:
// "SwitchToListenIn", "SwitchToBargeIn", "MuteMonitoredUser", "UnmuteMonitoredUser", and
// monitoring an agent by phoneNumber (the later ListenIn/Coach pages).
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
    list.sort();
    return list;
}

// The supervisor's leg on a call of two parties, as the documented samples show it: an
// ordinary leg's operations but its own mute, RemoveParticipantFromConference, and `switches`.
QStringList legOffer(const QStringList &switches)
{
    QStringList ops = QStringList{u"AttachUserData"_s, u"DeleteUserData"_s, u"DeleteUserDataPair"_s,
                                  u"Hangup"_s, u"Hold"_s, u"InitiateConference"_s,
                                  u"InitiateTransfer"_s, u"RemoveParticipantFromConference"_s,
                                  u"SendDtmf"_s, u"SingleStepConference"_s,
                                  u"SingleStepTransfer"_s, u"UpdateUserData"_s} +
                      switches;
    ops.sort();
    return ops;
}

QStringList numbers(const QJsonObject &call)
{
    QStringList list;
    for (const QJsonValue &v : call.value("participants"_L1).toArray())
        list << v.toObject().value("phoneNumber"_L1).toString();
    list.sort();
    return list;
}

} // namespace

class tst_SimMonitorModes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void switchCapabilities_data();
    void switchCapabilities();
    void coachToListenInNeverBack();
    void bargeInToListenIn();
    void muteMonitoredUser();
    void muteOfferedByExtension();
    void monitorInParticipantsOff_data();
    void monitorInParticipantsOff();
    void listeningInClearedOnAgentsLeg_data();
    void listeningInClearedOnAgentsLeg();
    void oneSupervisorPerDevice();
    void monitorByPhoneNumber();
    void monitorByUnknownPhoneNumber();

private:
    // super1 monitors agent1 with `operation`; agent1 answers an outside call. Returns the
    // supervisor's leg (empty on failure); `agentLeg` gets agent1's.
    QJsonObject monitoredCall(const QString &operation, QString *agentLeg);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent1;
    std::unique_ptr<GwsTestClient> m_super;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimMonitorModes::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listen());
    m_agent1 = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    // super2 has no admin role: monitoring needs ROLE_SUPERVISOR only.
    m_super = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"super2"_s, u"super2"_s);
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    for (GwsTestClient *c : {m_agent1.get(), m_super.get()}) {
        QVERIFY(c->login());
        QVERIFY(c->startNotifications());
    }
}

void tst_SimMonitorModes::cleanup()
{
    m_agent1.reset();
    m_super.reset();
    m_control.reset();
    m_sim.reset();
}

QJsonObject tst_SimMonitorModes::monitoredCall(const QString &operation, QString *agentLeg)
{
    const HttpResult m = m_super->deviceOperation(
        operation, {{u"targetDeviceUri"_s, m_super->deviceUri(m_agent1->deviceId())}});
    if (m.statusCode() != 0)
        return {};
    const int from = m_super->mark();
    const HttpResult r = m_control->post(
        u"/sim/calls"_s, QJsonObject{{u"from"_s, u"+15551230001"_s}, {u"to"_s, u"5001"_s}});
    *agentLeg = r.json.value("legId"_L1).toString();
    if (m_agent1->operate(*agentLeg, u"Answer"_s).statusCode() != 0)
        return {};
    return m_super
        ->waitForEvent(
            [](const QJsonObject &e) {
                return e["data"_L1]["call"_L1]["state"_L1] == "Established"_L1;
            },
            5000, from)
        .value("data"_L1)["call"_L1]
        .toObject();
}

void tst_SimMonitorModes::switchCapabilities_data()
{
    // Offered exactly when valid: from Coach both, from ListenIn only on to BargeIn, from
    // BargeIn only back to ListenIn.
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("mute");
    QTest::newRow("ListenIn") << u"ListenIn"_s << legOffer({u"SwitchToBargeIn"_s}) << u"On"_s;
    QTest::newRow("Coach") << u"Coach"_s
                           << legOffer({u"SwitchToBargeIn"_s, u"SwitchToListenIn"_s}) << u"Off"_s;
    QTest::newRow("BargeIn") << u"BargeIn"_s << legOffer({u"SwitchToListenIn"_s}) << u"Off"_s;
}

void tst_SimMonitorModes::switchCapabilities()
{
    QFETCH(QString, operation);
    QFETCH(QStringList, expected);
    QFETCH(QString, mute);
    QString agentLeg;
    const QJsonObject leg = monitoredCall(operation, &agentLeg);
    QVERIFY(!leg.isEmpty());
    QCOMPARE(strings(leg.value("capabilities"_L1)), expected);
    QCOMPARE(leg.value("mute"_L1).toString(), mute);
    QVERIFY(!leg.contains("monitoring"_L1));
    // The supervisor's own leg: not listened in on; the agent is not muted.
    QCOMPARE(leg.value("supervisorListeningIn"_L1), QJsonValue(false));
    QCOMPARE(leg.value("monitoredUserMuted"_L1), QJsonValue(false));
    // The agent's: "supervisorListeningIn": true while listened to or coached (Call
    // Resource 8.5.2 sample); a barging supervisor is a participant instead.
    QCOMPARE(m_agent1->call(agentLeg).value("supervisorListeningIn"_L1),
             QJsonValue(operation != "BargeIn"_L1));
    // What is not offered is refused.
    const QString legId = leg.value("id"_L1).toString();
    for (const QString &op : {u"SwitchToListenIn"_s, u"SwitchToBargeIn"_s})
        if (!expected.contains(op))
            QCOMPARE(m_super->operate(legId, op).statusCode(), 2);
}

void tst_SimMonitorModes::coachToListenInNeverBack()
{
    QString agentLeg;
    const QJsonObject leg = monitoredCall(u"Coach"_s, &agentLeg);
    QVERIFY(!leg.isEmpty());
    const QString legId = leg.value("id"_L1).toString();
    QCOMPARE(numbers(m_agent1->call(agentLeg)), QStringList({u"+15551230001"_s, u"5101"_s}));
    int from = m_super->mark();
    QCOMPARE(m_super->operate(legId, u"SwitchToListenIn"_s).statusCode(), 0);
    // gws-samples/call-supervisor-switched-to-listenin.json: muted, SwitchToBargeIn offered.
    const QJsonObject switched = m_super->waitForNotification(legId, u"StatusChange"_s, from);
    QVERIFY(!switched.isEmpty());
    QCOMPARE(switched.value("mute"_L1).toString(), u"On"_s);
    QVERIFY(strings(switched.value("capabilities"_L1)).contains(u"SwitchToBargeIn"_s));
    QVERIFY(!strings(switched.value("capabilities"_L1)).contains(u"SwitchToListenIn"_s));
    QTRY_COMPARE(numbers(m_agent1->call(agentLeg)), QStringList{u"+15551230001"_s});
    QVERIFY(m_agent1->call(agentLeg).value("supervisorListeningIn"_L1).toBool());
    // "cannot switch back to Coach": no such call operation exists, nor is Coach a call one.
    for (const QString &op : {u"SwitchToCoach"_s, u"Coach"_s}) {
        const HttpResult r = m_super->operate(legId, op);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.statusCode(), 10);
    }
    QCOMPARE(m_super->operate(legId, u"SwitchToListenIn"_s).statusCode(), 2); // already
    // Only on to BargeIn: the supervisor becomes a participant for everyone.
    from = m_agent1->mark();
    QCOMPARE(m_super->operate(legId, u"SwitchToBargeIn"_s).statusCode(), 0);
    const QJsonObject heard =
        m_agent1->waitForNotification(agentLeg, u"ParticipantsUpdated"_s, from);
    QVERIFY(!heard.isEmpty());
    QCOMPARE(numbers(heard), QStringList({u"+15551230001"_s, u"5101"_s}));
    QCOMPARE(m_super->call(legId).value("mute"_L1).toString(), u"Off"_s);
    QVERIFY(!m_agent1->call(agentLeg).value("supervisorListeningIn"_L1).toBool());
}

void tst_SimMonitorModes::bargeInToListenIn()
{
    QString agentLeg;
    const QJsonObject leg = monitoredCall(u"BargeIn"_s, &agentLeg);
    QVERIFY(!leg.isEmpty());
    const QString legId = leg.value("id"_L1).toString();
    // The agent hears the barging supervisor first (that event may still be on its way).
    const QJsonObject joined = m_agent1->waitForEvent([&](const QJsonObject &e) {
        const QJsonObject call = e.value("data"_L1)["call"_L1].toObject();
        return call.value("id"_L1).toString() == agentLeg && numbers(call).contains(u"5101"_s);
    });
    QVERIFY(!joined.isEmpty());
    const int from = m_agent1->mark();
    QCOMPARE(m_super->operate(legId, u"SwitchToListenIn"_s).statusCode(), 0);
    const QJsonObject silent =
        m_agent1->waitForNotification(agentLeg, u"ParticipantsUpdated"_s, from);
    QVERIFY(!silent.isEmpty());
    QCOMPARE(numbers(silent), QStringList{u"+15551230001"_s});
    QCOMPARE(strings(m_super->call(legId).value("capabilities"_L1)),
             legOffer({u"SwitchToBargeIn"_s}));
}

void tst_SimMonitorModes::muteMonitoredUser()
{
    QString agentLeg;
    const QJsonObject leg = monitoredCall(u"ListenIn"_s, &agentLeg);
    QVERIFY(!leg.isEmpty());
    const QString legId = leg.value("id"_L1).toString();
    QCOMPARE(m_super->operate(legId, u"UnmuteMonitoredUser"_s).statusCode(), 2); // not muted
    int from = m_super->mark();
    int agentFrom = m_agent1->mark();
    QCOMPARE(m_super->operate(legId, u"MuteMonitoredUser"_s).statusCode(), 0);
    // The documented result: MonitoredUserMutedStateChange with monitoredUserMuted true.
    QJsonObject change =
        m_super->waitForNotification(legId, u"MonitoredUserMutedStateChange"_s, from);
    QVERIFY(change.value("monitoredUserMuted"_L1).toBool());
    // Accepted, but listed in no documented capabilities: not offered (see the extension).
    QCOMPARE(strings(change.value("capabilities"_L1)), legOffer({u"SwitchToBargeIn"_s}));
    // The monitored agent is muted.
    const QJsonObject agent = m_agent1->waitForNotification(agentLeg, u"StatusChange"_s, agentFrom);
    QVERIFY(!agent.isEmpty());
    QCOMPARE(agent.value("mute"_L1).toString(), u"On"_s);
    QCOMPARE(m_super->operate(legId, u"MuteMonitoredUser"_s).statusCode(), 2); // already

    from = m_super->mark();
    QCOMPARE(m_super->operate(legId, u"UnmuteMonitoredUser"_s).statusCode(), 0);
    change = m_super->waitForNotification(legId, u"MonitoredUserMutedStateChange"_s, from);
    QVERIFY(!change.isEmpty());
    QVERIFY(change.contains("monitoredUserMuted"_L1));
    QVERIFY(!change.value("monitoredUserMuted"_L1).toBool());
    QTRY_COMPARE(m_agent1->call(agentLeg).value("mute"_L1).toString(), u"Off"_s);
}

void tst_SimMonitorModes::muteOfferedByExtension()
{
    // "monitoredUserMuteCapability": the one of Mute/UnmuteMonitoredUser valid now is listed.
    QVERIFY(m_sim->setExtensionEnabled(u"monitoredUserMuteCapability"_s, true));
    QString agentLeg;
    const QJsonObject leg = monitoredCall(u"ListenIn"_s, &agentLeg);
    QVERIFY(!leg.isEmpty());
    const QString legId = leg.value("id"_L1).toString();
    QCOMPARE(strings(leg.value("capabilities"_L1)),
             legOffer({u"SwitchToBargeIn"_s, u"MuteMonitoredUser"_s}));
    const int from = m_super->mark();
    QCOMPARE(m_super->operate(legId, u"MuteMonitoredUser"_s).statusCode(), 0);
    const QJsonObject change =
        m_super->waitForNotification(legId, u"MonitoredUserMutedStateChange"_s, from);
    QCOMPARE(strings(change.value("capabilities"_L1)),
             legOffer({u"SwitchToBargeIn"_s, u"UnmuteMonitoredUser"_s}));
}

void tst_SimMonitorModes::monitorInParticipantsOff_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("Coach") << u"Coach"_s;
    QTest::newRow("BargeIn") << u"BargeIn"_s;
}

void tst_SimMonitorModes::monitorInParticipantsOff()
{
    // Without the extension the agent's leg never lists the supervisor, as no documented
    // sample does; the supervisor still sees the call's parties.
    QFETCH(QString, operation);
    QVERIFY(m_sim->setExtensionEnabled(u"monitorInParticipants"_s, false));
    QString agentLeg;
    const QJsonObject leg = monitoredCall(operation, &agentLeg);
    QVERIFY(!leg.isEmpty());
    QCOMPARE(numbers(leg), QStringList({u"+15551230001"_s, u"5001"_s}));
    QCOMPARE(numbers(m_agent1->call(agentLeg)), QStringList{u"+15551230001"_s});
}

void tst_SimMonitorModes::listeningInClearedOnAgentsLeg_data()
{
    QTest::addColumn<QString>("end"); // how the monitoring of that call ends
    QTest::newRow("CancelSupervisorMonitoring") << u"cancel"_s;
    QTest::newRow("supervisor hangs up") << u"hangup"_s;
    QTest::newRow("call released") << u"released"_s;
}

void tst_SimMonitorModes::listeningInClearedOnAgentsLeg()
{
    QFETCH(QString, end);
    QString agentLeg;
    const QJsonObject leg = monitoredCall(u"Coach"_s, &agentLeg);
    QVERIFY(!leg.isEmpty());
    QTRY_VERIFY(m_agent1->call(agentLeg).value("supervisorListeningIn"_L1).toBool());
    const int from = m_agent1->mark();
    if (end == "cancel"_L1)
        QCOMPARE(m_super->deviceOperation(u"CancelSupervisorMonitoring"_s).statusCode(), 0);
    else if (end == "hangup"_L1)
        QCOMPARE(m_super->operate(leg.value("id"_L1).toString(), u"Hangup"_s).statusCode(), 0);
    else
        QCOMPARE(m_agent1->operate(agentLeg, u"Hangup"_s).statusCode(), 0);
    const QJsonObject cleared = m_agent1->waitForEvent(
        [&](const QJsonObject &e) {
            const QJsonObject call = e.value("data"_L1)["call"_L1].toObject();
            return call.value("id"_L1).toString() == agentLeg &&
                   call.value("supervisorListeningIn"_L1) == QJsonValue(false);
        },
        5000, from);
    QVERIFY(!cleared.isEmpty());
    QCOMPARE(cleared["data"_L1]["call"_L1]["state"_L1].toString(),
             end == "released"_L1 ? u"Released"_s : u"Established"_s);
}

void tst_SimMonitorModes::oneSupervisorPerDevice()
{
    // Devices API 8.5.1: "only one supervisor at a time may monitor a given device".
    GwsTestClient super1(m_sim->baseUrl(), u"super1"_s, u"super1"_s);
    QVERIFY(super1.login());
    const QJsonObject target{{u"targetDeviceUri"_s, m_super->deviceUri(m_agent1->deviceId())}};
    QCOMPARE(m_super->deviceOperation(u"ListenIn"_s, target).statusCode(), 0);
    for (const QString &op : {u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s}) {
        HttpResult r = super1.deviceOperation(op, target);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.statusCode(), 2);
        QVERIFY(r.json.value("statusMessage"_L1).toString().contains(u"5001"_s));
        r = super1.deviceOperation(op, {{u"phoneNumber"_s, u"5001"_s}});
        QCOMPARE(r.statusCode(), 2);
    }
    // The same supervisor changes its own monitoring; another agent is free.
    QCOMPARE(m_super->deviceOperation(u"Coach"_s, target).statusCode(), 0);
    QCOMPARE(super1.deviceOperation(u"ListenIn"_s, {{u"phoneNumber"_s, u"5002"_s}}).statusCode(), 0);
    // Once the first one stops, the device is free.
    QCOMPARE(m_super->deviceOperation(u"CancelSupervisorMonitoring"_s).statusCode(), 0);
    QCOMPARE(super1.deviceOperation(u"BargeIn"_s, target).statusCode(), 0);
}

void tst_SimMonitorModes::monitorByPhoneNumber()
{
    const int from = m_super->mark();
    QCOMPARE(m_super->deviceOperation(u"ListenIn"_s, {{u"phoneNumber"_s, u"5001"_s}}).statusCode(),
             0);
    const QJsonObject device = m_super->waitForDevice(
        [](const QJsonObject &d) { return d.contains("supervisorMonitoringState"_L1); }, from);
    QVERIFY(!device.isEmpty());
    QCOMPARE(device["supervisorMonitoringState"_L1]["targetDeviceUri"_L1].toString(),
             m_super->deviceUri(m_agent1->deviceId()));
}

void tst_SimMonitorModes::monitorByUnknownPhoneNumber()
{
    const HttpResult r = m_super->deviceOperation(u"Coach"_s, {{u"phoneNumber"_s, u"9999"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), 6);
}

QTEST_MAIN(tst_SimMonitorModes)
#include "tst_sim_monitormodes.moc"
