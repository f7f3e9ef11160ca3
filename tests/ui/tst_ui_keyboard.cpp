// The keyboard, as an agent uses it (offscreen, real keys, against the simulator): the
// cheat sheet (F1), the command palette (Ctrl+K), Ready / Not Ready keys, "On a call",
// Answer naming the caller, shortcuts the agent remaps (kept in QSettings), the tab order,
// and the whole flow with no mouse: state menu, answer, tones, hold, consult transfer,
// conference, palette, history.

#include "agentstateactions.h"
#include "calljournal.h"
#include "callrecorder.h"
#include "destinationdialog.h"
#include "dialpad.h"
#include "historymodel.h"
#include "historyview.h"
#include "wrapup.h"
#include "wrapupcard.h"
#include "agentstatebutton.h"
#include "clientstack.h"
#include "commandpalette.h"
#include "gwssimulator.h"
#include "keyboardcommands.h"
#include "mainwindow.h"
#include "shortcutdialog.h"
#include "shortcutsettings.h"
#include "shortcutsheet.h"
#include "simcontrol.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestUiKeyboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cheatSheetListsEveryActionWithItsKeys();
    void paletteFindsHoldAndHoldsTheCall();
    void paletteSetsANotReadyReason();
    void paletteFillsARecentNumber();
    void paletteShowsWhyAnActionCannotRun();
    void readyAndNotReadyKeys();
    void agentStateSaysOnACall();
    void agentStateHasNoClockBeforeItIsRead();
    void answerNamesTheCaller();
    void remappedShortcutWorksAndConflictsAreRefused();
    void tabOrderFollowsTheWindow();
    void agentStateFromItsMenuByKeyboard();
    void callFlowWithoutTheMouse();
    void historyByKeyboard();
    void wrapUpCardTabsWhereItShows();

private:
    QStringList tabChain() const;
    void activateLikeTheWindowManager();
    void pressOn(QWidget *target, CallOperation op);
    void fillDestinationByKeyboard(const QString &number);
    QString answerRinging(const QString &from);
    CommandPalette *openPalette();
    void setState(const QString &operationName);
    QAction *stateAction(const QString &operationName, const QString &reason = {}) const;
    QAction *action(CallOperation op) const { return m_window->actions()->action(op); }
    void makeWindow();

    QTemporaryDir m_settingsDir;
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
};

void TestUiKeyboard::initTestCase()
{
    // The agent's shortcuts go to a settings file of this run only.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SoftphoneTest"_s);
    QCoreApplication::setApplicationName(u"tst_ui_keyboard"_s);
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestUiKeyboard::makeWindow()
{
    m_window = std::make_unique<MainWindow>(&m_stack->session, &m_stack->control,
                                             &m_stack->availability);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiKeyboard::init()
{
    m_stack = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    makeWindow();
    m_stack->session.login();
    QTRY_COMPARE(m_stack->session.status(), Session::Status::Online);
    QTRY_VERIFY(!m_stack->session.device().id.isEmpty());
    // The server's states (with the Not Ready reasons) are in.
    QTRY_VERIFY(m_stack->availability.agentStates().size() > 3);
}

void TestUiKeyboard::cleanup()
{
    if (QWidget *popup = QApplication::activePopupWidget())
        popup->close();
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    m_window.reset();
    m_stack.reset();
    QSettings().remove(u"shortcuts"_s);
}

QString TestUiKeyboard::answerRinging(const QString &from)
{
    m_control->ringFrom(from, u"5001"_s);
    const QString id = m_stack->waitForFirstIn(CallState::Ringing);
    if (id.isEmpty() || !QTest::qWaitFor([&] { return action(CallOperation::Answer)->isEnabled(); }))
        return {};
    QTest::keySequence(m_window.get(), action(CallOperation::Answer)->shortcut());
    return m_stack->waitForSettled(id, CallState::Established) ? id : QString();
}

// Ctrl+K from the number field (which binds Ctrl+K itself on X11), as the agent types it.
CommandPalette *TestUiKeyboard::openPalette()
{
    m_window->numberEdit()->setFocus();
    QTest::keyClick(m_window->numberEdit(), Qt::Key_K, Qt::ControlModifier);
    // Built by the first Ctrl+K (a dialog costs nothing before it is asked for).
    CommandPalette *palette = m_window->findChild<CommandPalette *>();
    if (!palette || palette != m_window->keyboard()->palette()
        || !QTest::qWaitFor([&] { return palette->isVisible(); }))
        return nullptr;
    if (QApplication::focusWidget() != palette->searchEdit())
        return nullptr;
    return palette;
}

QAction *TestUiKeyboard::stateAction(const QString &operationName, const QString &reason) const
{
    const QString name = u"state_"_s + operationName + u'_' + reason;
    for (QAction *a : m_window->agentState()->actions()->stateActions())
        if (a->objectName() == name)
            return a;
    return nullptr;
}

// Puts the agent in a known state through the server, whatever the last test left.
void TestUiKeyboard::setState(const QString &operationName)
{
    if (m_stack->session.device().userState.state == operationName
        && m_stack->session.device().userState.workMode.isEmpty()
        && m_stack->session.device().userState.reason.isEmpty())
        return;
    AgentStateOption option{operationName, operationName, {}};
    QVERIFY(m_stack->availability.setAgentState(option));
    QTRY_COMPARE(m_stack->session.device().userState.state, operationName);
    QTRY_VERIFY(!m_stack->availability.isChanging());
}

void TestUiKeyboard::cheatSheetListsEveryActionWithItsKeys()
{
    QTest::keyClick(m_window->callView(), Qt::Key_F1);
    QTRY_VERIFY(m_window->keyboard()->sheet() && m_window->keyboard()->sheet()->isVisible());
    ShortcutSheet *sheet = m_window->keyboard()->sheet();
    const auto native = [](const QString &portable) {
        return QKeySequence(portable).toString(QKeySequence::NativeText);
    };
    QCOMPARE(sheet->shortcutListedFor(u"Hold"_s), native(u"Ctrl+Shift+H"_s));
    QCOMPARE(sheet->shortcutListedFor(u"Hang up"_s), native(u"Ctrl+Shift+E"_s));
    QCOMPARE(sheet->shortcutListedFor(u"Ready"_s), native(u"F7"_s));
    QCOMPARE(sheet->shortcutListedFor(u"Not Ready"_s), native(u"F8"_s));
    QCOMPARE(sheet->shortcutListedFor(u"Command palette…"_s), native(u"Ctrl+K"_s));
    QCOMPARE(sheet->shortcutListedFor(u"Keyboard shortcuts"_s), native(u"F1"_s));
    // Grouped; every action of the window is there, including each Not Ready reason.
    QStringList sections;
    int rows = 0;
    for (int i = 0; i < sheet->tree()->topLevelItemCount(); ++i) {
        sections.append(sheet->tree()->topLevelItem(i)->text(0));
        rows += sheet->tree()->topLevelItem(i)->childCount();
    }
    QCOMPARE(sections, QStringList({u"Calls"_s, u"Transfer and conference"_s,
                                    u"Agent state"_s, u"Window"_s}));
    QCOMPARE(rows, 1 + CallActions::callOperations().size()
                       + m_window->agentState()->actions()->stateActions().size() + 1 + 7);
    QCOMPARE(sheet->shortcutListedFor(u"Call history"_s), native(u"Ctrl+H"_s));
    QCOMPARE(sheet->tree()->findItems(u"Not Ready - Lunch"_s, Qt::MatchExactly | Qt::MatchRecursive)
                 .size(),
             1);
    QTest::keyClick(sheet->tree(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->keyboard()->sheet() || !m_window->keyboard()->sheet()->isVisible());
}

void TestUiKeyboard::paletteFindsHoldAndHoldsTheCall()
{
    const QString id = answerRinging(u"+15550100031"_s);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(action(CallOperation::Hold)->isEnabled());
    QVERIFY(!m_window->findChild<CommandPalette *>());
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"hld"_s);
    QVERIFY(!palette->shownTexts().isEmpty());
    QCOMPARE(palette->shownTexts().first(), u"Hold"_s);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(!palette->isVisible());
    QTRY_COMPARE(m_stack->stateOf(id), CallState::Held);
}

void TestUiKeyboard::paletteSetsANotReadyReason()
{
    setState(u"Ready"_s);
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"lunch"_s);
    QVERIFY(!palette->shownTexts().isEmpty());
    QVERIFY2(palette->shownTexts().first().contains(u"Lunch"_s),
             qPrintable(palette->shownTexts().join(u", "_s)));
    QTest::keyClick(palette->searchEdit(), Qt::Key_Enter);
    QTRY_COMPARE(m_stack->session.device().userState.state, u"NotReady"_s);
    QTRY_COMPARE(m_stack->session.device().userState.reason, u"Lunch"_s);
    // Marked in the state menu, and not offered again.
    QAction *lunch = stateAction(u"NotReady"_s, u"Lunch"_s);
    QVERIFY(lunch);
    QTRY_VERIFY(lunch->isChecked());
    QVERIFY(!stateAction(u"Ready"_s)->isChecked());
    QTRY_COMPARE(lunch->statusTip(), u"Not Ready - Lunch: you are in this state already"_s);
}

void TestUiKeyboard::paletteFillsARecentNumber()
{
    // Numbers reached before, as the journal of the logged-in user has them.
    QTemporaryDir dir;
    CallJournal journal(dir.filePath(u"history.sqlite"_s));
    QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const QString &number : {u"+15557770111"_s, u"+15557770999"_s}) { // the later first
        at = at.addSecs(10);
        Call call;
        call.id = u"reached-"_s + number;
        call.callType = u"Outbound"_s;
        call.state = CallState::Established;
        Participant party;
        party.phoneNumber = number;
        call.participants = {party};
        journal.record(call, at);
        journal.end(call.id, at.addSecs(5));
    }
    m_stack->recent.setJournal(&journal);
    auto forget = qScopeGuard([this] { m_stack->recent.setJournal(nullptr); });
    QCOMPARE(m_stack->recent.numbers(), QStringList({u"+15557770999"_s, u"+15557770111"_s}));
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"0999"_s);
    QCOMPARE(palette->shownTexts().value(0), u"+15557770999"_s);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
    QTRY_VERIFY(!palette->isVisible());
    QCOMPARE(m_window->numberEdit()->text(), u"+15557770999"_s);
    QCOMPARE(QApplication::focusWidget(), m_window->numberEdit());
    // Ctrl+Enter dials it.
    m_window->numberEdit()->clear();
    palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"0111"_s);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(m_stack->calls.callCount(), 1);
    QTRY_VERIFY(m_stack->calls.calls().first().remoteParty().contains(u"5557770111"_s));
}

void TestUiKeyboard::paletteShowsWhyAnActionCannotRun()
{
    QVERIFY(m_stack->calls.callCount() == 0);
    QTRY_VERIFY(!action(CallOperation::Hold)->isEnabled());
    QSignalSpy triggered(action(CallOperation::Hold), &QAction::triggered);
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"hold"_s);
    QCOMPARE(palette->shownTexts().value(0), u"Hold"_s);
    QCOMPARE(palette->hint()->text(), u"Hold: select a call first"_s);
    QCOMPARE(palette->searchEdit()->accessibleDescription(), u"Hold: select a call first"_s);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
    QVERIFY(palette->isVisible()); // nothing ran; the reason stays in view
    QCOMPARE(triggered.count(), 0);
    // Down to the next entry, then Esc closes.
    QTest::keyClick(palette->searchEdit(), Qt::Key_Escape);
    QTRY_VERIFY(!palette->isVisible());
}

void TestUiKeyboard::readyAndNotReadyKeys()
{
    setState(u"Ready"_s);
    QAction *ready = stateAction(u"Ready"_s);
    QAction *notReady = stateAction(u"NotReady"_s);
    QVERIFY(ready && notReady);
    QTRY_VERIFY(ready->isChecked());
    QCOMPARE(ready->statusTip(), u"Ready: you are in this state already"_s);
    QVERIFY(!ready->isEnabled());
    QTest::keyClick(m_window->callView(), Qt::Key_F8);
    QTRY_COMPARE(m_stack->session.device().userState.state, u"NotReady"_s);
    QTRY_VERIFY(notReady->isChecked());
    QVERIFY(!ready->isChecked());
    QTRY_VERIFY(ready->isEnabled());
    QTest::keyClick(m_window->callView(), Qt::Key_F7);
    QTRY_COMPARE(m_stack->session.device().userState.state, u"Ready"_s);
    QTRY_VERIFY(ready->isChecked());
    // Offline, every state says why it cannot be chosen.
    m_stack->session.logout();
    QTRY_COMPARE(notReady->statusTip(), u"Not Ready: you are logged out"_s);
    QVERIFY(!notReady->isEnabled());
    QCOMPARE(m_window->agentState()->doNotDisturbAction()->toolTip(),
             u"Do Not Disturb: you are logged out"_s);
}

void TestUiKeyboard::agentStateSaysOnACall()
{
    setState(u"Ready"_s);
    AgentStateButton *button = m_window->agentState();
    QTRY_VERIFY(button->text().contains(u"Ready"_s));
    QVERIFY(!button->text().contains(u"On a call"_s));
    const QString id = answerRinging(u"+15550100032"_s);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(button->text().contains(u"On a call"_s));
    QVERIFY(!button->text().contains(u"Ready"_s));
    // The real state is still there for who asks, with whole minutes in it.
    QCOMPARE(button->accessibleName(), u"Agent state"_s);
    QCOMPARE(button->accessibleDescription(),
             u"Agent state: On a call; your state: Ready, less than a minute"_s);
    QVERIFY(button->toolTip().startsWith(u"On a call; your state: Ready for "_s));
    QTest::keySequence(m_window.get(), action(CallOperation::Hangup)->shortcut());
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QTRY_VERIFY(!button->text().contains(u"On a call"_s));
    QVERIFY(button->text().contains(u"Ready"_s));
    QCOMPARE(button->accessibleDescription(), u"Agent state: Ready, less than a minute"_s);
}

// While the login goes on (the window now shows before it ends) the state is not known:
// no "00:00" beside it, which would say the agent has been in it for no time.
void TestUiKeyboard::agentStateHasNoClockBeforeItIsRead()
{
    ClientStack other(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    MainWindow window(&other.session, &other.control, &other.availability);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AgentStateButton *button = window.agentState();
    QCOMPARE(button->shownText(), button->text());
    QVERIFY(!button->shownText().contains(u':'));
    other.session.login();
    QTRY_COMPARE(other.session.status(), Session::Status::Online);
    QTRY_VERIFY(button->shownText().contains(u"Ready  00:0"_s));
}

void TestUiKeyboard::answerNamesTheCaller()
{
    QAction *answer = action(CallOperation::Answer);
    QWidget *button = nullptr;
    for (QToolBar *bar : m_window->findChildren<QToolBar *>())
        if (!button)
            button = bar->widgetForAction(answer);
    QVERIFY(button);
    QCOMPARE(answer->text(), u"&Answer"_s);
    m_control->ringFrom(u"+15550100033"_s, u"5001"_s,
                        QJsonObject{{u"CustomerName"_s, u"Jane Doe"_s}});
    QTRY_COMPARE(answer->text(), u"&Answer Jane Doe"_s);
    QCOMPARE(button->accessibleName(), u"Answer Jane Doe"_s);
    QTest::keySequence(m_window.get(), answer->shortcut());
    QTRY_COMPARE(m_stack->calls.calls().value(0).state, CallState::Established);
    QTRY_COMPARE(answer->text(), u"&Answer"_s);
    QCOMPARE(button->accessibleName(), u"Answer"_s);
    // Without a name in the case data, the number.
    m_control->ringFrom(u"+15550100034"_s, u"5001"_s);
    QTRY_VERIFY2(answer->text().startsWith(u"&Answer "_s) && answer->text().contains(u"0100034"_s),
                 qPrintable(answer->text()));
}

void TestUiKeyboard::remappedShortcutWorksAndConflictsAreRefused()
{
    // From the Help menu, as the agent finds it.
    QMenu *help = m_window->keyboard()->helpMenu();
    QVERIFY(m_window->menuBar()->actions().contains(help->menuAction()));
    QVERIFY(help->actions().contains(m_window->keyboard()->customizeAction()));
    m_window->keyboard()->customizeAction()->trigger();
    QTRY_VERIFY(m_window->keyboard()->dialog() && m_window->keyboard()->dialog()->isVisible());
    ShortcutDialog *dialog = m_window->keyboard()->dialog();
    QTRY_VERIFY(dialog->isActiveWindow()); // the window system's answer comes later
    QKeySequenceEdit *holdKeys = dialog->editFor(u"action_Hold"_s);
    QVERIFY(holdKeys);
    QCOMPARE(holdKeys->keySequence(), QKeySequence(u"Ctrl+Shift+H"_s));
    const auto press = [](QKeySequenceEdit *edit, Qt::Key key, Qt::KeyboardModifiers mods) {
        // Where the agent clicks: the field inside the editor.
        QWidget *field = edit->childAt(edit->rect().center());
        QTest::mouseClick(field ? field : edit, Qt::LeftButton);
        QTest::keyClick(QApplication::focusWidget(), key, mods);
    };
    press(holdKeys, Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(action(CallOperation::Hold)->shortcut(), QKeySequence(u"Ctrl+Alt+H"_s));
    QCOMPARE(QSettings().value(u"shortcuts/action_Hold"_s).toString(), u"Ctrl+Alt+H"_s);
    QVERIFY(dialog->message()->text().contains(u"Hold"_s));

    // Another action cannot take it: refused, and the message says which has it.
    QKeySequenceEdit *retrieveKeys = dialog->editFor(u"action_Retrieve"_s);
    press(retrieveKeys, Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY2(dialog->message()->text().contains(u"already the shortcut of Hold"_s),
                 qPrintable(dialog->message()->text() + u" / "_s + retrieveKeys->keySequence().toString()
                            + u" / "_s + QApplication::focusWidget()->objectName()));
    QCOMPARE(action(CallOperation::Retrieve)->shortcut(), QKeySequence(u"Ctrl+Shift+R"_s));
    QTRY_COMPARE(retrieveKeys->keySequence(), QKeySequence(u"Ctrl+Shift+R"_s));
    QVERIFY(!QSettings().contains(u"shortcuts/action_Retrieve"_s));
    // Nor a letter alone, which would be typed.
    press(retrieveKeys, Qt::Key_X, Qt::NoModifier);
    QTRY_VERIFY(dialog->message()->text().contains(u"alone"_s));
    QCOMPARE(action(CallOperation::Retrieve)->shortcut(), QKeySequence(u"Ctrl+Shift+R"_s));
    dialog->close();

    // Kept: a window built later (the next start) has it, and the new keys hold a call.
    m_window.reset();
    makeWindow();
    QCOMPARE(action(CallOperation::Hold)->shortcut(), QKeySequence(u"Ctrl+Alt+H"_s));
    const QString id = answerRinging(u"+15550100035"_s);
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(action(CallOperation::Hold)->isEnabled());
    QTest::keyClick(m_window->callView(), Qt::Key_H, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE(m_stack->stateOf(id), CallState::Held);
    QVERIFY(action(CallOperation::Hold)->toolTip().isEmpty()
            || !action(CallOperation::Hold)->toolTip().contains(u"Ctrl+Shift+H"_s));

    // Reset to defaults: the built-in keys again, nothing saved.
    m_window->keyboard()->customizeAction()->trigger();
    QTRY_VERIFY(m_window->keyboard()->dialog() && m_window->keyboard()->dialog()->isVisible());
    dialog = m_window->keyboard()->dialog();
    auto *reset = dialog->findChild<QPushButton *>(u"resetShortcuts"_s);
    QVERIFY(reset);
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(action(CallOperation::Hold)->shortcut(), QKeySequence(u"Ctrl+Shift+H"_s));
    QCOMPARE(dialog->editFor(u"action_Hold"_s)->keySequence(), QKeySequence(u"Ctrl+Shift+H"_s));
    QSettings settings;
    settings.beginGroup(u"shortcuts"_s);
    QVERIFY(settings.childKeys().isEmpty());
}

// What Tab visits from the focused control until it comes back, by accessible name (what a
// screen reader says on each stop).
QStringList TestUiKeyboard::tabChain() const
{
    QWidget *start = QApplication::focusWidget();
    QStringList names;
    for (QWidget *w = start; w && names.size() < 40;) {
        names.append(w->accessibleName().isEmpty() ? w->objectName() : w->accessibleName());
        QTest::keyClick(w, Qt::Key_Tab);
        w = QApplication::focusWidget();
        if (w == start)
            break;
    }
    return names;
}

// When a dialog or a menu closes, the window manager activates the window again; offscreen
// has none (the closed one stays active, or none is), so the test does what it would.
void TestUiKeyboard::activateLikeTheWindowManager()
{
    const QWidget *active = QApplication::activeWindow();
    if (!active || !active->isVisible())
        m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
}

// The operation's shortcut, pressed where the focus is, once the server allows it.
void TestUiKeyboard::pressOn(QWidget *target, CallOperation op)
{
    activateLikeTheWindowManager();
    QTRY_VERIFY2(action(op)->isEnabled(), qPrintable(action(op)->text()));
    QTest::keySequence(target ? target : m_window.get(), action(op)->shortcut());
}

// In the transfer or conference dialog: the destination has the focus, Enter goes ahead
// (consulting first, as the action chosen says).
void TestUiKeyboard::fillDestinationByKeyboard(const QString &number)
{
    QTRY_VERIFY(m_window->destinationDialog() && m_window->destinationDialog()->isVisible());
    DestinationDialog *dialog = m_window->destinationDialog();
    QTRY_VERIFY(dialog->isActiveWindow());
    QWidget *field = QApplication::focusWidget();
    QCOMPARE(field, dialog->findChild<QComboBox *>(u"destination"_s));
    QTest::keyClicks(field, number);
    QVERIFY(dialog->consult());
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!m_window->destinationDialog());
}

// Tab goes through the window as it reads, top to bottom, left to right; the tool bars'
// buttons take no focus (their shortcuts, the menus and the palette reach them).
void TestUiKeyboard::tabOrderFollowsTheWindow()
{
    QCOMPARE(QApplication::focusWidget(), m_window->numberEdit()); // where the agent starts
    const QStringList idle = {u"Number to dial"_s, u"Agent state"_s, u"Calls"_s,
                              u"Call card"_s,      u"Dial pad"_s,    u"Case data"_s};
    QCOMPARE(tabChain(), idle);
    // A number typed: Dial follows the field it dials.
    QTest::keyClicks(m_window->numberEdit(), u"5550100"_s);
    QStringList withNumber = idle;
    withNumber.insert(1, u"Dial"_s);
    QCOMPARE(tabChain(), withNumber);
    m_window->numberEdit()->clear();
    // On a call: the tones' mask and the case data's fields join where they are shown.
    QVERIFY(!answerRinging(u"+15550100061"_s).isEmpty());
    QTRY_VERIFY(m_window->findChild<QWidget *>(u"maskDtmf"_s)->isEnabled());
    QCOMPARE(QApplication::focusWidget(), m_window->numberEdit()); // answering kept it there
    QStringList onACall = idle;
    onACall.insert(onACall.indexOf(u"Dial pad"_s) + 1, u"Mask tones"_s);
    onACall << u"New case data key"_s << u"New case data value"_s << u"addCaseData"_s;
    QCOMPARE(tabChain(), onACall);
    // Shift+Tab walks back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"addCaseData"_s);
}

// Tab to the state button, Space opens its menu, arrows and Enter choose a reason.
void TestUiKeyboard::agentStateFromItsMenuByKeyboard()
{
    setState(u"Ready"_s);
    QTest::keyClick(m_window->numberEdit(), Qt::Key_Tab);
    AgentStateButton *button = m_window->agentState();
    QCOMPARE(QApplication::focusWidget(), button);
    QMenu *menu = button->stateMenu();
    QAction *lunch = stateAction(u"NotReady"_s, u"Lunch"_s);
    QVERIFY(lunch);
    // The menu runs its own event loop from the key that opens it: the arrows go in from it.
    QAction *chosen = nullptr;
    QTimer::singleShot(0, menu, [&] {
        QTRY_VERIFY(menu->isVisible());
        for (int i = 0; i < menu->actions().size() && menu->activeAction() != lunch; ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        chosen = menu->activeAction();
        QTest::keyClick(menu, Qt::Key_Return);
    });
    QTest::keyClick(button, Qt::Key_Space);
    QCOMPARE(chosen, lunch);
    QTRY_COMPARE(m_stack->session.device().userState.reason, u"Lunch"_s);
    QTRY_VERIFY(!menu->isVisible());
    activateLikeTheWindowManager();
    QCOMPARE(QApplication::focusWidget(), button); // back where the agent was
    QTRY_VERIFY(lunch->isChecked());
}

// Answer, tones, hold and retrieve, a consult transfer, a consult conference and hanging
// up from the palette: keys only, the focus left wherever the agent had it.
void TestUiKeyboard::callFlowWithoutTheMouse()
{
    QWidget *focus = m_window->numberEdit();
    QCOMPARE(QApplication::focusWidget(), focus);
    const QString first = m_control->ringFrom(u"+15550100062"_s, u"5001"_s,
                                              QJsonObject{{u"CustomerName"_s, u"Jane Doe"_s}});
    QTRY_COMPARE(action(CallOperation::Answer)->text(), u"&Answer Jane Doe"_s);
    pressOn(focus, CallOperation::Answer);
    QTRY_VERIFY(m_stack->firstIn(CallState::Established));
    const QString id = m_stack->firstIdIn(CallState::Established);
    // Tones: digits typed in the empty number field go to the call.
    QTest::keyClicks(focus, u"12#"_s);
    QTRY_COMPARE(m_window->dialPad()->sentDigits(), u"12#"_s);
    QVERIFY(m_window->numberEdit()->text().isEmpty());
    QTRY_VERIFY(QJsonDocument(m_control->get(u"/sim/calls/"_s + first)).toJson().contains("12#"));
    pressOn(focus, CallOperation::Hold);
    QTRY_COMPARE(m_stack->stateOf(id), CallState::Held);
    pressOn(focus, CallOperation::Retrieve);
    QTRY_COMPARE(m_stack->stateOf(id), CallState::Established);

    // Consult transfer: Ctrl+Alt+T, the number, Enter; then Complete transfer.
    pressOn(focus, CallOperation::InitiateTransfer);
    fillDestinationByKeyboard(u"+15557770162"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    QTRY_VERIFY(m_stack->firstIn(CallState::Established)); // the consulted party answered
    pressOn(focus, CallOperation::CompleteTransfer);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QCOMPARE(QApplication::focusWidget(), focus);

    // Consult conference: Ctrl+Alt+C, the number, Enter; then Complete conference.
    const QString second = answerRinging(u"+15550100063"_s);
    QVERIFY(!second.isEmpty());
    pressOn(focus, CallOperation::InitiateConference);
    fillDestinationByKeyboard(u"+15557770163"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 2);
    QTRY_VERIFY(action(CallOperation::CompleteConference)->isEnabled());
    pressOn(focus, CallOperation::CompleteConference);
    QTRY_COMPARE(m_stack->calls.callCount(), 1);
    QTRY_COMPARE(m_stack->callOf(second).participants.size(), 2);

    // Hang up from the palette.
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchEdit(), u"hang up"_s);
    QCOMPARE(palette->shownTexts().value(0), u"Hang up"_s);
    QTest::keyClick(palette->searchEdit(), Qt::Key_Return);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
}

// Ctrl+H opens the history with the focus in its search; Tab reaches the calls, Enter calls
// back; Ctrl+H again closes it.
void TestUiKeyboard::historyByKeyboard()
{
    // The journal and history of this run, wired as the application wires them.
    QTemporaryDir dir;
    CallJournal journal(dir.filePath(u"history.sqlite"_s));
    CallRecorder recorder(&m_stack->session, &m_stack->control, &m_stack->calls);
    recorder.setJournal(&journal);
    HistoryModel history;
    history.setJournal(&journal);
    connect(&recorder, &CallRecorder::historyChanged, &history, &HistoryModel::refresh);
    m_window->setHistory(&history);
    auto closeWindow = qScopeGuard([this] { m_window.reset(); }); // before the history goes
    // The table is built when the history is first opened, not before the window shows.
    QVERIFY(!m_window->findChild<HistoryView *>());

    const QString simId = m_control->ringFrom(u"+15550100064"_s, u"5001"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 1);
    m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s); // missed
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QTRY_COMPARE(history.rowCount(), 1);

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(m_window->historyDock()->isVisible());
    HistoryView *view = m_window->findChild<HistoryView *>();
    QVERIFY(view);
    QCOMPARE(m_window->historyDock()->widget(), view);
    QTRY_COMPARE(QApplication::focusWidget(), view->searchEdit());
    QTest::keyClicks(view->searchEdit(), u"0100064"_s);
    QCOMPARE(view->table()->model()->rowCount(), 1);
    // Tab: "Missed only", then the table, whose first row the arrow keys select.
    QTest::keyClick(view->searchEdit(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view->missedOnly());
    QTest::keyClick(view->missedOnly(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), view->table());
    QTest::keyClick(view->table(), Qt::Key_Down);
    QTRY_COMPARE(view->selectedNumber(), u"+15550100064"_s);
    QTest::keyClick(view->table(), Qt::Key_Return);
    QTRY_COMPARE(m_stack->calls.callCount(), 1);
    QVERIFY(m_stack->calls.calls().value(0).remoteParty().contains(u"5550100064"_s));
    pressOn(view->table(), CallOperation::Hangup);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->historyDock()->isVisible());
}

// The wrap-up card sits above the call card: Tab reaches it there, not after everything else.
void TestUiKeyboard::wrapUpCardTabsWhereItShows()
{
    QTemporaryDir dir;
    CallJournal journal(dir.filePath(u"history.sqlite"_s));
    CallRecorder recorder(&m_stack->session, &m_stack->control, &m_stack->calls);
    recorder.setJournal(&journal);
    WrapUp wrapUp(&recorder);
    wrapUp.setJournal(&journal);
    m_window->setWrapUp(&wrapUp);
    auto closeWindow = qScopeGuard([this] { m_window.reset(); }); // before the wrap-up goes
    const QString id = answerRinging(u"+15550100065"_s);
    QVERIFY(!id.isEmpty());
    m_control->post(u"/sim/calls/"_s + id + u"/hangup"_s); // the caller hangs up: wrap-up due
    QTRY_VERIFY(m_window->wrapUpCard()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_window->numberEdit());
    const QStringList chain = tabChain();
    const qsizetype notes = chain.indexOf(u"Notes on the call"_s);
    QVERIFY2(notes > chain.indexOf(u"Calls"_s) && notes < chain.indexOf(u"Call card"_s),
             qPrintable(chain.join(u", "_s)));
}

QTEST_MAIN(TestUiKeyboard)
#include "tst_ui_keyboard.moc"
