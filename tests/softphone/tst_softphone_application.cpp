// The composition root driven as an agent would: the real login dialog and main window
// (offscreen, keys and clicks), against an in-process simulator, with the password store
// in memory.

#include "application.h"
#include "callactions.h"
#include "callmodel.h"
#include "gwsclient.h"
#include "gwssimulator.h"
#include "historymodel.h"
#include "historyview.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "memorypasswordstore.h"
#include "session.h"
#include "simcontrol.h"
#include "wrapupcard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestApplication : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void remembersThePasswordWhenTicked();
    void cancellingTheFirstPromptClosesTheWindow();
    void forgetsARememberedPasswordTheServerRefuses();
    void failedLoginAsksAgainWithTheReason();
    void unreachableServerAsksAgainAndCancelLeavesReconnect();
    void quitDuringACallAsksThenLogsOut();
    void embeddedSimulatorOnItsOwnThread();
    void historyOfTheUserSurvivesARestartAndCallsBack();
    void wrapUpKeepsTheDraftAcrossARestartAndNeedsADisposition();

private:
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

QTEST_MAIN(TestApplication)
#include "tst_softphone_application.moc"
