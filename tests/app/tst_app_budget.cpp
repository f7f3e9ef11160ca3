// The request budget: whatever the code above it asks, the client sends at most a burst and
// then a steady rate; requests held back still go out, in order, and can be cancelled.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestBudget : public QObject
{
    Q_OBJECT
private slots:
    void burstThenRate();
    void busyPollsArePacedApartFromTheBudget();
    void restFloodIsPacedAndCompletes();
    void heldBackRequestCanBeCancelled();
    void logoutCancelsWhatWaitsForTheBudget();
    void quittingWithTheBudgetSpentStillEndsTheSession();
    void sessionInvalidatedWithACallStaysUnderBudget();
};

void TestBudget::burstThenRate()
{
    RequestBudget budget(10, 20);
    int taken = 0;
    while (budget.tryTake())
        ++taken;
    QCOMPARE(taken, 20);
    QCOMPARE(budget.throttledCount(), 1);
    const int wait = budget.msUntilNext();
    QVERIFY2(wait > 0 && wait <= 100, qPrintable(QString::number(wait)));
    // (Not QTRY_VERIFY(tryTake()): it evaluates its expression once more at the end.)
    QTRY_COMPARE(budget.msUntilNext(), 0); // one more after about 100 ms
    QVERIFY(budget.tryTake());
}

void TestBudget::busyPollsArePacedApartFromTheBudget()
{
    // The polls of a busy channel neither draw on the budget nor go faster than their pace.
    RequestBudget budget(10, 20, 50); // 50 a second: one every 20 ms
    while (budget.tryTake()) {
    }
    QVERIFY(budget.tryTakeBusy()); // the budget is spent; the pace is its own
    QVERIFY(!budget.tryTakeBusy());
    const int wait = budget.msUntilBusy();
    QVERIFY2(wait > 0 && wait <= 20, qPrintable(QString::number(wait)));
    QTRY_COMPARE(budget.msUntilBusy(), 0);
    QVERIFY(budget.tryTakeBusy());
}

void TestBudget::restFloodIsPacedAndCompletes()
{
    GwsSimulator sim;
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    control.send(u"/sim/stats"_s, "DELETE");
    QElapsedTimer clock;
    clock.start();
    int done = 0;
    QList<int> order;
    for (int i = 0; i < 60; ++i)
        connect(a.client.get(u"/me"_s), &GwsRequest::finished, this, [&, i](const GwsResult &r) {
            if (r.ok())
                ++done;
            order.append(i);
        });
    // The simulator counts every request, ours to /sim/stats too: leave those out.
    int statsCalls = 0;
    const auto apiRequests = [&] {
        ++statsCalls;
        return control.get(u"/sim/stats"_s).value(u"requests").toInt() - statsCalls;
    };
    // Whatever the machine's speed, the server cannot have seen more than the burst plus
    // the rate for the time that passed (measured after reading, so only ever larger).
    QTRY_VERIFY(apiRequests() >= 20);
    for (int sample = 0; sample < 5; ++sample) {
        const int seen = apiRequests();
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(seen <= 20 + 1 + int(elapsed * 10 / 1000),
                 qPrintable(u"%1 requests after %2 ms"_s.arg(seen).arg(elapsed)));
        QTest::qWait(300); // samples spread over time; not a wait for a condition
    }
    // Every one held back still goes out and is answered.
    QTRY_COMPARE_WITH_TIMEOUT(done, 60, 15000);
    QCOMPARE(order.size(), 60);
}

void TestBudget::heldBackRequestCanBeCancelled()
{
    GwsSimulator sim;
    QVERIFY(sim.listen());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    while (a.budget.tryTake()) {
    }
    GwsRequest *held = a.client.get(u"/me"_s);
    QVERIFY(!held->isStarted());
    QSignalSpy finished(held, &GwsRequest::finished);
    held->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().value<GwsResult>().kind, GwsResult::Kind::Cancelled);
}

void TestBudget::logoutCancelsWhatWaitsForTheBudget()
{
    GwsSimulator sim;
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    while (a.budget.tryTake()) {
    }
    QVERIFY(a.control.dial(u"+15550700002"_s)); // held back by the budget
    a.session.logout();
    // The goodbye waits its turn and goes out; requests leave in order, so a Dial that was
    // still going to be sent would have reached the server first.
    QTRY_COMPARE(control.requestCount(u"EndContactCenterSession"_s), 1);
    QCOMPARE(control.requestCount(u"Dial"_s), 0);
}

void TestBudget::quittingWithTheBudgetSpentStillEndsTheSession()
{
    GwsSimulator sim;
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    while (a.budget.tryTake()) {
    }
    QSignalSpy shutDown(&a.session, &Session::shutDown);
    a.session.shutdown();
    QTRY_COMPARE(shutDown.count(), 1); // once the server answered (or the 2 s bound)
    QCOMPARE(control.requestCount(u"EndContactCenterSession"_s), 1);
}

void TestBudget::sessionInvalidatedWithACallStaysUnderBudget()
{
    GwsSimulator sim;
    sim.setPollTimeout(2000);
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    control.ringFrom(u"+15550700001"_s, u"5001"_s);
    QTRY_VERIFY(a.firstIn(CallState::Ringing));
    const QString id = a.firstIn(CallState::Ringing)->id;
    QVERIFY(a.control.answer(id));
    QTRY_VERIFY(a.firstIn(CallState::Established));

    control.send(u"/sim/stats"_s, "DELETE");
    QElapsedTimer clock;
    clock.start();
    control.post(u"/sim/sessions/invalidate"_s, {{u"userName"_s, u"agent1"_s}});
    // Back online on a new HTTP session, the call intact, as the server has it.
    QTRY_VERIFY_WITH_TIMEOUT(a.session.status() == Session::Status::Online
                                 && a.client.hasCsrfToken() && a.firstIn(CallState::Established),
                             10000);
    QTest::qWait(2000); // a window to count what it sends once settled
    const int requests = control.get(u"/sim/stats"_s).value(u"requests").toInt();
    const qint64 seconds = qMax<qint64>(1, clock.elapsed() / 1000);
    // Settled: a long-poll every poll timeout, not a storm; far under the budget.
    QVERIFY2(requests <= 20 + 10 * seconds,
             qPrintable(u"%1 requests in %2 s"_s.arg(requests).arg(seconds)));
    QVERIFY2(requests <= 15, qPrintable(u"%1 requests in %2 s"_s.arg(requests).arg(seconds)));
    QCOMPARE(a.calls.callCount(), 1);
    QVERIFY(a.control.hangup(a.firstIn(CallState::Established)->id));
    QTRY_COMPARE(a.calls.callCount(), 0);
}

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_app_budget.moc"
