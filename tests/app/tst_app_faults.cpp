// The client under faults: the server dies and comes back, operations fail meanwhile.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"

#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void serverRestartResynchronises();
    void operationDuringOutageIsReportedNotReplayed();
    void expiredSessionReauthenticatesOnce();
    void slowServerTimesOut();
    void serverErrorIsReported();
    void lostPollComesBackOnlineAndResyncs();

private:
    void startSimulator(quint16 port);
    // Logs `a` in and rings it from `from`; the ringing call's id, or empty on failure.
    QString loginWithRingingCall(ClientStack &a, const QString &from);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    quint16 m_port = 0;
};

void TestFaults::startSimulator(quint16 port)
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(2000);
    QVERIFY(m_sim->listen(port));
    m_port = m_sim->port();
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

QString TestFaults::loginWithRingingCall(ClientStack &a, const QString &from)
{
    if (!a.loginAndWait())
        return {};
    m_control->ringFrom(from, u"5001"_s);
    if (!QTest::qWaitFor([&] { return a.firstIn(CallState::Ringing) != nullptr; }, 5000))
        return {};
    return a.firstIdIn(CallState::Ringing);
}

void TestFaults::init()
{
    startSimulator(0);
}

void TestFaults::cleanup()
{
    m_control.reset();
    m_sim.reset();
}

void TestFaults::serverRestartResynchronises()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    m_control->ringFrom(u"+15550300001"_s, u"5001"_s);
    QTRY_COMPARE(a.calls.callCount(), 1);

    // The server dies with the call on it: the client says so and stops offering controls.
    m_sim.reset();
    QTRY_COMPARE_WITH_TIMEOUT(a.session.status(), Session::Status::Reconnecting, 10000);
    QVERIFY(a.cometd.nextAttempt().isValid());

    // A new server on the same address knows nothing of the old call but has a new one.
    startSimulator(m_port);
    m_control->ringFrom(u"+15550300002"_s, u"5001"_s);
    QTRY_COMPARE_WITH_TIMEOUT(a.session.status(), Session::Status::Online, 10000);
    QTRY_COMPARE(a.calls.callCount(), 1);
    QTRY_VERIFY(a.calls.calls().first().remoteParty().contains(u"5550300002"_s));

    // Notifications flow again on the new server.
    m_control->ringFrom(u"+15550300003"_s, u"5001"_s);
    QTRY_COMPARE(a.calls.callCount(), 2);
}

void TestFaults::operationDuringOutageIsReportedNotReplayed()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    m_control->ringFrom(u"+15550300004"_s, u"5001"_s);
    QTRY_COMPARE(a.calls.callCount(), 1);
    const QString id = a.calls.calls().first().id;

    m_sim.reset();
    QSignalSpy errors(&a.control, &CallController::errorOccurred);
    QVERIFY(a.control.answer(id));
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().first().toString().contains(u"Answer"_s),
             qPrintable(errors.first().first().toString()));
    QVERIFY(!a.control.isBusy(id));

    startSimulator(m_port);
    QTRY_COMPARE_WITH_TIMEOUT(a.session.status(), Session::Status::Online, 10000);
    QCOMPARE(m_control->requestCount(u"Answer"_s), 0); // never replayed
    QTRY_COMPARE(a.calls.callCount(), 0);              // the new server has no such call
}

void TestFaults::expiredSessionReauthenticatesOnce()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    const QString id = loginWithRingingCall(a, u"+15550300005"_s);
    QVERIFY(!id.isEmpty());

    m_control->post(u"/sim/sessions/invalidate"_s, {{u"userName"_s, u"agent1"_s}});
    QCOMPARE(m_control->lastStatus(), 200);
    QSignalSpy errors(&a.control, &CallController::errorOccurred);
    QVERIFY(a.control.answer(id));
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().first().toString().contains(u"expired"_s),
             qPrintable(errors.first().first().toString()));
    // Signed in again by itself, and the answer was not replayed: the call still rings
    // until the agent decides again.
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    QTRY_VERIFY(a.client.hasCsrfToken());
    QCOMPARE(a.callOf(id).state, CallState::Ringing);
    QTRY_VERIFY(!a.control.isBusy(id));
    QVERIFY(a.control.answer(id));
    QTRY_COMPARE(a.callOf(id).state, CallState::Established);
    // Notifications flow on the new session too.
    m_control->ringFrom(u"+15550300006"_s, u"5001"_s);
    QTRY_COMPARE(a.calls.callCount(), 2);
}

void TestFaults::slowServerTimesOut()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    const QString id = loginWithRingingCall(a, u"+15550300007"_s);
    QVERIFY(!id.isEmpty());

    a.client.setTimeout(400);
    m_control->post(u"/sim/faults"_s, {{u"latencyMs"_s, 2000}, {u"paths"_s, u"/api/v2/me/calls"_s}});
    QSignalSpy errors(&a.control, &CallController::errorOccurred);
    QVERIFY(a.control.answer(id));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 3000);
    QVERIFY2(errors.first().first().toString().contains(u"in time"_s),
             qPrintable(errors.first().first().toString()));
    QVERIFY(!a.control.isBusy(id)); // the controls come back
    // The server did it after all: the screen follows the server, not the timeout.
    const auto state = [&] {
        const Call *c = a.calls.call(id);
        return c ? c->state : CallState::Unknown;
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), CallState::Established, 10000);
    m_control->send(u"/sim/faults"_s, "DELETE");
}

void TestFaults::serverErrorIsReported()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    const QString id = loginWithRingingCall(a, u"+15550300008"_s);
    QVERIFY(!id.isEmpty());

    m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 500}, {u"failCount"_s, 1},
                                       {u"paths"_s, u"/api/v2/me/calls"_s}});
    QSignalSpy errors(&a.control, &CallController::errorOccurred);
    QVERIFY(a.control.answer(id));
    QTRY_VERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().first().toString().contains(u"500"_s),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(a.callOf(id).state, CallState::Ringing); // no state invented
    QTRY_VERIFY(!a.control.isBusy(id));
    QVERIFY(a.control.answer(id)); // the next one goes through
    QTRY_COMPARE(a.callOf(id).state, CallState::Established);
}

void TestFaults::lostPollComesBackOnlineAndResyncs()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    const QString id = loginWithRingingCall(a, u"+15550300009"_s);
    QVERIFY(!id.isEmpty());
    QSignalSpy handshakes(&a.cometd, &CometdClient::handshaken);
    QSignalSpy resumed(&a.cometd, &CometdClient::resumed);
    QSignalSpy statuses(&a.session, &Session::statusChanged);
    // One long-poll is cut; the same CometD client goes on (no new handshake).
    // Two: Qt tries a request again by itself once when a reused connection closes.
    m_control->post(u"/sim/faults"_s, {{u"dropConnections"_s, true}, {u"failCount"_s, 2},
                                       {u"paths"_s, u"/api/v2/notifications"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(!resumed.isEmpty(), 10000);
    QCOMPARE(handshakes.count(), 0);
    // Reconnecting while it was away, Online again after reading the calls.
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    QVERIFY(statuses.count() >= 2);
    QCOMPARE(statuses.first().first().value<Session::Status>(), Session::Status::Reconnecting);
    QVERIFY(a.calls.call(id));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_app_faults.moc"
