// The supervisor's Team view and the agent-state control, clicked offscreen.

#include "agentstatebutton.h"
#include "clientstack.h"
#include "gwssimulator.h"
#include "keyboardcommands.h"
#include "mainwindow.h"
#include "menuclick.h"
#include "simcontrol.h"
#include "supervision.h"
#include "teamfilter.h"
#include "teammodel.h"
#include "teamview.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
// A supervisor's window over a stack of its own, wired as the program wires them.
struct SupervisorDesk
{
    SupervisorDesk(const QUrl &server, const QString &user)
        : boss(server, user, user)
        , supervision(&boss.session, &boss.client, &boss.control, &team)
        , window(&boss.session, &boss.control, &boss.availability, &supervision)
    {
    }
    // Shown and logged in, the team board built and shown.
    bool open()
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window) && boss.loginAndWait()
               && QTest::qWaitFor([this] { return window.teamDock() && window.teamDock()->isVisible(); });
    }

    ClientStack boss;
    TeamModel team;
    Supervision supervision;
    MainWindow window;
};
} // namespace

class TestUiTeam : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void agentStateFromTheMenu();
    void agentSeesNoTeam();
    void supervisorMonitorsFromTeamView();
    void supervisorWithoutAdminMonitorsByNumber();
    void boardBuiltAtLoginTakesTheSupervisorsOwnKeys();
    void runningMonitoringSaysHowItWasStarted();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
};

void TestUiTeam::initTestCase()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestUiTeam::agentStateFromTheMenu()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    MainWindow window(&a.session, &a.control, &a.availability);
    window.show();
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    AgentStateButton *button = window.agentState();
    QTRY_VERIFY(button->isEnabled());
    QTRY_VERIFY(button->text().contains(u"Ready"_s));
    // The menu offers the server's reasons; pick Lunch.
    QTRY_VERIFY(a.availability.agentStates().size() > 3);
    QAction *lunch = nullptr;
    for (QAction *action : button->stateMenu()->actions())
        if (action->text().contains(u"Lunch"_s))
            lunch = action;
    QVERIFY(lunch);
    QVERIFY(clickInMenu(lunch, [&] { QTest::mouseClick(button, Qt::LeftButton); }));
    QTRY_VERIFY(button->text().contains(u"Lunch"_s));
    QCOMPARE(a.session.device().userState.state, u"NotReady"_s);
    // Do Not Disturb follows the server, shown on the button.
    QTRY_VERIFY(button->doNotDisturbAction()->isEnabled());
    QVERIFY(clickInMenu(button->doNotDisturbAction(),
                        [&] { QTest::mouseClick(button, Qt::LeftButton); }));
    QTRY_VERIFY(button->text().contains(u"Do Not Disturb"_s));
    QVERIFY(button->doNotDisturbAction()->isChecked());
    // Enabled from one place: logged out, no state can be chosen.
    a.session.logout();
    QVERIFY(!lunch->isEnabled());
    QVERIFY(!button->doNotDisturbAction()->isEnabled());
}

void TestUiTeam::agentSeesNoTeam()
{
    ClientStack a(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    TeamModel team;
    Supervision supervision(&a.session, &a.client, &a.control, &team);
    MainWindow window(&a.session, &a.control, &a.availability, &supervision);
    window.show();
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Online);
    QVERIFY(!window.teamDock()); // an agent's window never builds the board
    QVERIFY(!supervision.isActive());
}

void TestUiTeam::supervisorMonitorsFromTeamView()
{
    ClientStack agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    agent.session.login();
    SupervisorDesk desk(m_sim->baseUrl(), u"super1"_s);
    desk.supervision.setRefreshInterval(300);
    QVERIFY(desk.open());
    ClientStack &boss = desk.boss;
    TeamModel &team = desk.team;
    MainWindow &window = desk.window;

    TeamView *view = window.teamView();
    QTableView *table = view->table();
    QTRY_VERIFY(team.rowCount() >= 2);
    int row = -1;
    for (int r = 0; r < team.rowCount(); ++r)
        if (team.memberAt(r)->userName == u"agent1")
            row = r;
    QVERIFY(row >= 0);
    QTRY_VERIFY(!team.index(row, 0).data(TeamModel::PhoneNumberRole).toString().isEmpty());
    QCOMPARE(team.index(row, 0).data(TeamModel::PhoneNumberRole).toString(), u"5001"_s);
    QVERIFY(!view->button(u"ListenIn"_s)->isEnabled()); // nobody chosen yet, and it says so
    QCOMPARE(view->button(u"ListenIn"_s)->accessibleDescription(),
             u"Listen in: select an agent first, or type their number"_s);
    QCOMPARE(view->action(u"Cancel"_s)->toolTip(),
             u"Stop monitoring: you are not monitoring anyone"_s);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(view->filter()->mapFromSource(
                                            team.index(row, TeamModel::AgentColumn))).center());
    QTRY_VERIFY(view->button(u"ListenIn"_s)->isEnabled());
    QTest::mouseClick(view->button(u"ListenIn"_s), Qt::LeftButton);
    auto *status = view->findChild<QLabel *>(u"monitoringStatus"_s);
    QTRY_VERIFY(status->text().startsWith(u"Listening in"_s));
    QTRY_VERIFY(view->button(u"Cancel"_s)->isEnabled());
    QVERIFY(!view->button(u"ListenIn"_s)->isEnabled()); // already in that mode
    QCOMPARE(view->action(u"ListenIn"_s)->statusTip(), u"Listen in: you are doing this already"_s);

    // A call to the agent shows up, monitored, in the supervisor's call list.
    m_control->ringFrom(u"+15550500001"_s, u"5001"_s);
    QTRY_VERIFY(agent.firstIn(CallState::Ringing));
    agent.control.answer(agent.firstIdIn(CallState::Ringing));
    QTRY_COMPARE(boss.calls.callCount(), 1);
    QVERIFY(boss.calls.calls().first().monitoring);

    // On the call the server offers only SwitchToBargeIn (no way to Coach from ListenIn,
    // "SwitchToListenIn" page): Coach is off, Barge in switches that call.
    QTRY_VERIFY(view->button(u"BargeIn"_s)->isEnabled());
    QVERIFY(!view->button(u"Coach"_s)->isEnabled());
    QCOMPARE(view->action(u"Coach"_s)->toolTip(),
             u"Coach: the server does not offer this on the monitored call"_s);
    QTest::mouseClick(view->button(u"BargeIn"_s), Qt::LeftButton);
    QTRY_VERIFY(status->text().startsWith(u"Barged in"_s));
    QTRY_VERIFY(agent.calls.calls().first().participants.size() == 2); // caller + 5100
    QTRY_VERIFY(view->button(u"Cancel"_s)->isEnabled());
    QTest::mouseClick(view->button(u"Cancel"_s), Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"Not monitoring"_s);
    QTRY_COMPARE(boss.calls.callCount(), 0);
    agent.control.hangup(agent.calls.calls().first().id);
    QTRY_COMPARE(agent.calls.callCount(), 0);
}

void TestUiTeam::supervisorWithoutAdminMonitorsByNumber()
{
    ClientStack agent(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QVERIFY(agent.loginAndWait());
    // super2 is a supervisor without the admin role; with a server that lets only admins
    // list users (the docs do not say which role may), the team list is refused (403).
    QVERIFY(m_sim->setUsersListRole(u"admin"_s));
    const auto restore = qScopeGuard([this] { m_sim->setUsersListRole(u"supervisor"_s); });
    SupervisorDesk desk(m_sim->baseUrl(), u"super2"_s);
    QVERIFY(desk.open());
    ClientStack &boss = desk.boss;
    TeamModel &team = desk.team;
    TeamView *view = desk.window.teamView();
    // Never a silently empty panel: it says why, and how to go on.
    QTRY_VERIFY(view->notice()->isVisible());
    QVERIFY(view->notice()->text().contains(u"by number"_s));
    QCOMPARE(team.rowCount(), 0);
    QVERIFY(!view->button(u"ListenIn"_s)->isEnabled());
    QTest::keyClicks(view->numberEdit(), u"5002"_s);
    QTRY_VERIFY(view->button(u"ListenIn"_s)->isEnabled());
    QTest::mouseClick(view->button(u"ListenIn"_s), Qt::LeftButton);
    auto *status = view->findChild<QLabel *>(u"monitoringStatus"_s);
    QTRY_VERIFY(status->text().startsWith(u"Listening in"_s));
    QCOMPARE(boss.session.device().monitoring.state, u"ListenIn"_s);
    QTest::mouseClick(view->button(u"Cancel"_s), Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"Not monitoring"_s);
}

// The board is built when a supervisor logs in (an agent's window never builds it): the
// supervisor's own key for a monitoring action, saved before, applies to it, and the
// keyboard lists (palette, sheet) have the Monitoring section from then on.
void TestUiTeam::boardBuiltAtLoginTakesTheSupervisorsOwnKeys()
{
    QSettings().setValue(u"shortcuts/ListenIn"_s, u"Ctrl+Alt+1"_s);
    const auto restore = qScopeGuard([] { QSettings().remove(u"shortcuts"_s); });
    SupervisorDesk desk(m_sim->baseUrl(), u"super1"_s);
    MainWindow &window = desk.window;
    const auto hasMonitoring = [&window] {
        const QList<ActionSection> sections = window.keyboard()->sections();
        return std::any_of(sections.cbegin(), sections.cend(), [](const ActionSection &s) {
            return s.title == u"Monitoring"_s;
        });
    };
    QVERIFY(!window.teamDock());
    QVERIFY(!hasMonitoring());
    // As the board is built (the window's own handler runs first): the key is there already,
    // not only after the agent states are read and every key applied again.
    QKeySequence keyWhenBuilt;
    connect(&desk.boss.session, &Session::userChanged, &window, [&] {
        if (TeamView *view = window.teamView())
            keyWhenBuilt = view->action(u"ListenIn"_s)->shortcut();
    });
    QVERIFY(desk.open());
    QCOMPARE(window.teamDock()->windowTitle(), u"Team"_s);
    QAction *listen = window.teamView()->action(u"ListenIn"_s);
    QCOMPARE(keyWhenBuilt, QKeySequence(u"Ctrl+Alt+1"_s));
    QCOMPARE(listen->shortcut(), QKeySequence(u"Ctrl+Alt+1"_s));
    QVERIFY(hasMonitoring());
    // The built-in keys of the others stay.
    QCOMPARE(window.teamView()->action(u"Coach"_s)->shortcut(), QKeySequence(u"Ctrl+Shift+O"_s));
}

// The Scope and Mode choices are for the next start; once monitoring runs, the status says
// how that one was started (from the device's supervisorMonitoringState), whatever the
// choices show by then.
void TestUiTeam::runningMonitoringSaysHowItWasStarted()
{
    ClientStack agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.loginAndWait());
    SupervisorDesk desk(m_sim->baseUrl(), u"super1"_s);
    QVERIFY(desk.open());
    ClientStack &boss = desk.boss;
    TeamView *view = desk.window.teamView();
    auto *scope = view->findChild<QComboBox *>(u"monitorScope"_s);
    auto *mode = view->findChild<QComboBox *>(u"monitorMode"_s);
    auto *status = view->findChild<QLabel *>(u"monitoringStatus"_s);
    QVERIFY(scope && mode && status);
    QCOMPARE(scope->toolTip(), u"Applies to the next monitoring you start"_s);
    QTest::keyClicks(view->numberEdit(), u"5001"_s);
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down); // Stay with the agent
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down); // Next call only
    QCOMPARE(scope->currentData().toString(), u"Agent"_s);
    QCOMPARE(mode->currentData().toString(), u"NextCall"_s);
    QTRY_VERIFY(view->button(u"ListenIn"_s)->isEnabled());
    QTest::mouseClick(view->button(u"ListenIn"_s), Qt::LeftButton);
    QTRY_COMPARE(boss.session.device().monitoring.scope, u"Agent"_s);
    QTRY_COMPARE(status->text(), u"Listening in on Alice Agent: waiting for a call\n"
                                 "Started as: Stay with the agent, Next call only"_s);
    // Choosing for the next start changes nothing about the running one.
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Up);
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Up);
    QCOMPARE(scope->currentText(), u"Follow the call"_s);
    QVERIFY(status->text().endsWith(u"Started as: Stay with the agent, Next call only"_s));
    QTest::mouseClick(view->button(u"Cancel"_s), Qt::LeftButton);
    QTRY_COMPARE(status->text(), u"Not monitoring"_s);
}

QTEST_MAIN(TestUiTeam)
#include "tst_ui_team.moc"
