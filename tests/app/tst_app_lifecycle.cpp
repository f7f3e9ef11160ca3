// Logout at any moment of a login: nothing that belonged to the attempt acts afterwards
// (no call list refilled, no session started, no channel left running).

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestLifecycle : public QObject
{
    Q_OBJECT
private slots:
    void logoutWhileMeIsOut();
    void logoutWhileResyncIsOut();
};

void TestLifecycle::logoutWhileMeIsOut()
{
    GwsSimulator sim;
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    // GET /me answers late: the agent logs out before it does.
    control.post(u"/sim/faults"_s, {{u"latencyMs"_s, 800}, {u"paths"_s, u"/api/v2/me"_s}});
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QSignalSpy statuses(&a.session, &Session::statusChanged);
    a.session.login();
    a.session.logout();
    QCOMPARE(a.session.status(), Session::Status::LoggedOut);
    // Past the late answer (and its would-be follow-ups): still logged out, no channel.
    QTest::qWait(2000); // a window in which nothing may happen; nothing to wait for
    QCOMPARE(a.session.status(), Session::Status::LoggedOut);
    QCOMPARE(a.cometd.state(), CometdClient::State::Disconnected);
    QCOMPARE(sim.cometdClientCount(), 0);
    control.send(u"/sim/faults"_s, "DELETE");
    QCOMPARE(control.requestCount(u"StartContactCenterSession"_s), 0);
}

void TestLifecycle::logoutWhileResyncIsOut()
{
    GwsSimulator sim;
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    control.ringFrom(u"+15550800001"_s, u"5001"_s);
    // The call list answers late: the agent logs out while it is out.
    control.post(u"/sim/faults"_s, {{u"latencyMs"_s, 800}, {u"paths"_s, u"/api/v2/me/calls"_s}});
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QSignalSpy handshaken(&a.cometd, &CometdClient::handshaken);
    a.session.login();
    QVERIFY(handshaken.wait());
    QTRY_COMPARE(a.session.status(), Session::Status::LoggingIn); // resync still out
    a.session.logout();
    QTest::qWait(2000); // the late answer arrives in this window; it must change nothing
    QCOMPARE(a.session.status(), Session::Status::LoggedOut);
    QCOMPARE(a.calls.callCount(), 0);
    QCOMPARE(a.cometd.state(), CometdClient::State::Disconnected);
    control.send(u"/sim/faults"_s, "DELETE");
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_app_lifecycle.moc"
