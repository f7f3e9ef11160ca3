// The call history written as calls happen: the client stack against the simulator over
// real HTTP, with a CallRecorder writing a real SQLite file. Each test reads the journal
// the way the history view does.
#include "calljournal.h"
#include "callrecorder.h"
#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"agent1"_s; // the simulator's password for agent1
} // namespace

class TestRecorder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_sim = std::make_unique<GwsSimulator>();
        m_sim->setExternalAnswerDelay(200);
        m_sim->setPollTimeout(3000);
        QVERIFY(m_sim->listen());
        m_control = std::make_unique<SimControl>(m_sim->baseUrl());
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"history-%1.sqlite"_s.arg(++m_n));
        m_journal = std::make_unique<CallJournal>(m_path);
        QVERIFY(m_journal->isOpen());
        m_a = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, kPassword);
        m_recorder = std::make_unique<CallRecorder>(&m_a->session, &m_a->control, &m_a->calls);
        m_recorder->setJournal(m_journal.get());
        QVERIFY(m_a->loginAndWait());
    }

    void cleanup()
    {
        for (const Call &c : m_a->calls.calls())
            m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        m_recorder.reset();
        m_a.reset();
        m_journal.reset();
    }

    void answeredCallWithCaseData()
    {
        m_control->ringFrom(u"+15550001111"_s, u"5001"_s, {{u"CustomerName"_s, u"Dana"_s}});
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(!id.isEmpty());
        m_a->control.answer(id);
        QVERIFY(m_a->waitForSettled(id, CallState::Established));
        QVERIFY(m_a->control.perform(CallOperation::Hold, id));
        QVERIFY(m_a->waitForSettled(id, CallState::Held));
        m_a->control.hangup(id);
        QTRY_COMPARE(m_a->calls.callCount(), 0);

        const QList<JournalEntry> all = m_journal->entries();
        QCOMPARE(all.size(), 1);
        const JournalEntry &e = all.first();
        QCOMPARE(e.callId, id);
        QCOMPARE(e.outcome, CallOutcome::Answered);
        QVERIFY2(e.number.contains(u"5550001111"_s), qPrintable(e.number));
        QCOMPARE(e.name, u"Dana"_s);
        QCOMPARE(e.direction, u"Inbound"_s);
        QVERIFY(e.answeredAt.isValid() && e.endedAt.isValid());
        QVERIFY(e.answeredAt >= e.startedAt && e.endedAt >= e.answeredAt);
        QVERIFY(!e.callUuid.isEmpty());
        // Nothing secret in the file or its write-ahead log.
        for (const QString &file : QStringList{m_path, m_path + u"-wal"_s}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(kPassword.toUtf8()));
        }
    }

    void callerGivesUpIsMissed()
    {
        QSignalSpy missed(m_recorder.get(), &CallRecorder::missedCall);
        const QString simId = m_control->ringFrom(u"+15550002222"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(!id.isEmpty());
        m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s);
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        QCOMPARE(missed.size(), 1);
        QCOMPARE(m_journal->latest(id)->outcome, CallOutcome::Missed);
        QCOMPARE(m_journal->unseenMissedCount(), 1);
    }

    void hangUpWhileRingingIsDeclined()
    {
        m_control->ringFrom(u"+15550003333"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(!id.isEmpty());
        m_a->control.hangup(id);
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        QCOMPARE(m_journal->latest(id)->outcome, CallOutcome::Declined);
        QCOMPARE(m_journal->unseenMissedCount(), 0);
    }

    void singleStepTransferIsTransferred()
    {
        ClientStack b(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
        QVERIFY(b.loginAndWait());
        m_control->ringFrom(u"+15550004444"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(!id.isEmpty());
        m_a->control.answer(id);
        QVERIFY(m_a->waitForSettled(id, CallState::Established));
        QVERIFY(m_a->control.perform(CallOperation::SingleStepTransfer, id,
                                     OperationArgs::forDestination(u"5002"_s)));
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        QCOMPARE(m_journal->latest(id)->outcome, CallOutcome::Transferred);
        const QString atB = b.waitForFirstIn(CallState::Ringing);
        QVERIFY(!atB.isEmpty());
        b.control.hangup(atB);
        QTRY_COMPARE(b.calls.callCount(), 0);
    }

    void dialledAndAnsweredIsASuccessfulDestination()
    {
        QVERIFY(m_a->control.dial(u"+15557770000"_s));
        const QString id = m_a->waitForFirstIn(CallState::Established);
        QVERIFY(!id.isEmpty());
        m_a->control.hangup(id);
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        QCOMPARE(m_journal->latest(id)->outcome, CallOutcome::Answered);
        QCOMPARE(m_journal->latest(id)->direction, u"Outbound"_s);
        QVERIFY(m_journal->successfulDestinations(5).value(0).contains(u"5557770000"_s));
    }

    void resyncAndRestartDoNotDuplicate()
    {
        m_control->ringFrom(u"+15550005555"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(!id.isEmpty());
        m_a->control.answer(id);
        QVERIFY(m_a->waitForSettled(id, CallState::Established));
        // A reconnect's resync, then a "restart": a new client stack and recorder on the
        // same file while the call goes on.
        QSignalSpy read(&m_a->session, &Session::callsRead);
        m_a->session.resync();
        QVERIFY(read.wait());
        m_recorder.reset();
        m_a.reset();
        m_a = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, kPassword);
        m_recorder = std::make_unique<CallRecorder>(&m_a->session, &m_a->control, &m_a->calls);
        m_recorder->setJournal(m_journal.get());
        QVERIFY(m_a->loginAndWait());
        QTRY_VERIFY(m_a->calls.call(id));
        m_a->control.hangup(id);
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        QCOMPARE(m_journal->entries().size(), 1);
        QCOMPARE(m_journal->latest(id)->outcome, CallOutcome::Answered);
    }

    // The program stops while a call rings (its row ends as missed) and starts again while
    // the call still rings: the row lives again, no longer missed, and the history is told
    // to read again (it showed "Missed" beside the ringing call, and counted it).
    void restartWhileRingingLivesAgain()
    {
        const QString simId = m_control->ringFrom(u"+15550007777"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(!id.isEmpty());
        QSignalSpy changed(m_recorder.get(), &CallRecorder::historyChanged);
        m_a->session.logout(); // the program quits
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        QCOMPARE(m_journal->latest(id)->outcome, CallOutcome::Missed);
        QCOMPARE(m_journal->unseenMissedCount(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_a->loginAndWait()); // and starts again
        QTRY_COMPARE(m_a->callOf(id).state, CallState::Ringing);
        QCOMPARE(m_journal->latest(id)->outcome, CallOutcome::Unfinished);
        QCOMPARE(m_journal->unseenMissedCount(), 0);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(m_journal->entries().size(), 1);
        m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s);
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        QCOMPARE(m_journal->latest(id)->outcome, CallOutcome::Missed);
        QCOMPARE(changed.size(), 3);
    }

    // The application opens the journal once the login has started the contact-center
    // session, queued; a call the recorder must write before (read by the login, or rung
    // meanwhile) has it opened there and then, so that nothing goes unrecorded.
    void callBeforeTheJournalIsOpenedIsRecorded()
    {
        const QString simId = m_control->ringFrom(u"+15550008888"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(!id.isEmpty());
        m_recorder.reset();
        m_a.reset(); // the program quits while it rings, and starts again
        std::unique_ptr<CallJournal> journal;
        int opened = 0;
        m_a = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, kPassword);
        m_recorder = std::make_unique<CallRecorder>(&m_a->session, &m_a->control, &m_a->calls);
        m_recorder->setJournalNeeded([&] {
            ++opened;
            journal = std::make_unique<CallJournal>(m_dir.filePath(u"late-%1.sqlite"_s.arg(m_n)));
            m_recorder->setJournal(journal.get());
        });
        QVERIFY(m_a->loginAndWait());
        QCOMPARE(opened, 1);
        QVERIFY(journal && journal->isOpen());
        QCOMPARE(journal->latest(id)->outcome, CallOutcome::Unfinished);
        m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s);
        QTRY_COMPARE(m_a->calls.callCount(), 0);
        QCOMPARE(journal->latest(id)->outcome, CallOutcome::Missed);
        QCOMPARE(opened, 1);
        m_recorder->setJournalNeeded({});
        m_recorder->setJournal(nullptr);
    }

    void callGoneWhileAwayEndsWhenLastSeen()
    {
        m_control->ringFrom(u"+15550006666"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(!id.isEmpty());
        m_a->control.answer(id);
        QVERIFY(m_a->waitForSettled(id, CallState::Established));
        const QDateTime lastSeen = m_journal->latest(id)->startedAt;
        // The program goes away without a word (no model removal reaches the journal)...
        m_recorder->setJournal(nullptr);
        m_a->session.logout();
        m_control->post(u"/sim/calls/"_s + id + u"/hangup"_s);
        // ...and the next login's call list no longer has it.
        m_recorder->setJournal(m_journal.get());
        QSignalSpy read(&m_a->session, &Session::callsRead);
        QSignalSpy changed(m_recorder.get(), &CallRecorder::historyChanged);
        m_a->session.login();
        QVERIFY(read.wait());
        QCOMPARE(changed.size(), 1); // the history reads the row closed again
        const auto e = m_journal->latest(id);
        QCOMPARE(e->outcome, CallOutcome::Answered);
        QVERIFY(e->endedAt.isValid());
        QVERIFY(e->endedAt >= lastSeen);
        QVERIFY(e->endedAt <= QDateTime::currentDateTimeUtc());
        QCOMPARE(m_journal->entries().size(), 1);
    }

private:
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<CallJournal> m_journal;
    std::unique_ptr<ClientStack> m_a;
    std::unique_ptr<CallRecorder> m_recorder;
    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

QTEST_MAIN(TestRecorder)
#include "tst_app_recorder.moc"
