// After-call work as the agent meets it on the wrap-up card: the real Application and
// window (offscreen, clicks), against an in-process simulator over HTTP that puts the agent
// in NotReady/AfterCallWork after a call and announces the wrap-up time in the call's
// extensions. The countdown, Extend (AfterCallWork with a larger wrapUpTime) and Done,
// which returns the agent to the state before the call.

#include "aftercallclock.h"
#include "application.h"
#include "callactions.h"
#include "callmodel.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "memorypasswordstore.h"
#include "session.h"
#include "simcontrol.h"
#include "wrapupcard.h"

#include <QDir>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// Where Tab goes from `w`: the next visible, enabled widget that takes focus by Tab.
QWidget *nextTabStop(QWidget *w)
{
    for (QWidget *next = w->nextInFocusChain(); next && next != w; next = next->nextInFocusChain())
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled())
            return next;
    return nullptr;
}
} // namespace

class TestAfterCallWork : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void extendThenDoneReturnsToNotReadyLunch();
    void doneAfterACallTakenReadyReturnsToReady();
    void untimedAfterCallWorkHasNoCountdownAndNoExtend();
    void doneAfterTheServerEndedItLeavesTheState();
    void aStateChangeTheServerRefusesKeepsTheCard();

private:
    [[nodiscard]] bool startAgent();
    [[nodiscard]] bool chooseState(const QString &actionName);
    [[nodiscard]] bool takeACall();
    UserState userState() const { return m_app->session()->device().userState; }
    WrapUpCard *card() const { return m_app->window()->wrapUpCard(); }
    AfterCallClock *clock() const { return card()->afterCallClock(); }
    // The seconds the countdown shows ("After-call work: 1:05 left" -> 65); -1 without one.
    int secondsShown() const;

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    MemoryPasswordStore m_passwords;
    std::unique_ptr<Application> m_app;
};

void TestAfterCallWork::initTestCase()
{
    // Settings and the call history go to a test folder, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setPollTimeout(3000);
    m_sim->setExternalAnswerDelay(50);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestAfterCallWork::init()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void TestAfterCallWork::cleanup()
{
    m_app.reset();
    m_sim->setWrapUpTime(0);
    m_control->send(u"/sim/faults"_s, "DELETE");
    for (const QJsonValue &call : m_control->get(u"/sim/calls"_s).value(u"calls").toArray())
        m_control->post(u"/sim/calls/"_s + call[u"id"].toString() + u"/hangup"_s);
}

bool TestAfterCallWork::startAgent()
{
    AppOptions options;
    options.server = m_sim->baseUrl();
    options.user = u"agent1"_s;
    options.password = u"agent1"_s;
    m_app = std::make_unique<Application>(options, &m_passwords);
    return m_app->start() && QTest::qWaitForWindowExposed(m_app->window())
           && QTest::qWaitFor([this] {
                  return m_app->session()->status() == Session::Status::Online
                         && userState().isLoggedIn();
              }, 5000);
}

// Through the agent-state action the menus show (object names from the wire names).
bool TestAfterCallWork::chooseState(const QString &actionName)
{
    QAction *action = nullptr;
    if (!QTest::qWaitFor([&] {
            action = m_app->window()->findChild<QAction *>(actionName);
            return action && action->isEnabled();
        }, 5000))
        return false;
    action->trigger();
    return true;
}

// A caller rings, the agent answers and hangs up, with the window's own actions.
bool TestAfterCallWork::takeACall()
{
    MainWindow *window = m_app->window();
    m_control->ringFrom(u"+15550006161"_s, u"5001"_s, {{u"CustomerName"_s, u"Grace Hopper"_s}});
    QAction *answer = window->actions()->action(CallOperation::Answer);
    if (!QTest::qWaitFor([answer] { return answer->isEnabled(); }, 5000))
        return false;
    answer->trigger();
    CallModel *calls = m_app->session()->calls();
    if (!QTest::qWaitFor([calls] { return calls->calls().value(0).state == CallState::Established; },
                         5000))
        return false;
    QAction *hangup = window->actions()->action(CallOperation::Hangup);
    if (!QTest::qWaitFor([hangup] { return hangup->isEnabled(); }, 5000))
        return false;
    hangup->trigger();
    return QTest::qWaitFor([calls] { return calls->rowCount() == 0; }, 5000);
}

int TestAfterCallWork::secondsShown() const
{
    static const QRegularExpression clock(u"(\\d+):(\\d\\d) left"_s);
    const QRegularExpressionMatch m = clock.match(this->clock()->clock()->text());
    return m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
}

void TestAfterCallWork::extendThenDoneReturnsToNotReadyLunch()
{
    m_sim->setWrapUpTime(30000);
    QVERIFY(startAgent());
    QVERIFY(chooseState(u"state_NotReady_Lunch"_s));
    QTRY_COMPARE(userState().reason, u"Lunch"_s);
    QVERIFY(takeACall());

    // The server put the agent in after-call work: the card counts down from 0:30.
    QTRY_VERIFY(card()->isVisible());
    QTRY_VERIFY(userState().isAfterCallWork());
    QTRY_VERIFY(clock()->isVisible());
    const int before = secondsShown();
    QVERIFY2(before > 20 && before <= 30, qPrintable(clock()->clock()->text()));
    QCOMPARE(clock()->clock()->accessibleName(), u"After-call work"_s); // fixed: not read out each second
    QVERIFY(clock()->clock()->accessibleDescription().startsWith(u"Ends at "_s));
    // It ticks while shown.
    QTRY_VERIFY_WITH_TIMEOUT(secondsShown() < before, 3000);
    QPushButton *done = card()->doneButton();
    QCOMPARE(done->accessibleDescription(), u"Done: back to Not Ready - Lunch"_s);

    // Extend: the server gets AfterCallWork with the time left plus 60 s.
    QPushButton *extend = clock()->extendButton();
    QVERIFY(extend->isVisible() && extend->isEnabled());
    QVERIFY(!extend->accessibleName().isEmpty());
    QVERIFY(!extend->accessibleDescription().isEmpty());
    QVERIFY(extend->focusPolicy() & Qt::TabFocus);
    QCOMPARE(nextTabStop(extend), static_cast<QWidget *>(card()->disposition()));
    QVERIFY(m_sim->wrapUpTimeLeft(u"agent1"_s) <= 30000);
    QTest::mouseClick(extend, Qt::LeftButton);
    QTRY_VERIFY(m_sim->wrapUpTimeLeft(u"agent1"_s) > 75000);
    QTRY_VERIFY2(secondsShown() > 75, qPrintable(clock()->clock()->text()));
    QVERIFY(userState().isAfterCallWork());

    // Done: the wrap-up is saved and the agent is back at lunch, not Ready.
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_VERIFY(!card()->isVisible());
    QTRY_VERIFY(!userState().isAfterCallWork());
    QCOMPARE(userState().state, u"NotReady"_s);
    QCOMPARE(userState().reason, u"Lunch"_s);
    QCOMPARE(m_sim->wrapUpTimeLeft(u"agent1"_s), -1);
}

void TestAfterCallWork::doneAfterACallTakenReadyReturnsToReady()
{
    m_sim->setWrapUpTime(30000);
    QVERIFY(startAgent());
    if (userState().state != u"Ready"_s) // the server keeps the state of an earlier session
        QVERIFY(chooseState(u"state_Ready_"_s));
    QTRY_COMPARE(userState().state, u"Ready"_s);
    QVERIFY(takeACall());
    QTRY_VERIFY(userState().isAfterCallWork());
    QTRY_VERIFY(clock()->isVisible());
    QVERIFY(secondsShown() > 0);
    QPushButton *done = card()->doneButton();
    QCOMPARE(done->accessibleDescription(), u"Done: back to Ready"_s);
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_VERIFY(!card()->isVisible());
    QTRY_COMPARE(userState().state, u"Ready"_s);
    QCOMPARE(m_sim->wrapUpTimeLeft(u"agent1"_s), -1);
}

void TestAfterCallWork::untimedAfterCallWorkHasNoCountdownAndNoExtend()
{
    m_sim->setWrapUpTime(GwsSimulator::UntimedWrapUp);
    QVERIFY(startAgent());
    QVERIFY(chooseState(u"state_NotReady_Break"_s));
    QTRY_COMPARE(userState().reason, u"Break"_s);
    QVERIFY(takeACall());
    QTRY_VERIFY(userState().isAfterCallWork());
    QTRY_VERIFY(clock()->isVisible());
    QCOMPARE(clock()->clock()->text(), u"After-call work"_s);
    QVERIFY(!clock()->extendButton()->isVisible()); // Extend only where there is a time
    QCOMPARE(card()->doneButton()->accessibleDescription(), u"Done: back to Not Ready - Break"_s);
    QTest::mouseClick(card()->doneButton(), Qt::LeftButton);
    QTRY_VERIFY(!card()->isVisible());
    QTRY_COMPARE(userState().reason, u"Break"_s);
    QVERIFY(!userState().isAfterCallWork());
}

// Timed after-call work ran out before Done: the server made the agent Ready itself, and
// Done saves the wrap-up without touching the state.
void TestAfterCallWork::doneAfterTheServerEndedItLeavesTheState()
{
    m_sim->setWrapUpTime(1000);
    QVERIFY(startAgent());
    QVERIFY(chooseState(u"state_NotReady_Lunch"_s));
    QTRY_COMPARE(userState().reason, u"Lunch"_s);
    QVERIFY(takeACall());
    QTRY_VERIFY(card()->isVisible());
    QTRY_COMPARE(userState().state, u"Ready"_s); // after the wrap-up's one second
    QVERIFY(!clock()->isVisible());
    QPushButton *done = card()->doneButton();
    QVERIFY(done->accessibleDescription().isEmpty());
    m_control->send(u"/sim/stats"_s, "DELETE");
    QTest::mouseClick(done, Qt::LeftButton);
    QTRY_VERIFY(!card()->isVisible());
    QCOMPARE(m_control->requestCount(u"NotReady"_s), 0);
    QCOMPARE(m_control->requestCount(u"Ready"_s), 0);
    QCOMPARE(userState().state, u"Ready"_s);
}

// Done while the server refuses the change of state: the card stays with what was typed,
// the problem is said beside it, and Done again (the server back) finishes.
void TestAfterCallWork::aStateChangeTheServerRefusesKeepsTheCard()
{
    m_sim->setWrapUpTime(60000);
    QVERIFY(startAgent());
    QVERIFY(chooseState(u"state_NotReady_Lunch"_s));
    QTRY_COMPARE(userState().reason, u"Lunch"_s);
    QVERIFY(takeACall());
    QTRY_VERIFY(clock()->isVisible());
    card()->notes()->setFocus();
    QTest::keyClicks(card()->notes(), u"call back Monday"_s);

    m_control->post(u"/sim/faults"_s, {{u"paths"_s, u"/api/v2/me/channels/voice"_s},
                                       {u"httpStatus"_s, 503}, {u"failCount"_s, 1}});
    QCOMPARE(m_control->lastStatus(), 200);
    QTest::mouseClick(card()->doneButton(), Qt::LeftButton);
    QLabel *problem = clock()->problem();
    QTRY_VERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(u"Could not return you to Not Ready - Lunch"_s),
             qPrintable(problem->text()));
    QVERIFY(card()->isVisible());
    QCOMPARE(card()->notes()->toPlainText(), u"call back Monday"_s);
    QVERIFY(userState().isAfterCallWork());
    QTRY_VERIFY(card()->doneButton()->isEnabled());

    QTest::mouseClick(card()->doneButton(), Qt::LeftButton);
    QTRY_VERIFY(!card()->isVisible());
    QTRY_COMPARE(userState().reason, u"Lunch"_s);
    QVERIFY(!userState().isAfterCallWork());
}

QTEST_MAIN(TestAfterCallWork)
#include "tst_softphone_aftercallwork.moc"
