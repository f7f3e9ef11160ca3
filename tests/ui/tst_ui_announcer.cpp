// What a screen reader hears (offscreen, real keys, against the simulator): the status
// bar's announcer says a ringing caller, answered, hold and retrieve, a consultation
// answered, a party joining and leaving, the connection lost and back and the agent's
// state, each once, and nothing while a call just goes on.

#include "announcer.h"
#include "clientstack.h"
#include "destinationdialog.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "simcontrol.h"
#include "translations.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestUiAnnouncer : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void announcerIsANotificationInTheStatusBar();
    void speaksTheLanguageShown();
    void callFlowIsSaidOnceEach();
    void conferencePartiesJoiningAndLeaving();
    void connectionLostAndBack();
    void agentStateChangesAreSaid();
    void sameTextIsNotRepeatedAtOnce();

private:
    QStringList said() const;
    void press(CallOperation op);
    void consult(CallOperation op, const QString &number);
    QString otherCallId(const QString &id) const;
    QAction *action(CallOperation op) const { return m_window->actions()->action(op); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
    Announcer *m_announcer = nullptr;
    std::unique_ptr<QSignalSpy> m_said;
};

void TestUiAnnouncer::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SoftphoneTest"_s);
    QCoreApplication::setApplicationName(u"tst_ui_announcer"_s);
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestUiAnnouncer::init()
{
    m_stack = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_window = std::make_unique<MainWindow>(&m_stack->session, &m_stack->control,
                                             &m_stack->availability);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_announcer = m_window->findChild<Announcer *>();
    QVERIFY(m_announcer);
    m_said = std::make_unique<QSignalSpy>(m_announcer, &Announcer::announced);
    QVERIFY(m_stack->loginAndWait());
    QTRY_VERIFY(m_stack->availability.agentStates().size() > 3);
}

void TestUiAnnouncer::cleanup()
{
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    m_said.reset();
    m_window.reset();
    m_stack.reset();
}

// Each text said, in order (a line says those made at the same moment, "; " between them).
QStringList TestUiAnnouncer::said() const
{
    QStringList texts;
    for (const QList<QVariant> &args : *m_said)
        texts.append(args.value(0).toString().split(u"; "_s));
    return texts;
}

// The operation's shortcut, as the agent presses it, once the server allows it.
void TestUiAnnouncer::press(CallOperation op)
{
    QTRY_VERIFY2(action(op)->isEnabled(), qPrintable(action(op)->text()));
    // When a dialog closes the window manager activates the window again; offscreen has none.
    if (!QApplication::activeWindow())
        m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    QTest::keySequence(m_window.get(), action(op)->shortcut());
}

// A consult transfer or conference to `number` through its dialog.
void TestUiAnnouncer::consult(CallOperation op, const QString &number)
{
    press(op);
    QTRY_VERIFY(m_window->destinationDialog() && m_window->destinationDialog()->isVisible());
    DestinationDialog *dialog = m_window->destinationDialog();
    QTest::keyClicks(dialog->findChild<QComboBox *>(u"destination"_s)->lineEdit(), number);
    QVERIFY(dialog->findChild<QRadioButton *>(u"consult"_s)->isChecked());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
}

QString TestUiAnnouncer::otherCallId(const QString &id) const
{
    for (const Call &c : m_stack->calls.calls())
        if (c.id != id)
            return c.id;
    return {};
}

void TestUiAnnouncer::announcerIsANotificationInTheStatusBar()
{
    QVERIFY(!m_announcer->isVisible()); // nothing said yet
    QCOMPARE(m_announcer->parentWidget(), m_window->statusBar());
    m_announcer->announce(u"Something happened"_s);
    QTRY_COMPARE(m_said->count(), 1);
    QVERIFY(m_announcer->isVisible());
    QCOMPARE(m_announcer->text(), u"Something happened"_s);
    // What assistive technology reads: a notification named by the line.
    QAccessibleInterface *a11y = QAccessible::queryAccessibleInterface(m_announcer);
    QVERIFY(a11y);
    QCOMPARE(a11y->role(), QAccessible::Notification);
    QCOMPARE(a11y->text(QAccessible::Name), u"Something happened"_s);
    // A status message (an action's tip on hover) hides the bar's normal widgets, not it.
    m_window->statusBar()->showMessage(u"A tip"_s);
    QVERIFY(m_announcer->isVisible());
}

// A line said in one language does not stay on screen in another; the next comes in the new.
void TestUiAnnouncer::speaksTheLanguageShown()
{
    m_announcer->announce(u"Something happened"_s);
    QTRY_VERIFY(m_announcer->isVisible());
    auto english = qScopeGuard([] { Translations::apply(u"en"_s); });
    Translations::apply(u"de"_s);
    QTRY_VERIFY(!m_announcer->isVisible());
    m_control->ringFrom(u"+15550100053"_s, u"5001"_s);
    QTRY_COMPARE(said().value(1), u"Anruf von +15550100053"_s);
    QVERIFY(m_announcer->isVisible());
}

void TestUiAnnouncer::callFlowIsSaidOnceEach()
{
    m_control->ringFrom(u"+15550100051"_s, u"5001"_s,
                        QJsonObject{{u"CustomerName"_s, u"Jane Doe"_s}});
    QTRY_COMPARE(said(), QStringList{u"Call from Jane Doe"_s});
    QCOMPARE(m_announcer->text(), u"Call from Jane Doe"_s);
    press(CallOperation::Answer);
    QTRY_COMPARE(said().value(1), u"Call from Jane Doe answered"_s);
    const QString id = m_stack->firstIdIn(CallState::Established);
    QVERIFY(!id.isEmpty());
    press(CallOperation::Hold);
    QTRY_COMPARE(said().value(2), u"Call with Jane Doe on hold"_s);
    press(CallOperation::Retrieve);
    QTRY_COMPARE(said().value(3), u"Call with Jane Doe retrieved"_s);

    // A consultation: the caller held, the consulted party answers.
    consult(CallOperation::InitiateTransfer, u"+15557770151"_s);
    QTRY_COMPARE(said().mid(4),
                 QStringList({u"Call with Jane Doe on hold"_s,
                              u"Consultation with +15557770151 answered"_s}));
    // The talk goes on: timers tick every second, and nothing more is said.
    const int before = m_said->count();
    QTest::qWait(2500); // (a wait for something that must not happen)
    QCOMPARE(m_said->count(), before);

    // The caller hangs up on the held call; the agent hangs up the consultation (quietly:
    // the agent did it).
    m_control->post(u"/sim/calls/"_s + id + u"/hangup"_s);
    QTRY_COMPARE(said().value(6), u"Call with Jane Doe ended"_s);
    press(CallOperation::Hangup);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QCOMPARE(said().size(), 7);
    QCOMPARE(said().count(u"Call with Jane Doe on hold"_s), 2); // held twice, said twice
}

void TestUiAnnouncer::conferencePartiesJoiningAndLeaving()
{
    m_control->ringFrom(u"+15550100052"_s, u"5001"_s);
    QTRY_COMPARE(said(), QStringList{u"Call from +15550100052"_s});
    press(CallOperation::Answer);
    QTRY_COMPARE(said().value(1), u"Call from +15550100052 answered"_s);
    const QString id = m_stack->firstIdIn(CallState::Established);
    consult(CallOperation::InitiateConference, u"+15557770152"_s);
    QTRY_VERIFY(said().contains(u"Consultation with +15557770152 answered"_s));
    press(CallOperation::CompleteConference);
    QTRY_VERIFY2(said().contains(u"+15557770152 joined the call"_s),
                 qPrintable(said().join(u" | ")));
    QTRY_COMPARE(m_stack->calls.callCount(), 1);
    // The party added leaves the conference.
    m_control->post(u"/sim/calls/"_s + id + u"/hangup"_s,
                    QJsonObject{{u"party"_s, u"+15557770152"_s}});
    QTRY_VERIFY2(said().contains(u"+15557770152 left the call"_s),
                 qPrintable(said().join(u" | ")));
    QCOMPARE(said().count(u"+15557770152 joined the call"_s), 1);
    QVERIFY(!said().contains(u"Call with +15557770152 ended"_s)); // a consultation ends quietly
}

void TestUiAnnouncer::connectionLostAndBack()
{
    m_stack->cometd.setBackoff(300, 300);
    // Every request fails, the long-poll too: the channel is lost.
    m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 503}});
    QTRY_VERIFY_WITH_TIMEOUT(said().contains(u"Connection to the server lost"_s), 10000);
    m_control->send(u"/sim/faults"_s, "DELETE");
    QTRY_VERIFY_WITH_TIMEOUT(said().contains(u"Connected to the server again"_s), 10000);
    QCOMPARE(said(), QStringList({u"Connection to the server lost"_s,
                                  u"Connected to the server again"_s}));
}

void TestUiAnnouncer::agentStateChangesAreSaid()
{
    // The state the agent logged in with is not news.
    QVERIFY(said().isEmpty());
    if (m_stack->session.device().userState.state != u"Ready"_s) {
        QVERIFY(m_stack->availability.setAgentState({u"Ready"_s, u"Ready"_s, {}}));
        QTRY_COMPARE(said(), QStringList{u"Your state: Ready"_s});
        m_said->clear();
    }
    QTest::keyClick(m_window->callView(), Qt::Key_F8);
    QTRY_COMPARE(m_stack->session.device().userState.state, u"NotReady"_s);
    QTRY_COMPARE(said().value(0), u"Your state: Not Ready"_s);
    QTest::keyClick(m_window->callView(), Qt::Key_F7);
    QTRY_COMPARE(said().value(1), u"Your state: Ready"_s);
    QCOMPARE(said().size(), 2);
}

void TestUiAnnouncer::sameTextIsNotRepeatedAtOnce()
{
    m_announcer->announce(u"Call from Jane Doe"_s);
    m_announcer->announce(u"Your state: Ready"_s);
    m_announcer->announce(u"Call from Jane Doe"_s); // the same, in the same moment
    QTRY_COMPARE(m_said->count(), 1);
    QCOMPARE(m_said->first().value(0).toString(), u"Call from Jane Doe; Your state: Ready"_s);
    m_announcer->announce(u"Your state: Ready"_s); // said a moment ago
    // (a wait for something that must not happen)
    QTest::qWait(50);
    QCOMPARE(m_said->count(), 1);
    m_announcer->announce(u"Your state: Not Ready"_s);
    QTRY_COMPARE(m_said->count(), 2);
}

QTEST_MAIN(TestUiAnnouncer)
#include "tst_ui_announcer.moc"
