// The composition root driven as an agent would: the real login dialog and main window
// (offscreen, keys and clicks), against an in-process simulator, with the password store
// in memory.

#include "application.h"
#include "callactions.h"
#include "calljournal.h"
#include "deskalerts.h"
#include "destinationdialog.h"
#include "callmodel.h"
#include "gwsclient.h"
#include "gwssimulator.h"
#include "historymodel.h"
#include "historyview.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorypasswordstore.h"
#include "session.h"
#include "settingsdialog.h"
#include "simcontrol.h"
#include "trayicon.h"
#include "wrapupcard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

class TestApplication : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void loginBeginsBeforeTheWindowIsBuilt_data();
    void loginBeginsBeforeTheWindowIsBuilt();
    void remembersThePasswordWhenTicked();
    void cancellingTheFirstPromptClosesTheWindow();
    void forgetsARememberedPasswordTheServerRefuses();
    void failedLoginAsksAgainWithTheReason();
    void unreachableServerAsksAgainAndCancelLeavesReconnect();
    void quitDuringACallAsksThenLogsOut();
    void embeddedSimulatorOnItsOwnThread();
    void historyOfTheUserSurvivesARestartAndCallsBack();
    void wrapUpKeepsTheDraftAcrossARestartAndNeedsADisposition();
    void missedCallsShowInTitleAndTrayUntilTheHistoryIsOpened();
    void historyExportWritesTheRowsToACsvFile();
    void recentDestinationsAreOnlyThoseReached();
    void retentionSettingPurgesOldCallsAtOnce();

private:
    QString historyFile(const QUrl &server, const QString &user) const;
    [[nodiscard]] bool answerCallFrom(SimControl &control, const QString &from);
    AppOptions optionsFor(const QString &user, const QString &password = {}) const;
    [[nodiscard]] bool startApplication(const AppOptions &options);
    LoginDialog *waitForLoginDialog() const;
    static QString problemShownIn(LoginDialog *dialog);
    QString agentStateOnServer(const QString &user, const QString &password);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    MemoryPasswordStore m_passwords;
    std::unique_ptr<Application> m_app;
};

void TestApplication::initTestCase()
{
    // Settings and the call history go to a test folder, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestApplication::cleanup()
{
    m_app.reset();
    for (const QJsonValue &call : m_control->get(u"/sim/calls"_s).value(u"calls").toArray())
        m_control->post(u"/sim/calls/"_s + call[u"id"].toString() + u"/hangup"_s);
}

AppOptions TestApplication::optionsFor(const QString &user, const QString &password) const
{
    AppOptions options;
    options.server = m_sim->baseUrl();
    options.user = user;
    options.password = password; // as SOFTPHONE_PASSWORD gives it
    return options;
}

bool TestApplication::startApplication(const AppOptions &options)
{
    m_app = std::make_unique<Application>(options, &m_passwords);
    return m_app->start() && QTest::qWaitForWindowExposed(m_app->window());
}

// The dialog the agent would be looking at: the active modal window.
LoginDialog *TestApplication::waitForLoginDialog() const
{
    LoginDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        return dialog && dialog->isVisible();
    }, 5000);
    return shown ? dialog : nullptr; // callers assert it
}

// The reason the dialog shows for the last failure; empty when it shows none.
QString TestApplication::problemShownIn(LoginDialog *dialog)
{
    auto *problem = dialog->findChild<QLabel *>(u"loginProblem"_s);
    return problem && problem->isVisible() ? problem->text() : QString();
}

// The agent's state as the server has it (its device's userState), asked afresh.
QString TestApplication::agentStateOnServer(const QString &user, const QString &password)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_sim->baseUrl().toString() + u"/api/v2/me/devices?fields=*"_s));
    request.setRawHeader("Authorization",
                         "Basic " + (user + u':' + password).toUtf8().toBase64());
    request.setTransferTimeout(5000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(6000))
        return u"(no answer)"_s; // fails the caller's comparison
    const QJsonArray devices =
        QJsonDocument::fromJson(reply->readAll())[u"devices"].toArray();
    reply->deleteLater();
    return devices.isEmpty() ? QString() : devices[0][u"userState"][u"state"].toString();
}

namespace {
// Runs `seen` when the main window is shown the first time.
class FirstShow : public QObject
{
public:
    explicit FirstShow(std::function<void()> seen) : m_seen(std::move(seen))
    {
        qApp->installEventFilter(this);
    }
    ~FirstShow() override { qApp->removeEventFilter(this); }
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::Show && qobject_cast<MainWindow *>(object) && m_seen)
            std::exchange(m_seen, {})();
        return false;
    }

private:
    std::function<void()> m_seen;
};
} // namespace

// The login's first request leaves (or the keychain is asked for the password) before the
// window is built: that round trip goes on while the window is built and painted, instead
// of after it.
void TestApplication::loginBeginsBeforeTheWindowIsBuilt_data()
{
    QTest::addColumn<bool>("remembered");
    QTest::newRow("password given") << false;
    QTest::newRow("password remembered") << true;
}

void TestApplication::loginBeginsBeforeTheWindowIsBuilt()
{
    QFETCH(bool, remembered);
    int reads = 0;
    bool windowWhenRead = false;
    m_passwords.onRead = [&] {
        ++reads;
        windowWhenRead = m_app && m_app->window();
    };
    if (remembered)
        m_passwords.seed(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    std::optional<Session::Status> statusWhenShown;
    {
        FirstShow probe([&] { statusWhenShown = m_app->session()->status(); });
        QVERIFY(startApplication(optionsFor(u"agent1"_s, remembered ? QString() : u"agent1"_s)));
    }
    m_passwords.onRead = {};
    m_passwords.remove(m_sim->baseUrl(), u"agent1"_s);
    QVERIFY(statusWhenShown);
    if (remembered) {
        QCOMPARE(reads, 1);
        QVERIFY(!windowWhenRead);
    } else {
        QCOMPARE(reads, 0);
        QCOMPARE(*statusWhenShown, Session::Status::LoggingIn);
    }
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    QVERIFY(!m_app->loginDialog());
}

void TestApplication::remembersThePasswordWhenTicked()
{
    // No password given or remembered: the dialog asks, over the window.
    QVERIFY(startApplication(optionsFor(u"agent1"_s)));
    LoginDialog *dialog = waitForLoginDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->user(), u"agent1"_s);
    QLineEdit *password = dialog->findChild<QLineEdit *>(u"password"_s);
    QVERIFY(password);
    QTest::keyClicks(password, u"agent1"_s);
    QCheckBox *remember = dialog->findChild<QCheckBox *>(u"remember"_s);
    QVERIFY(remember);
    QTest::keyClick(remember, Qt::Key_Space);
    QVERIFY(remember->isChecked());
    QTest::keyClick(password, Qt::Key_Return);

    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    QTRY_COMPARE(m_passwords.stored(m_sim->baseUrl(), u"agent1"_s), u"agent1"_s);
}

void TestApplication::cancellingTheFirstPromptClosesTheWindow()
{
    const int requestsBefore = m_control->get(u"/sim/stats"_s).value(u"requests").toInt();
    QVERIFY(startApplication(optionsFor(u"agent2"_s)));
    LoginDialog *dialog = waitForLoginDialog();
    QVERIFY(dialog);
    QVERIFY(problemShownIn(dialog).isEmpty()); // nothing failed yet
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_app->window()->isVisible());
    QCOMPARE(m_app->session()->status(), Session::Status::LoggedOut);
    // Nothing was sent to the server (the stats request before counts itself).
    QCOMPARE(m_control->get(u"/sim/stats"_s).value(u"requests").toInt(), requestsBefore + 1);
}

void TestApplication::forgetsARememberedPasswordTheServerRefuses()
{
    m_passwords.seed(m_sim->baseUrl(), u"agent2"_s, u"not-the-password"_s);
    QVERIFY(startApplication(optionsFor(u"agent2"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Failed);
    QCOMPARE(m_app->client()->lastHttpStatus(), 401);
    QTRY_VERIFY(!m_passwords.contains(m_sim->baseUrl(), u"agent2"_s));
    // And the agent is asked again, told why.
    LoginDialog *dialog = waitForLoginDialog();
    QVERIFY(dialog);
    QCOMPARE(problemShownIn(dialog), u"Login failed: Wrong user name or password"_s);
}

void TestApplication::failedLoginAsksAgainWithTheReason()
{
    QVERIFY(startApplication(optionsFor(u"agent2"_s, u"wrong"_s)));
    LoginDialog *dialog = waitForLoginDialog();
    QVERIFY(dialog);
    QCOMPARE(m_app->session()->status(), Session::Status::Failed);
    QCOMPARE(problemShownIn(dialog), u"Login failed: Wrong user name or password"_s);
    QCOMPARE(dialog->user(), u"agent2"_s);

    // The right password this time; "Remember me" left unticked.
    QLineEdit *password = dialog->findChild<QLineEdit *>(u"password"_s);
    QVERIFY(password);
    QVERIFY(password->text().isEmpty()); // the refused one is not shown again
    QTest::keyClicks(password, u"agent2"_s);
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    QVERIFY(!m_app->loginDialog());
    QCOMPARE(m_app->session()->user().userName, u"agent2"_s);
    QVERIFY(!m_passwords.contains(m_sim->baseUrl(), u"agent2"_s));
}

void TestApplication::unreachableServerAsksAgainAndCancelLeavesReconnect()
{
    // A loopback port nobody listens on any more.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    AppOptions options = optionsFor(u"agent1"_s, u"agent1"_s);
    options.server.setPort(closed.serverPort());
    closed.close();

    QVERIFY(startApplication(options));
    LoginDialog *dialog = waitForLoginDialog();
    QVERIFY(dialog);
    QVERIFY2(problemShownIn(dialog).startsWith(u"Login failed: Cannot reach the server"_s),
             qPrintable(problemShownIn(dialog)));

    // Cancel: the window stays, failed, with its Reconnect button.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_app->loginDialog());
    MainWindow *window = m_app->window();
    QVERIFY(window->isVisible());
    QCOMPARE(m_app->session()->status(), Session::Status::Failed);
    auto *reconnect = window->findChild<QToolButton *>(u"reconnectButton"_s);
    QVERIFY(reconnect);
    QTRY_VERIFY(reconnect->isVisible());

    // Reconnect tries again, and when that fails too, asks again.
    QTest::mouseClick(reconnect, Qt::LeftButton);
    dialog = waitForLoginDialog();
    QVERIFY(dialog);
    QVERIFY(problemShownIn(dialog).startsWith(u"Login failed: Cannot reach the server"_s));
}

void TestApplication::quitDuringACallAsksThenLogsOut()
{
    QVERIFY(startApplication(optionsFor(u"agent1"_s, u"agent1"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    QCOMPARE(agentStateOnServer(u"agent1"_s, u"agent1"_s), u"Ready"_s);
    const int ends = m_control->requestCount(u"EndContactCenterSession"_s);
    m_control->ringFrom(u"+15550007777"_s, u"5001"_s);
    QTRY_COMPARE(m_app->session()->liveCallCount(), 1);

    // The agent closes the window (as its title bar's close button does): asked first,
    // because the call would be lost.
    MainWindow *window = m_app->window();
    QVERIFY(!window->close());
    QMessageBox *question = nullptr;
    QTRY_VERIFY((question = window->findChild<QMessageBox *>(u"quitQuestion"_s)));
    QTRY_VERIFY(question->isVisible());
    QCOMPARE(m_app->session()->status(), Session::Status::Online); // nothing done yet
    QPushButton *quit = question->findChild<QPushButton *>(u"quitAnyway"_s);
    QVERIFY(quit);
    QTest::mouseClick(quit, Qt::LeftButton);

    // Logged out, and the server knows it.
    QTRY_VERIFY(!window->isVisible());
    QCOMPARE(m_app->session()->status(), Session::Status::LoggedOut);
    QCOMPARE(m_control->requestCount(u"EndContactCenterSession"_s), ends + 1);
    QCOMPARE(agentStateOnServer(u"agent1"_s, u"agent1"_s), u"LoggedOut"_s);
}

void TestApplication::embeddedSimulatorOnItsOwnThread()
{
    AppOptions options; // no server: the built-in simulator, logged in as agent1
    options.demo = false;
    QVERIFY(startApplication(options));
    QVERIFY(m_app->isEmbedded());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->session()->status(), Session::Status::Online, 10000);
    QVERIFY(!m_app->loginDialog());
    QCOMPARE(m_app->session()->user().userName, u"agent1"_s);
    const QUrl server = m_app->client()->server();
    QCOMPARE(server.host(), u"127.0.0.1"_s);

    // It answers while this (the window's) thread is blocked and runs no event loop.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(server.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /sim/stats HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server.port())
                 + "\r\nConnection: close\r\n\r\n");
    QVERIFY(socket.waitForReadyRead(5000));
    QVERIFY2(socket.readAll().startsWith("HTTP/1.1 200"), "the simulator did not answer");
    socket.close();

    // Quitting stops it: deleted (its listening socket closed) and its thread joined.
    m_app.reset();
    socket.connectToHost(QHostAddress::LocalHost, quint16(server.port()));
    QVERIFY(!socket.waitForConnected(5000));
    QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
}

// The whole path: a missed call recorded by the running program, the History dock with
// its count, the file per user and server, a restart that keeps it, search and Call back.
void TestApplication::historyOfTheUserSurvivesARestartAndCallsBack()
{
    // Calls of earlier tests (one rang while its program quit) are history too: start empty.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(startApplication(optionsFor(u"agent1"_s, u"agent1"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    MainWindow *window = m_app->window();
    QTRY_VERIFY(window->historyAction()->isEnabled());
    const QString simId = m_control->ringFrom(u"+15550004242"_s, u"5001"_s,
                                              {{u"CustomerName"_s, u"Grace Hopper"_s}});
    QTRY_COMPARE(m_app->session()->liveCallCount(), 1);
    m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s); // the caller gives up
    QTRY_COMPARE(window->historyDock()->windowTitle(), u"History (1 missed)"_s);

    const QString file = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                         + u"/history/http_127.0.0.1_%1/agent1.sqlite"_s.arg(m_sim->baseUrl().port());
    QVERIFY2(QFile::exists(file), qPrintable(file));

    // A restart: the same user on the same server finds the call again.
    m_app.reset();
    QVERIFY(startApplication(optionsFor(u"agent1"_s, u"agent1"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    window = m_app->window();
    QTRY_COMPARE(window->historyDock()->windowTitle(), u"History (1 missed)"_s);
    QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(window->historyDock()->isVisible());
    HistoryView *view = window->historyView();
    QTRY_COMPARE(view->table()->model()->rowCount(), 1);
    const QModelIndex row = view->table()->model()->index(0, HistoryModel::NameColumn);
    QCOMPARE(row.data().toString(), u"Grace Hopper"_s);
    QCOMPARE(row.siblingAtColumn(HistoryModel::OutcomeColumn).data().toString(), u"Missed"_s);
    QTest::keyClicks(view->searchEdit(), u"nobody"_s);
    QCOMPARE(view->table()->model()->rowCount(), 0);
    view->searchEdit()->clear();
    QTest::keyClicks(view->searchEdit(), u"hopper"_s);
    QCOMPARE(view->table()->model()->rowCount(), 1);

    // Call back: selected and activated with Enter, dialled through the server.
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->table()->model()->index(0, 0));
    QVERIFY(view->callBackAction()->isEnabled());
    QTest::keyClick(view->table(), Qt::Key_Return);
    QTRY_COMPARE(m_app->session()->liveCallCount(), 1);
    const Call outbound = m_app->session()->calls()->calls().value(0);
    QVERIFY2(outbound.remoteParty().contains(u"5550004242"_s), qPrintable(outbound.remoteParty()));

    // Looked at and closed: the missed call is no longer news.
    QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(!window->historyDock()->isVisible());
    QTRY_COMPARE(window->historyDock()->windowTitle(), u"History"_s);
}

// After a handled call the wrap-up card waits; a required disposition blocks Done with
// its reason; notes typed before a restart are still there after it; Done saves both.
void TestApplication::wrapUpKeepsTheDraftAcrossARestartAndNeedsADisposition()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QSettings().setValue(u"wrapUp/dispositionRequired"_s, true);
    auto restoreSetting = qScopeGuard([] { QSettings().remove(u"wrapUp/dispositionRequired"_s); });
    QVERIFY(startApplication(optionsFor(u"agent1"_s, u"agent1"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    m_control->ringFrom(u"+15550005151"_s, u"5001"_s, {{u"CustomerName"_s, u"Ada Byron"_s}});
    QTRY_COMPARE(m_app->session()->liveCallCount(), 1);
    MainWindow *window = m_app->window();
    QAction *answer = window->actions()->action(CallOperation::Answer);
    QTRY_VERIFY(answer->isEnabled());
    answer->trigger();
    QTRY_COMPARE(m_app->session()->calls()->calls().value(0).state, CallState::Established);
    WrapUpCard *card = window->wrapUpCard();
    // During the call the card takes notes for it; its wrap-up is due when it ends.
    QTRY_VERIFY(card && card->isVisible());
    QCOMPARE(card->title(), u"Notes on the current call"_s);
    QVERIFY(!card->doneButton()->isVisible());
    window->actions()->action(CallOperation::Hangup)->trigger();
    QTRY_COMPARE(card->title(), u"Wrap-up"_s);
    QVERIFY(card->isVisible());
    QVERIFY2(card->summary()->text().contains(u"Ada Byron"_s), qPrintable(card->summary()->text()));
    QVERIFY(!card->doneButton()->isEnabled());
    QCOMPARE(card->doneButton()->toolTip(), u"Done: choose a disposition first"_s);
    card->notes()->setFocus();
    QTest::keyClicks(card->notes(), u"wants a refund"_s);

    // The program stops (as in a crash, the draft is all there is) and starts again.
    m_app.reset();
    QVERIFY(startApplication(optionsFor(u"agent1"_s, u"agent1"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    window = m_app->window();
    card = window->wrapUpCard();
    QTRY_VERIFY(card->isVisible());
    QCOMPARE(card->notes()->toPlainText(), u"wants a refund"_s);
    QVERIFY(!card->doneButton()->isEnabled());
    QComboBox *disposition = card->disposition();
    disposition->setFocus();
    QTest::keyClick(disposition, Qt::Key_Down); // the first disposition after "(none)"
    QVERIFY(!disposition->currentData().toString().isEmpty());
    const QString chosen = disposition->currentData().toString();
    QVERIFY(card->doneButton()->isEnabled());
    QTest::mouseClick(card->doneButton(), Qt::LeftButton);
    QTRY_VERIFY(!card->isVisible());

    // The history shows what was saved.
    HistoryModel *history = qobject_cast<HistoryModel *>(window->historyView()->table()->model());
    QVERIFY(history);
    QTRY_COMPARE(history->rowCount(), 1);
    QCOMPARE(history->entryAt(0).disposition, chosen);
    QCOMPARE(history->entryAt(0).notes, u"wants a refund"_s);
}

QString TestApplication::historyFile(const QUrl &server, const QString &user) const
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + u"/history/http_127.0.0.1_%1/%2.sqlite"_s.arg(server.port()).arg(user);
}

// A caller rings the agent (5001), who answers with the window's Answer action.
bool TestApplication::answerCallFrom(SimControl &control, const QString &from)
{
    const int before = m_app->session()->liveCallCount();
    control.ringFrom(from, u"5001"_s);
    QAction *answer = m_app->window()->actions()->action(CallOperation::Answer);
    if (!QTest::qWaitFor([&] { return answer->isEnabled(); }, 5000))
        return false;
    answer->trigger();
    return QTest::qWaitFor([&] {
        int established = 0;
        for (const Call &c : m_app->session()->calls()->calls())
            established += c.state == CallState::Established;
        return established == 1 && m_app->session()->liveCallCount() == before + 1;
    }, 5000);
}

// Missed calls count in the title and the tray (tip, badge, menu entry) until the agent
// opens the history; a ringing call comes first in the title, the count stays beside it.
void TestApplication::missedCallsShowInTitleAndTrayUntilTheHistoryIsOpened()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(startApplication(optionsFor(u"agent1"_s, u"agent1"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    MainWindow *window = m_app->window();
    TrayIcon *tray = m_app->alerts()->tray();
    QTRY_VERIFY(window->historyAction()->isEnabled());
    QCOMPARE(window->windowTitle(), u"Softphone"_s);
    const QIcon idleIcon = tray->icon();
    QVERIFY(!tray->toolTip().contains(u"Missed"_s));
    QCOMPARE(tray->historyAction()->text(), u"Call &history"_s);
    QVERIFY(tray->menu()->actions().contains(tray->historyAction()));

    const QString first = m_control->ringFrom(u"+15550006161"_s, u"5001"_s);
    QTRY_COMPARE(m_app->session()->liveCallCount(), 1);
    m_control->post(u"/sim/calls/"_s + first + u"/hangup"_s); // the caller gives up
    QTRY_COMPARE(window->windowTitle(), u"(1 missed) Softphone"_s);
    QVERIFY2(tray->toolTip().endsWith(u"\nMissed calls: 1"_s), qPrintable(tray->toolTip()));
    QCOMPARE(tray->historyAction()->text(), u"Call &history (1 missed)"_s);
    QVERIFY(tray->icon().pixmap(32).toImage() != idleIcon.pixmap(32).toImage()); // the badge

    // Another caller rings: named first, the missed call still counted; then gives up too.
    const QString second = m_control->ringFrom(u"+15550006262"_s, u"5001"_s,
                                               {{u"CustomerName"_s, u"Alan Turing"_s}});
    QTRY_VERIFY2(window->windowTitle().startsWith(u"Ringing: Alan Turing"_s),
                 qPrintable(window->windowTitle()));
    QVERIFY2(window->windowTitle().endsWith(u" – (1 missed) Softphone"_s),
             qPrintable(window->windowTitle()));
    m_control->post(u"/sim/calls/"_s + second + u"/hangup"_s);
    QTRY_COMPARE(window->windowTitle(), u"(2 missed) Softphone"_s);
    QTRY_VERIFY2(tray->toolTip().endsWith(u"\nMissed calls: 2"_s), qPrintable(tray->toolTip()));

    // From the tray: the window and its history open; the agent is looking at them now.
    QVERIFY(tray->historyAction()->isEnabled());
    tray->historyAction()->trigger();
    QTRY_VERIFY(window->historyDock()->isVisible());
    QTRY_COMPARE(window->windowTitle(), u"Softphone"_s);
    QVERIFY2(!tray->toolTip().contains(u"Missed"_s), qPrintable(tray->toolTip()));
    QCOMPARE(tray->historyAction()->text(), u"Call &history"_s);
    QCOMPARE(window->historyDock()->windowTitle(), u"History (2 missed)"_s); // bold rows
    // Closed: seen for good, in the dock's title too.
    QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(!window->historyDock()->isVisible());
    QTRY_COMPARE(window->historyDock()->windowTitle(), u"History"_s);
    QCOMPARE(window->windowTitle(), u"Softphone"_s);
    QVERIFY(!tray->toolTip().contains(u"Missed"_s));
}

// Export to CSV… through its file dialog (the Qt one offscreen), typed as the agent would.
void TestApplication::historyExportWritesTheRowsToACsvFile()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(startApplication(optionsFor(u"agent1"_s, u"agent1"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    MainWindow *window = m_app->window();
    QTRY_VERIFY(window->historyAction()->isEnabled());
    const QString simId = m_control->ringFrom(u"+15550007171"_s, u"5001"_s,
                                              {{u"CustomerName"_s, u"Hopper, Grace"_s}});
    QTRY_COMPARE(m_app->session()->liveCallCount(), 1);
    m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s);
    QTRY_COMPARE(window->historyDock()->windowTitle(), u"History (1 missed)"_s);

    QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(window->historyDock()->isVisible());
    HistoryView *view = window->historyView();
    QToolButton *exportButton = nullptr;
    for (QToolButton *button : view->findChildren<QToolButton *>())
        if (button->defaultAction() == view->exportAction())
            exportButton = button;
    QVERIFY(exportButton);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view->findChild<QFileDialog *>(u"historyExportDialog"_s))
                && dialog->isVisible());
    auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    QTemporaryDir out;
    const QString path = out.filePath(u"calls.csv"_s);
    dialog->setDirectory(out.path()); // the folder, as if walked to; the name typed
    name->selectAll();
    QTest::keyClicks(name, u"calls"_s); // .csv added by the dialog
    QTest::keyClick(name, Qt::Key_Return);
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(u"started_utc,direction,outcome,number,name,"_s),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(u",Inbound,Missed,"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u"5550007171"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(u",\"Hopper, Grace\","_s), qPrintable(lines.at(1)));
}

// The destination dialog offers the numbers the agent reached: a consultation that was
// busy is not among them, a one-step transfer the server accepted is.
void TestApplication::recentDestinationsAreOnlyThoseReached()
{
    GwsSimulator sim;
    QString error;
    QVERIFY2(sim.loadConfigJson(R"({"users": [
        {"userName": "agent1", "password": "agent1", "phoneNumber": "5001"},
        {"userName": "agent2", "password": "agent2", "phoneNumber": "5002"}],
        "busyNumbers": ["+15550000000"], "externalAnswerDelayMs": 200})",
                                &error),
             qPrintable(error));
    sim.setPollTimeout(3000);
    QVERIFY(sim.listen());
    SimControl control(sim.baseUrl());
    AppOptions options = optionsFor(u"agent1"_s, u"agent1"_s);
    options.server = sim.baseUrl();
    QVERIFY(startApplication(options));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    MainWindow *window = m_app->window();
    QTRY_VERIFY(window->historyAction()->isEnabled());
    auto *history = qobject_cast<HistoryModel *>(window->historyView()->table()->model());
    QVERIFY(history);
    auto sendTo = [window](CallOperation op, const QString &number) {
        window->actions()->action(op)->trigger();
        DestinationDialog *dialog = window->destinationDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *destination = dialog->findChild<QComboBox *>(u"destination"_s);
        QTest::keyClicks(destination->lineEdit(), number);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
    };

    // A consultation with a busy number: the caller waits on hold, then is retrieved.
    QVERIFY(answerCallFrom(control, u"+15550008181"_s));
    sendTo(CallOperation::InitiateTransfer, u"+15550000000"_s);
    // The consultation ended unanswered (the newest row; the caller's call is in progress).
    QTRY_COMPARE(history->entryAt(0).outcome, CallOutcome::NoAnswer);
    QCOMPARE(history->entryAt(0).direction, u"Consult"_s);
    QCOMPARE(history->unseenMissedCount(), 0);
    QAction *retrieve = window->actions()->action(CallOperation::Retrieve);
    QTRY_VERIFY(retrieve->isEnabled());
    retrieve->trigger();
    QTRY_COMPARE(m_app->session()->calls()->calls().value(0).state, CallState::Established);
    // Then sent in one step to the other agent: reached.
    QTRY_VERIFY(window->actions()->action(CallOperation::SingleStepTransfer)->isEnabled());
    sendTo(CallOperation::SingleStepTransfer, u"5002"_s);
    QTRY_COMPARE(m_app->session()->liveCallCount(), 0);
    // The next caller: the dialog offers the agent's number, not the busy ones.
    QVERIFY(answerCallFrom(control, u"+15550008383"_s));
    window->actions()->action(CallOperation::SingleStepTransfer)->trigger();
    DestinationDialog *dialog = window->destinationDialog();
    QVERIFY(dialog && dialog->isVisible());
    auto *destination = dialog->findChild<QComboBox *>(u"destination"_s);
    QStringList offered;
    for (int i = 0; i < destination->count(); ++i)
        offered << destination->itemText(i);
    QVERIFY2(offered == QStringList{u"5002"_s}, qPrintable(offered.join(u" | "_s)));
    dialog->reject();
    for (const QJsonValue &call : control.get(u"/sim/calls"_s).value(u"calls").toArray())
        control.post(u"/sim/calls/"_s + call[u"id"].toString() + u"/hangup"_s);
    m_app.reset(); // before its simulator
}

// Tools > Settings: "Keep call history for N days" deletes older calls on OK.
void TestApplication::retentionSettingPurgesOldCallsAtOnce()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    auto restoreSetting = qScopeGuard([] { QSettings().remove(u"history/retentionDays"_s); });
    QVERIFY(startApplication(optionsFor(u"agent1"_s, u"agent1"_s)));
    QTRY_COMPARE(m_app->session()->status(), Session::Status::Online);
    MainWindow *window = m_app->window();
    QTRY_VERIFY(window->historyAction()->isEnabled());
    auto *history = qobject_cast<HistoryModel *>(window->historyView()->table()->model());
    QVERIFY(history);
    {
        // Calls from 40 and 10 days ago, written beside the running program (WAL).
        CallJournal journal(historyFile(m_sim->baseUrl(), u"agent1"_s));
        QVERIFY(journal.isOpen());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const auto &[id, days] : {std::pair{u"c-40"_s, 40}, std::pair{u"c-10"_s, 10}}) {
            Call call;
            call.id = id;
            call.callType = u"Inbound"_s;
            call.state = CallState::Established;
            journal.record(call, now.addDays(-days));
            journal.end(id, now.addDays(-days).addSecs(60));
        }
    }
    history->refresh();
    QCOMPARE(history->rowCount(), 2);

    m_app->alerts()->settingsAction()->trigger();
    SettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_app->alerts()->settingsDialog()) && dialog->isVisible());
    auto *days = dialog->findChild<QSpinBox *>(u"retentionDays"_s);
    QVERIFY(days);
    QCOMPARE(days->value(), 90);
    QCOMPARE(days->accessibleName(), u"Keep call history for this many days"_s);
    days->setFocus();
    days->selectAll();
    QTest::keyClicks(days, u"30"_s);
    QCOMPARE(days->value(), 30);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"ok"_s), Qt::LeftButton);
    QTRY_COMPARE(history->rowCount(), 1);
    QCOMPARE(history->entryAt(0).callId, u"c-10"_s);
    QCOMPARE(QSettings().value(u"history/retentionDays"_s).toInt(), 30);
}

QTEST_MAIN(TestApplication)
#include "tst_softphone_application.moc"
