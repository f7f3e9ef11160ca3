// Every text the window shows follows a language change at runtime, and every control a
// screen reader reaches has a name. A pseudo translator ("[source]" for every message)
// is installed and removed while the agent works a call, offscreen against the simulator:
// what stays without brackets was never retranslated.

#include "aftercallclock.h"
#include "aftercallwork.h"
#include "agentstatebutton.h"
#include "callcard.h"
#include "callerrorlist.h"
#include "calljournal.h"
#include "callrecorder.h"
#include "casedatapanel.h"
#include "clientstack.h"
#include "commandpalette.h"
#include "deskalerts.h"
#include "desktopnotifier.h"
#include "destinationdialog.h"
#include "dialpad.h"
#include "gwssimulator.h"
#include "historymodel.h"
#include "historyview.h"
#include "keyboardcommands.h"
#include "mainwindow.h"
#include "shortcutdialog.h"
#include "shortcutsheet.h"
#include "simcontrol.h"
#include "supervision.h"
#include "teammodel.h"
#include "translations.h"
#include "wrapup.h"
#include "wrapupcard.h"
#include "wrapupsync.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kCaller = u"+15550300001"_s;
const QString kCallerName = u"Jane Doe"_s;    // case data: the caller's, never translated
const QString kBusy = u"+15550000000"_s;      // the simulator answers "busy"
const QString kConsulted = u"+15550300002"_s; // answers after a moment

// Every message of every context, ours and Qt's, comes back as "[source]": a text on
// screen without the brackets did not go through tr() again after the language changed.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        if (qstrcmp(source, "QT_LAYOUT_DIRECTION") == 0)
            return {}; // Qt asks this one for the layout direction: keep left to right
        return u'[' + QString::fromUtf8(source) + u']';
    }
    bool isEmpty() const override { return false; }
};

class FakeNotifier : public DesktopNotifier
{
public:
    void show(const DesktopNotification &) override {}
    void close(const QString &) override {}
};

// One text on screen, whose it is and where, for the failure message.
struct Shown
{
    const QObject *object;
    QString where;
    QString text;
    // A label, title, name: one message. A tip or a description may join several
    // messages or a message and a shortcut: one of its parts at least is a message.
    bool oneMessage = true;
};

QString describe(const QObject *o)
{
    QString name = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        name += u" \""_s + o->objectName() + u'"';
    if (const QObject *p = o->parent())
        name += u" in "_s + QString::fromLatin1(p->metaObject()->className()) +
                (p->objectName().isEmpty() ? QString() : u" \""_s + p->objectName() + u'"');
    return name;
}

// The whole list in the log (a failure message is cut short), a count in the message.
QString listed(const QString &what, const QStringList &items)
{
    if (!items.isEmpty()) // QVERIFY2 asks for its message even when it passes
        qWarning().noquote() << what + u":\n  "_s + items.join(u"\n  "_s);
    return u"%1 %2 (listed above)"_s.arg(items.size()).arg(what);
}

} // namespace

class TestUiRetranslate : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void agentStateSaysStateAndMinutes();
    void idleWindow();
    void ringingCall();
    void answeredCallWithTonesAndAProblem();
    void consultationFromTheDialog();
    void wrapUpAfterTheCall();
    void keyboardHelp();
    void commandPalette();

private:
    // Installs the pseudo translator, checks every text, removes it, checks again.
    void checkLanguageRoundTrip();
    QList<Shown> shownTexts() const;
    void collect(QWidget *widget, QList<Shown> *out) const;
    void collectActions(const QList<QAction *> &actions, const QString &where,
                        QList<Shown> *out) const;
    // What MainWindow itself writes (and retranslates in its own retranslateUi).
    bool namedByQt(const QObject *o) const;
    // User and server data, and text without words: never translated.
    bool isData(const Shown &shown) const;
    void checkNames() const;
    QStringList unnamedControls() const;

    QTemporaryDir m_dir;
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_stack;
    std::unique_ptr<TeamModel> m_team;
    std::unique_ptr<Supervision> m_supervision;
    std::unique_ptr<CallJournal> m_journal;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<HistoryModel> m_history;
    std::unique_ptr<WrapUp> m_wrapUp;
    std::unique_ptr<WrapUpSync> m_wrapUpSync;
    std::unique_ptr<AfterCallWork> m_afterCallWork;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeskAlerts> m_alerts;
    QSet<const QObject *> m_namedByQt;
    QString m_callId;
};

void TestUiRetranslate::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"softphone-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_retranslate"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().setValue(u"callerNameKeys"_s, QStringList{u"CustomerName"_s});
    Translations::apply(u"en"_s); // as the program starts: English, with its plural forms

    m_sim = std::make_unique<GwsSimulator>();
    QString error;
    // super1 supervises and administers: the Team view shows too.
    QVERIFY2(m_sim->loadConfigJson(R"({"users": [
        {"userName": "agent1", "password": "agent1", "phoneNumber": "5001"},
        {"userName": "super1", "password": "super1", "phoneNumber": "5100",
         "roles": ["ROLE_SUPERVISOR", "ROLE_AGENT", "ROLE_ADMIN"]}],
        "busyNumbers": ["+15550000000"], "externalAnswerDelayMs": 200,
        "wrapUpSeconds": 600})",
                                   &error),
             qPrintable(error));
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());

    // Wired as Application wires them: history, wrap-up, after-call work, alerts.
    m_stack = std::make_unique<ClientStack>(m_sim->baseUrl(), u"super1"_s, u"super1"_s);
    m_team = std::make_unique<TeamModel>();
    m_supervision = std::make_unique<Supervision>(&m_stack->session, &m_stack->client,
                                                  &m_stack->control, m_team.get());
    m_supervision->setRefreshInterval(300);
    m_journal = std::make_unique<CallJournal>(m_dir.filePath(u"history.sqlite"_s));
    m_recorder =
        std::make_unique<CallRecorder>(&m_stack->session, &m_stack->control, &m_stack->calls);
    m_recorder->setJournal(m_journal.get());
    m_stack->recent.setJournal(m_journal.get());
    m_history = std::make_unique<HistoryModel>();
    m_history->setJournal(m_journal.get());
    connect(m_recorder.get(), &CallRecorder::historyChanged, m_history.get(), &HistoryModel::refresh);
    m_window = std::make_unique<MainWindow>(&m_stack->session, &m_stack->control,
                                            &m_stack->availability, m_supervision.get());
    m_window->setHistory(m_history.get());
    m_wrapUp = std::make_unique<WrapUp>(m_recorder.get());
    m_wrapUp->setJournal(m_journal.get());
    m_window->setWrapUp(m_wrapUp.get());
    m_wrapUpSync = std::make_unique<WrapUpSync>(&m_stack->session, &m_stack->client,
                                                &m_stack->calls, &m_stack->control, m_wrapUp.get());
    m_afterCallWork = std::make_unique<AfterCallWork>(&m_stack->session, &m_stack->client,
                                                      &m_stack->availability);
    m_window->wrapUpCard()->setAfterCallWork(m_afterCallWork.get());
    m_alerts = std::make_unique<DeskAlerts>(m_window.get(), &m_stack->session, &m_stack->control,
                                            new FakeNotifier);

    MainWindow *w = m_window.get();
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QVERIFY(m_stack->loginAndWait());
    QTRY_VERIFY(w->teamDock() && w->teamDock()->isVisible()); // built at the login
    for (QDockWidget *dock : {w->historyDock(), w->teamDock()})
        for (QAbstractButton *button :
             dock->findChildren<QAbstractButton *>(QRegularExpression(u"^qt_dockwidget_"_s)))
            m_namedByQt.insert(button);
    QTRY_VERIFY(m_team->rowCount() >= 1);
    QTRY_VERIFY(w->agentState()->isEnabled());
}

void TestUiRetranslate::cleanupTestCase()
{
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    m_alerts.reset();
    m_window.reset();
}

bool TestUiRetranslate::namedByQt(const QObject *o) const
{
    // QDockWidget names its title buttons ("Float", "Close") once, and never again.
    return m_namedByQt.contains(o);
}

bool TestUiRetranslate::isData(const Shown &shown) const
{
    const QString &text = shown.text;
    // Numbers, clocks, tones, bullets: nothing to translate.
    static const QRegularExpression words(u"\\p{L}{2,}"_s);
    if (!words.match(text).hasMatch())
        return true;
    // The letters of a telephone key (ITU E.161) are the same in every language.
    if (shown.object->objectName().startsWith(u"key_"_s))
        return true;
    // The caller's name from the case data.
    if (text == kCallerName)
        return true;
    // The agent states are the server's words (GET /settings/agent-states displayName).
    for (const AgentStateOption &state : m_stack->availability.agentStates())
        if (text == state.displayName)
            return true;
    // An error is reported in the words of the moment it happened, as the log keeps it;
    // the bar around it (its frame, Details, Dismiss) follows the language. So is what
    // the screen reader was told (the announcer's line, shown for a few seconds).
    if (auto *bar = qobject_cast<const CallErrorBar *>(shown.object); bar && text == bar->message())
        return true;
    if (shown.object->objectName() == u"announcer")
        return true;
    return false;
}

void TestUiRetranslate::collectActions(const QList<QAction *> &actions, const QString &where,
                                       QList<Shown> *out) const
{
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || namedByQt(action))
            continue;
        const QString at = where + u" action "_s + describe(action);
        out->append({action, at, QString(action->text()).remove(u'&')});
        out->append({action, at + u" tip"_s, action->toolTip(), false});
        out->append({action, at + u" status tip"_s, action->statusTip(), false});
        if (QMenu *menu = action->menu(); menu && !namedByQt(menu))
            collectActions(menu->actions(), at, out);
    }
}

void TestUiRetranslate::collect(QWidget *w, QList<Shown> *out) const
{
    if (!w->isVisible())
        return;
    const QString where = describe(w);
    if (!namedByQt(w)) {
        auto add = [&](const QString &what, const QString &text, bool oneMessage = true) {
            out->append({w, where + u' ' + what, text, oneMessage});
        };
        if (w->isWindow())
            add(u"title"_s, w->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(w))
            add(u"text"_s, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(w);
            button && !qobject_cast<QToolButton *>(w))
            add(u"text"_s, QString(button->text()).remove(u'&'));
        if (auto *button = qobject_cast<QToolButton *>(w); button && !button->defaultAction())
            add(u"text"_s, QString(button->text()).remove(u'&'));
        if (auto *state = qobject_cast<AgentStateButton *>(w))
            add(u"shown"_s, state->shownText()); // painted: the state and its clock
        if (auto *box = qobject_cast<QGroupBox *>(w))
            add(u"title"_s, QString(box->title()).remove(u'&'));
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(u"placeholder"_s, edit->placeholderText());
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(u"placeholder"_s, edit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(w); combo && !combo->isEditable())
            add(u"choice"_s, combo->currentText());
        if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(u"tab"_s, tabs->tabText(i));
        if (auto *header = qobject_cast<QHeaderView *>(w);
            header && header->orientation() == Qt::Horizontal && header->model())
            for (int i = 0; i < header->count(); ++i)
                if (!header->isSectionHidden(i))
                    add(u"header"_s, header->model()->headerData(i, Qt::Horizontal).toString());
        if (auto *tree = qobject_cast<QTreeWidget *>(w)) { // the action lists: sections, actions
            for (int s = 0; s < tree->topLevelItemCount(); ++s) {
                add(u"section"_s, tree->topLevelItem(s)->text(0));
                for (int i = 0; i < tree->topLevelItem(s)->childCount(); ++i)
                    add(u"row"_s, tree->topLevelItem(s)->child(i)->text(0));
            }
        }
        add(u"accessible name"_s, w->accessibleName());
        add(u"accessible description"_s, w->accessibleDescription(), false);
        add(u"tip"_s, w->toolTip(), false);
        collectActions(w->actions(), where, out);
    }
    for (QObject *child : w->children())
        if (auto *widget = qobject_cast<QWidget *>(child); widget && !widget->isWindow())
            collect(widget, out);
}

QList<Shown> TestUiRetranslate::shownTexts() const
{
    QList<Shown> out;
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops)
        if (top->isVisible() && !qobject_cast<QMenu *>(top))
            collect(top, &out);
    // Menus are windows of their own, shown only while open: their actions count.
    for (QMenu *menu : m_window->findChildren<QMenu *>())
        if (!namedByQt(menu))
            collectActions(menu->actions(), describe(menu), &out);
    CommandPalette *palette = m_window->keyboard()->palette();
    if (palette->isVisible())
        for (const QString &text : palette->shownTexts())
            out.append({palette, u"palette entry"_s, text});
    return out;
}

void TestUiRetranslate::checkLanguageRoundTrip()
{
    // A text of several lines (a list) is checked line by line; a line is one message
    // with its arguments, never a sentence put together from pieces.
    auto translated = [this](const Shown &shown) {
        if (!shown.oneMessage)
            return shown.text.isEmpty() || shown.text.contains(u'[') || isData(shown);
        const QStringList lines = shown.text.split(u'\n', Qt::SkipEmptyParts);
        for (QString line : lines) {
            line = line.trimmed();
            if (line.startsWith(u"• "_s))
                line = line.mid(2);
            if (!isData({shown.object, shown.where, line}) &&
                !(line.startsWith(u'[') && line.endsWith(u']')))
                return false;
        }
        return true;
    };
    auto whereNot = [this](const std::function<bool(const Shown &)> &ok) {
        QStringList found;
        for (const Shown &s : shownTexts())
            if (!ok(s))
                found << s.where + u": "_s + s.text;
        return found;
    };
    // LanguageChange is posted to every window; what their owners show again follows.
    PseudoTranslator pseudo;
    QVERIFY(QCoreApplication::installTranslator(&pseudo));
    QStringList english;
    QTRY_VERIFY2((english = whereNot(translated)).isEmpty(),
                 qPrintable(listed(u"still in English"_s, english)));
    checkNames(); // in the other language too
    if (QTest::currentTestFailed())
        return;

    QVERIFY(QCoreApplication::removeTranslator(&pseudo));
    QStringList pseudoLeft;
    QTRY_VERIFY2(
        (pseudoLeft = whereNot([](const Shown &s) { return !s.text.contains(u'['); })).isEmpty(),
        qPrintable(listed(u"not back in English"_s, pseudoLeft)));
    checkNames();
}

QStringList TestUiRetranslate::unnamedControls() const
{
    QStringList unnamed;
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops) {
        if (!top->isVisible())
            continue;
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || w->isWindow())
                continue;
            // A control: something Tab reaches, or a button (the keypad's keep the focus
            // in the pad, and the number field's clear button takes none).
            const bool control =
                (w->focusPolicy() & Qt::TabFocus) || qobject_cast<QAbstractButton *>(w);
            if (!control || w->focusProxy())
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << describe(w);
            // A control that cannot be used now says why, as its tip does for the mouse.
            else if (!w->isEnabled() && !namedByQt(w) &&
                     a->text(QAccessible::Description).trimmed().isEmpty())
                unnamed << describe(w) + u" (disabled, and says not why)"_s;
        }
        // A combo box's popup list is read out by its own name.
        for (QComboBox *combo : top->findChildren<QComboBox *>())
            if (combo->isVisible() && combo->view()->accessibleName().isEmpty())
                unnamed << describe(combo) + u" popup list"_s;
    }
    return unnamed;
}

void TestUiRetranslate::checkNames() const
{
    const QStringList unnamed = unnamedControls();
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(listed(u"without an accessible name or reason"_s, unnamed)));
}

void TestUiRetranslate::agentStateSaysStateAndMinutes()
{
    AgentStateButton *button = m_window->agentState();
    const QString state = agentStateLabel(m_stack->session.device().userState);
    QCOMPARE(button->accessibleName(), u"Agent state"_s);
    const QString description = button->accessibleDescription();
    QCOMPARE(description, u"Agent state: %1, less than a minute"_s.arg(state));
    // The clock on the button ticks; what a screen reader hears changes by the minute, and
    // the button's text (whose every change Qt reports to it) by the state.
    const QString text = button->text();
    const QString shown = button->shownText();
    QVERIFY(text.contains(state));
    QVERIFY(shown.startsWith(text));
    QTRY_VERIFY(button->shownText() != shown);
    QCOMPARE(button->text(), text);
    QCOMPARE(button->accessibleDescription(), description);
    // Four minutes on, in whole minutes.
    button->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(4 * 60); });
    QTRY_COMPARE(button->accessibleDescription(), u"Agent state: %1, 4 minutes"_s.arg(state));
    button->setClock([] { return QDateTime::currentDateTimeUtc(); });
    QTRY_COMPARE(button->accessibleDescription(), description);
}

void TestUiRetranslate::idleWindow()
{
    m_window->historyAction()->trigger(); // the history dock, with its header
    QTRY_VERIFY(m_window->historyDock()->isVisible());
    // A number typed: the field's clear button shows (an icon, named for screen readers).
    QTest::keyClicks(m_window->numberEdit(), u"5550100"_s);
    auto *clear = m_window->numberEdit()->findChild<QAction *>(u"clearNumber"_s);
    QVERIFY(clear && clear->isVisible());
    checkLanguageRoundTrip();
    QAccessibleInterface *button = nullptr;
    for (QAbstractButton *b : m_window->numberEdit()->findChildren<QAbstractButton *>())
        if (b->isVisible())
            button = QAccessible::queryAccessibleInterface(b);
    QVERIFY(button);
    QCOMPARE(button->text(QAccessible::Name), u"Clear the number"_s);
    // The field keeps its own name beside its button's.
    QCOMPARE(QAccessible::queryAccessibleInterface(m_window->numberEdit())->text(QAccessible::Name),
             u"Number to dial"_s);
    button->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QTRY_VERIFY(m_window->numberEdit()->text().isEmpty());
}

void TestUiRetranslate::ringingCall()
{
    m_control->ringFrom(kCaller, u"5100"_s, {{u"CustomerName"_s, kCallerName}});
    m_callId = m_stack->waitForFirstIn(CallState::Ringing);
    QVERIFY(!m_callId.isEmpty());
    QTRY_VERIFY(m_window->actions()->action(CallOperation::Answer)->isEnabled());
    QTRY_VERIFY(m_window->windowTitle().contains(kCallerName));
    checkLanguageRoundTrip();
    // The texts computed from the call are back as they were, with the caller.
    QVERIFY(m_window->windowTitle().contains(kCallerName));
    QCOMPARE(m_window->actions()->action(CallOperation::Answer)->text(), u"&Answer Jane Doe"_s);
}

void TestUiRetranslate::answeredCallWithTonesAndAProblem()
{
    m_window->actions()->action(CallOperation::Answer)->trigger();
    QVERIFY(m_stack->waitForSettled(m_callId, CallState::Established));
    QTest::mouseClick(m_window->dialPad()->button(u'5'), Qt::LeftButton);
    QTRY_VERIFY(!m_stack->control.dtmfSent(m_callId).isEmpty());
    // A consultation to a busy number: refused, said next to the call, the caller on hold.
    QVERIFY(m_stack->control.perform(CallOperation::InitiateTransfer, m_callId,
                                     OperationArgs::forDestination(kBusy)));
    QTRY_VERIFY(m_window->callErrors()->bar(m_callId));
    QVERIFY(m_stack->waitForSettled(m_callId, CallState::Held));
    checkLanguageRoundTrip();
}

void TestUiRetranslate::consultationFromTheDialog()
{
    m_window->callErrors()->take(m_callId);
    m_window->actions()->action(CallOperation::Retrieve)->trigger();
    QVERIFY(m_stack->waitForSettled(m_callId, CallState::Established));
    QTRY_VERIFY(m_window->actions()->action(CallOperation::InitiateTransfer)->isEnabled());
    m_window->actions()->action(CallOperation::InitiateTransfer)->trigger();
    DestinationDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->destinationDialog()) && dialog->isVisible());
    checkLanguageRoundTrip();

    dialog->setDestination(kConsulted);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
    QTRY_VERIFY(m_stack->firstIn(CallState::Dialing) || m_stack->calls.callCount() == 2);
    QTRY_VERIFY(m_window->findChild<QWidget *>(u"consultBar"_s)->isVisible());
    QTRY_VERIFY(m_window->actions()->action(CallOperation::CompleteTransfer)->isEnabled());
    checkLanguageRoundTrip();
}

void TestUiRetranslate::wrapUpAfterTheCall()
{
    // The caller hangs up on both: the consultation ends, after-call work begins.
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QTRY_VERIFY(m_window->wrapUpCard()->isVisible());
    QTRY_VERIFY(m_window->wrapUpCard()->afterCallClock()->isVisible());
    QTRY_VERIFY(m_history->rowCount() > 0);
    checkLanguageRoundTrip();
}

void TestUiRetranslate::keyboardHelp()
{
    m_window->keyboard()->showSheet();
    QTRY_VERIFY(m_window->keyboard()->sheet() && m_window->keyboard()->sheet()->isVisible());
    checkLanguageRoundTrip();
    m_window->keyboard()->sheet()->close();
    m_window->keyboard()->showShortcutDialog();
    QTRY_VERIFY(m_window->keyboard()->dialog() && m_window->keyboard()->dialog()->isVisible());
    checkLanguageRoundTrip();
    m_window->keyboard()->dialog()->close();
}

void TestUiRetranslate::commandPalette()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->callView(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = m_window->keyboard()->palette();
    QTRY_VERIFY(palette->isVisible());
    checkLanguageRoundTrip();
    // Still open, still choosing: the entries came back in English.
    QVERIFY(palette->isVisible());
    QVERIFY(palette->shownTexts().contains(u"Hang up"_s));
}

QTEST_MAIN(TestUiRetranslate)
#include "tst_ui_retranslate.moc"
