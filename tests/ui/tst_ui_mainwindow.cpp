// The main window driven with real clicks and keys (offscreen), against the simulator.

#include "agentstatebutton.h"
#include "clientstack.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "simcontrol.h"
#include "svgicons.h"

#include <QAction>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSvgRenderer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void actionsFollowCapabilities();
    void clickAnswerThenHangup();
    void typeNumberAndPressEnterDials();
    void invalidNumberShowsMessage();
    void doubleClickSendsOnce();
    void serverLossDisablesControlsAndSaysReconnecting();
    void closeDuringCallAsksThenEndsTheSession();
    void tickersOnlyWhileSomethingCounts();
    void clearButtonClearsTheNumber();
    void iconsDrawnFromOurSvgs();

private:
    QWidget *buttonFor(CallOperation op) const;

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(300);
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestMainWindow::init()
{
    m_stack = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_window = std::make_unique<MainWindow>(&m_stack->session, &m_stack->control,
                                             &m_stack->availability);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_stack->session.login();
    QTRY_COMPARE(m_stack->session.status(), Session::Status::Online);
    QTRY_VERIFY(!m_stack->session.device().id.isEmpty());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_stack.reset();
}

QWidget *TestMainWindow::buttonFor(CallOperation op) const
{
    for (QToolBar *toolbar : m_window->findChildren<QToolBar *>())
        if (QWidget *button = toolbar->widgetForAction(m_window->actions()->action(op)))
            return button;
    return nullptr;
}

void TestMainWindow::actionsFollowCapabilities()
{
    QAction *answer = m_window->actions()->action(CallOperation::Answer);
    QAction *hangup = m_window->actions()->action(CallOperation::Hangup);
    QVERIFY(!answer->isEnabled()); // no call yet
    QVERIFY(!hangup->isEnabled());
    m_control->ringFrom(u"+15550001111"_s, u"5001"_s);
    QTRY_VERIFY(answer->isEnabled());
    QCOMPARE(m_window->selectedCallId(), m_stack->firstIdIn(CallState::Ringing));
    QVERIFY(!answer->shortcut().isEmpty());
    QVERIFY(!answer->toolTip().isEmpty());
    m_stack->control.hangup(m_window->selectedCallId());
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QTRY_VERIFY(!answer->isEnabled());
}

void TestMainWindow::clickAnswerThenHangup()
{
    m_control->ringFrom(u"+15550002222"_s, u"5001"_s);
    QTRY_VERIFY(m_window->actions()->action(CallOperation::Answer)->isEnabled());
    QWidget *answerButton = buttonFor(CallOperation::Answer);
    QVERIFY(answerButton);
    QTest::mouseClick(answerButton, Qt::LeftButton);
    QTRY_VERIFY(m_stack->firstIn(CallState::Established));
    // The state column says so, too.
    const QModelIndex state = m_stack->calls.index(0, CallModel::StateColumn);
    QCOMPARE(state.data().toString(), u"Established"_s);

    QTRY_VERIFY(m_window->actions()->action(CallOperation::Hangup)->isEnabled());
    QTest::mouseClick(buttonFor(CallOperation::Hangup), Qt::LeftButton);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
}

void TestMainWindow::typeNumberAndPressEnterDials()
{
    QLineEdit *number = m_window->numberEdit();
    number->setFocus();
    QTest::keyClicks(number, u"555-0100"_s);
    QTRY_VERIFY(m_window->actions()->action(CallOperation::Dial)->isEnabled());
    QTest::keyClick(number, Qt::Key_Return);
    QTRY_VERIFY(m_stack->firstIn(CallState::Established));
    QCOMPARE(m_stack->callOf(m_stack->firstIdIn(CallState::Established)).remoteParty(), u"5550100"_s);
    QVERIFY(number->text().isEmpty());
    m_stack->control.hangup(m_stack->firstIdIn(CallState::Established));
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
}

void TestMainWindow::invalidNumberShowsMessage()
{
    const int dialsBefore = m_control->requestCount(u"Dial"_s);
    QLineEdit *number = m_window->numberEdit();
    QTest::keyClicks(number, u"call home"_s);
    QTest::keyClick(number, Qt::Key_Return);
    QLabel *problem = m_window->numberProblem();
    QTRY_VERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    QCOMPARE(number->text(), u"call home"_s); // what the agent typed is kept
    QCOMPARE(m_stack->calls.callCount(), 0);
    QCOMPARE(m_control->requestCount(u"Dial"_s), dialsBefore);
    // Fixing the text hides the message.
    number->clear();
    QTest::keyClicks(number, u"5550100"_s);
    QVERIFY(!problem->isVisible());
}

void TestMainWindow::doubleClickSendsOnce()
{
    const int before = m_control->requestCount(u"Answer"_s);
    m_control->ringFrom(u"+15550003333"_s, u"5001"_s);
    QTRY_VERIFY(m_window->actions()->action(CallOperation::Answer)->isEnabled());
    QWidget *answerButton = buttonFor(CallOperation::Answer);
    QTest::mouseDClick(answerButton, Qt::LeftButton);
    QTest::mouseClick(answerButton, Qt::LeftButton);
    QTRY_VERIFY(m_stack->firstIn(CallState::Established));
    QCOMPARE(m_control->requestCount(u"Answer"_s), before + 1);
    m_stack->control.hangup(m_stack->firstIdIn(CallState::Established));
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
}

void TestMainWindow::tickersOnlyWhileSomethingCounts()
{
    // Idle and online: the call-duration ticker sleeps; the time-in-state clock is on screen.
    QVERIFY(!m_window->isTicking());
    QVERIFY(m_window->agentState()->isTicking());

    m_control->ringFrom(u"+15550004444"_s, u"5001"_s);
    QTRY_VERIFY(m_stack->firstIn(CallState::Ringing));
    QTRY_VERIFY(m_window->isTicking()); // the call card's ring timer counts
    m_stack->control.answer(m_stack->firstIdIn(CallState::Ringing));
    QTRY_VERIFY(m_stack->firstIn(CallState::Established));
    QVERIFY(m_window->isTicking());
    m_stack->control.hangup(m_stack->firstIdIn(CallState::Established));
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QVERIFY(!m_window->isTicking());

    // Nobody sees the state clock of a hidden window.
    m_window->hide();
    QVERIFY(!m_window->agentState()->isTicking());
    m_window->show();
    QVERIFY(m_window->agentState()->isTicking());
    m_stack->session.logout();
    QVERIFY(!m_window->agentState()->isTicking());
}

void TestMainWindow::closeDuringCallAsksThenEndsTheSession()
{
    const QString connection = m_control->ringFrom(u"+15550005555"_s, u"5001"_s);
    QAction *answer = m_window->actions()->action(CallOperation::Answer);
    QTRY_VERIFY(answer->isEnabled());
    const int ends = m_control->requestCount(u"EndContactCenterSession"_s);

    // Closing with a call asks; Stay keeps everything as it was.
    QVERIFY(!m_window->close());
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"quitQuestion"_s)));
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(u"stay"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"quitQuestion"_s));
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_stack->session.status(), Session::Status::Online);

    // Quit: the server hears the agent left, then the window closes.
    QVERIFY(!m_window->close());
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"quitQuestion"_s)));
    QTRY_VERIFY(box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(u"quitAnyway"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_stack->session.status(), Session::Status::LoggedOut);
    QTRY_COMPARE(m_control->requestCount(u"EndContactCenterSession"_s), ends + 1);
    m_control->post(u"/sim/calls/%1/hangup"_s.arg(connection)); // the next test's agent is idle
}

void TestMainWindow::serverLossDisablesControlsAndSaysReconnecting()
{
    // A server of its own, so it can die under the window.
    auto sim = std::make_unique<GwsSimulator>();
    sim->setPollTimeout(2000);
    QVERIFY(sim->listen());
    const quint16 port = sim->port();
    ClientStack stack(sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    MainWindow window(&stack.session, &stack.control, &stack.availability);
    window.show();
    stack.session.login();
    QTRY_COMPARE(stack.session.status(), Session::Status::Online);
    SimControl(sim->baseUrl()).ringFrom(u"+15550004444"_s, u"5001"_s);
    QAction *answer = window.actions()->action(CallOperation::Answer);
    QTRY_VERIFY(answer->isEnabled());
    auto *connection = window.findChild<QLabel *>(u"connectionLabel"_s);
    auto *reconnect = window.findChild<QToolButton *>(u"reconnectButton"_s);
    QVERIFY(reconnect);
    QVERIFY(!reconnect->isVisible()); // nothing to retry while connected

    // Attempts far apart, so that only the agent's click can bring it back quickly.
    stack.cometd.setBackoff(60000, 60000);
    sim.reset();
    QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(u"Reconnecting"_s), 10000);
    QVERIFY(connection->text().contains(u"next attempt in"_s));
    QVERIFY(!answer->isEnabled());
    QVERIFY(!window.actions()->action(CallOperation::Hangup)->isEnabled());
    QVERIFY(reconnect->isVisible());
    // The disabled buttons say why, and count down with the status bar.
    QWidget *answerButton = nullptr;
    for (QToolBar *toolbar : window.findChildren<QToolBar *>())
        if (!answerButton)
            answerButton = toolbar->widgetForAction(answer);
    QVERIFY(answerButton);
    const QString offline = answerButton->toolTip();
    QVERIFY2(offline.startsWith(u"Answer: offline: reconnecting in "_s), qPrintable(offline));
    QCOMPARE(answerButton->accessibleDescription(), offline);
    QTRY_VERIFY_WITH_TIMEOUT(answerButton->toolTip() != offline, 3000);
    QVERIFY(answerButton->toolTip().startsWith(u"Answer: offline: reconnecting in "_s));

    sim = std::make_unique<GwsSimulator>();
    QVERIFY(sim->listen(port));
    QTest::mouseClick(reconnect, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected"_s, 10000);
    QVERIFY(!reconnect->isVisible());
    QTRY_COMPARE(stack.calls.callCount(), 0); // the call died with the old server
    QVERIFY(!answer->isEnabled());
}

void TestMainWindow::clearButtonClearsTheNumber()
{
    QLineEdit *number = m_window->numberEdit();
    auto *clear = number->findChild<QAction *>(u"clearNumber"_s);
    QVERIFY(clear);
    QVERIFY(!clear->isVisible()); // nothing to clear
    QTest::keyClicks(number, u"call home"_s);
    QTest::keyClick(number, Qt::Key_Return);
    QTRY_VERIFY(m_window->numberProblem()->isVisible());
    QVERIFY(clear->isVisible());
    // The line edit shows the action as a button inside it: click that.
    QToolButton *clearButton = nullptr;
    for (QToolButton *b : number->findChildren<QToolButton *>())
        if (b->defaultAction() == clear)
            clearButton = b;
    QVERIFY(clearButton);
    QTest::mouseClick(clearButton, Qt::LeftButton);
    QVERIFY(number->text().isEmpty());
    QVERIFY(!m_window->numberProblem()->isVisible());
    QVERIFY(!clear->isVisible());
}

void TestMainWindow::iconsDrawnFromOurSvgs()
{
    // The engine sizes an icon without parsing it, as a square: every icon must be one.
    int icons = 0;
    for (QDirIterator it(u":/icons"_s, {u"*.svg"_s}); it.hasNext(); ++icons) {
        const QSvgRenderer svg(it.next());
        QVERIFY2(svg.isValid(), qPrintable(it.filePath()));
        QCOMPARE(svg.defaultSize().width(), svg.defaultSize().height());
    }
    QVERIFY(icons >= 20);
    // The toolbar's icons are drawn: enabled in colour, disabled greyed, at any size.
    QAction *hold = m_window->actions()->action(CallOperation::Hold);
    QVERIFY(!hold->isEnabled());
    const QImage normal = hold->icon().pixmap(24, QIcon::Normal).toImage();
    const QImage disabled = hold->icon().pixmap(24, QIcon::Disabled).toImage();
    QCOMPARE(normal.size(), QSize(24, 24));
    QCOMPARE(hold->icon().pixmap(48).size(), QSize(48, 48));
    const auto colours = [](const QImage &image) {
        QSet<QRgb> seen;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    seen.insert(image.pixel(x, y));
        return seen;
    };
    QVERIFY(colours(normal).contains(qRgb(0x15, 0x65, 0xc0))); // hold.svg's blue
    QVERIFY(!colours(disabled).contains(qRgb(0x15, 0x65, 0xc0)));
    QVERIFY(!colours(disabled).isEmpty());
    // And on screen: the disabled Hold button shows its greyed icon.
    QWidget *button = buttonFor(CallOperation::Hold);
    QVERIFY(button);
    QVERIFY(colours(button->grab().toImage()).intersects(colours(disabled)));
    // One engine per name (a row's icon is not parsed per row), and a missing name draws nothing.
    QCOMPARE(SvgIcons::icon(u"hold").cacheKey(), SvgIcons::icon(u"hold").cacheKey());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"no-such-icon"_s));
    QVERIFY(SvgIcons::icon(u"no-such-icon").pixmap(24).isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"
