// Notes and disposition go with the call: the agent types during the call and the
// simulator's call carries them (debounced UpdateUserData, not one request per key), picks
// one of the server's dispositions by its display name, hangs up, presses Done, and the
// simulator receives SetCallDisposition. The whole application, offscreen, keys and clicks.

#include "application.h"
#include "callactions.h"
#include "callmodel.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "memorypasswordstore.h"
#include "session.h"
#include "simcontrol.h"
#include "wrapupcard.h"

#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestDispositionsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void notesDuringTheCallThenDoneSetsTheDisposition();
    void doneRefusedByTheServerIsShownBesideTheCard();

private:
    // agent1 online with an answered call from Ada; the agent's call id.
    QString answeredCall();
    QString notesOnServer(const QString &callId, const QString &key);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    MemoryPasswordStore m_passwords;
    std::unique_ptr<Application> m_app;
};

void TestDispositionsGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and history in a test folder
}

void TestDispositionsGui::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestDispositionsGui::cleanup()
{
    m_app.reset();
    m_sim.reset();
}

QString TestDispositionsGui::answeredCall()
{
    AppOptions options;
    options.server = m_sim->baseUrl();
    options.user = u"agent1"_s;
    options.password = u"agent1"_s;
    m_app = std::make_unique<Application>(options, &m_passwords);
    if (!m_app->start() || !QTest::qWaitForWindowExposed(m_app->window()))
        return {};
    if (!QTest::qWaitFor([this] { return m_app->session()->status() == Session::Status::Online; }, 5000))
        return {};
    m_control->ringFrom(u"+15550006161"_s, u"5001"_s, {{u"CustomerName"_s, u"Ada Byron"_s}});
    QAction *answer = m_app->window()->actions()->action(CallOperation::Answer);
    if (!QTest::qWaitFor([answer] { return answer->isEnabled(); }, 5000))
        return {};
    answer->trigger();
    CallModel *calls = m_app->session()->calls();
    if (!QTest::qWaitFor([calls] { return calls->calls().value(0).state == CallState::Established; },
                         5000))
        return {};
    return calls->calls().value(0).id;
}

QString TestDispositionsGui::notesOnServer(const QString &callId, const QString &key)
{
    return m_control->get(u"/sim/calls/"_s + callId)[u"userData"][key].toString();
}

void TestDispositionsGui::notesDuringTheCallThenDoneSetsTheDisposition()
{
    const QString id = answeredCall();
    QVERIFY(!id.isEmpty());
    MainWindow *window = m_app->window();
    WrapUpCard *card = window->wrapUpCard();
    // The live call's notes, titled so: no Done while it goes on.
    QTRY_VERIFY(card->isVisible());
    QCOMPARE(card->title(), u"Notes on the current call"_s);
    QVERIFY(!card->doneButton()->isVisible());
    QVERIFY2(card->summary()->text().contains(u"Ada Byron"_s), qPrintable(card->summary()->text()));
    // The server's codes, by display name; the name is what is kept.
    QComboBox *disposition = card->disposition();
    QTRY_COMPARE(disposition->count(), 6); // (none) and the simulator's five
    QCOMPARE(disposition->itemText(1), u"Issue Resolved"_s);
    QCOMPARE(disposition->itemData(1).toString(), u"IssueResolved"_s);

    m_control->send(u"/sim/stats"_s, "DELETE");
    const QString typed = u"wants a refund for order 1234"_s;
    card->notes()->setFocus();
    QTest::keyClicks(card->notes(), typed); // 29 key presses
    QTRY_COMPARE(notesOnServer(id, u"Notes"_s), typed);
    QCOMPARE(m_control->requestCount(u"UpdateUserData"_s), 1); // debounced, not per key
    QVERIFY(!window->wrapUpCard()->findChild<QLabel *>(u"wrapUpServerProblem"_s)->isVisible());

    disposition->setFocus();
    QTest::keyClick(disposition, Qt::Key_Down); // Issue Resolved
    QTRY_COMPARE(notesOnServer(id, u"DispositionCode"_s), u"IssueResolved"_s);
    QCOMPARE(m_control->requestCount(u"UpdateUserData"_s), 2);
    // Only what changed went: the notes were not sent again.
    QCOMPARE(notesOnServer(id, u"Notes"_s), typed);
    // The attached keys are not shown again as case data.
    QVERIFY(!card->findChild<QLabel *>(u"wrapUpCaseData"_s)->text().contains(u"Notes:"_s));

    // Hung up: the same card is the wrap-up now, with what was typed.
    window->actions()->action(CallOperation::Hangup)->trigger();
    QTRY_COMPARE(card->title(), u"Wrap-up"_s);
    QVERIFY(card->doneButton()->isVisible());
    QCOMPARE(card->notes()->toPlainText(), typed);
    QCOMPARE(disposition->currentData().toString(), u"IssueResolved"_s);
    disposition->setFocus();
    QTest::keyClick(disposition, Qt::Key_Down); // Issue Escalated
    QCOMPARE(disposition->currentText(), u"Issue Escalated"_s);
    QVERIFY(card->doneButton()->isEnabled());
    QTest::mouseClick(card->doneButton(), Qt::LeftButton);
    QTRY_VERIFY(!card->isVisible());

    QJsonArray record;
    QTRY_VERIFY((record = m_control->get(u"/sim/dispositions"_s)[u"dispositions"].toArray()).size()
                == 1);
    QCOMPARE(record.at(0)[u"disposition"].toString(), u"EscalationCreated"_s);
    QCOMPARE(record.at(0)[u"released"].toBool(), true);
    QCOMPARE(record.at(0)[u"via"].toString(), u"device"_s);
    QCOMPARE(record.at(0)[u"legId"].toString(), id);
    QCOMPARE(m_control->requestCount(u"SetCallDisposition"_s), 1);
}

void TestDispositionsGui::doneRefusedByTheServerIsShownBesideTheCard()
{
    const QString id = answeredCall();
    QVERIFY(!id.isEmpty());
    MainWindow *window = m_app->window();
    WrapUpCard *card = window->wrapUpCard();
    window->actions()->action(CallOperation::Hangup)->trigger();
    QTRY_COMPARE(card->title(), u"Wrap-up"_s);
    QComboBox *disposition = card->disposition();
    QTRY_COMPARE(disposition->count(), 6);
    disposition->setFocus();
    QTest::keyClick(disposition, Qt::Key_Down);
    m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 500},
                                       {u"failCount"_s, 1},
                                       {u"paths"_s, u"/api/v2/me/devices/"_s}});
    QTest::mouseClick(card->doneButton(), Qt::LeftButton);

    // The card stays, with the reason, until dismissed; the history has the wrap-up.
    QLabel *problem = card->serverProblem();
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(card->isVisible());
    QVERIFY2(problem->text().contains(u"Issue Resolved"_s), qPrintable(problem->text()));
    QVERIFY(!card->disposition()->isVisible()); // nothing left to wrap up
    auto *dismiss = card->findChild<QPushButton *>(u"wrapUpDismissProblem"_s);
    QVERIFY(dismiss && !dismiss->accessibleName().isEmpty());
    QTest::mouseClick(dismiss, Qt::LeftButton);
    QTRY_VERIFY(!card->isVisible());
}

QTEST_MAIN(TestDispositionsGui)
#include "tst_softphone_dispositions.moc"
