// The call card, the DTMF strip and errors next to their call, clicked through the main
// window (offscreen) against the simulator.

#include "callcard.h"
#include "callerrorlist.h"
#include "clientstack.h"
#include "dialpad.h"
#include "dtmfstrip.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "simcontrol.h"

#include <QAction>
#include <QLabel>
#include <QLoggingCategory>
#include <QMutex>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Every log line of the process, whatever its category or level.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&logMutex);
        logLines << message;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

QStringList linesContaining(const QString &text)
{
    QMutexLocker lock(&logMutex);
    QStringList out;
    for (const QString &line : std::as_const(logLines))
        if (line.contains(text))
            out << line;
    return out;
}

} // namespace

class TestUiCallCard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void showsNameNumberAndCountingTimers();
    void holdTimerWarnsPastThresholds();
    void conferenceListsParticipantsAndOwner();
    void supervisorListeningShowsABadge();
    void busyConsultShownNextToTheCall();
    void refusalResolvedWhenTheOperationSucceeds();
    void maskedTonesShowAsDotsAndAreNeverLogged();

private:
    void click(CallOperation op);
    QString answerRinging(const QString &from, const QJsonObject &userData = {});

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_offset = 0; // seconds the model's clock is ahead of the wall clock
};

void TestUiCallCard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SoftphoneTest"_s);
    QCoreApplication::setApplicationName(u"tst_ui_callcard"_s);
    // Tiny thresholds: the hold timer warns after 5 s and alerts after 10 s.
    QSettings settings;
    settings.setValue(u"callCard/holdWarningSeconds"_s, 5);
    settings.setValue(u"callCard/holdAlertSeconds"_s, 10);
    settings.setValue(u"callerNameKeys"_s, QStringList{u"CustomerName"_s});
    previousHandler = qInstallMessageHandler(collect);
    QLoggingCategory::setFilterRules(u"*.debug=true"_s); // every line could leak: see them all

    m_sim = std::make_unique<GwsSimulator>();
    QString error;
    QVERIFY2(m_sim->loadConfigJson(R"({"users": [
        {"userName": "agent1", "password": "agent1", "phoneNumber": "5001"},
        {"userName": "super1", "password": "super1", "phoneNumber": "5100",
         "roles": ["ROLE_SUPERVISOR", "ROLE_AGENT"]}],
        "busyNumbers": ["+15550000000"], "externalAnswerDelayMs": 200})",
                                   &error),
             qPrintable(error));
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestUiCallCard::cleanupTestCase()
{
    QSettings().clear();
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules({});
}

void TestUiCallCard::init()
{
    m_offset = 0;
    m_stack = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_stack->calls.setClock([this] { return QDateTime::currentDateTimeUtc().addSecs(m_offset); });
    m_window = std::make_unique<MainWindow>(&m_stack->session, &m_stack->control,
                                             &m_stack->availability);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_stack->loginAndWait());
}

void TestUiCallCard::cleanup()
{
    m_control->send(u"/sim/faults"_s, "DELETE");
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    m_window.reset();
    m_stack.reset();
}

void TestUiCallCard::click(CallOperation op)
{
    QAction *action = m_window->actions()->action(op);
    QTRY_VERIFY2(action->isEnabled(), qPrintable(action->text()));
    for (QToolBar *toolbar : m_window->findChildren<QToolBar *>())
        if (QWidget *button = toolbar->widgetForAction(action))
            return QTest::mouseClick(button, Qt::LeftButton);
    QFAIL("no button for the action");
}

QString TestUiCallCard::answerRinging(const QString &from, const QJsonObject &userData)
{
    m_control->ringFrom(from, u"5001"_s, userData);
    const QString id = m_stack->waitForFirstIn(CallState::Ringing);
    if (id.isEmpty())
        return {};
    m_window->selectCall(id);
    click(CallOperation::Answer);
    return m_stack->waitForSettled(id, CallState::Established) ? id : QString();
}

void TestUiCallCard::showsNameNumberAndCountingTimers()
{
    CallCard *card = m_window->callCard();
    QCOMPARE(card->callerName(), u"No call selected"_s);
    m_control->ringFrom(u"+15550200001"_s, u"5001"_s, {{u"CustomerName"_s, u"Jane Doe"_s}});
    const QString id = m_stack->waitForFirstIn(CallState::Ringing);
    QVERIFY(!id.isEmpty());
    // The ringing call took the selection (nothing else was live): its card shows.
    QTRY_COMPARE(card->callerName(), u"Jane Doe"_s);
    QVERIFY2(card->number().contains(u"5550200001"_s), qPrintable(card->number()));
    QVERIFY(card->number().contains(u"Inbound"_s));
    QVERIFY2(card->timerText().startsWith(u"Ringing for 0:0"_s), qPrintable(card->timerText()));
    QVERIFY(m_window->isTicking()); // the ring timer counts
    // The ring timer counts on with the ticker (bounded wait, no sleep).
    const QString ringing = card->timerText();
    QTRY_VERIFY_WITH_TIMEOUT(card->timerText() != ringing, 3000);

    click(CallOperation::Answer);
    QTRY_VERIFY(card->timerText().startsWith(u"Talking"_s));
    m_offset += 75; // the model's clock: 1:15 later
    QTRY_VERIFY2(card->timerText().startsWith(u"Talking 1:1"_s), qPrintable(card->timerText()));
    QVERIFY(card->participantsText().contains(u"Jane Doe (+15550200001): connected"_s)
            || card->participantsText().contains(u"Jane Doe ("_s));
    QVERIFY(card->accessibleName() == u"Call card"_s);
    const QString description = card->accessibleDescription();
    QVERIFY2(description.contains(u"Jane Doe"_s) && description.contains(u"Talking 1:1"_s),
             qPrintable(description));
}

void TestUiCallCard::holdTimerWarnsPastThresholds()
{
    const QString id = answerRinging(u"+15550200002"_s);
    QVERIFY(!id.isEmpty());
    CallCard *card = m_window->callCard();
    click(CallOperation::Hold);
    QTRY_COMPARE(m_stack->stateOf(id), CallState::Held);
    QTRY_VERIFY2(card->timerText().startsWith(u"On hold 0:0"_s), qPrintable(card->timerText()));
    QCOMPARE(card->holdLevel(), 0);
    QVERIFY(card->talkText().startsWith(u"Call time"_s));
    m_offset += 6;
    QTRY_VERIFY2(card->timerText().contains(u" - long"_s), qPrintable(card->timerText()));
    QCOMPARE(card->holdLevel(), 1);
    QVERIFY(card->timerText().startsWith(u"⚠"_s)); // not colour alone: a sign and words
    m_offset += 5;
    QTRY_VERIFY2(card->timerText().contains(u"very long: take the caller back"_s),
                 qPrintable(card->timerText()));
    QCOMPARE(card->holdLevel(), 2);
    QVERIFY(card->accessibleDescription().contains(u"very long"_s));
    click(CallOperation::Retrieve);
    QTRY_VERIFY(card->timerText().startsWith(u"Talking"_s));
    QCOMPARE(card->holdLevel(), 0);
}

void TestUiCallCard::conferenceListsParticipantsAndOwner()
{
    const QString id = answerRinging(u"+15550200003"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_stack->control.perform(CallOperation::SingleStepConference, id,
                                     OperationArgs::forDestination(u"+15557770500"_s)));
    QTRY_COMPARE(m_stack->callOf(id).participants.size(), 2);
    CallCard *card = m_window->callCard();
    QTRY_VERIFY2(card->participantsText().contains(u"+15557770500: connected"_s),
                 qPrintable(card->participantsText()));
    QVERIFY(card->participantsText().contains(u"+15550200003: connected"_s));
    QVERIFY2(card->participantsText().contains(u"You (5001), conference owner"_s),
             qPrintable(card->participantsText()));
    QVERIFY(card->accessibleDescription().contains(u"Conference: you and 2 others"_s));
}

void TestUiCallCard::supervisorListeningShowsABadge()
{
    const QString id = answerRinging(u"+15550200004"_s);
    QVERIFY(!id.isEmpty());
    CallCard *card = m_window->callCard();
    QCOMPARE(card->supervisionText(), QString());
    ClientStack supervisor(m_sim->baseUrl(), u"super1"_s, u"super1"_s);
    QVERIFY(supervisor.loginAndWait());
    const QString path = u"/me/devices/"_s + supervisor.session.device().id;
    QSignalSpy done(supervisor.client.post(path, {{u"operationName"_s, u"ListenIn"_s},
                                                  {u"targetDeviceUri"_s,
                                                   m_stack->session.device().id}}),
                    &GwsRequest::finished);
    QVERIFY(done.wait());
    QVERIFY(done.first().first().value<GwsResult>().ok());
    QTRY_VERIFY2(card->supervisionText().contains(u"Supervisor listening or coaching"_s),
                 qPrintable(card->supervisionText()));
    QVERIFY(card->accessibleDescription().contains(u"Supervisor listening or coaching"_s));
    QSignalSpy cancelled(supervisor.client.post(path, {{u"operationName"_s,
                                                        u"CancelSupervisorMonitoring"_s}}),
                         &GwsRequest::finished);
    QVERIFY(cancelled.wait());
    QTRY_COMPARE(card->supervisionText(), QString());
}

// A consultation to a busy number: the words say so next to the caller's call, which
// waits on hold; Details holds the technical text; Dismiss hides it.
void TestUiCallCard::busyConsultShownNextToTheCall()
{
    const QString id = answerRinging(u"+15550200005"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_stack->control.perform(CallOperation::InitiateTransfer, id,
                                     OperationArgs::forDestination(u"+15550000000"_s)));
    CallErrorList *errors = m_window->callErrors();
    QTRY_VERIFY(errors->bar(id));
    CallErrorBar *bar = errors->bar(id);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->message(),
             u"Call with +15550200005: Consult transfer: +15550000000 is busy; your caller is "
             "still on hold: Retrieve or try another number"_s);
    QVERIFY(!bar->detailsLabel()->isVisible());
    QTest::mouseClick(bar->detailsButton(), Qt::LeftButton);
    QVERIFY(bar->detailsLabel()->isVisible());
    QVERIFY2(bar->details().contains(u"busy"_s) && bar->details().contains(u"code 2"_s),
             qPrintable(bar->details()));
    // Not also in the status bar: said once, in plain words; the log has the technical text.
    QVERIFY2(!m_window->lastError().contains(u"reported an error"_s),
             qPrintable(m_window->lastError()));
    QVERIFY(!linesContaining(u"Destination +15550000000 is busy"_s).isEmpty());
    QTRY_COMPARE(m_stack->stateOf(id), CallState::Held);
    QTest::mouseClick(bar->dismissButton(), Qt::LeftButton);
    QTRY_VERIFY(!errors->bar(id));
    QVERIFY(!errors->isVisible());
}

// A refusal (a server fault) stays beside its call until the same operation succeeds.
void TestUiCallCard::refusalResolvedWhenTheOperationSucceeds()
{
    const QString id = answerRinging(u"+15550200006"_s);
    QVERIFY(!id.isEmpty());
    m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 500}, {u"failCount"_s, 1},
                                       {u"paths"_s, u"/api/v2/me/calls"_s}});
    click(CallOperation::Hold);
    CallErrorList *errors = m_window->callErrors();
    QTRY_VERIFY(errors->bar(id));
    QCOMPARE(errors->bar(id)->message(),
             u"Call with +15550200006: Hold: nothing was done: the server had a problem; try again"_s);
    QVERIFY(errors->bar(id)->details().contains(u"HTTP 500"_s));
    QCOMPARE(m_stack->stateOf(id), CallState::Established);
    click(CallOperation::Hold);
    QTRY_COMPARE(m_stack->stateOf(id), CallState::Held);
    QTRY_VERIFY(!errors->bar(id));
}

// Masked tones show as dots and never reach a log line, not even when sending them fails.
void TestUiCallCard::maskedTonesShowAsDotsAndAreNeverLogged()
{
    const QString id = answerRinging(u"+15550200007"_s);
    QVERIFY(!id.isEmpty());
    DialPad *pad = m_window->dialPad();
    DtmfStrip *strip = m_window->dtmfStrip();
    QTest::mouseClick(pad->button(u'1'), Qt::LeftButton);
    QTRY_COMPARE(strip->digitsLabel()->text(), u"1"_s);
    QVERIFY(strip->maskButton()->isEnabled());
    QTest::mouseClick(strip->maskButton(), Qt::LeftButton);
    QVERIFY(strip->maskButton()->isChecked());
    QVERIFY(m_stack->control.isDtmfMasked(id));
    for (QChar key : u"*5#7*"_s)
        QTest::mouseClick(pad->button(key), Qt::LeftButton);
    QTRY_COMPARE(strip->digitsLabel()->text(), u"1•••••"_s);
    QCOMPARE(pad->sentDigits(), u"1•••••"_s);
    QVERIFY(strip->digitsLabel()->accessibleDescription().contains(u"masked"_s));
    // They did reach the far end.
    QTRY_VERIFY(QJsonDocument(m_control->get(u"/sim/calls/"_s + id)).toJson().contains("1*5#7*"));

    // A failing send is logged, without its digits.
    m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 500}, {u"failCount"_s, 1},
                                       {u"paths"_s, u"/api/v2/me/calls"_s}});
    for (QChar key : u"#9*0#"_s)
        QTest::mouseClick(pad->button(key), Qt::LeftButton);
    QTRY_VERIFY(m_window->callErrors()->bar(id));
    QVERIFY(!linesContaining(u"DTMF tone"_s).isEmpty());
    QCOMPARE(m_window->callErrors()->bar(id)->message(),
             u"Call with +15550200007: Tones: nothing was done: the server had a problem; try again"_s);
    for (const QString &secret : {u"*5#7*"_s, u"#9*0#"_s, u"#9"_s, u"5#7"_s})
        QVERIFY2(linesContaining(secret).isEmpty(), qPrintable(linesContaining(secret).join(u'\n')));
}

QTEST_MAIN(TestUiCallCard)
#include "tst_ui_callcard.moc"
