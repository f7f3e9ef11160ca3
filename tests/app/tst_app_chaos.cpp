// The client under chaos: a server process killed and started again under three clients,
// a server that hangs with a call up, logout while reconnecting or while a request hangs.
// Every test counts what each client sends (CountingNetwork, at the client's own network
// manager) and checks it against the request budget, and ends comparing what the client
// shows with what the server has, read by another client of the same user.

#include "clientstack.h"
#include "gwssimulator.h"
#include "gwstestclient.h"
#include "simcontrol.h"
#include "simprocess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// RequestBudget's defaults (requestbudget.h), which ClientStack, like the app, uses.
constexpr double kBudgetRate = 10;
constexpr int kBudgetBurst = 20;

QString describe(const QList<CountingNetwork::Sent> &sent)
{
    QStringList lines;
    for (const CountingNetwork::Sent &s : sent)
        lines << u"%1 ms %2 %3"_s.arg(s.atMs).arg(s.path, s.what);
    return lines.join(u"; "_s);
}

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT
private slots:
    void serverProcessRestartedUnderThreeClients();
    void hungServerWithACallUp();
    void signInPageMidSession();
    void logoutWhileReconnecting_data();
    void logoutWhileReconnecting();
    void logoutWhileARequestHangs_data();
    void logoutWhileARequestHangs();

private:
    // What the client shows and the server has differ in: the calls (ids and states), the
    // device, the agent's state; empty when they agree. `server` reads as the same user.
    static QString differenceFromServer(const ClientStack &client, GwsTestClient &server);
    // Waits until the client shows what the server has; fails the test (naming the
    // difference) if it does not within `timeoutMs`.
    static void expectServerState(const ClientStack &client, const QUrl &url,
                                  const QString &user, int timeoutMs = 5000);
    static void expectWithinBudget(const ClientStack &client, const QString &who);
};

QString TestChaos::differenceFromServer(const ClientStack &client, GwsTestClient &server)
{
    const HttpResult calls = server.get(u"/api/v2/me/calls?fields=*"_s);
    const HttpResult devices = server.get(u"/api/v2/me/devices?fields=*"_s);
    if (calls.status != 200 || devices.status != 200)
        return u"the server did not answer (%1, %2)"_s.arg(calls.status).arg(devices.status);
    QStringList serverCalls;
    for (const QJsonValue &c : calls.json.value("calls"_L1).toArray())
        serverCalls << c["id"_L1].toString() + u' ' + c["state"_L1].toString();
    QStringList clientCalls;
    for (const Call &c : client.calls.calls())
        clientCalls << c.id + u' ' + callStateToString(c.state);
    serverCalls.sort();
    clientCalls.sort();
    const QJsonObject device = devices.json.value("devices"_L1)[0].toObject();
    const QString serverDevice = device["id"_L1].toString() + u' '
                                 + device["userState"_L1]["state"_L1].toString();
    const Device &own = client.session.device();
    const QString clientDevice = own.id + u' ' + own.userState.state;
    QStringList differences;
    if (serverCalls != clientCalls)
        differences << u"calls: server [%1], client [%2]"_s.arg(serverCalls.join(u", "_s),
                                                               clientCalls.join(u", "_s));
    if (serverDevice != clientDevice)
        differences << u"device: server %1, client %2"_s.arg(serverDevice, clientDevice);
    return differences.join(u"; "_s);
}

void TestChaos::expectServerState(const ClientStack &client, const QUrl &url, const QString &user,
                                  int timeoutMs)
{
    GwsTestClient server(url, user, user); // the built-in users' password is their name
    QString difference;
    // Notifications may still be on their way: wait for agreement, not for a moment.
    const bool agree = QTest::qWaitFor(
        [&] {
            difference = differenceFromServer(client, server);
            return difference.isEmpty();
        },
        timeoutMs);
    QVERIFY2(agree, qPrintable(user + u": "_s + difference));
}

void TestChaos::expectWithinBudget(const ClientStack &client, const QString &who)
{
    const QString over = client.network.overBudget(kBudgetRate, kBudgetBurst);
    QVERIFY2(over.isEmpty(), qPrintable(who + u": "_s + over));
}

void TestChaos::serverProcessRestartedUnderThreeClients()
{
    // Declared first: the clients go (and log out) before it.
    SimProcess sim(QStringLiteral(GWS_SIM_EXECUTABLE),
                   {u"--poll-timeout"_s, u"2000"_s, u"--answer-delay"_s, u"200"_s});
    QVERIFY(sim.start(0));
    const QUrl url = sim.url();
    const QStringList users{u"agent1"_s, u"agent2"_s, u"super2"_s};
    std::vector<std::unique_ptr<ClientStack>> clients;
    for (const QString &user : users) {
        clients.push_back(std::make_unique<ClientStack>(url, user, user));
        QVERIFY2(clients.back()->loginAndWait(), qPrintable(user));
    }
    // agent1 has a call on the server that is about to die.
    SimControl(url).ringFrom(u"+15550900001"_s, u"5001"_s);
    QTRY_COMPARE(clients.front()->calls.callCount(), 1);

    sim.kill();
    for (const auto &c : clients)
        QTRY_COMPARE_WITH_TIMEOUT(c->session.status(), Session::Status::Reconnecting, 10000);
    std::vector<qsizetype> outageStart;
    for (const auto &c : clients)
        outageStart.push_back(c->network.mark());
    // The outage itself: a fixed stretch in which the clients may only retry, at their pace.
    QTest::qWait(3000);
    for (size_t i = 0; i < clients.size(); ++i)
        qInfo().noquote() << users.at(int(i)) << "sent" << clients[i]->network.mark() - outageStart[i]
                          << "requests during a 3 s outage";

    // A new server on the same port: it knows nothing of the old call, agent2 has a new one.
    QVERIFY(sim.start(url.port()));
    SimControl(url).ringFrom(u"+15550900002"_s, u"5002"_s);
    for (const auto &c : clients)
        QTRY_COMPARE_WITH_TIMEOUT(c->session.status(), Session::Status::Online, 15000);
    for (int i = 0; i < users.size(); ++i) {
        expectServerState(*clients[i], url, users.at(i));
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(clients[0]->calls.callCount(), 0);
    QCOMPARE(clients[1]->calls.callCount(), 1);
    for (int i = 0; i < users.size(); ++i) {
        expectWithinBudget(*clients[i], users.at(i));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestChaos::hungServerWithACallUp()
{
    GwsSimulator sim;
    sim.setPollTimeout(1000); // the client's deadline for a poll is this plus its margin
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    a.cometd.setPollMargin(2000); // 10 s in the program
    QVERIFY(a.loginAndWait());
    control.ringFrom(u"+15550910001"_s, u"5001"_s);
    const QString id = a.waitForFirstIn(CallState::Ringing);
    QVERIFY(!id.isEmpty());
    QVERIFY(a.control.answer(id));
    QVERIFY(a.waitForSettled(id, CallState::Established));

    // Everything under /api hangs: REST and the notification channel.
    control.post(u"/sim/faults"_s, {{u"hang"_s, true}, {u"paths"_s, u"/api/"_s}});
    QCOMPARE(control.lastStatus(), 200);
    QElapsedTimer hang;
    hang.start();
    const qsizetype hangStart = a.network.mark();
    // An operation meanwhile is held like the rest: the agent hears it was not answered.
    QSignalSpy errors(&a.control, &CallController::errorOccurred);
    QVERIFY(a.control.perform(CallOperation::Hold, id));
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
    QVERIFY2(errors.first().first().toString().contains(u"in time"_s),
             qPrintable(errors.first().first().toString()));
    // The held long-poll passes its deadline: the client says it is reconnecting.
    QTRY_COMPARE_WITH_TIMEOUT(a.session.status(), Session::Status::Reconnecting, 20000);
    // The switch goes on meanwhile: a second call rings.
    control.ringFrom(u"+15550910002"_s, u"5001"_s);
    const qsizetype sentWhileHung = a.network.mark() - hangStart;
    qInfo().noquote() << "sent" << sentWhileHung << "requests in" << hang.elapsed()
                      << "ms of hang:" << describe(a.network.sentSince(hangStart));
    QCOMPARE(a.session.status(), Session::Status::Reconnecting);

    control.send(u"/sim/faults"_s, "DELETE");
    QCOMPARE(control.lastStatus(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(a.session.status(), Session::Status::Online, 10000);
    // The Hold was never carried out (a hung request has no effect): the call is still up,
    // and the one that rang meanwhile is there too.
    expectServerState(a, sim.baseUrl(), u"agent1"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(a.stateOf(id), CallState::Established);
    QCOMPARE(a.calls.callCount(), 2);
    expectWithinBudget(a, u"agent1"_s);
}

// The site's single sign-on forgets the session mid-shift: every /api request, the
// long-poll included, is answered 302 to an HTML sign-in page. The client never follows it,
// signs in again slowly (not a storm), says so, and once the server answers again (the
// agent's Reconnect now) it is back Online with the server's state.
void TestChaos::signInPageMidSession()
{
    GwsSimulator sim;
    sim.setPollTimeout(1000);
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    control.ringFrom(u"+15550910101"_s, u"5001"_s);
    const QString id = a.waitForFirstIn(CallState::Ringing);
    QVERIFY(!id.isEmpty());

    control.post(u"/sim/faults"_s, {{u"signInPage"_s, true}, {u"paths"_s, u"/api/"_s}});
    QCOMPARE(control.lastStatus(), 200);
    const qsizetype start = a.network.mark();
    QTRY_COMPARE_WITH_TIMEOUT(a.session.status(), Session::Status::Reconnecting, 5000);
    // A fixed window, waited on purpose: what counts is how little is sent in it.
    QTest::qWait(4000);
    const QList<CountingNetwork::Sent> sent = a.network.sentSince(start);
    qInfo().noquote() << "sent" << sent.size() << "requests in 4 s of sign-in pages:"
                      << describe(sent);
    QVERIFY2(sent.size() <= 8, qPrintable(describe(sent)));
    QCOMPARE(a.session.status(), Session::Status::Reconnecting);
    QVERIFY(a.session.nextAttempt().isValid()); // it says when it tries again
    QCOMPARE(a.callOf(id).state, CallState::Ringing); // nothing invented meanwhile

    control.send(u"/sim/faults"_s, "DELETE");
    a.session.retry(); // the agent's Reconnect now
    QTRY_COMPARE_WITH_TIMEOUT(a.session.status(), Session::Status::Online, 10000);
    expectServerState(a, sim.baseUrl(), u"agent1"_s);
    expectWithinBudget(a, u"agent1"_s);
}

void TestChaos::logoutWhileReconnecting_data()
{
    QTest::addColumn<bool>("hung");
    QTest::addColumn<bool>("budgetSpent");
    QTest::newRow("server down") << false << false;
    QTest::newRow("server back but hung") << true << false;
    // The agent dials while the client has used up its budget: the Dial waits its turn.
    QTest::newRow("server down, a request waiting for the budget") << false << true;
}

void TestChaos::logoutWhileReconnecting()
{
    QFETCH(bool, hung);
    QFETCH(bool, budgetSpent);
    auto sim = std::make_unique<GwsSimulator>();
    QVERIFY(sim->listen());
    const quint16 port = sim->port();
    ClientStack a(sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    sim.reset(); // the server goes away
    QTRY_COMPARE_WITH_TIMEOUT(a.session.status(), Session::Status::Reconnecting, 10000);
    std::unique_ptr<SimControl> control;
    if (hung) {
        // It comes back hung: the client's next attempt is read and never answered.
        sim = std::make_unique<GwsSimulator>();
        QVERIFY(sim->listen(port));
        control = std::make_unique<SimControl>(sim->baseUrl());
        control->post(u"/sim/faults"_s, {{u"hang"_s, true}, {u"paths"_s, u"/api/"_s}});
        QTRY_VERIFY_WITH_TIMEOUT(sim->hungRequestCount() >= 1, 10000);
        QCOMPARE(a.session.status(), Session::Status::Reconnecting);
    }
    if (budgetSpent) {
        while (a.budget.tryTake()) {
        }
        QVERIFY(a.control.dial(u"+15550930001"_s));
    }

    const qsizetype loggedOut = a.network.mark();
    a.session.logout();
    QCOMPARE(a.session.status(), Session::Status::LoggedOut);
    // A server that would take anything still sent: the hang ends (held requests answered
    // 503), or the server is back.
    if (hung) {
        control->send(u"/sim/faults"_s, "DELETE");
    } else {
        sim = std::make_unique<GwsSimulator>();
        QVERIFY(sim->listen(port));
        control = std::make_unique<SimControl>(sim->baseUrl());
    }
    control->send(u"/sim/stats"_s, "DELETE");
    QTest::qWait(3000); // the window counted: nothing but the logout's goodbye may go out
    const auto after = a.network.sentSince(loggedOut);
    const auto goodbye = [](const CountingNetwork::Sent &s) {
        return s.what == "EndContactCenterSession"_L1;
    };
    QVERIFY2(after.size() == std::count_if(after.begin(), after.end(), goodbye)
                 && after.size() <= 1,
             qPrintable(describe(after)));
    QCOMPARE(a.session.status(), Session::Status::LoggedOut);
    QCOMPARE(a.cometd.state(), CometdClient::State::Disconnected);
    QCOMPARE(sim->cometdClientCount(), 0);
    QCOMPARE(sim->hungRequestCount(), 0);
    // The server heard nothing else either: besides the request reading the count, at most
    // the goodbye, which may have got through to the server that came back.
    const QJsonObject stats = control->get(u"/sim/stats"_s);
    QVERIFY2(stats.value("requests"_L1).toInt() - 1 <= after.size(),
             qPrintable(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact))));
    QCOMPARE(control->requestCount(u"Dial"_s), 0);
    expectWithinBudget(a, u"agent1"_s);
}

void TestChaos::logoutWhileARequestHangs_data()
{
    // tst_app_lifecycle has the late answers; here they never come, and what the client
    // sends afterwards is counted.
    QTest::addColumn<QString>("paths");
    QTest::addColumn<bool>("sessionStarted");
    QTest::newRow("login: GET /me") << u"/api/v2/me"_s << false;
    QTest::newRow("resync: GET /me/calls") << u"/api/v2/me/calls"_s << true;
}

void TestChaos::logoutWhileARequestHangs()
{
    QFETCH(QString, paths);
    QFETCH(bool, sessionStarted);
    GwsSimulator sim;
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    control.ringFrom(u"+15550920001"_s, u"5001"_s); // a call a resync would show
    control.post(u"/sim/faults"_s, {{u"hang"_s, true}, {u"paths"_s, paths}});
    ClientStack a(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    a.session.login();
    QTRY_COMPARE(sim.hungRequestCount(), 1);
    QCOMPARE(a.session.status(), Session::Status::LoggingIn);

    a.session.logout();
    const qsizetype loggedOut = a.network.mark();
    QCOMPARE(a.session.status(), Session::Status::LoggedOut);
    // The hang ends: the held request is answered (503) after the logout.
    control.send(u"/sim/faults"_s, "DELETE");
    QCOMPARE(control.lastStatus(), 200);
    QTest::qWait(2000); // the window counted: nothing may be sent in it
    const auto after = a.network.sentSince(loggedOut);
    QVERIFY2(after.isEmpty(), qPrintable(describe(after)));
    QCOMPARE(a.session.status(), Session::Status::LoggedOut);
    QCOMPARE(a.calls.callCount(), 0);
    QCOMPARE(a.cometd.state(), CometdClient::State::Disconnected);
    QTRY_COMPARE(sim.cometdClientCount(), 0);
    QCOMPARE(control.requestCount(u"StartContactCenterSession"_s), sessionStarted ? 1 : 0);
    QCOMPARE(control.requestCount(u"EndContactCenterSession"_s), sessionStarted ? 1 : 0);
    // The server has the agent logged out too.
    GwsTestClient server(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    QCOMPARE(server.get(u"/api/v2/me/devices?fields=*"_s)
                 .json["devices"_L1][0]["userState"_L1]["state"_L1]
                 .toString(),
             u"LoggedOut"_s);
    expectWithinBudget(a, u"agent1"_s);
}

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_app_chaos.moc"
