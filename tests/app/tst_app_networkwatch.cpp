// NetworkWatch sees a sleep as the wall clock running ahead of the monotonic one, and says
// so once (not on every check, not for a short pause); the session then reconnects and
// reads everything again. Network changes come from NetworkManager over D-Bus: here a
// NetworkManager of the test's own on a private session bus (CTest runs this under
// dbus-run-session), which the watch asks and hears like the system's.

#include "busservice.h"
#include "clientstack.h"
#include "gwssimulator.h"
#include "networkwatch.h"
#include "simcontrol.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QSignalSpy>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
const QString kNmName = u"org.freedesktop.NetworkManager"_s;
const QString kNmObject = u"/org/freedesktop/NetworkManager"_s;
constexpr uint kDisconnected = 20; // NetworkManager's states
constexpr uint kConnectedSite = 60;
constexpr uint kConnectedGlobal = 70;
} // namespace

// The part of NetworkManager the watch reads: State and PrimaryConnection, answered to
// Properties.GetAll by QtDBus, and announced with Properties.PropertiesChanged, on a
// connection of its own (another process, as far as the bus can tell).
class FakeNetworkManager : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.NetworkManager")
    Q_PROPERTY(uint State READ state)
    Q_PROPERTY(QDBusObjectPath PrimaryConnection READ primaryConnection)
public:
    explicit FakeNetworkManager(const QString &connectionName, bool ownName = true)
        : m_service(connectionName)
    {
        m_registered = m_service.publish(kNmObject, this, QDBusConnection::ExportAllProperties)
                       && (!ownName || m_service.own(kNmName));
    }
    bool isReady() { return m_service.bus().isConnected() && m_registered; }
    uint state() const { return m_state; }
    QDBusObjectPath primaryConnection() const { return QDBusObjectPath(m_primary); }

    void change(uint state, const QString &primary)
    {
        m_state = state;
        m_primary = primary;
        announce({{u"State"_s, state}, {u"PrimaryConnection"_s, QVariant::fromValue(QDBusObjectPath(primary))}});
    }
    void changeState(uint state)
    {
        m_state = state;
        announce({{u"State"_s, state}});
    }
    void changePrimary(const QString &primary)
    {
        m_primary = primary;
        announce({{u"PrimaryConnection"_s, QVariant::fromValue(QDBusObjectPath(primary))}});
    }
    void announce(const QVariantMap &changed, const QString &interface = kNmName)
    {
        QDBusMessage signal = QDBusMessage::createSignal(
            kNmObject, u"org.freedesktop.DBus.Properties"_s, u"PropertiesChanged"_s);
        signal << interface << changed << QStringList();
        m_service.bus().send(signal);
    }

private:
    BusService m_service;
    bool m_registered = false;
    uint m_state = kDisconnected;
    QString m_primary = u"/"_s;
};

// A NetworkWatch asking the test's NetworkManager on the session bus, and what it says.
struct WatchOnSessionBus
{
    explicit WatchOnSessionBus(std::optional<qint64> quietMs)
    {
        watch.useSessionBus();
        if (quietMs)
            watch.setQuietPeriod(*quietMs);
    }
    // Starts it; true once NetworkManager has answered its question.
    [[nodiscard]] bool startAndFind()
    {
        QSignalSpy found(&watch, &NetworkWatch::networkManagerFound);
        watch.start();
        return found.wait(5000) && found.first().first().toBool();
    }

    NetworkWatch watch;
    QSignalSpy changed{&watch, &NetworkWatch::networkChanged};
};

class TestNetworkWatch : public QObject
{
    Q_OBJECT
private slots:
    void sleepIsSeenOnce();
    void wakingUpReconnectsAndResyncs();
    void networkManagerSaysWhenTheNetworkChanges();
    void onlyNetworkManagerIsBelieved();
    void aFlappingNetworkReconnectsOnce();
    void withoutNetworkManagerASleepIsStillSeen();
    void networkBackReconnectsAndResyncs();

private:
    static bool hasSessionBus();
};

bool TestNetworkWatch::hasSessionBus()
{
    return QDBusConnection::sessionBus().isConnected();
}

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

// Connected at start: nothing said. Every way back online, or onto another network, is
// said once; what is not a new way out (a local-only state, no primary connection, another
// interface's properties) is not.
void TestNetworkWatch::networkManagerSaysWhenTheNetworkChanges()
{
    QVERIFY2(hasSessionBus(), "no D-Bus session bus (CTest runs this under dbus-run-session)");
    FakeNetworkManager nm(u"fake-nm"_s);
    QVERIFY(nm.isReady());
    nm.change(kConnectedGlobal, u"/org/freedesktop/NetworkManager/ActiveConnection/1"_s);
    WatchOnSessionBus w(0);
    QSignalSpy &changed = w.changed;
    QVERIFY(w.startAndFind());

    // Off the network, then on a network without a way out: nothing to reconnect to.
    nm.change(kDisconnected, u"/"_s);
    nm.changeState(kConnectedSite);
    // Back with a route out: one signal. The sentinel after it proves nothing else came.
    nm.change(kConnectedGlobal, u"/org/freedesktop/NetworkManager/ActiveConnection/2"_s);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 1);
    // From Wi-Fi to cable while connected: another primary connection.
    nm.changePrimary(u"/org/freedesktop/NetworkManager/ActiveConnection/3"_s);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 2);
    // The same connection said again, a device's own properties, the state repeated:
    // nothing. Then one real change, which must be the only one more.
    nm.changePrimary(u"/org/freedesktop/NetworkManager/ActiveConnection/3"_s);
    nm.announce({{u"State"_s, kDisconnected}}, u"org.freedesktop.NetworkManager.Device"_s);
    nm.changeState(kConnectedGlobal);
    nm.changeState(kDisconnected);
    nm.changeState(kConnectedGlobal);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 3);
    QVERIFY(!changed.wait(200));
    QCOMPARE(changed.size(), 3);
}

// A program on the bus that does not own NetworkManager's name sends its signal: the
// watch does not reconnect for it. The real one's next signal still counts.
void TestNetworkWatch::onlyNetworkManagerIsBelieved()
{
    QVERIFY2(hasSessionBus(), "no D-Bus session bus (CTest runs this under dbus-run-session)");
    FakeNetworkManager nm(u"fake-nm"_s);
    FakeNetworkManager impostor(u"impostor"_s, false);
    QVERIFY(nm.isReady() && impostor.isReady());
    WatchOnSessionBus w(0);
    QSignalSpy &changed = w.changed;
    QVERIFY(w.startAndFind());
    impostor.change(kConnectedGlobal, u"/org/freedesktop/NetworkManager/ActiveConnection/9"_s);
    nm.change(kConnectedGlobal, u"/org/freedesktop/NetworkManager/ActiveConnection/1"_s);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 1);
    impostor.changePrimary(u"/org/freedesktop/NetworkManager/ActiveConnection/10"_s);
    nm.changePrimary(u"/org/freedesktop/NetworkManager/ActiveConnection/2"_s);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!changed.wait(200));
    QCOMPARE(changed.size(), 2);
}

// A network that drops and comes back twenty times in a row (a bad Wi-Fi) is one reconnect
// in the quiet period, not twenty: the session's retry is a handshake and a full read.
void TestNetworkWatch::aFlappingNetworkReconnectsOnce()
{
    QVERIFY2(hasSessionBus(), "no D-Bus session bus (CTest runs this under dbus-run-session)");
    FakeNetworkManager nm(u"fake-nm"_s);
    QVERIFY(nm.isReady());
    WatchOnSessionBus w(std::nullopt); // the application's quiet period (10 s)
    QSignalSpy &changed = w.changed;
    QVERIFY(w.startAndFind());
    for (int i = 0; i < 20; ++i) {
        nm.change(kDisconnected, u"/"_s);
        nm.change(kConnectedGlobal, u"/org/freedesktop/NetworkManager/ActiveConnection/%1"_s.arg(i));
    }
    QVERIFY(changed.wait(5000));
    QVERIFY(!changed.wait(500)); // every other flap has arrived by now, and said nothing
    QCOMPARE(changed.size(), 1);
}

// Where NetworkManager does not run, the watch says so and still sees a sleep.
void TestNetworkWatch::withoutNetworkManagerASleepIsStillSeen()
{
    QVERIFY2(hasSessionBus(), "no D-Bus session bus (CTest runs this under dbus-run-session)");
    NetworkWatch watch;
    watch.useSessionBus();
    QDateTime wall = QDateTime::currentDateTimeUtc();
    watch.setWallClock([&wall] { return wall; });
    watch.setCheckInterval(20);
    QSignalSpy found(&watch, &NetworkWatch::networkManagerFound);
    QSignalSpy resumed(&watch, &NetworkWatch::resumed);
    watch.start();
    QVERIFY(found.wait(5000));
    QCOMPARE(found.first().first().toBool(), false);
    wall = wall.addSecs(3600);
    QVERIFY(resumed.wait(5000));
}

// The network comes back after a call rang in unheard: the session connects again (one
// new channel) and reads the call.
void TestNetworkWatch::networkBackReconnectsAndResyncs()
{
    QVERIFY2(hasSessionBus(), "no D-Bus session bus (CTest runs this under dbus-run-session)");
    FakeNetworkManager nm(u"fake-nm"_s);
    QVERIFY(nm.isReady());
    nm.change(kConnectedGlobal, u"/org/freedesktop/NetworkManager/ActiveConnection/1"_s);
    GwsSimulator sim;
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    NetworkWatch watch;
    watch.useSessionBus();
    connect(&watch, &NetworkWatch::networkChanged, &a.session, &Session::retry);
    QSignalSpy found(&watch, &NetworkWatch::networkManagerFound);
    watch.start();
    QVERIFY(found.wait(5000));

    nm.change(kDisconnected, u"/"_s);
    a.cometd.stop(); // the long-poll died with the network
    QVERIFY(!control.ringFrom(u"+15550300002"_s, u"5001"_s).isEmpty());
    QTest::qWait(300); // what a live channel would have received by now: nothing arrives
    QCOMPARE(a.calls.callCount(), 0);
    QSignalSpy handshakes(&a.cometd, &CometdClient::handshaken);
    nm.change(kConnectedGlobal, u"/org/freedesktop/NetworkManager/ActiveConnection/2"_s);
    QTRY_COMPARE(a.calls.callCount(), 1);
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    QCOMPARE(a.calls.calls().first().state, CallState::Ringing);
    QCOMPARE(handshakes.size(), 1);
}

QTEST_MAIN(TestNetworkWatch)
#include "tst_app_networkwatch.moc"
