// The supervisor's team board read from a simulator holding 300 generated agents: pages,
// cadence, back-pressure, errors that clear, 403, per-cell updates, time in state, and
// "Listening in" following our monitoring leg.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"
#include "supervision.h"
#include "teammodel.h"
#include "teamreader.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kAgents = 300;
// Listed with ROLE_AGENT besides sup01 itself: 300 agents, sup02, and the built-in
// agent1, agent2, super1, super2 (all four have ROLE_AGENT).
constexpr int kTeamSize = kAgents + 1 + 4;
const QString kUsersPath = u"/api/v2/users"_s;
} // namespace

class TestTeamBoard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsTheTeamInPages();
    void oneRequestInFlightAtTheSetPace();
    void backsOffAndRecovers_data();
    void backsOffAndRecovers();
    void stateChangeReachesItsCells();
    void stateSeenAfterAGapIsAtLeast();
    void forbiddenListIsFinal();
    void listeningInEndsWithOurLeg();
    void agentsCallsShownOnlyWhenListed();
    void rowsKeyedByUserIdAndTimeFromTheClock();
    void anotherListedSupervisorShows();

private:
    // sup01 online with a Supervision reading into m_team; the first cycle done.
    bool startBoard(const QString &user = u"sup01"_s);
    QList<CountingNetwork::Sent> listRequests(qsizetype mark = 0) const;
    int rowOfUser(const QString &userName) const;
    QString cell(int row, int column) const { return m_team->index(row, column).data().toString(); }

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_boss;
    std::unique_ptr<TeamModel> m_team;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<Supervision> m_supervision;
};

void TestTeamBoard::initTestCase()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(3000);
    QString error;
    QVERIFY2(m_sim->addGeneratedUsers(kAgents, 2, &error), qPrintable(error));
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestTeamBoard::init()
{
    m_team = std::make_unique<TeamModel>();
    m_team->setTickInterval(0); // the tests tick themselves; signals counted are updates
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_team.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestTeamBoard::cleanup()
{
    m_control->send(u"/sim/faults"_s, "DELETE");
    m_supervision.reset();
    m_boss.reset();
    m_tester.reset();
    m_team.reset();
}

bool TestTeamBoard::startBoard(const QString &user)
{
    m_boss = std::make_unique<ClientStack>(m_sim->baseUrl(), user, user);
    if (!m_boss->loginAndWait())
        return false;
    m_supervision = std::make_unique<Supervision>(&m_boss->session, &m_boss->client,
                                                  &m_boss->control, m_team.get());
    // Brisk from the first page (the program's 5 s cycle would make every test wait for it);
    // a test that measures the pace sets its own.
    m_supervision->reader()->setCadence(400, 100);
    return QTest::qWaitFor([this] { return m_supervision->reader()->cyclesCompleted() >= 1; },
                           10000);
}

QList<CountingNetwork::Sent> TestTeamBoard::listRequests(qsizetype mark) const
{
    QList<CountingNetwork::Sent> list;
    for (const CountingNetwork::Sent &s : m_boss->network.sentSince(mark))
        if (s.path == kUsersPath)
            list.append(s);
    return list;
}

int TestTeamBoard::rowOfUser(const QString &userName) const
{
    for (int r = 0; r < m_team->rowCount(); ++r)
        if (m_team->memberAt(r)->userName == userName)
            return r;
    return -1;
}

void TestTeamBoard::readsTheTeamInPages()
{
    QVERIFY(startBoard());
    QCOMPARE(m_team->rowCount(), kTeamSize);
    QCOMPARE(m_supervision->reader()->pagesPerCycle(), 4);
    // The documented list request, a page of 100 at a time, in order.
    const QList<CountingNetwork::Sent> sent = listRequests();
    QVERIFY(sent.size() >= 4);
    for (int i = 0; i < 4; ++i) {
        const QUrlQuery q(sent.at(i).url);
        QCOMPARE(q.queryItemValue(u"offset"_s), QString::number(i * 100));
        QCOMPARE(q.queryItemValue(u"limit"_s), u"100"_s);
        QCOMPARE(q.queryItemValue(u"fields"_s), u"*"_s);
        // `calls` as Genesys' supervisor client asked (the simulator's extension serves it).
        QCOMPARE(q.queryItemValue(u"subresources"_s), u"devices,calls"_s);
        QCOMPARE(q.queryItemValue(u"roles"_s), u"ROLE_AGENT"_s);
        QCOMPARE(q.queryItemValue(u"sortBy"_s), u"lastName,firstName"_s);
    }
    // Devices came with the list: not one request per user.
    for (const CountingNetwork::Sent &s : m_boss->network.sent())
        QVERIFY2(!s.path.startsWith(kUsersPath + u'/'), qPrintable(s.path));
    const int row = rowOfUser(u"agent0001"_s);
    QVERIFY(row >= 0);
    QCOMPARE(m_team->index(row, 0).data(TeamModel::PhoneNumberRole).toString(), u"6001"_s);
    QCOMPARE(rowOfUser(u"sup01"_s), -1); // not ourselves
    // Nobody's state start was seen yet: at least this long.
    QVERIFY(cell(row, TeamModel::TimeColumn).startsWith(u"at least"_s));
    int counted = 0;
    for (const TeamModel::StateCount &c : m_team->stateCounts())
        counted += c.count;
    QCOMPARE(counted, kTeamSize);
}

void TestTeamBoard::oneRequestInFlightAtTheSetPace()
{
    QVERIFY(startBoard());
    // 4 pages, cycle max(2 s, 4 x 0.4 s): a request every 500 ms after the last answer.
    m_supervision->reader()->setCadence(2000, 400);
    m_control->post(u"/sim/faults"_s, {{u"latencyMs"_s, 300}, {u"paths"_s, kUsersPath}});
    QCOMPARE(m_control->lastStatus(), 200);
    QTRY_VERIFY(!m_supervision->reader()->isReading());
    const qsizetype mark = m_boss->network.mark();
    const int serverBefore = m_control->get(u"/sim/stats"_s).value(u"requests").toInt();
    QTest::qWait(4000); // the window measured
    const int serverAfter = m_control->get(u"/sim/stats"_s).value(u"requests").toInt();
    const QList<CountingNetwork::Sent> sent = listRequests(mark);
    // The server saw what the client logged (its long-polls included) and our two
    // /sim/stats reads: the client's log is the whole of its load.
    const qsizetype clientTotal = m_boss->network.sentSince(mark).size();
    QVERIFY2(serverAfter - serverBefore <= clientTotal + 2,
             qPrintable(u"server %1, client %2"_s.arg(serverAfter - serverBefore).arg(clientTotal)));
    // Each one waits for the answer before (300 ms) and then the gap (500 ms).
    for (int i = 1; i < sent.size(); ++i)
        QVERIFY2(sent.at(i).atMs - sent.at(i - 1).atMs >= 780,
                 qPrintable(u"%1 ms apart"_s.arg(sent.at(i).atMs - sent.at(i - 1).atMs)));
    QVERIFY2(sent.size() >= 3 && sent.size() <= 6, qPrintable(QString::number(sent.size())));
    QVERIFY(m_supervision->teamError().isEmpty());
}

void TestTeamBoard::backsOffAndRecovers_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<bool>("failing");
    QTest::newRow("503") << QJsonObject{{u"httpStatus"_s, 503}, {u"paths"_s, kUsersPath}} << true;
    QTest::newRow("429") << QJsonObject{{u"httpStatus"_s, 429}, {u"paths"_s, kUsersPath}} << true;
    QTest::newRow("500") << QJsonObject{{u"httpStatus"_s, 500}, {u"paths"_s, kUsersPath}} << true;
    QTest::newRow("slow") << QJsonObject{{u"latencyMs"_s, 2200}, {u"paths"_s, kUsersPath}}
                          << false;
}

void TestTeamBoard::backsOffAndRecovers()
{
    QFETCH(QJsonObject, fault);
    QFETCH(bool, failing);
    QVERIFY(startBoard());
    TeamReader *reader = m_supervision->reader();
    reader->setCadence(100, 25); // 25 ms between pages when all is well
    QSignalSpy errors(m_supervision.get(), &Supervision::errorOccurred);
    m_control->post(u"/sim/faults"_s, fault);
    QCOMPARE(m_control->lastStatus(), 200);
    const qsizetype mark = m_boss->network.mark();
    QTRY_VERIFY_WITH_TIMEOUT(reader->backoff() >= (failing ? 16 : 2), 15000);
    if (failing) {
        // Said once, kept while retrying; what was read stays on the board.
        QVERIFY(!m_supervision->teamError().isEmpty());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(m_team->rowCount(), kTeamSize);
        QVERIFY(m_supervision->isActive());
        // The waits between the failing tries doubled: 50, 100, 200 ms (2x: slack for
        // answer times under sanitizers).
        const QList<CountingNetwork::Sent> sent = listRequests(mark);
        QVERIFY(sent.size() >= 3);
        const qint64 first = sent.at(1).atMs - sent.at(0).atMs;
        const qint64 last = sent.last().atMs - sent.at(sent.size() - 2).atMs;
        QVERIFY2(last >= 2 * first, qPrintable(u"%1 then %2 ms"_s.arg(first).arg(last)));
    } else {
        QVERIFY(m_supervision->teamError().isEmpty()); // slow is not an error
    }
    m_control->send(u"/sim/faults"_s, "DELETE");
    // The next good answer clears the error and restores the pace.
    QTRY_VERIFY_WITH_TIMEOUT(reader->backoff() == 1, 10000);
    QVERIFY(m_supervision->teamError().isEmpty());
    QCOMPARE(m_team->rowCount(), kTeamSize);
}

void TestTeamBoard::stateChangeReachesItsCells()
{
    QVERIFY(startBoard());
    TeamReader *reader = m_supervision->reader();
    const int row = rowOfUser(u"agent0150"_s);
    QVERIFY(row >= 0);
    const int notReady = m_team->count(TeamModel::StateKey::NotReady);
    // Let a whole quiet cycle pass: nothing changed, nothing signalled.
    QSignalSpy changed(m_team.get(), &QAbstractItemModel::dataChanged);
    int cycles = reader->cyclesCompleted();
    QTRY_VERIFY(reader->cyclesCompleted() >= cycles + 1);
    QCOMPARE(changed.count(), 0);

    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, QJsonArray{u"agent0150"_s}},
                                             {u"operationName"_s, u"NotReady"_s},
                                             {u"reasonCode"_s, u"Lunch"_s}});
    QCOMPARE(m_control->lastStatus(), 200);
    QTRY_COMPARE(m_team->index(row, 0).data(TeamModel::AgentStateRole).toString(), u"NotReady"_s);
    cycles = reader->cyclesCompleted();
    QTRY_VERIFY(reader->cyclesCompleted() >= cycles + 1); // and a whole cycle after it
    // One row of 305, its state and its time: per cell, nothing else.
    QVERIFY2(changed.count() >= 2 && changed.count() <= 3, qPrintable(QString::number(changed.count())));
    QSet<int> columns;
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), row);
        QCOMPARE(bottomRight, topLeft);
        columns.insert(topLeft.column());
    }
    QVERIFY(columns.contains(TeamModel::StateColumn));
    QVERIFY(columns.contains(TeamModel::TimeColumn));
    QVERIFY(cell(row, TeamModel::StateColumn).contains(u"Lunch"_s));
    // Seen to begin: an exact time, counting from the read that saw it.
    QVERIFY(m_team->index(row, 0).data(TeamModel::StateTimeExactRole).toBool());
    QVERIFY(!cell(row, TeamModel::TimeColumn).startsWith(u"at least"_s));
    QCOMPARE(m_team->count(TeamModel::StateKey::NotReady), notReady + 1);
    QCOMPARE(m_team->index(row, 0).data(TeamModel::StateKeyRole).toInt(),
             int(TeamModel::StateKey::NotReady));

    // The tick: one signal for the whole time column.
    changed.clear();
    m_team->tick();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), m_team->index(0, TeamModel::TimeColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), m_team->rowCount() - 1);
}

void TestTeamBoard::stateSeenAfterAGapIsAtLeast()
{
    QVERIFY(startBoard());
    const int row = rowOfUser(u"agent0151"_s);
    QVERIFY(row >= 0);
    m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 503}, {u"paths"_s, kUsersPath}});
    QTRY_VERIFY(!m_supervision->teamError().isEmpty());
    // Changed while we could not read: when, we cannot tell.
    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, QJsonArray{u"agent0151"_s}},
                                             {u"operationName"_s, u"NotReady"_s}});
    QCOMPARE(m_control->lastStatus(), 200);
    m_control->send(u"/sim/faults"_s, "DELETE");
    QTRY_COMPARE_WITH_TIMEOUT(m_team->index(row, 0).data(TeamModel::AgentStateRole).toString(),
                              u"NotReady"_s, 10000);
    QVERIFY(m_supervision->teamError().isEmpty());
    QVERIFY(!m_team->index(row, 0).data(TeamModel::StateTimeExactRole).toBool());
    QVERIFY(cell(row, TeamModel::TimeColumn).startsWith(u"at least"_s));
    // The next change is seen as it happens.
    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, QJsonArray{u"agent0151"_s}},
                                             {u"operationName"_s, u"Ready"_s}});
    QTRY_COMPARE(m_team->index(row, 0).data(TeamModel::AgentStateRole).toString(), u"Ready"_s);
    QVERIFY(m_team->index(row, 0).data(TeamModel::StateTimeExactRole).toBool());
}

void TestTeamBoard::forbiddenListIsFinal()
{
    QVERIFY(m_sim->setUsersListRole(u"admin"_s));
    const auto restore = qScopeGuard([this] { m_sim->setUsersListRole(u"supervisor"_s); });
    m_boss = std::make_unique<ClientStack>(m_sim->baseUrl(), u"sup02"_s, u"sup02"_s);
    QVERIFY(m_boss->loginAndWait());
    m_supervision = std::make_unique<Supervision>(&m_boss->session, &m_boss->client,
                                                  &m_boss->control, m_team.get());
    QTRY_VERIFY(!m_supervision->teamUnavailableReason().isEmpty());
    QVERIFY(m_supervision->teamUnavailableReason().contains(u"by number"_s));
    QVERIFY(!m_supervision->isActive());
    QTest::qWait(1500); // and it does not ask again
    QCOMPARE(listRequests().size(), 1);
    QCOMPARE(m_team->rowCount(), 0);
}

void TestTeamBoard::listeningInEndsWithOurLeg()
{
    // As a documented GWS: the list carries no calls; our leg alone tells the agent's call.
    QVERIFY(m_sim->setExtensionEnabled(u"usersCallsSubresource"_s, false));
    const auto restore = qScopeGuard(
        [this] { m_sim->setExtensionEnabled(u"usersCallsSubresource"_s, true); });
    ClientStack agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.loginAndWait());
    QVERIFY(startBoard());
    const int row = rowOfUser(u"agent1"_s);
    QVERIFY(row >= 0);
    const QString device = m_team->index(row, 0).data(TeamModel::DeviceIdRole).toString();
    QCOMPARE(device, agent.session.device().id);
    QVERIFY(m_supervision->monitor(device, u"ListenIn"_s));
    // Armed: the device says so, no call yet.
    QTRY_COMPARE(cell(row, TeamModel::MonitoredColumn), u"Listening in: waiting for a call"_s);
    QVERIFY(m_team->index(row, 0).data(TeamModel::MonitoredByMeRole).toBool());

    m_control->ringFrom(u"+15550600001"_s, u"5001"_s);
    const QString callId = agent.waitForFirstIn(CallState::Ringing);
    QVERIFY(!callId.isEmpty());
    agent.control.answer(callId);
    QTRY_VERIFY(m_supervision->monitoredCall());
    QTRY_COMPARE(cell(row, TeamModel::MonitoredColumn), u"Listening in"_s);
    // Our leg tells the agent's call: the other party and how long. The board counts no
    // one "On a call" (it cannot know the others'): the agent keeps the agent state's key.
    QVERIFY(cell(row, TeamModel::CallColumn).startsWith(u"On a call with +15550600001"_s));
    QVERIFY(!m_team->callsKnown());
    QCOMPARE(m_team->index(row, 0).data(TeamModel::StateKeyRole).toInt(),
             int(TeamModel::StateKey::Ready));

    // We hang up our leg: no longer listening (monitoring stays armed for the next call).
    const QString leg = m_supervision->monitoredCall()->id;
    QTRY_VERIFY(!m_boss->control.isBusy(leg));
    QVERIFY(m_boss->control.hangup(leg));
    QTRY_COMPARE(cell(row, TeamModel::MonitoredColumn), u"Listening in: waiting for a call"_s);
    QCOMPARE(cell(row, TeamModel::CallColumn), QString());

    // Cancelled: the device no longer says it, and neither does the row.
    QTRY_VERIFY(!m_supervision->isBusy());
    QVERIFY(m_supervision->cancel());
    QTRY_COMPARE(cell(row, TeamModel::MonitoredColumn), QString());
    QVERIFY(!m_team->index(row, 0).data(TeamModel::MonitoredByMeRole).toBool());
    agent.control.hangup(callId);
    QTRY_COMPARE(agent.calls.callCount(), 0);
}

void TestTeamBoard::agentsCallsShownOnlyWhenListed()
{
    ClientStack agent(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QVERIFY(agent.loginAndWait());
    QVERIFY(startBoard());
    TeamReader *reader = m_supervision->reader();
    QVERIFY(m_team->callsKnown());
    QCOMPARE(m_team->count(TeamModel::StateKey::OnCall), 0);
    const int row = rowOfUser(u"agent2"_s);
    QVERIFY(row >= 0);
    m_control->ringFrom(u"+15550600002"_s, u"5002"_s);
    const QString callId = agent.waitForFirstIn(CallState::Ringing);
    QVERIFY(!callId.isEmpty());
    QTRY_VERIFY(cell(row, TeamModel::CallColumn).startsWith(u"Ringing"_s));
    agent.control.answer(callId);
    // The listed call: the other party and how long, without anyone monitoring it.
    QTRY_VERIFY(cell(row, TeamModel::CallColumn).startsWith(u"On a call with +15550600002"_s));
    QCOMPARE(m_team->index(row, 0).data(TeamModel::StateKeyRole).toInt(),
             int(TeamModel::StateKey::OnCall));
    QCOMPARE(m_team->count(TeamModel::StateKey::OnCall), 1);

    // The server stops listing calls (as a documented GWS): nothing claimed about calls.
    QVERIFY(m_sim->setExtensionEnabled(u"usersCallsSubresource"_s, false));
    const auto restore = qScopeGuard(
        [this] { m_sim->setExtensionEnabled(u"usersCallsSubresource"_s, true); });
    QSignalSpy known(m_team.get(), &TeamModel::callsKnownChanged);
    QTRY_VERIFY(!m_team->callsKnown());
    QCOMPARE(known.count(), 1);
    QTRY_COMPARE(cell(row, TeamModel::CallColumn), QString());
    QCOMPARE(m_team->index(row, 0).data(TeamModel::StateKeyRole).toInt(),
             int(TeamModel::StateKey::Ready));
    for (const TeamModel::StateCount &c : m_team->stateCounts())
        QVERIFY(c.key != TeamModel::StateKey::OnCall);
    int counted = 0;
    for (const TeamModel::StateCount &c : m_team->stateCounts())
        counted += c.count;
    QCOMPARE(counted, kTeamSize); // every agent still counted once
    // Still asked for (the server may list them again); no 400, so no fallback.
    QVERIFY(reader->asksForCalls());
    agent.control.hangup(callId);
    QTRY_COMPARE(agent.calls.callCount(), 0);
}

void TestTeamBoard::rowsKeyedByUserIdAndTimeFromTheClock()
{
    // The model alone, on a clock the test moves.
    QDateTime now = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
    m_team->setClock([&now] { return now; });
    const auto agent = [](const QString &id, const QString &state, const QString &reason = {}) {
        Device d;
        d.id = u"dev-"_s + id;
        d.phoneNumber = u"70"_s + id;
        d.userState.state = state;
        d.userState.reason = reason;
        return TeamMember{id, u"user"_s + id, u"Agent "_s + id, {}, {}, {d}, {}};
    };
    m_team->setMembers({agent(u"1"_s, u"Ready"_s), agent(u"2"_s, u"Ready"_s),
                        agent(u"3"_s, u"NotReady"_s), agent(u"4"_s, u"Ready"_s)});
    QCOMPARE(m_team->rowCount(), 4);
    QCOMPARE(m_team->count(TeamModel::StateKey::Ready), 3);
    now = now.addSecs(65);
    QCOMPARE(cell(0, TeamModel::TimeColumn), u"at least 1:05"_s);
    QCOMPARE(m_team->index(0, 0).data(TeamModel::SecondsInStateRole).toLongLong(), 65);

    // A change seen: exact, from now; the others keep their rows and their times.
    QSignalSpy changed(m_team.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy counts(m_team.get(), &TeamModel::stateCountsChanged);
    m_team->updateMembers({agent(u"2"_s, u"NotReady"_s, u"Lunch"_s), agent(u"1"_s, u"Ready"_s)});
    QCOMPARE(changed.count(), 2); // row 1: state and time
    QCOMPARE(counts.count(), 1);
    QCOMPARE(m_team->count(TeamModel::StateKey::NotReady), 2);
    now = now.addSecs(7);
    QCOMPARE(cell(1, TeamModel::TimeColumn), u"0:07"_s);
    QCOMPARE(cell(0, TeamModel::TimeColumn), u"at least 1:12"_s);

    // Two of them leave (rows 1 and 2, one run), one joins: rows stay keyed by id.
    m_team->setMembers({agent(u"1"_s, u"Ready"_s), agent(u"4"_s, u"Ready"_s),
                        agent(u"5"_s, u"Ready"_s)});
    QCOMPARE(m_team->rowCount(), 3);
    QCOMPARE(m_team->rowOf(u"4"_s), 1);
    QCOMPARE(m_team->rowOf(u"5"_s), 2);
    QCOMPARE(m_team->rowOf(u"2"_s), -1);
    QCOMPARE(cell(0, TeamModel::TimeColumn), u"at least 1:12"_s);
    QCOMPARE(m_team->index(1, 0).data(TeamModel::PhoneNumberRole).toString(), u"704"_s);
    // Sorting by time uses seconds, not the words.
    QCOMPARE(m_team->index(0, TeamModel::TimeColumn).data(TeamModel::SortRole).toLongLong(), 72);
}

void TestTeamBoard::anotherListedSupervisorShows()
{
    // sup02 is listed too (it has ROLE_AGENT); its device says whom it monitors.
    ClientStack other(m_sim->baseUrl(), u"sup02"_s, u"sup02"_s);
    QVERIFY(other.loginAndWait());
    QVERIFY(startBoard());
    const int row = rowOfUser(u"agent2"_s);
    QVERIFY(row >= 0);
    QCOMPARE(cell(row, TeamModel::MonitoredColumn), QString());
    TeamModel otherTeam;
    Supervision otherSupervision(&other.session, &other.client, &other.control, &otherTeam);
    QVERIFY(otherSupervision.monitorNumber(u"5002"_s, u"Coach"_s));
    const QString name = m_team->memberAt(rowOfUser(u"sup02"_s))->displayName;
    QTRY_COMPARE(cell(row, TeamModel::MonitoredColumn), name + u" coaching"_s);
    QVERIFY(!m_team->index(row, 0).data(TeamModel::MonitoredByMeRole).toBool());
    QTRY_VERIFY(!otherSupervision.isBusy());
    QVERIFY(otherSupervision.cancel());
    QTRY_COMPARE(cell(row, TeamModel::MonitoredColumn), QString());
}

QTEST_GUILESS_MAIN(TestTeamBoard)
#include "tst_app_teamboard.moc"
