// The client never depends on a simulator extension: with each one switched off the agent's
// flows still work and the model still equals the server's state.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"
#include "supervision.h"
#include "teammodel.h"
#include "teamreader.h"

#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestExtensions : public QObject
{
    Q_OBJECT
private slots:
    void everyExtensionIsCovered();
    void withoutErrorMessagesABusyDestinationJustEnds();
    void withoutAgentStateSettingsTheSystemStatesWork();
    void monitoringWithoutEitherMonitoringExtension();
    void teamBoardWithoutUsersCalls();
};

void TestExtensions::everyExtensionIsCovered()
{
    // A new switchable extension needs a test here that runs the client without it.
    QCOMPARE(GwsSimulator::extensionNames(),
             (QStringList{u"errorMessages"_s, u"agentStateSettings"_s, u"monitorInParticipants"_s,
                          u"monitoredUserMuteCapability"_s, u"usersCallsSubresource"_s}));
}

void TestExtensions::withoutErrorMessagesABusyDestinationJustEnds()
{
    GwsSimulator sim;
    QString error;
    QVERIFY2(sim.loadConfigJson(R"({"users": [{"userName": "agent1", "password": "agent1",
        "phoneNumber": "5001"}], "busyNumbers": ["+15550000000"], "externalAnswerDelayMs": 200})",
                                &error),
             qPrintable(error));
    QVERIFY(sim.setExtensionEnabled(u"errorMessages"_s, false));
    QVERIFY(sim.listen());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    QSignalSpy errors(&a.session, &Session::errorOccurred);
    QSignalSpy appeared(&a.calls, &QAbstractItemModel::rowsInserted);
    QVERIFY(a.control.dial(u"+15550000000"_s));
    // The call shows while it is dialled and is gone once the switch gives up on it;
    // without the ErrorMessage extension nobody says why, and nothing is invented.
    QTRY_VERIFY(!appeared.isEmpty());
    QTRY_COMPARE(a.calls.callCount(), 0);
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().toString()));
    QVERIFY(!a.control.isBusy(QString()));
    // And the agent can go on dialling.
    QVERIFY(a.control.dial(u"+15551230000"_s));
    QTRY_VERIFY(a.firstIn(CallState::Established));
    QVERIFY(a.control.hangup(a.firstIdIn(CallState::Established)));
    QTRY_COMPARE(a.calls.callCount(), 0);
}

void TestExtensions::withoutAgentStateSettingsTheSystemStatesWork()
{
    GwsSimulator sim;
    QVERIFY(sim.setExtensionEnabled(u"agentStateSettings"_s, false));
    QVERIFY(sim.listen());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    QTRY_COMPARE(a.session.device().userState.state, u"Ready"_s);
    // No settings group: the documented system states, and each of them works.
    QCOMPARE(a.availability.agentStates(), AgentStateOption::defaults());
    for (const AgentStateOption &option : AgentStateOption::defaults()) {
        // Refused (false, nothing sent) while the previous change is still in flight: retry
        // until sent (qWaitFor, not QTRY_VERIFY, which would send a second time to check).
        QVERIFY(QTest::qWaitFor([&] { return a.availability.setAgentState(option); }));
        if (option.operationName == u"AfterCallWork")
            QTRY_VERIFY(a.session.device().userState.isAfterCallWork());
        else
            QTRY_COMPARE(a.session.device().userState.state, option.operationName);
    }
}

void TestExtensions::monitoringWithoutEitherMonitoringExtension()
{
    // Off: agents' legs never list a monitoring supervisor (monitorInParticipants) and the
    // monitoring leg offers no Mute/UnmuteMonitoredUser capability (as the documented
    // samples show it). Listen, barge, listen again and stop still work from the
    // documented fields alone, and the agent's participants list nobody invented.
    GwsSimulator sim;
    sim.setExternalAnswerDelay(200);
    QVERIFY(sim.setExtensionEnabled(u"monitorInParticipants"_s, false));
    QVERIFY(sim.setExtensionEnabled(u"monitoredUserMuteCapability"_s, false));
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack agent(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.loginAndWait());
    ClientStack boss(sim.baseUrl(), u"super1"_s, u"super1"_s);
    QVERIFY(boss.loginAndWait());
    TeamModel team;
    Supervision supervision(&boss.session, &boss.client, &boss.control, &team);
    QVERIFY(supervision.monitor(agent.session.device().id, u"ListenIn"_s));
    QTRY_VERIFY(supervision.canCancel());

    control.ringFrom(u"+15550400001"_s, u"5001"_s);
    QTRY_VERIFY(agent.firstIn(CallState::Ringing));
    const QString callId = agent.firstIdIn(CallState::Ringing);
    QVERIFY(agent.control.answer(callId));
    QTRY_VERIFY(agent.callOf(callId).supervisorListeningIn);
    const auto monitored = [&]() -> const Call * {
        for (const Call &c : boss.calls.calls())
            if (c.monitoring)
                return boss.calls.call(c.id);
        return nullptr;
    };
    QTRY_VERIFY(monitored());
    QVERIFY(!monitored()->capabilities.contains(u"MuteMonitoredUser"_s));

    const auto switchTo = [&](const QString &mode) {
        QTRY_VERIFY(monitored() && !boss.control.isBusy(monitored()->id) && !supervision.isBusy());
        QVERIFY(supervision.switchTo(mode));
        QTRY_COMPARE(supervision.monitoringOperation(), mode);
    };
    switchTo(u"BargeIn"_s);
    switchTo(u"ListenIn"_s);
    for (const Participant &p : agent.callOf(callId).participants)
        QVERIFY2(p.phoneNumber != u"5100", "the agent's call lists the supervisor");

    QTRY_VERIFY(!supervision.isBusy());
    QVERIFY(supervision.cancel());
    QTRY_VERIFY(!monitored());
    QTRY_VERIFY(!agent.callOf(callId).supervisorListeningIn);
    QVERIFY(agent.control.hangup(callId));
    QTRY_COMPARE(agent.calls.callCount(), 0);
}

void TestExtensions::teamBoardWithoutUsersCalls()
{
    // Off: the users list has no `calls` (tst_app_teamboard covers both ways on 300 agents).
    // An agent on a call is counted by the agent state, and no call is invented for them.
    GwsSimulator sim;
    sim.setExternalAnswerDelay(200);
    QVERIFY(sim.setExtensionEnabled(u"usersCallsSubresource"_s, false));
    QVERIFY(sim.listen());
    ClientStack agent(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.loginAndWait());
    QVERIFY(agent.control.dial(u"+15551230001"_s));
    QTRY_VERIFY(agent.firstIn(CallState::Established));
    ClientStack boss(sim.baseUrl(), u"super1"_s, u"super1"_s);
    QVERIFY(boss.loginAndWait());
    TeamModel team;
    Supervision supervision(&boss.session, &boss.client, &boss.control, &team);
    QTRY_VERIFY(supervision.reader()->cyclesCompleted() >= 1);
    QVERIFY(!team.callsKnown());
    const int row = [&] {
        for (int r = 0; r < team.rowCount(); ++r)
            if (team.memberAt(r)->userName == u"agent1")
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    QCOMPARE(team.index(row, TeamModel::CallColumn).data().toString(), QString());
    QCOMPARE(team.index(row, 0).data(TeamModel::StateKeyRole).toInt(),
             int(TeamModel::StateKey::Ready));
    QCOMPARE(team.count(TeamModel::StateKey::OnCall), 0);
    QVERIFY(agent.control.hangup(agent.firstIdIn(CallState::Established)));
    QTRY_COMPARE(agent.calls.callCount(), 0);
}

QTEST_GUILESS_MAIN(TestExtensions)
#include "tst_app_extensions.moc"
