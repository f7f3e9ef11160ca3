// The client never depends on a simulator extension: with each one switched off the agent's
// flows still work and the model still equals the server's state.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"

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
};

void TestExtensions::everyExtensionIsCovered()
{
    // A new switchable extension needs a test here that runs the client without it.
    QCOMPARE(GwsSimulator::extensionNames(),
             (QStringList{u"errorMessages"_s, u"agentStateSettings"_s}));
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

QTEST_GUILESS_MAIN(TestExtensions)
#include "tst_app_extensions.moc"
