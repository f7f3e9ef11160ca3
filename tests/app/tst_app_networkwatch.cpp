// NetworkWatch sees a sleep as the wall clock running ahead of the monotonic one, and says
// so once (not on every check, not for a short pause); the session then reconnects and
// reads everything again.

#include "clientstack.h"
#include "gwssimulator.h"
#include "networkwatch.h"
#include "simcontrol.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestNetworkWatch : public QObject
{
    Q_OBJECT
private slots:
    void sleepIsSeenOnce();
    void wakingUpReconnectsAndResyncs();
};

void TestNetworkWatch::sleepIsSeenOnce()
{
    NetworkWatch watch;
    QDateTime wall = QDateTime::currentDateTimeUtc();
    watch.setWallClock([&wall] { return wall; });
    watch.setCheckInterval(20);
    QSignalSpy resumed(&watch, &NetworkWatch::resumed);
    watch.start();
    // Awake: the wall clock keeps pace, nothing is said over several checks.
    for (int i = 0; i < 5; ++i) {
        wall = wall.addMSecs(20);
        QVERIFY(!resumed.wait(40));
    }
    QCOMPARE(resumed.size(), 0);
    // Two hours asleep: the wall clock jumped, the monotonic one did not.
    wall = wall.addSecs(2 * 3600);
    QVERIFY(resumed.wait(2000));
    QCOMPARE(resumed.size(), 1);
    wall = wall.addMSecs(20);
    QVERIFY(!resumed.wait(100));
    QCOMPARE(resumed.size(), 1);
}

void TestNetworkWatch::wakingUpReconnectsAndResyncs()
{
    GwsSimulator sim;
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    NetworkWatch watch;
    QDateTime wall = QDateTime::currentDateTimeUtc();
    watch.setWallClock([&wall] { return wall; });
    watch.setCheckInterval(20);
    connect(&watch, &NetworkWatch::resumed, &a.session, &Session::retry);
    watch.start();

    // While "asleep" a call rang in and the server's notification was never received:
    // the client's channel is stopped, as a dead long-poll would be.
    a.cometd.stop();
    QVERIFY(!control.ringFrom(u"+15550300001"_s, u"5001"_s).isEmpty());
    QTest::qWait(300); // what a live channel would have received by now: nothing arrives
    QCOMPARE(a.calls.callCount(), 0);
    QSignalSpy handshakes(&a.cometd, &CometdClient::handshaken);
    wall = wall.addSecs(3600);
    QTRY_COMPARE(a.calls.callCount(), 1);
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    QCOMPARE(a.calls.calls().first().state, CallState::Ringing);
    QCOMPARE(handshakes.size(), 1); // one new channel, not a reconnect per check
}

QTEST_MAIN(TestNetworkWatch)
#include "tst_app_networkwatch.moc"
