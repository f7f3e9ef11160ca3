// The call history on a real SQLite file: the steps of a call, missed/declined/transferred/
// conferenced calls, replays without duplicates, a process killed between two steps, and a
// file written by schema version 1.
#include "call.h"
#include "calljournal.h"
#include "historymodel.h"
#include "historyretention.h"

#include <QAbstractItemModelTester>
#include <QBuffer>

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);

Call makeCall(const QString &id, CallState state, const QString &type = u"Inbound"_s,
              const QString &number = u"5551234"_s)
{
    Call call;
    call.id = id;
    call.callUuid = u"uuid-"_s + id;
    call.state = state;
    call.callType = type;
    Participant p;
    p.phoneNumber = number;
    call.participants = {p};
    call.userData = {{u"CustomerName"_s, u"Jane Roe"_s}, {u"Account"_s, u"A-42%"_s}};
    return call;
}

int rowCount(const CallJournal &journal)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
    return q.exec(u"SELECT COUNT(*) FROM calls"_s) && q.next() ? q.value(0).toInt() : -1;
}

// The child process of killedBetweenSteps: one step per line read on stdin, saying
// "step N" after each, so the parent can kill it at a known point.
int childMain(const QString &path)
{
    CallJournal journal(path);
    if (!journal.isOpen())
        return 3;
    const Call ringing = makeCall(u"c-crash"_s, CallState::Ringing);
    Call established = ringing;
    established.state = CallState::Established;
    const QList<std::function<void()>> steps{
        [&] { journal.record(ringing, t0); },
        [&] { journal.record(established, t0.addSecs(3)); },
        [&] { journal.end(ringing.id, t0.addSecs(20)); },
    };
    for (int i = 0; i < steps.size(); ++i) {
        steps[i]();
        std::printf("step %d\n", i + 1);
        std::fflush(stdout);
        std::string line;
        if (!std::getline(std::cin, line))
            return 0;
    }
    return 0;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private slots:
    void init() { QVERIFY(m_dir.isValid()); m_path = m_dir.filePath(u"h%1.sqlite"_s.arg(++m_n)); }

    void fullCallHasItsDurations()
    {
        CallJournal journal(m_path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
        QCOMPARE(journal.schemaVersion(), CallJournal::kSchemaVersion);
        Call call = makeCall(u"c1"_s, CallState::Ringing);
        journal.record(call, t0);
        call.state = CallState::Established;
        journal.record(call, t0.addSecs(5));
        call.state = CallState::Held;
        journal.record(call, t0.addSecs(10));
        journal.record(call, t0.addSecs(20)); // a replay while held changes nothing
        call.state = CallState::Established;
        journal.record(call, t0.addSecs(40));
        journal.end(call.id, t0.addSecs(60));

        const auto e = journal.latest(u"c1"_s);
        QVERIFY(e);
        QCOMPARE(e->outcome, CallOutcome::Answered);
        QCOMPARE(e->number, u"5551234"_s);
        QCOMPARE(e->name, u"Jane Roe"_s);
        QCOMPARE(e->callUuid, u"uuid-c1"_s);
        QCOMPARE(e->direction, u"Inbound"_s);
        QCOMPARE(e->startedAt, t0);
        QCOMPARE(e->ringMs, 5000);
        QCOMPARE(e->holdMs, 30000);
        QCOMPARE(e->talkMs, 25000);
        QCOMPARE(e->caseData.value(u"Account"_s).toString(), u"A-42%"_s);
        QVERIFY(e->seen);
        QCOMPARE(rowCount(journal), 1);
    }

    void hangUpWhileHeldCountsTheHold()
    {
        CallJournal journal(m_path);
        Call call = makeCall(u"c2"_s, CallState::Established, u"Outbound"_s);
        journal.record(call, t0);
        call.state = CallState::Held;
        journal.record(call, t0.addSecs(10));
        journal.end(call.id, t0.addSecs(25));
        const auto e = journal.latest(call.id);
        QCOMPARE(e->holdMs, 15000);
        QCOMPARE(e->talkMs, 10000);
        QCOMPARE(e->ringMs, 0);
    }

    void missedCallIsUnseenUntilLookedAt()
    {
        CallJournal journal(m_path);
        journal.record(makeCall(u"m1"_s, CallState::Ringing), t0);
        journal.end(u"m1"_s, t0.addSecs(30));
        const auto e = journal.latest(u"m1"_s);
        QCOMPARE(e->outcome, CallOutcome::Missed);
        QCOMPARE(e->ringMs, 30000);
        QCOMPARE(e->talkMs, 0);
        QCOMPARE(journal.unseenMissedCount(), 1);
        QCOMPARE(journal.entries({}, true).size(), 1);
        journal.markMissedSeen();
        QCOMPARE(journal.unseenMissedCount(), 0);
    }

    void outcomesTheCallerKnows_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::newRow("declined") << int(CallOutcome::Declined);
        QTest::newRow("transferred") << int(CallOutcome::Transferred);
        QTest::newRow("conferenced") << int(CallOutcome::Conferenced);
    }
    void outcomesTheCallerKnows()
    {
        QFETCH(int, outcome);
        CallJournal journal(m_path);
        journal.record(makeCall(u"o1"_s, CallState::Established), t0);
        journal.end(u"o1"_s, t0.addSecs(9), CallOutcome(outcome));
        QCOMPARE(journal.latest(u"o1"_s)->outcome, CallOutcome(outcome));
        QCOMPARE(journal.unseenMissedCount(), 0);
    }

    void unansweredOutboundIsNoAnswer()
    {
        CallJournal journal(m_path);
        journal.record(makeCall(u"d1"_s, CallState::Dialing, u"Outbound"_s), t0);
        journal.end(u"d1"_s, t0.addSecs(12));
        QCOMPARE(journal.latest(u"d1"_s)->outcome, CallOutcome::NoAnswer);
        QCOMPARE(journal.unseenMissedCount(), 0);
        QVERIFY(journal.successfulDestinations(10).isEmpty()); // never reached
    }

    void replaysAndRestartsNeverDuplicate()
    {
        Call call = makeCall(u"r1"_s, CallState::Established);
        {
            CallJournal journal(m_path);
            journal.record(call, t0);
            journal.record(call, t0.addSecs(1)); // a resync after a reconnect
        }
        CallJournal reopened(m_path); // a restart
        QVERIFY(!reopened.record(call, t0.addSecs(30))); // unfinished: nothing lives again
        QCOMPARE(rowCount(reopened), 1);
        QCOMPARE(reopened.latest(u"r1"_s)->startedAt, t0);
        // A resync that no longer lists the call: ended when last seen, not now.
        QCOMPARE(reopened.endMissing({u"other"_s}), 1);
        const auto e = reopened.latest(u"r1"_s);
        QCOMPARE(e->endedAt, t0.addSecs(30));
        QCOMPARE(e->outcome, CallOutcome::Answered);
        QCOMPARE(reopened.endMissing({}), 0);
        // The server lists it again after all: it lives on, in the same row.
        QVERIFY(reopened.record(call, t0.addSecs(40)));
        QCOMPARE(rowCount(reopened), 1);
        QCOMPARE(reopened.latest(u"r1"_s)->outcome, CallOutcome::Unfinished);
    }

    void killedBetweenSteps_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("after ringing") << 1;
        QTest::newRow("after answer") << 2;
    }
    void killedBetweenSteps()
    {
        QFETCH(int, killAfter);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"JOURNAL_CHILD"_s, m_path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        for (int step = 1; step <= killAfter; ++step) {
            const QByteArray mark = "step " + QByteArray::number(step);
            while (!out.contains(mark)) {
                QVERIFY2(child.waitForReadyRead(10000), "the child did not report its step");
                out += child.readAllStandardOutput();
            }
            if (step < killAfter)
                child.write("\n");
        }
        child.kill(); // SIGKILL: no destructor, no close, as in a crash
        QVERIFY(child.waitForFinished());

        CallJournal journal(m_path);
        QVERIFY(journal.isOpen());
        QCOMPARE(rowCount(journal), 1);
        const auto e = journal.latest(u"c-crash"_s);
        QVERIFY(e);
        QCOMPARE(e->outcome, CallOutcome::Unfinished);
        QCOMPARE(e->answeredAt.isValid(), killAfter >= 2);
        // After the restart the server still has the call: the same row goes on.
        Call call = makeCall(u"c-crash"_s, CallState::Established);
        journal.record(call, t0.addSecs(10));
        journal.end(call.id, t0.addSecs(20));
        QCOMPARE(rowCount(journal), 1);
        QCOMPARE(journal.latest(call.id)->outcome, CallOutcome::Answered);
        QCOMPARE(journal.latest(call.id)->startedAt, t0);
    }

    // The missed calls not yet seen are counted at every refresh of the history: through
    // the partial index, not by reading every call (the query is CallJournal's own).
    void unseenMissedAreCountedByIndex()
    {
        CallJournal journal(m_path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
        Call call = makeCall(u"m1"_s, CallState::Ringing);
        journal.record(call, t0);
        journal.end(call.id, t0.addSecs(20));
        QCOMPARE(journal.unseenMissedCount(), 1);
        QSqlQuery plan(QSqlDatabase::database(journal.connectionName()));
        QVERIFY(plan.exec(u"EXPLAIN QUERY PLAN SELECT COUNT(*) FROM calls "
                          "WHERE outcome = 'Missed' AND seen = 0"_s));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(steps.join(u' ').contains(u"INDEX calls_unseen"_s), qPrintable(steps.join(u"; "_s)));
        journal.markMissedSeen();
        QCOMPARE(journal.unseenMissedCount(), 0);
    }

    void migratesFromSchemaVersion1()
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QFile sql(QFINDTESTDATA("fixtures/journal_v1.sql"));
            QVERIFY(sql.open(QIODevice::ReadOnly));
            QString script;
            for (const QString &line : QString::fromUtf8(sql.readAll()).split(u'\n'))
                if (!line.startsWith(u"--"_s))
                    script += line + u'\n';
            for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
                if (statement.trimmed().isEmpty())
                    continue;
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement), qPrintable(statement));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        CallJournal journal(m_path);
        QVERIFY2(journal.isOpen(), qPrintable(journal.errorString()));
        QCOMPARE(journal.schemaVersion(), CallJournal::kSchemaVersion);
        const QList<JournalEntry> all = journal.entries();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].callId, u"v1-missed"_s); // newest first
        QVERIFY(all[0].seen);                     // old misses are not news
        QCOMPARE(journal.unseenMissedCount(), 0);
        const auto old = journal.latest(u"v1-answered"_s);
        QCOMPARE(old->talkMs, 50000);
        QCOMPARE(old->holdMs, 10000);
        QCOMPARE(old->caseData.value(u"CustomerName"_s).toString(), u"Ada Lovelace"_s);
        journal.setWrapUp(u"v1-answered"_s, u"Resolved"_s, u"called back"_s);
        QCOMPARE(journal.latest(u"v1-answered"_s)->disposition, u"Resolved"_s);
        QCOMPARE(journal.entries(u"A-17"_s).size(), 1); // case data is searchable
        QVERIFY(journal.pendingWrapUps().isEmpty()); // old calls are not wrapped up again
    }

    void wrapUpDraftsAndDispositionsByUse()
    {
        CallJournal journal(m_path);
        for (const QString &id : {u"w1"_s, u"w2"_s, u"w3"_s}) {
            journal.record(makeCall(id, CallState::Established), t0);
            journal.end(id, t0.addSecs(30));
        }
        QVERIFY(journal.pendingWrapUps().isEmpty()); // only what is asked for
        journal.needWrapUp(u"w1"_s);
        journal.needWrapUp(u"w2"_s);
        journal.needWrapUp(u"w3"_s);
        journal.setWrapUp(u"w1"_s, u"Resolved"_s, u"draft"_s, false);
        QCOMPARE(journal.pendingWrapUps().size(), 3);
        QCOMPARE(journal.pendingWrapUps().first().notes, u"draft"_s); // the draft is kept
        QVERIFY(journal.dispositionsByUse().isEmpty()); // drafts do not count as use
        journal.setWrapUp(u"w1"_s, u"Resolved"_s, u"done"_s);
        journal.setWrapUp(u"w2"_s, u"Escalated"_s, {});
        journal.setWrapUp(u"w3"_s, u"Escalated"_s, {});
        QVERIFY(journal.pendingWrapUps().isEmpty());
        QCOMPARE(journal.dispositionsByUse(), (QStringList{u"Escalated"_s, u"Resolved"_s}));
        QCOMPARE(journal.latest(u"w1"_s)->notes, u"done"_s);
    }

    void newerSchemaIsNotTouched()
    {
        {
            CallJournal journal(m_path);
            QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
            QVERIFY(q.exec(u"PRAGMA user_version = 99"_s));
        }
        CallJournal journal(m_path);
        QVERIFY(!journal.isOpen());
        QVERIFY(journal.errorString().contains(u"newer"_s));
        journal.record(makeCall(u"x"_s, CallState::Ringing), t0); // ignored, no crash
    }

    void searchesNumberNameAndCaseData()
    {
        CallJournal journal(m_path);
        journal.record(makeCall(u"s1"_s, CallState::Established, u"Outbound"_s, u"5001"_s), t0);
        Call other = makeCall(u"s2"_s, CallState::Ringing, u"Inbound"_s, u"7007"_s);
        other.userData = {{u"Name"_s, u"Bob_Smith"_s}};
        journal.record(other, t0.addSecs(60));
        journal.end(u"s1"_s, t0.addSecs(30));
        journal.end(u"s2"_s, t0.addSecs(90));
        QCOMPARE(journal.entries(u"500"_s).size(), 1);
        QCOMPARE(journal.entries(u"bob"_s).size(), 1); // names match case-insensitively
        QCOMPARE(journal.entries(u"A-42%"_s).size(), 1);
        QCOMPARE(journal.entries(u"b_s"_s).size(), 1);   // _ is a character, not a wildcard
        QCOMPARE(journal.entries(u"bxsmith"_s).size(), 0);
        QCOMPARE(journal.entries(u"%"_s).size(), 1);     // only the row holding a %
        QCOMPARE(journal.entries(u"7_"_s).size(), 0);    // short: read, _ still literal
        QCOMPARE(journal.entries(u"70"_s).size(), 1);
        QCOMPARE(journal.entries(u"x\" OR \"5"_s).size(), 0); // a quote is text, not syntax
        QCOMPARE(journal.entries(u"NEAR(5001"_s).size(), 0);
        QCOMPARE(journal.entries({}, false, 1).first().callId, u"s2"_s);
        // The index follows changes: a name set later is found, the old one no longer.
        other.userData = {{u"Name"_s, u"Carol"_s}};
        journal.record(other, t0.addSecs(95));
        QCOMPARE(journal.entries(u"carol"_s).size(), 1);
        QCOMPARE(journal.entries(u"bob"_s).size(), 0);
        QCOMPARE(journal.successfulDestinations(5), QStringList{u"5001"_s});
    }

    // Offered again: numbers reached (a dialled call or a consultation answered, a one-step
    // transfer accepted); never one that was busy or failed. Newest first, each once.
    void successfulDestinationsAreOnlyThoseReached()
    {
        CallJournal journal(m_path);
        journal.record(makeCall(u"out"_s, CallState::Established, u"Outbound"_s, u"7001"_s), t0);
        journal.end(u"out"_s, t0.addSecs(60));
        journal.record(makeCall(u"k-busy"_s, CallState::Dialing, u"Consult"_s, u"7002"_s),
                       t0.addSecs(100));
        journal.end(u"k-busy"_s, t0.addSecs(101));
        journal.record(makeCall(u"k-ok"_s, CallState::Dialing, u"Consult"_s, u"7003"_s),
                       t0.addSecs(200));
        journal.record(makeCall(u"k-ok"_s, CallState::Established, u"Consult"_s, u"7003"_s),
                       t0.addSecs(205));
        journal.end(u"k-ok"_s, t0.addSecs(230), CallOutcome::Transferred);
        journal.record(makeCall(u"in1"_s, CallState::Established), t0.addSecs(300));
        journal.setTransferredTo(u"in1"_s, u"7004"_s);
        journal.end(u"in1"_s, t0.addSecs(310), CallOutcome::Transferred);
        journal.record(makeCall(u"in2"_s, CallState::Established), t0.addSecs(400));
        journal.setTransferredTo(u"in2"_s, u"7005"_s);
        journal.end(u"in2"_s, t0.addSecs(410), CallOutcome::Transferred);
        journal.setTransferredTo(u"in2"_s, {}); // the destination turned out busy
        journal.record(makeCall(u"out2"_s, CallState::Established, u"Outbound"_s, u"7001"_s),
                       t0.addSecs(500));
        journal.end(u"out2"_s, t0.addSecs(520));
        QCOMPARE(journal.successfulDestinations(10),
                 (QStringList{u"7001"_s, u"7004"_s, u"7003"_s}));
        QCOMPARE(journal.successfulDestinations(2), (QStringList{u"7001"_s, u"7004"_s}));
        // The unanswered consultation was the agent's own call: not a missed one.
        QCOMPARE(journal.latest(u"k-busy"_s)->outcome, CallOutcome::NoAnswer);
        QCOMPARE(journal.unseenMissedCount(), 0);
    }

    void retentionDropsOnlyOldEndedCalls()
    {
        CallJournal journal(m_path);
        journal.record(makeCall(u"old"_s, CallState::Established), t0.addDays(-100));
        journal.end(u"old"_s, t0.addDays(-100).addSecs(60));
        journal.record(makeCall(u"oldlive"_s, CallState::Established), t0.addDays(-100));
        journal.record(makeCall(u"new"_s, CallState::Established), t0);
        QCOMPARE(journal.purgeOlderThan(t0.addDays(-90)), 1);
        QCOMPARE(rowCount(journal), 2);
    }

    void retentionSettingIsBoundedAndApplied()
    {
        QSettings settings(m_dir.filePath(u"retention.ini"_s), QSettings::IniFormat);
        QCOMPARE(HistoryRetention::load(settings), 90); // nothing saved: the default
        settings.setValue(u"history/retentionDays"_s, 0);
        QCOMPARE(HistoryRetention::load(settings), 90); // a stray 0 never purges everything
        HistoryRetention::save(settings, 99999);
        QCOMPARE(HistoryRetention::load(settings), HistoryRetention::kMaxDays);
        HistoryRetention::save(settings, 7);
        QCOMPARE(settings.value(u"history/retentionDays"_s).toInt(), 7);
        CallJournal journal(m_path);
        journal.record(makeCall(u"d8"_s, CallState::Established), t0.addDays(-8));
        journal.end(u"d8"_s, t0.addDays(-8).addSecs(60));
        journal.record(makeCall(u"d6"_s, CallState::Established), t0.addDays(-6));
        journal.end(u"d6"_s, t0.addDays(-6).addSecs(60));
        QCOMPARE(HistoryRetention::apply(&journal, HistoryRetention::load(settings), t0), 1);
        QCOMPARE(journal.entries().value(0).callId, u"d6"_s);
        QCOMPARE(HistoryRetention::apply(nullptr, 7, t0), 0);
    }

    void historyModelPagesFiltersAndExports()
    {
        CallJournal journal(m_path);
        {
            // 600 calls in one transaction: more than one page of the model.
            QSqlDatabase db = QSqlDatabase::database(journal.connectionName());
            db.transaction();
            for (int i = 0; i < 600; ++i) {
                Call call = makeCall(u"h%1"_s.arg(i), CallState::Ringing, u"Inbound"_s,
                                     u"555%1"_s.arg(i, 4, 10, QChar(u'0')));
                call.userData = {{u"CustomerName"_s, i == 7 ? u"=HYPERLINK(\"x\"), \"Bob\""_s
                                                            : u"Caller %1"_s.arg(i)}};
                journal.record(call, t0.addSecs(i));
                if (i % 2 == 0) {
                    call.state = CallState::Established;
                    journal.record(call, t0.addSecs(i + 1));
                }
                journal.end(call.id, t0.addSecs(i + 61));
            }
            QVERIFY(db.commit());
        }
        HistoryModel model;
        model.setJournal(&journal);
        QCOMPARE(model.rowCount(), HistoryModel::kPage); // a page, not the whole history
        QVERIFY(model.canFetchMore({}));
        {
            // Around the paging only: the tester fetches more from inside its own modelReset
            // handler, which it then reports as rows inserted during the reset.
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            while (model.canFetchMore({}))
                model.fetchMore({});
        }
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.columnCount(), int(HistoryModel::ColumnCount));
        // Newest first: h599 was missed (odd), h598 answered with a minute of talk.
        QCOMPARE(model.data(model.index(0, HistoryModel::NumberColumn)).toString(), u"5550599"_s);
        QCOMPARE(model.data(model.index(0, HistoryModel::OutcomeColumn)).toString(), u"Missed"_s);
        QVERIFY(model.data(model.index(0, 0), HistoryModel::UnseenMissedRole).toBool());
        QCOMPARE(model.data(model.index(1, HistoryModel::TalkColumn)).toString(), u"1:00"_s);
        QCOMPARE(model.entryAt(1).callId, u"h598"_s);

        model.setFilter(u"5550123"_s, false);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), HistoryModel::CallIdRole).toString(), u"h123"_s);
        model.setFilter({}, true);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 300);

        model.setFilter(u"5550007"_s, false);
        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        QVERIFY(model.exportCsv(&csv));
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.size(), 3); // header, the row, and the empty rest after the last CRLF
        QVERIFY(lines[0].startsWith("started_utc,direction,outcome,number,name"));
        // A formula from a caller's case data is neutralised and quoted; the number stays.
        QVERIFY2(lines[1].contains(",5550007,\"'=HYPERLINK(\"\"x\"\"), \"\"Bob\"\"\","),
                 lines[1].constData());
        QVERIFY(lines[1].startsWith("2026-11-30T09:00:07Z,Inbound,Missed,"));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("JOURNAL_CHILD"))
        return childMain(qEnvironmentVariable("JOURNAL_CHILD"));
    TestJournal test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_app_journal.moc"
