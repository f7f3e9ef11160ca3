// Call-control flows clicked through the main window (offscreen) against the simulator.

#include "clientstack.h"
#include "destinationdialog.h"
#include "callerrorlist.h"
#include "casedatapanel.h"
#include "dialpad.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "menuclick.h"
#include "simcontrol.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestUiOperations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void consultTransfer();
    void threePartyConferenceRemoveOne();
    void dtmfTypedOnKeypadReachesSimulator();
    void keypadBuildsNumberWithoutCall();
    void keyboardDigitsGoToTheLiveCall();
    void swapCalls();
    void swapTwiceFollowsTheLiveCall();
    void secondRingingCallDoesNotTakeTheSelection();
    void callerRingingDuringAConferenceLeavesHangUpOnIt();
    void answerWithNoSelectionAnswersTheRingingCall();
    void mergeCalls();
    void muteAndUnmute();
    void refusalShownAndCallUnchanged();
    void contextMenuHasTheSameActions();
    void caseDataAttachAndUpdate();
    void disabledButtonsSayWhy();

private:
    void click(CallOperation op);
    QWidget *buttonFor(CallOperation op) const;
    void verifySays(CallOperation op, const QString &text);
    QString answerRinging(const QString &from);
    void selectRow(const QString &callId);
    void fillDestination(const QString &number, bool consult);
    QString otherCallId(const QString &id) const;

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
};

void TestUiOperations::initTestCase()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestUiOperations::init()
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

void TestUiOperations::cleanup()
{
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    m_window.reset();
    m_stack.reset();
}

void TestUiOperations::click(CallOperation op)
{
    QAction *action = m_window->actions()->action(op);
    QTRY_VERIFY2(action->isEnabled(), qPrintable(action->text()));
    QWidget *button = buttonFor(op);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The toolbar button of an operation; Dial's button sits next to the number field.
QWidget *TestUiOperations::buttonFor(CallOperation op) const
{
    QAction *action = m_window->actions()->action(op);
    for (QToolBar *toolbar : m_window->findChildren<QToolBar *>())
        if (QWidget *button = toolbar->widgetForAction(action))
            return button;
    for (QToolButton *button : m_window->findChildren<QToolButton *>())
        if (button->defaultAction() == action)
            return button;
    return nullptr;
}

// What the agent sees on hovering the disabled button, and what a screen reader says.
void TestUiOperations::verifySays(CallOperation op, const QString &text)
{
    QWidget *button = buttonFor(op);
    QVERIFY(button);
    QTRY_COMPARE(button->toolTip(), text);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->accessibleDescription(), text);
    QCOMPARE(m_window->actions()->action(op)->statusTip(), text);
}

QString TestUiOperations::answerRinging(const QString &from)
{
    m_control->ringFrom(from, u"5001"_s);
    const QString id = m_stack->waitForFirstIn(CallState::Ringing);
    if (id.isEmpty())
        return {};
    selectRow(id);
    click(CallOperation::Answer);
    return m_stack->waitForSettled(id, CallState::Established) ? id : QString();
}

// Selects a call as the user does: a click on its row.
void TestUiOperations::selectRow(const QString &callId)
{
    QTreeView *view = m_window->callView();
    const QModelIndex row = m_stack->calls.indexOfCall(callId);
    QVERIFY(row.isValid());
    view->scrollTo(row);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(m_window->selectedCallId(), callId);
}

void TestUiOperations::fillDestination(const QString &number, bool consult)
{
    QTRY_VERIFY(m_window->destinationDialog() && m_window->destinationDialog()->isVisible());
    DestinationDialog *dialog = m_window->destinationDialog();
    auto *combo = dialog->findChild<QComboBox *>(u"destination"_s);
    QTest::keyClicks(combo->lineEdit(), number);
    QTest::mouseClick(dialog->findChild<QRadioButton *>(consult ? u"consult"_s : u"singleStep"_s),
                      Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
}

QString TestUiOperations::otherCallId(const QString &id) const
{
    for (const Call &c : m_stack->calls.calls())
        if (c.id != id)
            return c.id;
    return {};
}

void TestUiOperations::consultTransfer()
{
    const QString id = answerRinging(u"+15550100001"_s);
    QVERIFY(!id.isEmpty());
    click(CallOperation::InitiateTransfer);
    fillDestination(u"+1 555 777 0100"_s, true);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    const QString consultId = otherCallId(id);
    QTRY_COMPARE(m_stack->callOf(consultId).state, CallState::Established);
    // The pair is shown with Complete and Cancel.
    auto *bar = m_window->findChild<QWidget *>(u"consultBar"_s);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY(bar->findChild<QLabel *>(u"consultText"_s)->text().contains(u"5557770100"_s));
    QTRY_VERIFY(m_window->actions()->action(CallOperation::CancelConsult)->isEnabled());
    click(CallOperation::CompleteTransfer);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QTRY_VERIFY(!bar->isVisible());
}

void TestUiOperations::threePartyConferenceRemoveOne()
{
    const QString id = answerRinging(u"+15550100002"_s);
    QVERIFY(!id.isEmpty());
    click(CallOperation::SingleStepConference);
    fillDestination(u"+15557770200"_s, false);
    QTRY_COMPARE(m_stack->callOf(id).participants.size(), 2);
    // Participants are children of the call row; select the new one and remove it.
    const QModelIndex callIndex = m_stack->calls.indexOfCall(id);
    QTRY_COMPARE(m_stack->calls.rowCount(callIndex), 2);
    QModelIndex target;
    for (int row = 0; row < 2; ++row) {
        const QModelIndex child = m_stack->calls.index(row, 0, callIndex);
        if (child.data(CallModel::ParticipantNumberRole).toString() == u"+15557770200")
            target = child;
    }
    QVERIFY(target.isValid());
    QTreeView *view = m_window->callView();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(target).center());
    QCOMPARE(view->currentIndex().data(CallModel::ParticipantNumberRole).toString(),
             u"+15557770200"_s);
    click(CallOperation::RemoveParticipant);
    QTRY_COMPARE(m_stack->callOf(id).participants.size(), 1);
    QCOMPARE(m_stack->calls.rowCount(m_stack->calls.indexOfCall(id)), 1);
}

void TestUiOperations::dtmfTypedOnKeypadReachesSimulator()
{
    const QString id = answerRinging(u"+15550100003"_s);
    QVERIFY(!id.isEmpty());
    DialPad *pad = m_window->dialPad();
    QTest::mouseClick(pad->button(u'4'), Qt::LeftButton);
    QTest::mouseClick(pad->button(u'2'), Qt::LeftButton);
    // The physical keyboard works too, with the call list focused.
    m_window->callView()->setFocus();
    QTest::keyClick(m_window->callView(), Qt::Key_NumberSign);
    QTRY_COMPARE(pad->sentDigits(), u"42#"_s);
    QVERIFY(m_window->numberEdit()->text().isEmpty()); // tones, not a number to dial
    QTRY_VERIFY(QJsonDocument(m_control->get(u"/sim/calls/"_s + id)).toJson().contains("42#"));
}

// While a call is connected, digits from the top row and from the keypad are tones for it,
// wherever the focus is, except in a number field that already holds a number.
void TestUiOperations::keyboardDigitsGoToTheLiveCall()
{
    const QString id = answerRinging(u"+15550100019"_s);
    QVERIFY(!id.isEmpty());
    DialPad *pad = m_window->dialPad();
    QLineEdit *number = m_window->numberEdit();
    number->setFocus();
    QTest::keyClick(number, Qt::Key_1);
    QTest::keyClick(number, Qt::Key_2, Qt::KeypadModifier);
    QTest::keyClick(number, Qt::Key_Asterisk, Qt::KeypadModifier);
    QTRY_COMPARE(pad->sentDigits(), u"12*"_s);
    QVERIFY(number->text().isEmpty());
    // A control that takes no digits (a toolbar button): still tones for the call.
    QWidget *hold = nullptr;
    for (QToolBar *toolbar : m_window->findChildren<QToolBar *>())
        if (!hold)
            hold = toolbar->widgetForAction(m_window->actions()->action(CallOperation::Hold));
    QVERIFY(hold);
    QTest::keyClick(hold, Qt::Key_3);
    QTRY_COMPARE(pad->sentDigits(), u"12*3"_s);
    // A number being typed keeps its digits (a transfer target, say), and Ctrl+digit is
    // never a tone.
    number->setText(u"+1555"_s);
    QTest::keyClick(number, Qt::Key_4);
    QCOMPARE(number->text(), u"+15554"_s);
    QTest::keyClick(hold, Qt::Key_5, Qt::ControlModifier);
    QTRY_VERIFY(QJsonDocument(m_control->get(u"/sim/calls/"_s + id)).toJson().contains("12*3"));
    QCOMPARE(pad->sentDigits(), u"12*3"_s);
}

void TestUiOperations::keypadBuildsNumberWithoutCall()
{
    DialPad *pad = m_window->dialPad();
    for (QChar key : u"5002"_s)
        QTest::mouseClick(pad->button(key), Qt::LeftButton);
    QCOMPARE(m_window->numberEdit()->text(), u"5002"_s);
}

void TestUiOperations::swapCalls()
{
    const QString first = answerRinging(u"+15550100004"_s);
    QVERIFY(!first.isEmpty());
    click(CallOperation::Hold);
    QTRY_COMPARE(m_stack->callOf(first).state, CallState::Held);
    QTest::keyClicks(m_window->numberEdit(), u"+15557770300"_s);
    QTest::keyClick(m_window->numberEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    const QString second = otherCallId(first);
    QTRY_COMPARE(m_stack->callOf(second).state, CallState::Established);
    selectRow(second);
    click(CallOperation::SwapCalls);
    QTRY_COMPARE(m_stack->callOf(second).state, CallState::Held);
    QTRY_COMPARE(m_stack->callOf(first).state, CallState::Established);
}

// After Swap the selection follows the call that became live, so a second Swap (from the
// keyboard, as an agent does it) swaps back instead of doing nothing.
void TestUiOperations::swapTwiceFollowsTheLiveCall()
{
    const QString first = answerRinging(u"+15550100014"_s);
    QVERIFY(!first.isEmpty());
    click(CallOperation::Hold);
    QTRY_COMPARE(m_stack->callOf(first).state, CallState::Held);
    QTest::keyClicks(m_window->numberEdit(), u"+15557770310"_s);
    QTest::keyClick(m_window->numberEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    const QString second = otherCallId(first);
    QVERIFY(m_stack->waitForSettled(second, CallState::Established));
    QCOMPARE(m_window->selectedCallId(), second); // the dialled call took the selection
    const QKeySequence swap = m_window->actions()->action(CallOperation::SwapCalls)->shortcut();
    QTRY_VERIFY(m_window->actions()->action(CallOperation::SwapCalls)->isEnabled());
    QTest::keySequence(m_window.get(), swap);
    QTRY_COMPARE(m_stack->callOf(first).state, CallState::Established);
    QTRY_COMPARE(m_window->selectedCallId(), first);
    QVERIFY(m_stack->waitForSettled(first, CallState::Established));
    QTRY_VERIFY(m_window->actions()->action(CallOperation::SwapCalls)->isEnabled());
    QTest::keySequence(m_window.get(), swap);
    QTRY_COMPARE(m_stack->callOf(second).state, CallState::Established);
    QTRY_COMPARE(m_stack->callOf(first).state, CallState::Held);
    QTRY_COMPARE(m_window->selectedCallId(), second);
}

// A caller who rings while the agent is on a call never takes the selection: Hang up ends
// the call the agent is on, not the new caller; Answer then answers the caller.
void TestUiOperations::secondRingingCallDoesNotTakeTheSelection()
{
    const QString live = answerRinging(u"+15550100015"_s);
    QVERIFY(!live.isEmpty());
    QCOMPARE(m_window->selectedCallId(), live);
    m_control->ringFrom(u"+15550100016"_s, u"5001"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    const QString ringing = otherCallId(live);
    QTRY_COMPARE(m_stack->callOf(ringing).state, CallState::Ringing);
    QCOMPARE(m_window->selectedCallId(), live);
    QTRY_VERIFY(m_window->actions()->action(CallOperation::Hangup)->isEnabled());
    QTest::keySequence(m_window.get(), m_window->actions()->action(CallOperation::Hangup)->shortcut());
    QTRY_VERIFY(!m_stack->calls.call(live));
    QCOMPARE(m_stack->callOf(ringing).state, CallState::Ringing); // the caller still rings
    QTRY_VERIFY(m_window->actions()->action(CallOperation::Answer)->isEnabled());
    QTest::keySequence(m_window.get(), m_window->actions()->action(CallOperation::Answer)->shortcut());
    QTRY_COMPARE(m_stack->callOf(ringing).state, CallState::Established);
}

// The incident of issue 14: a caller rang during a conference and Hang up rejected them
// instead of leaving the conference.
void TestUiOperations::callerRingingDuringAConferenceLeavesHangUpOnIt()
{
    const QString conference = answerRinging(u"+15550100019"_s);
    QVERIFY(!conference.isEmpty());
    click(CallOperation::SingleStepConference);
    fillDestination(u"+15557770210"_s, false);
    QTRY_COMPARE(m_stack->callOf(conference).participants.size(), 2);
    // A desktop's window manager gives the window the focus back when the dialog closes;
    // offscreen has none, so the test does what it would.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_control->ringFrom(u"+15550100020"_s, u"5001"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    const QString ringing = otherCallId(conference);
    QTRY_COMPARE(m_stack->callOf(ringing).state, CallState::Ringing);
    QCOMPARE(m_window->selectedCallId(), conference);
    QTRY_VERIFY(m_window->actions()->action(CallOperation::Hangup)->isEnabled());
    QTest::keySequence(m_window.get(), m_window->actions()->action(CallOperation::Hangup)->shortcut());
    QTRY_VERIFY(!m_stack->calls.call(conference));
    QCOMPARE(m_stack->callOf(ringing).state, CallState::Ringing); // the new caller still rings
}

void TestUiOperations::answerWithNoSelectionAnswersTheRingingCall()
{
    const QString live = answerRinging(u"+15550100017"_s);
    QVERIFY(!live.isEmpty());
    m_control->ringFrom(u"+15550100018"_s, u"5001"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    const QString ringing = otherCallId(live);
    QTRY_COMPARE(m_stack->callOf(ringing).state, CallState::Ringing);
    // The live call is selected and cannot be answered: Answer means the ringing call.
    QCOMPARE(m_window->selectedCallId(), live);
    click(CallOperation::Answer);
    QTRY_COMPARE(m_stack->callOf(ringing).state, CallState::Established);
    QVERIFY(m_stack->calls.call(live)); // the agent's call was not touched
}

void TestUiOperations::mergeCalls()
{
    const QString first = answerRinging(u"+15550100005"_s);
    QVERIFY(!first.isEmpty());
    click(CallOperation::Hold);
    QTRY_COMPARE(m_stack->callOf(first).state, CallState::Held);
    QTest::keyClicks(m_window->numberEdit(), u"+15557770400"_s);
    QTest::keyClick(m_window->numberEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    const QString second = otherCallId(first);
    QTRY_COMPARE(m_stack->callOf(second).state, CallState::Established);
    selectRow(second);
    click(CallOperation::MergeWithOtherCall);
    QTRY_COMPARE(m_stack->calls.callCount(), 1);
    QTRY_COMPARE(m_stack->calls.calls().first().participants.size(), 2);
}

void TestUiOperations::muteAndUnmute()
{
    const QString id = answerRinging(u"+15550100006"_s);
    QVERIFY(!id.isEmpty());
    click(CallOperation::MuteCall);
    QTRY_VERIFY(m_stack->callOf(id).muted);
    const QModelIndex state = m_stack->calls.indexOfCall(id, CallModel::StateColumn);
    QVERIFY(state.data().toString().contains(u"muted"_s));
    QVERIFY(!m_window->actions()->action(CallOperation::MuteCall)->isEnabled());
    click(CallOperation::UnmuteCall);
    QTRY_VERIFY(!m_stack->callOf(id).muted);
    QTRY_VERIFY(!m_stack->calls.indexOfCall(id, CallModel::StateColumn).data().toString().contains(u"muted"_s));
}

void TestUiOperations::refusalShownAndCallUnchanged()
{
    const QString id = answerRinging(u"+15550100007"_s);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(!m_stack->control.isBusy(id));
    const Call before = m_stack->callOf(id);
    QVERIFY(!m_window->actions()->action(CallOperation::Retrieve)->isEnabled());
    // The UI would never send it; a stale client might. The refusal must still show.
    m_stack->control.perform(CallOperation::Retrieve, id);
    // Shown next to the call, in plain words; the technical text under Details.
    QTRY_VERIFY(m_window->callErrors()->bar(id));
    QVERIFY2(m_window->callErrors()->bar(id)->message().contains(u"Retrieve: not possible any more"_s),
             qPrintable(m_window->callErrors()->bar(id)->message()));
    QVERIFY(m_window->callErrors()->bar(id)->details().contains(u"code 2"_s));
    QVERIFY(m_stack->callOf(id).sameContent(before));
    QCOMPARE(m_stack->calls.indexOfCall(id, CallModel::StateColumn).data().toString(),
             u"Established"_s);
}

void TestUiOperations::contextMenuHasTheSameActions()
{
    const QList<QAction *> menu = m_window->callView()->actions();
    QVERIFY(menu.contains(m_window->actions()->action(CallOperation::Hold)));
    QVERIFY(menu.contains(m_window->actions()->action(CallOperation::RemoveParticipant)));
    QCOMPARE(m_window->callView()->contextMenuPolicy(), Qt::ActionsContextMenu);

    // Right-click the call's row and choose Hold in the menu that opens.
    const QString id = answerRinging(u"+15550100009"_s);
    QVERIFY(!id.isEmpty());
    QTreeView *view = m_window->callView();
    const QPoint at = view->visualRect(m_stack->calls.indexOfCall(id)).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QAction *hold = m_window->actions()->action(CallOperation::Hold);
    QTRY_VERIFY(hold->isEnabled());
    QVERIFY(clickInMenu(hold, [&] {
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
        QApplication::sendEvent(view->viewport(), &event);
    }));
    QTRY_COMPARE(m_stack->stateOf(id), CallState::Held);
}

void TestUiOperations::caseDataAttachAndUpdate()
{
    const QString id = answerRinging(u"+15550100008"_s);
    QVERIFY(!id.isEmpty());
    CaseDataPanel *panel = m_window->caseData();
    QTRY_VERIFY(panel->addButton()->isEnabled());
    QTest::keyClicks(panel->keyEdit(), u"Disposition"_s);
    QTest::keyClicks(panel->valueEdit(), u"Sale"_s);
    QTest::mouseClick(panel->addButton(), Qt::LeftButton);
    QTRY_COMPARE(m_stack->callOf(id).userData.value(u"Disposition"_s).toString(), u"Sale"_s);
    // The simulator is shared by every test of this run: count this test's requests only.
    const int updatesBefore = m_control->requestCount(u"UpdateUserData"_s);
    QTRY_COMPARE(panel->userData().value(u"Disposition"_s).toString(), u"Sale"_s);
    QTRY_VERIFY(!m_stack->control.isBusy(id));

    // Edit the value in place: the new value goes to the server as UpdateUserData.
    QTreeView *view = panel->view();
    QModelIndex value;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data().toString() == u"Disposition")
            value = view->model()->index(row, 1);
    QVERIFY(value.isValid());
    view->setFocus();
    view->setCurrentIndex(value);
    view->edit(value);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Callback"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_stack->callOf(id).userData.value(u"Disposition"_s).toString(), u"Callback"_s);
    QCOMPARE(m_control->requestCount(u"UpdateUserData"_s), updatesBefore + 1);
}

// Every disabled control says why, in words the agent acts on; an enabled one says what it
// does, as before.
void TestUiOperations::disabledButtonsSayWhy()
{
    verifySays(CallOperation::Hold, u"Hold: select a call first"_s);
    verifySays(CallOperation::Answer, u"Answer: nothing is ringing"_s);
    verifySays(CallOperation::Dial, u"Dial: type a number first"_s);

    const QString id = answerRinging(u"+15550100019"_s);
    QVERIFY(!id.isEmpty());
    verifySays(CallOperation::SwapCalls, u"Swap: you need a second call"_s);
    // The tip really shows on the disabled button, as the mouse rests on it.
    QWidget *swap = buttonFor(CallOperation::SwapCalls);
    QTest::mouseMove(swap, swap->rect().center() - QPoint(3, 0));
    QTest::mouseMove(swap, swap->rect().center());
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), u"Swap: you need a second call"_s);
    QToolTip::hideText();
    verifySays(CallOperation::MergeWithOtherCall, u"Merge calls: you need a second call"_s);
    verifySays(CallOperation::Retrieve, u"Retrieve: the call is not on hold"_s);
    verifySays(CallOperation::CompleteTransfer,
               u"Complete transfer: there is no consultation call"_s);
    QWidget *hold = buttonFor(CallOperation::Hold);
    QTRY_VERIFY(hold->isEnabled());
    QVERIFY(hold->toolTip().startsWith(u"Put the selected call on hold ("_s));
    QCOMPARE(hold->accessibleDescription(), u"Put the selected call on hold"_s);

    click(CallOperation::Hold);
    QTRY_COMPARE(m_stack->callOf(id).state, CallState::Held);
    verifySays(CallOperation::Hold, u"Hold: the call is already on hold"_s);

    m_control->post(u"/sim/calls/"_s + id + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    m_stack->session.logout();
    verifySays(CallOperation::Hold, u"Hold: you are logged out"_s);
    verifySays(CallOperation::Dial, u"Dial: you are logged out"_s);
}

QTEST_MAIN(TestUiOperations)
#include "tst_ui_operations.moc"
