// A ringing call that cannot be missed and never steals the focus: title, desktop
// notification with Answer / Decline, tray icon, ring tone, their settings. Offscreen,
// against the simulator over real HTTP; the notifier is a fake here, except in the last
// tests, where the real FreedesktopNotifier talks D-Bus to a notification server of the
// test's own on a private session bus (CTest runs this under dbus-run-session).

#include "agentstateactions.h"
#include "agentstatebutton.h"
#include "alertsettings.h"
#include "busservice.h"
#include "clientstack.h"
#include "deskalerts.h"
#include "desktopnotifier.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "menuclick.h"
#include "ringer.h"
#include "ringingalerts.h"
#include "settingsdialog.h"
#include "simcontrol.h"
#include "trayicon.h"
#include "windowtitle.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QLineEdit>
#include <QMediaDevices>
#include <QMenu>
#include <QMenuBar>
#include <QTreeView>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSoundEffect>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kBaseTitle = u"Softphone (built-in simulator)"_s;
const QString kCaller = u"+15550100001"_s;
} // namespace

// Records what RingingAlerts asks the desktop for; invoke() plays the user's click.
class FakeNotifier : public DesktopNotifier
{
    Q_OBJECT
public:
    void show(const DesktopNotification &n) override
    {
        shown.append(n);
        open.insert(n.id);
    }
    void close(const QString &id) override
    {
        closed.append(id);
        open.remove(id);
    }
    void invoke(const QString &id, const QString &key) { emit actionInvoked(id, key); }
    void dismiss(const QString &id)
    {
        open.remove(id);
        emit dismissed(id);
    }

    QList<DesktopNotification> shown;
    QStringList closed;
    QSet<QString> open;
};

// org.freedesktop.Notifications as a desktop provides it, on its own bus connection.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Shown
    {
        QString appName;
        uint replacesId;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout;
    };

    explicit NotificationServer(const QDBusConnection &bus) : m_bus(bus) {}

    void emitSignal(const QString &name, const QVariantList &arguments)
    {
        QDBusMessage message = QDBusMessage::createSignal(
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, name);
        message.setArguments(arguments);
        m_bus.send(message);
    }

    QHash<uint, Shown> shown;
    QList<uint> closed;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout)
    {
        Q_UNUSED(appIcon)
        const uint id = replacesId ? replacesId : ++m_lastId;
        shown.insert(id, {appName, replacesId, summary, body, actions, hints, expireTimeout});
        return id;
    }
    void CloseNotification(uint id)
    {
        closed.append(id);
        emitSignal(u"NotificationClosed"_s, {id, 3u}); // 3: closed by CloseNotification
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }

private:
    QDBusConnection m_bus;
    uint m_lastId = 0;
};

class TestUiAlerts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void titleSaysWhoRingsAndIsRestored();
    void neverTakesTheFocus();
    void notificationNamesTheCaller();
    void callerNameKeysAreConfigurable();
    void notificationAnswerAnswersTheCall();
    void notificationDeclineEndsTheCall();
    void notificationClosedWhenRingingStops();
    void trayShowsStateAndRingingAndAnswers();
    void eachSwitchTurnsItsPartOff_data();
    void eachSwitchTurnsItsPartOff();
    void settingsDialogSavesAndApplies();
    void settingsPersist();
    void ringerWithoutAudioOutput();
    void ringerAppliesVolumeAndDevices();
    void freedesktopNotifierOverDBus();
    void freedesktopNotifierDismissedAndNoServer();

private:
    void build();
    // Rings the agent from `from`, with case data; the call's id once it rings here.
    QString ring(const QString &from = kCaller, const QJsonObject &userData = {
                                                    {u"CustomerName"_s, u"Jane Doe"_s}});

    QTemporaryDir m_config;
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_stack;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeskAlerts> m_alerts;
    FakeNotifier *m_notifier = nullptr; // owned by m_alerts
};

void TestUiAlerts::initTestCase()
{
    // The settings of this test only, never the user's.
    QVERIFY(m_config.isValid());
    QCoreApplication::setOrganizationName(u"softphone-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_alerts"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestUiAlerts::init()
{
    QSettings().clear(); // every test starts from the defaults
    m_stack = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_window = std::make_unique<MainWindow>(&m_stack->session, &m_stack->control,
                                             &m_stack->availability);
    m_window->title()->setBase(kBaseTitle); // as Application titles the built-in simulator's
    build();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_stack->loginAndWait());
}

void TestUiAlerts::build()
{
    m_notifier = new FakeNotifier;
    m_alerts = std::make_unique<DeskAlerts>(m_window.get(), &m_stack->session, &m_stack->control,
                                            m_notifier);
}

void TestUiAlerts::cleanup()
{
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    m_alerts.reset();
    m_window.reset();
    m_stack.reset();
}

QString TestUiAlerts::ring(const QString &from, const QJsonObject &userData)
{
    m_control->ringFrom(from, u"5001"_s, userData);
    return m_stack->waitForFirstIn(CallState::Ringing);
}

void TestUiAlerts::titleSaysWhoRingsAndIsRestored()
{
    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_window->windowTitle(),
                 u"Ringing: Jane Doe (%1) – %2"_s.arg(kCaller, kBaseTitle));
    // A second caller is counted, the first still named.
    m_control->ringFrom(u"+15550100002"_s, u"5001"_s);
    QTRY_COMPARE(m_alerts->ringing()->ringingCalls().size(), 2);
    QCOMPARE(m_window->windowTitle(),
             u"Ringing: Jane Doe (%1) (+1 more) – %2"_s.arg(kCaller, kBaseTitle));
    for (const Call &c : m_stack->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s); // both callers give up
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QCOMPARE(m_window->windowTitle(), kBaseTitle);
}

// The agent works in a CRM window: a call rings, and the CRM keeps the keyboard.
void TestUiAlerts::neverTakesTheFocus()
{
    QWidget crm;
    crm.setWindowTitle(u"CRM"_s);
    crm.show();
    crm.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&crm));
    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY(m_window->windowTitle().startsWith(u"Ringing: "_s));
    QTRY_COMPARE(m_notifier->shown.size(), 1);
    QCOMPARE(QApplication::activeWindow(), &crm);
    QVERIFY(!m_window->isActiveWindow());
}

void TestUiAlerts::notificationNamesTheCaller()
{
    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_notifier->shown.size(), 1);
    const DesktopNotification &n = m_notifier->shown.first();
    QCOMPARE(n.id, id);
    QCOMPARE(n.summary, u"Ringing: Jane Doe"_s);
    QCOMPARE(n.body, kCaller);
    QCOMPARE(n.actions.size(), 2);
    QCOMPARE(n.actions.at(0).first, RingingAlerts::answerAction());
    QCOMPARE(n.actions.at(0).second, u"Answer"_s);
    QCOMPARE(n.actions.at(1).first, RingingAlerts::declineAction());
    QCOMPARE(n.actions.at(1).second, u"Decline"_s);
    QVERIFY(m_notifier->open.contains(id));

    // Without a name in the case data: the number, and what it is.
    m_control->ringFrom(u"+15550100003"_s, u"5001"_s);
    QTRY_COMPARE(m_notifier->shown.size(), 2);
    QCOMPARE(m_notifier->shown.at(1).summary, u"Ringing: +15550100003"_s);
    QCOMPARE(m_notifier->shown.at(1).body, u"Incoming call"_s);
}

void TestUiAlerts::callerNameKeysAreConfigurable()
{
    AlertSettings settings = m_alerts->ringing()->settings();
    settings.callerNameKeys = {u"Kunde"_s, u"CustomerName"_s};
    m_alerts->apply(settings);
    const QString id =
        ring(kCaller, {{u"CustomerName"_s, u"Jane Doe"_s}, {u"Kunde"_s, u"Max Muster"_s}});
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_notifier->shown.size(), 1);
    QCOMPARE(m_notifier->shown.first().summary, u"Ringing: Max Muster"_s);
    QVERIFY(m_window->windowTitle().startsWith(u"Ringing: Max Muster (%1)"_s.arg(kCaller)));
}

void TestUiAlerts::notificationAnswerAnswersTheCall()
{
    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_notifier->shown.size(), 1);
    const int answersBefore = m_control->requestCount(u"Answer"_s);
    m_notifier->invoke(id, RingingAlerts::answerAction());
    QVERIFY(m_stack->waitForSettled(id, CallState::Established));
    QCOMPARE(m_control->requestCount(u"Answer"_s), answersBefore + 1);
    // It rings no more: the notification goes, the title and the sound are back to normal.
    QTRY_VERIFY(m_notifier->closed.contains(id));
    QVERIFY(m_notifier->open.isEmpty());
    QCOMPARE(m_window->windowTitle(), kBaseTitle);
    QVERIFY(!m_alerts->ringing()->ringer()->isRinging());
    // A late click on a call that rings no more sends nothing.
    m_notifier->invoke(id, RingingAlerts::answerAction());
    m_notifier->invoke(id, RingingAlerts::declineAction());
    QTest::qWait(100); // nothing may happen; a request would be out by now
    QVERIFY(!m_stack->control.isBusy(id));
    QCOMPARE(m_stack->stateOf(id), CallState::Established);
}

void TestUiAlerts::notificationDeclineEndsTheCall()
{
    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_notifier->shown.size(), 1);
    const int hangupsBefore = m_control->requestCount(u"Hangup"_s);
    m_notifier->invoke(id, RingingAlerts::declineAction());
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QCOMPARE(m_control->requestCount(u"Hangup"_s), hangupsBefore + 1);
    QTRY_VERIFY(m_notifier->closed.contains(id));
    QCOMPARE(m_window->windowTitle(), kBaseTitle);
}

void TestUiAlerts::notificationClosedWhenRingingStops()
{
    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_notifier->shown.size(), 1);
    QVERIFY(m_notifier->closed.isEmpty());
    m_control->post(u"/sim/calls/"_s + id + u"/hangup"_s); // the caller gives up
    QTRY_COMPARE(m_notifier->closed, QStringList{id});
    QVERIFY(m_notifier->open.isEmpty());

    // Dismissed by the agent: not shown again for that call, nor closed twice.
    const QString second = ring(u"+15550100004"_s);
    QVERIFY(!second.isEmpty());
    QTRY_COMPARE(m_notifier->shown.size(), 2);
    m_notifier->dismiss(second);
    m_control->post(u"/sim/calls/"_s + second + u"/hangup"_s);
    QTRY_COMPARE(m_stack->calls.callCount(), 0);
    QCOMPARE(m_notifier->closed, QStringList{id});
    QCOMPARE(m_notifier->shown.size(), 2);
}

void TestUiAlerts::trayShowsStateAndRingingAndAnswers()
{
    TrayIcon *tray = m_alerts->tray();
    QMenu *menu = tray->menu();
    // The window's own actions: enabled by the same rules, never a copy.
    QAction *answer = m_window->actions()->action(CallOperation::Answer);
    QVERIFY(menu->actions().contains(answer));
    const AgentStateActions *states = m_window->agentState()->actions();
    QVERIFY(!states->stateActions().isEmpty());
    for (QAction *state : states->stateActions())
        QVERIFY(menu->actions().contains(state));
    QVERIFY(menu->actions().contains(states->doNotDisturb()));
    QVERIFY(menu->actions().contains(tray->showAction()));
    QVERIFY(menu->actions().contains(tray->quitAction()));
    QTRY_VERIFY(!answer->isEnabled()); // nothing rings

    const QString idle = tray->toolTip();
    QVERIFY2(!idle.contains(u"Ringing"_s), qPrintable(idle));
    const qint64 idleIcon = tray->icon().cacheKey();
    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY2(tray->toolTip().contains(u"Ringing: Jane Doe (%1)"_s.arg(kCaller)),
                 qPrintable(tray->toolTip()));
    QVERIFY(tray->icon().cacheKey() != idleIcon); // orange while it rings

    // Answer from the tray's menu, clicked as the agent does, with nothing selected.
    m_window->callView()->setCurrentIndex({});
    QTRY_VERIFY(answer->isEnabled());
    QVERIFY(clickInMenu(answer, [menu] { menu->exec(QPoint(10, 10)); }));
    QVERIFY(m_stack->waitForSettled(id, CallState::Established));
    QTRY_VERIFY2(tray->toolTip().contains(u"On a call"_s), qPrintable(tray->toolTip()));
    QVERIFY(!tray->toolTip().contains(u"Ringing"_s));

    // Show: the agent's explicit request brings the window back.
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    tray->showAction()->trigger();
    QTRY_VERIFY(!m_window->isMinimized());
    QVERIFY(m_window->isVisible());
}

void TestUiAlerts::eachSwitchTurnsItsPartOff_data()
{
    QTest::addColumn<QString>("part");
    for (const char *part : {"trayIcon", "notification", "urgencyHint", "title", "sound"})
        QTest::newRow(part) << QString::fromLatin1(part);
}

void TestUiAlerts::eachSwitchTurnsItsPartOff()
{
    QFETCH(QString, part);
    AlertSettings settings;
    settings.trayIcon = part != u"trayIcon";
    settings.notification = part != u"notification";
    settings.urgencyHint = part != u"urgencyHint";
    settings.title = part != u"title";
    settings.sound = part != u"sound";
    m_alerts->apply(settings);
    QCOMPARE(m_alerts->tray()->isEnabled(), settings.trayIcon);
    QSignalSpy attention(m_alerts->ringing(), &RingingAlerts::attentionRequested);

    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_alerts->ringing()->ringingCalls(), QStringList{id});
    // Every part still on did its work, the one switched off did nothing.
    QCOMPARE(m_notifier->shown.size(), settings.notification ? 1 : 0);
    QCOMPARE(attention.size(), settings.urgencyHint ? 1 : 0);
    QCOMPARE(m_window->windowTitle().startsWith(u"Ringing: "_s), settings.title);
    QCOMPARE(m_alerts->ringing()->ringer()->isRinging(), settings.sound);

    // Switched off while it rings: that part stops at once.
    settings.notification = settings.title = settings.sound = false;
    m_alerts->apply(settings);
    QVERIFY(m_notifier->open.isEmpty());
    QCOMPARE(m_window->windowTitle(), kBaseTitle);
    QVERIFY(!m_alerts->ringing()->ringer()->isRinging());
}

void TestUiAlerts::settingsDialogSavesAndApplies()
{
    // Tools > Settings… by its shortcut, as the agent opens it.
    QVERIFY(m_window->menuBar()->findChild<QMenu *>(u"toolsMenu"_s)->actions().contains(
        m_alerts->settingsAction()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(m_alerts->settingsDialog() && m_alerts->settingsDialog()->isVisible());
    SettingsDialog *dialog = m_alerts->settingsDialog();
    // An agent has no team board: no thresholds for one.
    QVERIFY(dialog->findChild<QWidget *>(u"teamBoardSettings"_s)->isHidden());
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->focusPolicy() & Qt::TabFocus && !qobject_cast<QPushButton *>(w))
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    auto *title = dialog->findChild<QCheckBox *>(u"title"_s);
    auto *sound = dialog->findChild<QCheckBox *>(u"sound"_s);
    auto *volume = dialog->findChild<QSlider *>(u"volume"_s);
    auto *keys = dialog->findChild<QLineEdit *>(u"callerNameKeys"_s);
    QVERIFY(title && sound && volume && keys);
    QVERIFY(title->isChecked());
    QTest::mouseClick(title, Qt::LeftButton, {}, QPoint(5, title->height() / 2));
    QVERIFY(!title->isChecked());
    QCOMPARE(volume->value(), 80);
    volume->setFocus();
    QTest::keyClick(volume, Qt::Key_PageDown); // one page: 10 %
    QCOMPARE(volume->value(), 70);
    QTest::keyClick(sound, Qt::Key_Space);
    QVERIFY(!sound->isChecked());
    QVERIFY(!volume->isEnabled()); // no ring tone, nothing to set for it
    keys->selectAll();
    QTest::keyClicks(keys, u"Kunde, Name"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_alerts->settingsDialog());

    const AlertSettings applied = m_alerts->ringing()->settings();
    QVERIFY(!applied.title);
    QVERIFY(!applied.sound);
    QCOMPARE(applied.volume, 70);
    QCOMPARE(applied.callerNameKeys, (QStringList{u"Kunde"_s, u"Name"_s}));
    QVERIFY(applied.notification && applied.trayIcon && applied.urgencyHint);
    QCOMPARE(AlertSettings::load(QSettings()), applied);

    // Cancel changes nothing.
    m_alerts->settingsAction()->trigger();
    QTRY_VERIFY(m_alerts->settingsDialog() && m_alerts->settingsDialog()->isVisible());
    dialog = m_alerts->settingsDialog();
    QTest::mouseClick(dialog->findChild<QCheckBox *>(u"notification"_s), Qt::LeftButton, {},
                      QPoint(5, 5));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_alerts->settingsDialog());
    QCOMPARE(m_alerts->ringing()->settings(), applied);

    // The caller is named from the new keys, and the title is left alone.
    const QString id = ring(kCaller, {{u"Kunde"_s, u"Max Muster"_s}});
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(m_notifier->shown.size(), 1);
    QCOMPARE(m_notifier->shown.first().summary, u"Ringing: Max Muster"_s);
    QCOMPARE(m_window->windowTitle(), kBaseTitle);
}

void TestUiAlerts::settingsPersist()
{
    AlertSettings settings;
    settings.trayIcon = false;
    settings.urgencyHint = false;
    settings.volume = 35;
    settings.outputDevice = "headset-id";
    settings.secondDevice = "speakers-id";
    settings.callerNameKeys = {u"Kunde"_s};
    m_alerts->apply(settings);
    // A program started again reads what was saved.
    m_alerts.reset();
    build();
    QCOMPARE(m_alerts->ringing()->settings(), settings);
    QSettings stored;
    QCOMPARE(stored.value(u"alerts/volume"_s).toInt(), 35);
    QCOMPARE(stored.value(u"alerts/trayIcon"_s).toBool(), false);
    QVERIFY(QFileInfo(stored.fileName()).absoluteFilePath().startsWith(m_config.path()));
    // A device chosen before and unplugged now is kept in the dialog, said to be away.
    m_alerts->openSettings();
    QTRY_VERIFY(m_alerts->settingsDialog());
    auto *device = m_alerts->settingsDialog()->findChild<QComboBox *>(u"outputDevice"_s);
    QCOMPARE(device->currentData().toByteArray(), QByteArray("headset-id"));
    QVERIFY(device->currentText().contains(u"not connected"_s));
    QCOMPARE(m_alerts->settingsDialog()->settings(), settings);
    m_alerts->settingsDialog()->reject();
}

// The test machines have no sound card: ringing must go on without one, and say so.
void TestUiAlerts::ringerWithoutAudioOutput()
{
    if (!QMediaDevices::audioOutputs().isEmpty())
        QSKIP("this machine has an audio output");
    const QString id = ring();
    QVERIFY(!id.isEmpty());
    Ringer *ringer = m_alerts->ringing()->ringer();
    QTRY_VERIFY(ringer->isRinging());
    QCOMPARE(ringer->problem(), u"No audio output"_s); // not "...: the audio module is missing"
    QCOMPARE(Ringer::moduleProblem(), QString()); // softphone_audio was found and loaded
    QCOMPARE(ringer->outputs().size(), 1);
    QVERIFY(ringer->outputs().first().device.isEmpty());
    QVERIFY(!ringer->outputs().first().player); // nothing to play on
    QVERIFY(Ringer::outputDevices().isEmpty());
    // The dialog says so too.
    m_alerts->openSettings();
    QTRY_VERIFY(m_alerts->settingsDialog());
    QVERIFY(m_alerts->settingsDialog()->findChild<QWidget *>(u"noAudioOutput"_s));
    m_alerts->settingsDialog()->reject();
    m_control->post(u"/sim/calls/"_s + id + u"/hangup"_s);
    QTRY_VERIFY(!ringer->isRinging());
    QVERIFY(ringer->outputs().isEmpty());
}

// Where there is an audio output (a developer's machine), the players get the settings;
// on the test machines, the outputs say where it would ring, and at what volume.
void TestUiAlerts::ringerAppliesVolumeAndDevices()
{
    Ringer ringer;
    QSignalSpy problems(&ringer, &Ringer::problemChanged);
    ringer.setOutputs({}, 40, "speakers-id");
    QVERIFY(ringer.outputs().isEmpty()); // nothing loaded before the first ring
    ringer.start();
    QVERIFY(ringer.isRinging());
    QCOMPARE(ringer.outputs().size(), 2); // the chosen output and the second one
    QCOMPARE(ringer.outputs().at(0).chosen, QByteArray());
    QCOMPARE(ringer.outputs().at(1).chosen, QByteArray("speakers-id"));
    // "speakers-id" is not connected: the default output (none on a test machine).
    const QAudioDevice fallback = QMediaDevices::defaultAudioOutput();
    for (const Ringer::Output &output : ringer.outputs()) {
        QCOMPARE(output.volume, 0.4f);
        QCOMPARE(output.device, fallback.id());
        QCOMPARE(output.player != nullptr, !fallback.isNull());
        if (auto *player = qobject_cast<QSoundEffect *>(output.player)) {
            QCOMPARE(player->audioDevice(), fallback);
            QCOMPARE(player->volume(), 0.4f);
            QCOMPARE(player->loopCount(), int(QSoundEffect::Infinite));
            QCOMPARE(player->source(), QUrl(u"qrc:/sounds/ring.wav"_s));
        }
    }
    QVERIFY(!ringer.problem().isEmpty()); // no output, or the second one is not connected
    QCOMPARE(problems.size(), 1);
    // New settings while it rings apply at once.
    ringer.setOutputs({}, 90, {});
    QCOMPARE(ringer.outputs().size(), 1);
    QCOMPARE(ringer.outputs().first().volume, 0.9f);
    if (auto *player = qobject_cast<QSoundEffect *>(ringer.outputs().first().player))
        QCOMPARE(player->volume(), 0.9f);
    // The same device twice rings once.
    ringer.setOutputs("x", 50, "x");
    QCOMPARE(ringer.outputs().size(), 1);
    ringer.stop();
    QVERIFY(!ringer.isRinging());
    QVERIFY(ringer.outputs().isEmpty());
    // The tone ships in the program, and small.
    QFile tone(u":/sounds/ring.wav"_s);
    QVERIFY(tone.open(QIODevice::ReadOnly));
    QVERIFY(tone.size() > 1000 && tone.size() < 100 * 1024);
    QCOMPARE(tone.read(4), QByteArray("RIFF"));
}

// The real notifier, over D-Bus, against a notification server of our own.
void TestUiAlerts::freedesktopNotifierOverDBus()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus (CTest runs this test under dbus-run-session)");
    BusService service(u"notification-server"_s);
    QVERIFY(service.bus().isConnected());
    NotificationServer server(service.bus());
    QVERIFY(service.publish(u"/org/freedesktop/Notifications"_s, &server,
                            QDBusConnection::ExportAllSlots));
    QVERIFY(service.own(u"org.freedesktop.Notifications"_s));
    m_alerts.reset();
    auto *notifier = new FreedesktopNotifier;
    m_alerts = std::make_unique<DeskAlerts>(m_window.get(), &m_stack->session,
                                            &m_stack->control, notifier);

    const QString id = ring();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE(server.shown.size(), 1);
    const uint serverId = server.shown.keys().first();
    const NotificationServer::Shown &n = server.shown.value(serverId);
    QCOMPARE(n.summary, u"Ringing: Jane Doe"_s);
    QCOMPARE(n.body, kCaller);
    QCOMPARE(n.actions, (QStringList{u"answer"_s, u"Answer"_s, u"decline"_s, u"Decline"_s}));
    QCOMPARE(n.hints.value(u"urgency"_s).toInt(), 2);
    QCOMPARE(n.expireTimeout, 0);
    QCOMPARE(n.replacesId, 0u);
    QVERIFY(notifier->problem().isEmpty());

    // The agent clicks Answer on the desktop's notification.
    server.emitSignal(u"ActionInvoked"_s, {serverId, u"answer"_s});
    QVERIFY(m_stack->waitForSettled(id, CallState::Established));
    // It rings no more: the notification is closed on the server.
    QTRY_COMPARE(server.closed, QList<uint>{serverId});

    // Another program's notification clicked: none of ours.
    const QString second = ring(u"+15550100005"_s);
    QVERIFY(!second.isEmpty());
    QTRY_COMPARE(server.shown.size(), 2);
    const uint secondServerId = serverId + 1;
    QVERIFY(server.shown.contains(secondServerId));
    server.emitSignal(u"ActionInvoked"_s, {secondServerId + 100, u"answer"_s});
    // Decline through D-Bus ends the second call; the first stays.
    server.emitSignal(u"ActionInvoked"_s, {secondServerId, u"decline"_s});
    QTRY_COMPARE(m_stack->calls.callCount(), 1);
    QCOMPARE(m_stack->stateOf(id), CallState::Established);
    QTRY_COMPARE(server.closed, (QList<uint>{serverId, secondServerId}));

    // The agent quits while a call rings: quitting logs out, which empties the call list,
    // and the notification (which never expires on its own) goes with the call.
    const QString third = ring(u"+15550100006"_s);
    QVERIFY(!third.isEmpty());
    QTRY_COMPARE(server.shown.size(), 3);
    m_stack->session.logout();
    QTRY_COMPARE(server.closed.size(), 3);
    QVERIFY(server.shown.contains(server.closed.last()));
    m_control->post(u"/sim/calls/"_s + third + u"/hangup"_s);
}

void TestUiAlerts::freedesktopNotifierDismissedAndNoServer()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session bus (CTest runs this test under dbus-run-session)");
    FreedesktopNotifier notifier;
    QSignalSpy dismissed(&notifier, &DesktopNotifier::dismissed);
    {
        BusService service(u"notification-server-2"_s);
        NotificationServer server(service.bus());
        QVERIFY(service.publish(u"/org/freedesktop/Notifications"_s, &server,
                                QDBusConnection::ExportAllSlots));
        QVERIFY(service.own(u"org.freedesktop.Notifications"_s));
        notifier.show({u"call-1"_s, u"Ringing: A"_s, u"+1"_s, {}});
        QTRY_COMPARE(server.shown.size(), 1);
        // Shown again (the caller's name came later): the same notification, replaced.
        notifier.show({u"call-1"_s, u"Ringing: Ann"_s, u"+1"_s, {}});
        QTRY_COMPARE(server.shown.value(1).summary, u"Ringing: Ann"_s);
        QCOMPARE(server.shown.size(), 1);
        notifier.show({u"call-1"_s, u"Ringing: Anna"_s, u"+1"_s, {}});
        QTRY_COMPARE(server.shown.value(1).summary, u"Ringing: Anna"_s);
        QCOMPARE(server.shown.value(1).replacesId, 1u);
        QCOMPARE(server.shown.size(), 1);
        // The agent dismisses it on the desktop.
        server.emitSignal(u"NotificationClosed"_s, {1u, 2u});
        QTRY_COMPARE(dismissed.size(), 1);
        QCOMPARE(dismissed.first().first().toString(), u"call-1"_s);
        notifier.close(u"call-1"_s); // gone already: nothing sent
        // Closed before the server has answered Notify: closed once it does.
        notifier.show({u"call-2"_s, u"Ringing: B"_s, u"+2"_s, {}});
        notifier.close(u"call-2"_s);
        QTRY_COMPARE(server.closed, QList<uint>{2u});
        QCOMPARE(dismissed.size(), 1); // closing it ourselves is no dismissal
    }
    // No notification server on the bus: nothing shown, and said why.
    notifier.show({u"call-3"_s, u"Ringing: C"_s, u"+3"_s, {}});
    QTRY_VERIFY(!notifier.problem().isEmpty());
    QVERIFY2(notifier.problem().startsWith(u"No desktop notifications"_s),
             qPrintable(notifier.problem()));
}

QTEST_MAIN(TestUiAlerts)
#include "tst_ui_alerts.moc"
