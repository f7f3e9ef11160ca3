// The supervisor's team board against the simulator with a generated contact center of
// 300 agents: counts per state, filter by state and by name, sort by a header click, the
// time-in-state thresholds in words and colour, a row's control by keyboard (Enter
// listens in), SwitchToBargeIn -> SwitchToListenIn and the agent's mute on the monitored
// call, and the agent's badge on the other side.

#include "announcer.h"
#include "callcard.h"
#include "clientstack.h"
#include "deskalerts.h"
#include "desktopnotifier.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "simcontrol.h"
#include "supervision.h"
#include "teamcountbar.h"
#include "teamfilter.h"
#include "teammodel.h"
#include "teamreader.h"
#include "teamview.h"
#include "translations.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QContextMenuEvent>
#include <QMenu>
#include <QMetaEnum>
#include <QScopeGuard>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kAgents = 300;
class SilentNotifier : public DesktopNotifier
{
public:
    void show(const DesktopNotification &) override {}
    void close(const QString &) override {}
};
QString agentName(int i)
{
    return u"agent%1"_s.arg(i, 4, 10, QLatin1Char('0'));
}
QJsonArray agents(int from, int to)
{
    QJsonArray names;
    for (int i = from; i <= to; ++i)
        names.append(agentName(i));
    return names;
}
} // namespace

class TestUiTeamBoard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void countsAndFilterByState();
    void filterByNameAndSortByHeader();
    void thresholdsInWordsAndColour();
    void thresholdsInSettings();
    void enterListensInThenSwitchesAndMutes();
    void callsShownOnlyWhenTheServerListsThem();
    void keysOnlyWithTheMuteListed();
    void rowsOnScreenToldToTheReader();
    void picture(); // a PNG of the board to look at, when TEAMBOARD_SHOTS names a folder

private:
    // The proxy row showing the agent with that number, after filtering by it.
    int showOnly(const QString &number);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_boss;
    std::unique_ptr<TeamModel> m_team;
    std::unique_ptr<Supervision> m_supervision;
    std::unique_ptr<MainWindow> m_window;
    TeamView *m_view = nullptr;
    QDateTime m_now;
};

void TestUiTeamBoard::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SoftphoneTest"_s);
    QCoreApplication::setApplicationName(u"tst_ui_teamboard"_s);
    Translations::apply(u"en"_s); // as the program starts: English, with its plural forms
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(3000);
    QString error;
    QVERIFY2(m_sim->addGeneratedUsers(kAgents, 2, &error), qPrintable(error));
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
    // A contact center at work: 20 Ready, 30 Not Ready, 10 in after-call work, the rest
    // logged in to nothing yet.
    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, agents(1, 20)},
                                             {u"operationName"_s, u"Ready"_s}});
    QCOMPARE(m_control->lastStatus(), 200);
    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, agents(21, 50)},
                                             {u"operationName"_s, u"NotReady"_s}});
    QCOMPARE(m_control->lastStatus(), 200);
    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, agents(51, 60)},
                                             {u"operationName"_s, u"AfterCallWork"_s}});
    QCOMPARE(m_control->lastStatus(), 200);
}

void TestUiTeamBoard::init()
{
    m_boss = std::make_unique<ClientStack>(m_sim->baseUrl(), u"sup01"_s, u"sup01"_s);
    m_team = std::make_unique<TeamModel>();
    m_now = QDateTime::currentDateTimeUtc();
    m_team->setClock([this] { return m_now; });
    m_team->setTickInterval(0); // the test moves the clock
    m_supervision = std::make_unique<Supervision>(&m_boss->session, &m_boss->client,
                                                  &m_boss->control, m_team.get());
    m_supervision->reader()->setCadence(400, 100); // brisk: the program's 5 s cycle only waits
    m_window = std::make_unique<MainWindow>(&m_boss->session, &m_boss->control,
                                            &m_boss->availability, m_supervision.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_boss->loginAndWait());
    QTRY_VERIFY(m_window->teamDock() && m_window->teamDock()->isVisible());
    m_view = m_window->teamView();
    // The whole team read in pages: every generated agent and the other supervisor.
    QTRY_VERIFY_WITH_TIMEOUT(m_team->rowCount() >= kAgents, 15000);
    QTRY_VERIFY(m_team->count(TeamModel::StateKey::Ready) >= 19); // the devices are read
}

void TestUiTeamBoard::cleanup()
{
    m_window.reset();
    m_supervision.reset();
    m_team.reset();
    m_boss.reset();
}

int TestUiTeamBoard::showOnly(const QString &number)
{
    m_view->searchEdit()->clear();
    QTest::keyClicks(m_view->searchEdit(), number);
    if (m_view->filter()->rowCount() != 1)
        return -1;
    return 0;
}

void TestUiTeamBoard::countsAndFilterByState()
{
    TeamCountBar *bar = m_view->counts();
    QTRY_COMPARE(m_team->count(TeamModel::StateKey::NotReady), 30);
    QTRY_COMPARE(m_team->count(TeamModel::StateKey::AfterCallWork), 10);
    // The bar says it in words and numbers; a screen reader hears "Ready: 20 agents".
    QToolButton *ready = bar->button(u"Ready"_s);
    QVERIFY(ready);
    QTRY_COMPARE(ready->text(), u"Ready 20"_s);
    QCOMPARE(ready->accessibleName(), u"Ready: 20 agents"_s);
    QCOMPARE(bar->button(QString())->text(), u"All %1"_s.arg(m_team->rowCount()));
    QVERIFY2(bar->text().contains(u"Not Ready 30"_s), qPrintable(bar->text()));

    // Choosing a count shows those agents only; "All" shows everyone again.
    QTest::mouseClick(bar->button(u"NotReady"_s), Qt::LeftButton);
    QCOMPARE(m_view->filter()->rowCount(), 30);
    for (int row = 0; row < 30; ++row)
        QCOMPARE(m_view->filter()->index(row, 0).data(TeamModel::AgentStateRole).toString(),
                 u"NotReady"_s);
    // A state change reaches the board: one more Not Ready agent, one fewer Ready.
    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, agents(1, 1)},
                                             {u"operationName"_s, u"NotReady"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(m_view->filter()->rowCount(), 31, 15000);
    QTRY_COMPARE(bar->button(u"Ready"_s)->text(), u"Ready 19"_s);
    // By keyboard too: the buttons are in the tab order, Space chooses.
    bar->button(QString())->setFocus();
    QTest::keyClick(bar->button(QString()), Qt::Key_Space);
    QCOMPARE(m_view->filter()->rowCount(), m_team->rowCount());
    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, agents(1, 1)},
                                             {u"operationName"_s, u"Ready"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(m_team->count(TeamModel::StateKey::Ready), 20, 15000);
}

void TestUiTeamBoard::filterByNameAndSortByHeader()
{
    TeamFilter *filter = m_view->filter();
    // By number: agent0007 has 6007.
    QCOMPARE(showOnly(u"6007"_s), 0);
    const QString name = filter->index(0, TeamModel::AgentColumn).data().toString();
    QVERIFY(!name.isEmpty());
    // By name, whatever the case: every row shown has the text in its name.
    const QString part = name.left(3).toLower();
    m_view->searchEdit()->clear();
    QTest::keyClicks(m_view->searchEdit(), part);
    QVERIFY(filter->rowCount() >= 1);
    QVERIFY(filter->rowCount() < m_team->rowCount());
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(filter->index(row, TeamModel::AgentColumn).data().toString()
                    .contains(part, Qt::CaseInsensitive));
    // The counts are of the agents found: "All" is the rows shown, the states add up to it.
    TeamCountBar *bar = m_view->counts();
    QCOMPARE(bar->button(QString())->text(), u"All %1"_s.arg(filter->rowCount()));
    int found = 0;
    for (const TeamModel::StateKey key : TeamModel::stateKeys()) {
        const QString keyName = QLatin1String(
            QMetaEnum::fromType<TeamModel::StateKey>().valueToKey(int(key)));
        if (QToolButton *b = bar->button(keyName); b && !b->isHidden())
            found += b->text().section(u' ', -1).toInt();
    }
    QCOMPARE(found, filter->rowCount());
    m_view->searchEdit()->clear();
    QCOMPARE(filter->rowCount(), m_team->rowCount());
    QCOMPARE(bar->button(QString())->text(), u"All %1"_s.arg(m_team->rowCount()));

    // A click on the Agent header sorts by name, a second click the other way.
    QHeaderView *header = m_view->table()->horizontalHeader();
    const auto clickHeader = [&](int column) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(column) + 5,
                                 header->height() / 2));
    };
    const auto names = [&] {
        QStringList list;
        for (int row = 0; row < filter->rowCount(); ++row)
            list << filter->index(row, TeamModel::AgentColumn).data(TeamModel::SortRole)
                        .toString();
        return list;
    };
    const auto sorted = [](QStringList list, bool ascending) {
        std::stable_sort(list.begin(), list.end(), [ascending](const QString &a, const QString &b) {
            const int c = QString::localeAwareCompare(a, b);
            return ascending ? c < 0 : c > 0;
        });
        return list;
    };
    clickHeader(TeamModel::StateColumn);
    QCOMPARE(header->sortIndicatorSection(), int(TeamModel::StateColumn));
    clickHeader(TeamModel::AgentColumn);
    QCOMPARE(header->sortIndicatorSection(), int(TeamModel::AgentColumn));
    const Qt::SortOrder first = header->sortIndicatorOrder();
    QStringList shown = names();
    QCOMPARE(shown, sorted(shown, first == Qt::AscendingOrder));
    clickHeader(TeamModel::AgentColumn);
    QVERIFY(header->sortIndicatorOrder() != first);
    shown = names();
    QCOMPARE(shown, sorted(shown, first != Qt::AscendingOrder));
    QVERIFY(shown.first() != shown.last());

    // By time in state: the longest first or last, by the seconds, not the words.
    clickHeader(TeamModel::TimeColumn);
    qint64 previous = -1;
    const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
    for (int row = 0; row < filter->rowCount(); ++row) {
        const qint64 s = filter->index(row, TeamModel::TimeColumn)
                             .data(TeamModel::SecondsInStateRole).toLongLong();
        if (previous >= 0)
            QVERIFY(ascending ? s >= previous : s <= previous);
        previous = s;
    }
}

void TestUiTeamBoard::thresholdsInWordsAndColour()
{
    TeamThresholds thresholds; // Not Ready: warn at 5 min, alert at 15
    m_view->setThresholds(thresholds);
    TeamFilter *filter = m_view->filter();
    QTest::mouseClick(m_view->counts()->button(u"NotReady"_s), Qt::LeftButton);
    QVERIFY(filter->rowCount() > 0);
    const QModelIndex time = filter->index(0, TeamModel::TimeColumn);
    QCOMPARE(filter->level(0), TeamThresholds::Normal);
    QVERIFY(!time.data().toString().contains(u"long"_s));
    QVERIFY(!time.data(Qt::BackgroundRole).isValid());

    m_now = m_now.addSecs(6 * 60);
    m_team->tick();
    QCOMPARE(filter->level(0), TeamThresholds::Warning);
    // Not colour alone: a sign and a word, the same for a screen reader.
    QVERIFY2(time.data().toString().startsWith(u"⚠"_s), qPrintable(time.data().toString()));
    QVERIFY(time.data().toString().endsWith(u" long"_s));
    QCOMPARE(time.data(Qt::AccessibleTextRole).toString(), time.data().toString());
    QVERIFY(time.data(Qt::BackgroundRole).isValid());

    m_now = m_now.addSecs(10 * 60);
    m_team->tick();
    QCOMPARE(filter->level(0), TeamThresholds::Alert);
    QVERIFY(time.data().toString().contains(u"very long"_s));
    // Ready agents are never marked, however long.
    QTest::mouseClick(m_view->counts()->button(u"Ready"_s), Qt::LeftButton);
    QCOMPARE(filter->level(0), TeamThresholds::Normal);

    // Settings' values apply at once: with the warning at 30 min, 16 min is normal.
    QTest::mouseClick(m_view->counts()->button(u"NotReady"_s), Qt::LeftButton);
    thresholds.notReadyWarningMinutes = 30;
    thresholds.notReadyAlertMinutes = 60;
    m_view->setThresholds(thresholds);
    QCOMPARE(filter->level(0), TeamThresholds::Normal);
}

// Settings > Team board: the four thresholds, by keyboard, stored under team/ and read back;
// an alert never comes before its warning.
void TestUiTeamBoard::thresholdsInSettings()
{
    SettingsDialog dialog(AlertSettings(), {});
    dialog.setTeamThresholds(TeamThresholds::load(QSettings()));
    dialog.setTeamBoardShown(true);
    dialog.show();
    auto *warning = dialog.findChild<QSpinBox *>(u"notReadyWarning"_s);
    auto *alert = dialog.findChild<QSpinBox *>(u"notReadyAlert"_s);
    QVERIFY(warning && alert);
    QCOMPARE(warning->value(), 5);
    QCOMPARE(warning->suffix(), u" min"_s);
    QCOMPARE(warning->accessibleName(), u"Not Ready: warning after:"_s);
    warning->setFocus();
    QTest::keyClick(warning, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(warning, u"20"_s);
    QCOMPARE(warning->value(), 20);
    QCOMPARE(alert->value(), 15);
    const TeamThresholds chosen = dialog.teamThresholds();
    QCOMPARE(chosen.notReadyWarningMinutes, 20);
    QCOMPARE(chosen.notReadyAlertMinutes, 20); // not before the warning
    QSettings stored;
    chosen.save(stored);
    QCOMPARE(TeamThresholds::load(QSettings()), chosen);
    QCOMPARE(TeamThresholds::load(QSettings()).level(u"NotReady"_s, 19 * 60),
             TeamThresholds::Normal);
    QCOMPARE(TeamThresholds::load(QSettings()).level(u"NotReady"_s, 20 * 60),
             TeamThresholds::Alert);
    stored.remove(u"team"_s); // the other cases see the defaults

    // Tools > Settings of the supervisor's window offers them (an agent's does not:
    // tst_ui_alerts).
    DeskAlerts alerts(m_window.get(), &m_boss->session, &m_boss->control, new SilentNotifier);
    alerts.openSettings();
    QTRY_VERIFY(alerts.settingsDialog() && alerts.settingsDialog()->isVisible());
    QVERIFY(alerts.settingsDialog()->findChild<QWidget *>(u"teamBoardSettings"_s)->isVisible());
    alerts.settingsDialog()->reject();
}

void TestUiTeamBoard::enterListensInThenSwitchesAndMutes()
{
    // The agent, with a window of their own: the badge and the announcement are theirs.
    ClientStack agent(m_sim->baseUrl(), agentName(2), agentName(2));
    MainWindow agentWindow(&agent.session, &agent.control, &agent.availability);
    agentWindow.show();
    QVERIFY(agent.loginAndWait());
    auto *announcer = agentWindow.findChild<Announcer *>();
    QVERIFY(announcer);
    QSignalSpy said(announcer, &Announcer::announced);

    // The row, chosen by keyboard: find it by number, then Home and Enter in the table.
    QCOMPARE(showOnly(u"6002"_s), 0);
    QTableView *table = m_view->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    QCOMPARE(m_view->selectedDeviceId().isEmpty(), false);
    const QString agentDevice = agent.session.device().id;
    QCOMPARE(m_view->selectedDeviceId(), agentDevice);
    QTRY_VERIFY(m_view->action(u"ListenIn"_s)->isEnabled());
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_COMPARE(m_boss->session.device().monitoring.state, u"ListenIn"_s);
    auto *status = m_view->findChild<QLabel *>(u"monitoringStatus"_s);
    QTRY_VERIFY2(status->text().startsWith(u"Listening in on"_s), qPrintable(status->text()));
    QCOMPARE(m_view->monitoredAgentName(),
             table->model()->index(0, TeamModel::AgentColumn).data().toString());
    // Armed only: the status says what it waits for, then how it was started (the choices'
    // defaults here).
    const auto statusLine = [status] { return status->text().section(u'\n', 0, 0); };
    QCOMPARE(statusLine(),
             u"Listening in on %1: waiting for a call"_s.arg(m_view->monitoredAgentName()));
    QCOMPARE(status->text().section(u'\n', 1), u"Started as: Follow the call, All calls"_s);
    // Not on a call yet: nothing to mute.
    QVERIFY(!m_view->action(u"MuteMonitoredUser"_s)->isEnabled());
    QCOMPARE(m_view->action(u"MuteMonitoredUser"_s)->toolTip(),
             u"Mute the agent: only during a monitored call"_s);

    // A customer calls the agent; the supervisor's monitoring leg comes with it.
    m_control->ringFrom(u"+15550700002"_s, u"6002"_s);
    QTRY_VERIFY(agent.firstIn(CallState::Ringing));
    agent.control.answer(agent.firstIdIn(CallState::Ringing));
    QTRY_COMPARE(m_boss->calls.callCount(), 1);
    QTRY_VERIFY(m_supervision->monitoredCall());
    // The agent's card: the badge from supervisorListeningIn, said once.
    CallCard *agentCard = agentWindow.callCard();
    QTRY_VERIFY2(agentCard->supervisionText().contains(u"Supervisor listening or coaching"_s),
                 qPrintable(agentCard->supervisionText()));
    const auto saidTimes = [&said] {
        int times = 0;
        for (const QList<QVariant> &args : std::as_const(said))
            times += args.value(0).toString().count(u"A supervisor is listening or coaching"_s);
        return times;
    };
    QTRY_COMPARE(saidTimes(), 1);
    // The supervisor's card: their own leg, as monitoring, not as an ordinary call.
    CallCard *bossCard = m_window->callCard();
    const QString agentShown = m_view->monitoredAgentName();
    QTRY_VERIFY2(bossCard->callerName() == u"Monitoring %1 (listening)"_s.arg(agentShown),
                 qPrintable(bossCard->callerName()));
    QTRY_COMPARE(statusLine(), u"Listening in on %1"_s.arg(agentShown));

    // SwitchToBargeIn through the call operation: from the row's context menu.
    QMenu *menu = m_view->rowMenu();
    QVERIFY(menu->actions().contains(m_view->action(u"BargeIn"_s)));
    QTRY_VERIFY(m_view->action(u"BargeIn"_s)->isEnabled());
    const int barges = m_control->requestCount(u"SwitchToBargeIn"_s);
    m_view->action(u"BargeIn"_s)->trigger();
    QTRY_VERIFY2(status->text().startsWith(u"Barged in on"_s), qPrintable(status->text()));
    QCOMPARE(m_control->requestCount(u"SwitchToBargeIn"_s), barges + 1);
    QTRY_COMPARE(bossCard->callerName(), u"Monitoring %1 (barged in)"_s.arg(agentShown));

    // The agent's mute (documented, never in a documented capabilities list): offered on
    // the monitoring leg; the agent's mute shows on the supervisor's side.
    QTRY_VERIFY(m_view->action(u"MuteMonitoredUser"_s)->isEnabled());
    QVERIFY(!m_view->action(u"UnmuteMonitoredUser"_s)->isEnabled());
    QTest::mouseClick(m_view->button(u"MuteMonitoredUser"_s), Qt::LeftButton);
    QTRY_VERIFY(m_supervision->monitoredCall() && m_supervision->monitoredCall()->monitoredUserMuted);
    QTRY_VERIFY(statusLine().endsWith(u"the agent is muted"_s));
    QTRY_VERIFY(m_view->action(u"UnmuteMonitoredUser"_s)->isEnabled());
    // A refusal shows in the panel, in words; the next try clears it.
    m_control->post(u"/sim/faults"_s, {{u"httpStatus"_s, 500}, {u"failCount"_s, 1},
                                       {u"paths"_s, u"/api/v2/me/calls/"_s}});
    QCOMPARE(m_control->lastStatus(), 200);
    QTest::mouseClick(m_view->button(u"UnmuteMonitoredUser"_s), Qt::LeftButton);
    QTRY_VERIFY(m_view->errorLabel()->isVisible());
    QVERIFY(!m_view->errorLabel()->text().isEmpty());
    QVERIFY(m_supervision->monitoredCall()->monitoredUserMuted); // still muted
    QTRY_VERIFY(m_view->action(u"UnmuteMonitoredUser"_s)->isEnabled());
    QTest::mouseClick(m_view->button(u"UnmuteMonitoredUser"_s), Qt::LeftButton);
    QVERIFY(m_view->errorLabel()->isHidden());
    QTRY_VERIFY(m_supervision->monitoredCall() && !m_supervision->monitoredCall()->monitoredUserMuted);

    // And back: SwitchToListenIn, by the toolbar button.
    QTRY_VERIFY(m_view->button(u"ListenIn"_s)->isEnabled());
    const int listens = m_control->requestCount(u"SwitchToListenIn"_s);
    QTest::mouseClick(m_view->button(u"ListenIn"_s), Qt::LeftButton);
    QTRY_VERIFY2(status->text().startsWith(u"Listening in on"_s), qPrintable(status->text()));
    QCOMPARE(m_control->requestCount(u"SwitchToListenIn"_s), listens + 1);
    QVERIFY(m_view->errorLabel()->isHidden());

    // Stop; the agent's badge goes.
    QTest::mouseClick(m_view->button(u"Cancel"_s), Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"Not monitoring"_s);
    QTRY_COMPARE(agentCard->supervisionText(), QString());
    QCOMPARE(saidTimes(), 1); // once per call, though barge-in and back toggled the flag
    agent.control.hangup(agent.calls.calls().first().id);
    QTRY_COMPARE(agent.calls.callCount(), 0);
    m_control->post(u"/sim/agents/state"_s, {{u"userNames"_s, agents(2, 2)},
                                             {u"operationName"_s, u"Ready"_s}});
}

void TestUiTeamBoard::keysOnlyWithTheMuteListed()
{
    // A server that lists Mute/UnmuteMonitoredUser in the monitoring leg's capabilities
    // (extension monitoredUserMuteCapability), driven by keys alone: the Menu key, then the
    // built-in shortcuts.
    QVERIFY(m_sim->setExtensionEnabled(u"monitoredUserMuteCapability"_s, true));
    const auto restore = qScopeGuard(
        [this] { m_sim->setExtensionEnabled(u"monitoredUserMuteCapability"_s, false); });
    ClientStack agent(m_sim->baseUrl(), agentName(3), agentName(3));
    QVERIFY(agent.loginAndWait());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTableView *table = m_view->table();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Home);
    for (int i = 0; i < 4; ++i)
        QTest::keyClick(table, Qt::Key_Down);
    const QString chosen = m_view->selectedDeviceId();
    QVERIFY(!chosen.isEmpty());

    // The Menu key: the xcb and Windows platforms turn it into a keyboard context menu event
    // for the window (offscreen has no such key), which Qt gives the focused widget at its
    // current item. The chosen row's menu, the row still chosen.
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, QPoint(), QPoint());
    QCoreApplication::sendEvent(m_window->windowHandle(), &menuKey);
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_view->findChild<QMenu *>(u"teamRowMenu"_s)) && menu->isVisible());
    QVERIFY(menu->actions().contains(m_view->action(u"ListenIn"_s)));
    QCOMPARE(m_view->selectedDeviceId(), chosen);
    QTest::keyClick(menu, Qt::Key_Escape);
    QTRY_VERIFY(!menu->isVisible());
    m_window->activateWindow(); // offscreen leaves the closed popup the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Ctrl+Shift+L listens in on the agent typed (the number wins over the row).
    QTest::keyClicks(m_view->numberEdit(), u"6003"_s);
    QVERIFY(m_view->action(u"ListenIn"_s)->toolTip().endsWith(
        u"(%1)"_s.arg(QKeySequence(u"Ctrl+Shift+L"_s).toString(QKeySequence::NativeText))));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(m_boss->session.device().monitoring.state, u"ListenIn"_s);
    m_control->ringFrom(u"+15550700003"_s, u"6003"_s);
    QTRY_VERIFY(agent.firstIn(CallState::Ringing));
    agent.control.answer(agent.firstIdIn(CallState::Ringing));
    QTRY_VERIFY(m_supervision->monitoredCall());
    // The list decides: Mute offered, Unmute not.
    QTRY_VERIFY(m_supervision->monitoredCall()->capabilities.contains(u"MuteMonitoredUser"_s));
    QVERIFY(!m_supervision->monitoredCall()->capabilities.contains(u"UnmuteMonitoredUser"_s));
    QTRY_VERIFY(m_view->action(u"MuteMonitoredUser"_s)->isEnabled());
    QVERIFY(!m_view->action(u"UnmuteMonitoredUser"_s)->isEnabled());
    QTest::keyClick(table, Qt::Key_M, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(m_supervision->monitoredCall()->monitoredUserMuted);
    QTRY_VERIFY(m_supervision->monitoredCall()->capabilities.contains(u"UnmuteMonitoredUser"_s));
    QTRY_VERIFY(m_view->action(u"UnmuteMonitoredUser"_s)->isEnabled());
    QVERIFY(!m_view->action(u"MuteMonitoredUser"_s)->isEnabled());
    QTest::keyClick(table, Qt::Key_U, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(!m_supervision->monitoredCall()->monitoredUserMuted);
    // Ctrl+Shift+S stops.
    QTRY_VERIFY(m_view->action(u"Cancel"_s)->isEnabled());
    QTest::keyClick(table, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_boss->session.device().monitoring.state.isEmpty());
    m_view->numberEdit()->clear();
    agent.control.hangup(agent.calls.calls().first().id);
    QTRY_COMPARE(agent.calls.callCount(), 0);
}

void TestUiTeamBoard::callsShownOnlyWhenTheServerListsThem()
{
    // The simulator lists agents' calls (extension usersCallsSubresource): shown and counted.
    QTableView *table = m_view->table();
    TeamCountBar *bar = m_view->counts();
    QVERIFY(m_team->callsKnown());
    QVERIFY(!table->isColumnHidden(TeamModel::CallColumn));
    QVERIFY(m_view->callsNote()->isHidden());
    QVERIFY(!bar->button(u"OnCall"_s)->isHidden());
    ClientStack agent(m_sim->baseUrl(), agentName(7), agentName(7));
    QVERIFY(agent.loginAndWait());
    QVERIFY(agent.control.dial(u"+15551230007"_s));
    QTRY_VERIFY(agent.firstIn(CallState::Established));
    QTRY_COMPARE_WITH_TIMEOUT(bar->button(u"OnCall"_s)->text(), u"On a call 1"_s, 10000);
    QCOMPARE(showOnly(u"6007"_s), 0);
    QTRY_VERIFY(m_view->filter()->index(0, TeamModel::CallColumn).data().toString()
                    .startsWith(u"On a call with +15551230007"_s));
    m_view->searchEdit()->clear();
    QTest::mouseClick(bar->button(u"OnCall"_s), Qt::LeftButton);
    QCOMPARE(m_view->filter()->rowCount(), 1);

    // A server that lists no calls: no column, no count, no filter by it; the board says why.
    QVERIFY(m_sim->setExtensionEnabled(u"usersCallsSubresource"_s, false));
    const auto restore = qScopeGuard(
        [this] { m_sim->setExtensionEnabled(u"usersCallsSubresource"_s, true); });
    QTRY_VERIFY_WITH_TIMEOUT(!m_team->callsKnown(), 10000);
    QVERIFY(table->isColumnHidden(TeamModel::CallColumn));
    QVERIFY(m_view->callsNote()->isVisible());
    QVERIFY(m_view->callsNote()->text().contains(u"does not report the agents' calls"_s));
    QVERIFY(bar->button(u"OnCall"_s)->isHidden());
    QVERIFY2(!bar->text().contains(u"On a call"_s), qPrintable(bar->text()));
    QVERIFY(bar->button(QString())->isChecked()); // the state chosen went: everyone again
    QCOMPARE(m_view->filter()->rowCount(), m_team->rowCount());
    // The agent on the call counts as the agent state says (Ready after login).
    QCOMPARE(bar->button(u"Ready"_s)->text(), u"Ready 20"_s);

    // Listed again: back.
    m_sim->setExtensionEnabled(u"usersCallsSubresource"_s, true);
    QTRY_VERIFY_WITH_TIMEOUT(m_team->callsKnown(), 10000);
    QVERIFY(!table->isColumnHidden(TeamModel::CallColumn));
    QVERIFY(m_view->callsNote()->isHidden());
    QTRY_COMPARE(bar->button(u"OnCall"_s)->text(), u"On a call 1"_s);
    QVERIFY(agent.control.hangup(agent.firstIdIn(CallState::Established)));
    QTRY_COMPARE(agent.calls.callCount(), 0);
}

void TestUiTeamBoard::rowsOnScreenToldToTheReader()
{
    // The per-user device fallback reads the agents on screen: the view says which they are.
    QTableView *table = m_view->table();
    const auto onScreen = [table] {
        QSet<QString> ids;
        const int first = table->rowAt(0);
        int last = table->rowAt(table->viewport()->height() - 1);
        if (last < 0)
            last = table->model()->rowCount() - 1;
        for (int row = std::max(0, first); row <= last; ++row)
            ids.insert(table->model()->index(row, 0).data(TeamModel::UserIdRole).toString());
        return ids;
    };
    TeamReader *reader = m_supervision->reader();
    QTRY_COMPARE(reader->shownUsers(), onScreen());
    QVERIFY(!reader->shownUsers().isEmpty());
    QVERIFY(reader->shownUsers().size() < m_team->rowCount());
    const QSet<QString> top = reader->shownUsers();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier); // the last row
    QTRY_VERIFY(reader->shownUsers() != top);
    QTRY_COMPARE(reader->shownUsers(), onScreen());
    QCOMPARE(reader->shownUsers().intersects(top), false);
    // Found by name: the rows found.
    QCOMPARE(showOnly(u"6007"_s), 0);
    QTRY_COMPARE(reader->shownUsers().size(), 1);
    QCOMPARE(*reader->shownUsers().cbegin(),
             m_view->filter()->index(0, 0).data(TeamModel::UserIdRole).toString());
    m_view->searchEdit()->clear();
}

void TestUiTeamBoard::picture()
{
    const QString folder = qEnvironmentVariable("TEAMBOARD_SHOTS");
    if (folder.isEmpty())
        QSKIP("TEAMBOARD_SHOTS not set");
    m_window->resize(1280, 900);
    m_window->teamDock()->resize(1280, 640);
    m_now = m_now.addSecs(7 * 60); // some Not Ready agents past the warning
    m_team->tick();
    m_view->table()->sortByColumn(TeamModel::TimeColumn, Qt::DescendingOrder);
    QTest::qWait(200);
    QVERIFY(m_window->grab().save(folder + u"/teamboard.png"_s));
    QTest::keyClicks(m_view->searchEdit(), u"60"_s);
    QTest::mouseClick(m_view->counts()->button(u"NotReady"_s), Qt::LeftButton);
    m_view->table()->selectRow(0);
    QVERIFY(m_window->grab().save(folder + u"/teamboard-filtered.png"_s));
}

QTEST_MAIN(TestUiTeamBoard)
#include "tst_ui_teamboard.moc"
