// Agent state and supervisor monitoring with two clients (agent1, super1) on one simulator.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"
#include "supervision.h"
#include "teammodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestSupervision : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void agentStates_data();
    void agentStates();
    void doNotDisturb();
    void teamIsForSupervisorsOnly();
    void listenInConferenceBargeInCancel();

private:
    std::unique_ptr<ClientStack> online(const QString &user);
    static const Call *monitoredCall(const ClientStack &stack);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
};

void TestSupervision::initTestCase()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

std::unique_ptr<ClientStack> TestSupervision::online(const QString &user)
{
    auto stack = std::make_unique<ClientStack>(m_sim->baseUrl(), user, user);
    // Null when the login fails: every caller asserts it before use.
    return stack->loginAndWait() ? std::move(stack) : nullptr;
}

const Call *TestSupervision::monitoredCall(const ClientStack &stack)
{
    for (const Call &c : stack.calls.calls())
        if (c.monitoring)
            return stack.calls.call(c.id);
    return nullptr;
}

void TestSupervision::agentStates_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("workMode");
    QTest::newRow("not ready, lunch") << u"NotReady"_s << u"Lunch"_s << u"NotReady"_s << QString();
    // After-call work is a NotReady work mode ("AfterCallWork" page).
    QTest::newRow("after call work")
        << u"AfterCallWork"_s << QString() << u"NotReady"_s << u"AfterCallWork"_s;
    QTest::newRow("ready") << u"Ready"_s << QString() << u"Ready"_s << QString();
    QTest::newRow("not ready, no reason") << u"NotReady"_s << QString() << u"NotReady"_s << QString();
}

void TestSupervision::agentStates()
{
    QFETCH(QString, operation);
    QFETCH(QString, reason);
    QFETCH(QString, state);
    QFETCH(QString, workMode);
    auto a = online(u"agent1"_s);
    QVERIFY(a);
    QCOMPARE(a->session.status(), Session::Status::Online);
    // The reasons come from the server's settings, not from the client.
    QTRY_VERIFY(a->availability.agentStates().size() > 3);
    AgentStateOption chosen;
    for (const AgentStateOption &o : a->availability.agentStates())
        if (o.operationName == operation && o.reasonCode == reason)
            chosen = o;
    QVERIFY2(!chosen.operationName.isEmpty(), qPrintable(operation + u' ' + reason));
    QVERIFY(a->availability.setAgentState(chosen));
    QTRY_COMPARE(a->session.device().userState.state, state);
    QTRY_COMPARE(a->session.device().userState.workMode, workMode);
    if (!reason.isEmpty())
        QVERIFY(a->session.device().userState.displayName.contains(reason));
    QVERIFY(a->availability.stateSince().isValid());
}

void TestSupervision::doNotDisturb()
{
    auto a = online(u"agent1"_s);
    QVERIFY(a);
    QVERIFY(a->availability.setDoNotDisturb(true));
    QTRY_VERIFY(a->session.device().doNotDisturb);
    // Refused (false, nothing sent) while the first request is still in flight: retry
    // until sent (qWaitFor, not QTRY_VERIFY, which would send a second time to check).
    QVERIFY(QTest::qWaitFor([&] { return a->availability.setDoNotDisturb(false); }));
    QTRY_VERIFY(!a->session.device().doNotDisturb);
}

void TestSupervision::teamIsForSupervisorsOnly()
{
    auto a = online(u"agent1"_s);
    QVERIFY(a);
    TeamModel team;
    Supervision supervision(&a->session, &a->client, &a->control, &team);
    QSignalSpy availability(&supervision, &Supervision::teamAvailabilityChanged);
    supervision.refresh();
    // 403 for an agent: said once, in words, with the way on.
    QTRY_COMPARE(availability.count(), 1);
    QVERIFY(supervision.teamUnavailableReason().contains(u"by number"_s));
    QCOMPARE(team.rowCount(), 0);
    QVERIFY(!supervision.isActive());
}

void TestSupervision::listenInConferenceBargeInCancel()
{
    auto agent = online(u"agent1"_s);
    QVERIFY(agent);
    auto boss = online(u"super1"_s);
    QVERIFY(boss);
    TeamModel team;
    QAbstractItemModelTester tester(&team, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Supervision supervision(&boss->session, &boss->client, &boss->control, &team);
    supervision.setRefreshInterval(300);
    supervision.refresh();

    // The team view lists the agents (not the supervisor) with their devices.
    QTRY_VERIFY(team.rowCount() >= 2);
    int row = -1;
    for (int r = 0; r < team.rowCount(); ++r)
        if (team.memberAt(r)->userName == u"agent1")
            row = r;
    QVERIFY(row >= 0);
    QTRY_VERIFY(!team.index(row, 0).data(TeamModel::DeviceIdRole).toString().isEmpty());
    const QString agentDevice = team.index(row, 0).data(TeamModel::DeviceIdRole).toString();
    QCOMPARE(agentDevice, agent->session.device().id);

    QVERIFY(supervision.monitor(agentDevice, u"ListenIn"_s));
    QTRY_VERIFY(supervision.canCancel());

    // An inbound call rings agent1 and is answered; super1 gets the monitored call.
    m_control->ringFrom(u"+15550400001"_s, u"5001"_s);
    QTRY_VERIFY(agent->firstIn(CallState::Ringing));
    const QString callId = agent->firstIdIn(CallState::Ringing);
    agent->control.answer(callId);
    QTRY_COMPARE(agent->callOf(callId).state, CallState::Established);
    QTRY_VERIFY(monitoredCall(*boss));
    QTRY_VERIFY(agent->callOf(callId).supervisorListeningIn);
    // The supervisor's call list shows the leg as monitoring, not as an ordinary call.
    const auto kindShown = [&] {
        const Call *c = monitoredCall(*boss);
        return c ? boss->calls.indexOfCall(c->id, CallModel::TypeColumn).data().toString()
                 : QString();
    };
    QTRY_COMPARE(kindShown(), u"Monitoring (listening)"_s);
    // What the supervisor's own device says it monitors shows on the agent's row.
    QTRY_COMPARE(team.index(row, TeamModel::MonitoredColumn).data().toString(),
                 u"Listening in"_s);
    const auto numbers = [&] {
        QStringList list;
        if (const Call *c = monitoredCall(*boss))
            for (const Participant &p : c->participants)
                list.append(p.phoneNumber);
        return list;
    };
    QTRY_VERIFY(numbers().contains(u"+15550400001"_s));

    // agent1 conferences an external number: super1 sees three parties at once.
    QTRY_VERIFY(!agent->control.isBusy(callId));
    QVERIFY(agent->control.perform(CallOperation::SingleStepConference, callId, OperationArgs::forDestination(u"+15550400002"_s)));
    QTRY_VERIFY(numbers().contains(u"+15550400002"_s));
    QTRY_COMPARE(numbers().size(), 3);

    // Barge in, a call operation on the monitored call (SwitchToBargeIn): the supervisor
    // becomes a full participant of the agent's call.
    QTRY_VERIFY(monitoredCall(*boss) && !boss->control.isBusy(monitoredCall(*boss)->id));
    QVERIFY(supervision.switchTo(u"BargeIn"_s));
    QTRY_COMPARE(supervision.monitoringOperation(), u"BargeIn"_s);
    QTRY_COMPARE(kindShown(), u"Monitoring (barged in)"_s);
    const auto agentSees = [&] {
        QStringList list;
        for (const Participant &p : agent->callOf(callId).participants)
            list.append(p.phoneNumber);
        return list;
    };
    QTRY_VERIFY(agentSees().contains(u"5100"_s));

    // Cancel: the monitored call leaves super1's list.
    QTRY_VERIFY(!supervision.isBusy());
    QVERIFY(supervision.cancel());
    QTRY_VERIFY(!supervision.canCancel());
    QTRY_VERIFY(!monitoredCall(*boss));
    QVERIFY(supervision.monitoredDeviceId().isEmpty());
    agent->control.hangup(callId);
    QTRY_COMPARE(agent->calls.callCount(), 0);
}

QTEST_GUILESS_MAIN(TestSupervision)
#include "tst_app_supervision.moc"
