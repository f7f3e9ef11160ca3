// Disposition codes on the client: the server's list read once per login, the local list
// when the server has none or fails (no retry), and what WrapUpSync sends: SetCallDisposition
// on Done, and the failure kept beside the card while the journal keeps the wrap-up. The
// client stack against the simulator over real HTTP.
#include "calljournal.h"
#include "callrecorder.h"
#include "clientstack.h"
#include "dispositioncatalog.h"
#include "gwssimulator.h"
#include "simcontrol.h"
#include "wrapup.h"
#include "wrapupsync.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QList<Disposition> kLocal = Disposition::fromNames({u"Sold"_s, u"Not interested"_s});

int fetchesOfDispositions(const CountingNetwork &network)
{
    int n = 0;
    for (const CountingNetwork::Sent &s : network.sent())
        n += s.path.endsWith(u"/api/v2/settings/dispositions"_s) ? 1 : 0;
    return n;
}
} // namespace

class TestDispositions : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_sim = std::make_unique<GwsSimulator>();
        m_sim->setPollTimeout(3000);
        QVERIFY(m_sim->listen());
        m_control = std::make_unique<SimControl>(m_sim->baseUrl());
    }
    void cleanup()
    {
        m_sync.reset();
        m_wrapUp.reset();
        m_recorder.reset();
        m_catalog.reset();
        m_a.reset();
        m_journal.reset();
        m_sim.reset();
    }

    void serverCodesOncePerLogin()
    {
        startClient();
        QTRY_VERIFY(m_catalog->fromServer());
        const QList<Disposition> codes = m_catalog->dispositions();
        QCOMPARE(codes.size(), 5);
        QCOMPARE(codes.at(0), (Disposition{u"IssueResolved"_s, u"Issue Resolved"_s}));
        QCOMPARE(codes.at(1), (Disposition{u"EscalationCreated"_s, u"Issue Escalated"_s}));
        QCOMPARE(fetchesOfDispositions(m_a->network), 1);
        // A resync reads calls and devices again, not the settings.
        QSignalSpy read(&m_a->session, &Session::callsRead);
        m_a->session.resync();
        QVERIFY(read.wait());
        QCOMPARE(fetchesOfDispositions(m_a->network), 1);
        // The next login reads them again.
        m_a->session.logout();
        QTRY_COMPARE(m_a->session.status(), Session::Status::LoggedOut);
        QVERIFY(m_a->loginAndWait());
        QTRY_COMPARE(fetchesOfDispositions(m_a->network), 2);
        QVERIFY(m_catalog->fromServer());
    }

    void localListWhenTheServerAnswers404()
    {
        m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 404},
                                           {u"paths"_s, u"/api/v2/settings/dispositions"_s}});
        QCOMPARE(m_control->lastStatus(), 200);
        startClient();
        QTRY_COMPARE(m_control->get(u"/sim/faults"_s)[u"faults"][u"failed"].toInt(), 1);
        QSignalSpy read(&m_a->session, &Session::callsRead);
        m_a->session.resync();
        QVERIFY(read.wait());
        QVERIFY(!m_catalog->fromServer());
        QCOMPARE(m_catalog->dispositions(), kLocal);
        QCOMPARE(m_wrapUp->dispositions(), (QStringList{u"Sold"_s, u"Not interested"_s}));
        QCOMPARE(fetchesOfDispositions(m_a->network), 1); // no retry storm
    }

    void localListWhenTheServerHasNone()
    {
        QVERIFY(m_sim->loadConfigJson(R"({"users":[{"userName":"agent1","password":"agent1",
                                         "phoneNumber":"5001"}], "dispositions":[]})"));
        startClient();
        QTRY_COMPARE(fetchesOfDispositions(m_a->network), 1);
        QSignalSpy read(&m_a->session, &Session::callsRead);
        m_a->session.resync();
        QVERIFY(read.wait());
        QVERIFY(!m_catalog->fromServer());
        QCOMPARE(m_wrapUp->dispositions(), (QStringList{u"Sold"_s, u"Not interested"_s}));
    }

    // Done on a released call: SetCallDisposition on the device, callUri and callUuid.
    void doneSendsSetCallDisposition()
    {
        startClient();
        QTRY_VERIFY(m_catalog->fromServer());
        const QString id = endedCall();
        QVERIFY(!id.isEmpty());
        QVERIFY(m_wrapUp->done(u"IssueResolved"_s, u"refund sent"_s));
        QJsonArray record;
        QTRY_VERIFY((record = m_control->get(u"/sim/dispositions"_s)[u"dispositions"].toArray())
                        .size() == 1);
        QCOMPARE(record.at(0)[u"disposition"].toString(), u"IssueResolved"_s);
        QCOMPARE(record.at(0)[u"legId"].toString(), id);
        QCOMPARE(record.at(0)[u"released"].toBool(), true);
        QCOMPARE(record.at(0)[u"via"].toString(), u"device"_s);
        QCOMPARE(record.at(0)[u"dispositionKey"].toString(), u"DispositionCode"_s);
        QVERIFY(m_wrapUp->serverProblem().isEmpty());
    }

    // The server refuses it: said beside the card and logged; the journal keeps it all.
    void doneFailureIsShownAndKeptLocally()
    {
        startClient();
        const QString id = endedCall();
        QVERIFY(!id.isEmpty());
        m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 500},
                                           {u"failCount"_s, 1},
                                           {u"paths"_s, u"/api/v2/me/devices/"_s}});
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"did not reach the server"_s));
        QVERIFY(m_wrapUp->done(u"IssueResolved"_s, u"refund sent"_s));
        QTRY_VERIFY(!m_wrapUp->serverProblem().isEmpty());
        QVERIFY2(m_wrapUp->serverProblem().contains(u"Issue Resolved"_s)
                     && m_wrapUp->serverProblem().contains(u"kept in your history"_s),
                 qPrintable(m_wrapUp->serverProblem()));
        const auto kept = m_journal->latest(id);
        QVERIFY(kept);
        QCOMPARE(kept->disposition, u"IssueResolved"_s);
        QCOMPARE(kept->notes, u"refund sent"_s);
        QVERIFY(m_journal->pendingWrapUps().isEmpty());
        QCOMPARE(m_control->get(u"/sim/dispositions"_s)[u"dispositions"].toArray().size(), 0);
    }

    // A disposition key of the site's own: UpdateUserData and SetCallDisposition use it.
    void configuredKeys()
    {
        startClient();
        m_sync->setKeys(u"Outcome"_s, u"AgentNotes"_s);
        m_sync->setDelay(50);
        m_control->ringFrom(u"+15550002222"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        QVERIFY(m_a->control.answer(id));
        QVERIFY(m_a->waitForSettled(id, CallState::Established));
        QTRY_COMPARE(m_wrapUp->current() ? m_wrapUp->current()->callId : QString(), id);
        QVERIFY(m_wrapUp->isLive());
        m_wrapUp->saveDraft(u"SaleCompleted"_s, u"two boxes"_s);
        QTRY_COMPARE(m_a->callOf(id).userData.value(u"AgentNotes"_s).toString(), u"two boxes"_s);
        QCOMPARE(m_a->callOf(id).userData.value(u"Outcome"_s).toString(), u"SaleCompleted"_s);
        QVERIFY(!m_a->callOf(id).userData.contains(u"DispositionCode"_s));
        QVERIFY(m_wrapUp->isWrapUpKey(u"AgentNotes"_s));
        QVERIFY(m_a->control.hangup(id));
        QTRY_VERIFY(!m_wrapUp->isLive() && m_wrapUp->pendingCount() == 1);
        QCOMPARE(m_wrapUp->current()->notes, u"two boxes"_s); // the draft became the wrap-up
        QVERIFY(m_wrapUp->done(u"SaleCompleted"_s, u"two boxes"_s));
        QJsonArray record;
        QTRY_VERIFY((record = m_control->get(u"/sim/dispositions"_s)[u"dispositions"].toArray())
                        .size() == 1);
        QCOMPARE(record.at(0)[u"dispositionKey"].toString(), u"Outcome"_s);
    }

private:
    void startClient()
    {
        QVERIFY(m_dir.isValid());
        m_journal = std::make_unique<CallJournal>(m_dir.filePath(u"h%1.sqlite"_s.arg(++m_n)));
        QVERIFY(m_journal->isOpen());
        m_a = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
        m_catalog = std::make_unique<DispositionCatalog>(&m_a->session, &m_a->client);
        m_recorder = std::make_unique<CallRecorder>(&m_a->session, &m_a->control, &m_a->calls);
        m_recorder->setJournal(m_journal.get());
        m_wrapUp = std::make_unique<WrapUp>(m_recorder.get());
        m_wrapUp->setJournal(m_journal.get());
        connect(m_catalog.get(), &DispositionCatalog::changed, m_wrapUp.get(),
                [this] { m_wrapUp->setDispositions(m_catalog->dispositions()); });
        m_catalog->setLocal(kLocal);
        m_sync = std::make_unique<WrapUpSync>(&m_a->session, &m_a->client, &m_a->calls,
                                              &m_a->control, m_wrapUp.get());
        QVERIFY(m_a->loginAndWait());
    }

    // An answered call the agent hung up, waiting for its wrap-up: its id.
    QString endedCall()
    {
        m_control->ringFrom(u"+15550001111"_s, u"5001"_s);
        const QString id = m_a->waitForFirstIn(CallState::Ringing);
        if (id.isEmpty() || !m_a->control.answer(id) || !m_a->waitForSettled(id, CallState::Established))
            return {};
        if (!m_a->control.hangup(id)
            || !QTest::qWaitFor([this] { return m_wrapUp->pendingCount() == 1; }, 5000))
            return {};
        return id;
    }

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<CallJournal> m_journal;
    std::unique_ptr<ClientStack> m_a;
    std::unique_ptr<DispositionCatalog> m_catalog;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<WrapUp> m_wrapUp;
    std::unique_ptr<WrapUpSync> m_sync;
};

QTEST_GUILESS_MAIN(TestDispositions)
#include "tst_app_dispositions.moc"
