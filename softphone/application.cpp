#include "application.h"

#include "aftercallwork.h"
#include "agentavailability.h"
#include "alertsettings.h"
#include "calljournal.h"
#include "callrecorder.h"
#include "callcontroller.h"
#include "historymodel.h"
#include "historyretention.h"
#include "wrapup.h"
#include "dispositioncatalog.h"
#include "wrapupsync.h"
#include "wrapupcard.h"
#include "callmodel.h"
#include "cometdclient.h"
#include "deskalerts.h"
#include "desktopnotifier.h"
#include "embeddedsimulator.h"
#include "gwsclient.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "networkwatch.h"
#include "passwordstore.h"
#include "readyreporter.h"
#include "recentnumbers.h"
#include "requestbudget.h"
#include "screenshot.h"
#include "session.h"
#include "supervision.h"
#include "teammodel.h"
#include "tlspolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QSslCertificate>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace {
// The embedded simulator's agent, logged in without asking.
const QString kEmbeddedUser = u"agent1"_s;
} // namespace

Application::Application(AppOptions options, PasswordStore *passwords, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_passwords(passwords)
    , m_embedded(m_options.embedded())
{
}

Application::~Application() = default;

LoginDialog *Application::loginDialog() const
{
    return m_loginDialog;
}

bool Application::start()
{
    if (m_embedded)
        startEmbeddedSimulator();
    if (!buildNetwork())
        return false;
    buildSession();
    addSessionHooks();
    // The login's first request (or the keychain's answer) is on its way while the window
    // is built and painted: a round trip less to wait for after it shows.
    const bool loginBegun = beginLogin();
    buildWindow();
    addWindowHooks();
    m_window->show();
    buildDesk();
    if (!loginBegun)
        promptLogin({});
    return true;
}

bool Application::buildNetwork()
{
    QList<QSslCertificate> extraCas;
    if (!m_options.caFile.isEmpty()) {
        extraCas = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (extraCas.isEmpty()) {
            m_error = tr("No PEM certificate found in %1").arg(m_options.caFile);
            return false;
        }
    }
    m_network = std::make_unique<QNetworkAccessManager>();
    // Trust for this client's requests only, never the process-wide default.
    m_tls = std::make_unique<TlsPolicy>(m_network.get());
    m_tls->addCaCertificates(extraCas);
    m_tls->setPinnedKeys(m_options.pins);
    // One server, one budget for REST and notifications together.
    m_budget = std::make_unique<RequestBudget>();
    m_client = std::make_unique<GwsClient>(m_network.get());
    m_client->setBudget(m_budget.get());
    if (m_options.server.scheme() == u"https"_s) // the built-in simulator speaks HTTP
        m_client->setSslConfiguration(m_tls->configuration());
    m_client->setServer(m_options.server);
    m_cometd = std::make_unique<CometdClient>(m_network.get());
    m_cometd->setBudget(m_budget.get());
    return true;
}

// The session and what hangs off it (the window over them comes once the login has
// begun): the one place that knows how they are wired together.
void Application::buildSession()
{
    m_calls = std::make_unique<CallModel>();
    m_session = std::make_unique<Session>(m_client.get(), m_cometd.get(), m_calls.get());
    m_session->setPlace(m_options.place);
    m_session->setEndSessionOnQuit(!m_options.stayLoggedIn);
    // Numbers reached lately, read from the journal once the login says whose it is. The
    // list the settings kept before (recentDestinations) is ignored: it held refused ones.
    m_recent = std::make_unique<RecentNumbers>();
    QSettings().remove(u"recentDestinations"_s);
    m_callControl = std::make_unique<CallController>(m_session.get(), m_client.get(),
                                                     m_calls.get(), m_recent.get());
    m_availability = std::make_unique<AgentAvailability>(m_session.get(), m_client.get());
    m_networkWatch = std::make_unique<NetworkWatch>();
    m_team = std::make_unique<TeamModel>();
    m_supervision = std::make_unique<Supervision>(m_session.get(), m_client.get(),
                                                  m_callControl.get(), m_team.get());
    m_recorder = std::make_unique<CallRecorder>(m_session.get(), m_callControl.get(), m_calls.get());
    m_history = std::make_unique<HistoryModel>();
    connect(m_recorder.get(), &CallRecorder::historyChanged, m_history.get(), &HistoryModel::refresh);
    // The history opens (7-17 ms) while the login's last requests, the calls and the
    // device, are on their way (queued: they leave first), not between two of its round
    // trips. A call to write before that (one that rang and ended meanwhile) opens it then.
    connect(m_session.get(), &Session::userChanged, this, &Application::closeOtherHistory);
    connect(m_session.get(), &Session::contactCenterSessionStarted, this,
            &Application::openHistory, Qt::QueuedConnection);
    m_recorder->setJournalNeeded([this] { openHistory(); });
}

void Application::buildWindow()
{
    m_window = std::make_unique<MainWindow>(m_session.get(), m_callControl.get(),
                                            m_availability.get(), m_supervision.get());
}

// What the window does not draw in its first frame (the history's dock, the wrap-up card,
// the tray and ringing alerts), built once it is on screen and before the login starts.
void Application::buildDesk()
{
    m_window->setHistory(m_history.get());
    m_wrapUp = std::make_unique<WrapUp>(m_recorder.get());
    m_window->setWrapUp(m_wrapUp.get());
    m_afterCallWork = std::make_unique<AfterCallWork>(m_session.get(), m_client.get(),
                                                      m_availability.get());
    m_afterCallWork->setExtendSeconds(QSettings().value(u"wrapUp/extendSeconds"_s, 60).toInt());
    m_window->wrapUpCard()->setAfterCallWork(m_afterCallWork.get());
    connect(m_wrapUp.get(), &WrapUp::changed, m_history.get(), &HistoryModel::refresh);
    m_dispositions = std::make_unique<DispositionCatalog>(m_session.get(), m_client.get());
    connect(m_dispositions.get(), &DispositionCatalog::changed, m_wrapUp.get(),
            [this] { m_wrapUp->setDispositions(m_dispositions->dispositions()); });
    m_wrapUpSync = std::make_unique<WrapUpSync>(m_session.get(), m_client.get(), m_calls.get(),
                                                m_callControl.get(), m_wrapUp.get());
    // A ringing call shows outside the window too: notification, tray, title, ring tone.
    m_alerts = std::make_unique<DeskAlerts>(m_window.get(), m_session.get(),
                                            m_callControl.get(), new FreedesktopNotifier);
    // A shorter retention applies at once, not at the next login.
    connect(m_alerts.get(), &DeskAlerts::historyRetentionChanged, this, [this](int days) {
        if (HistoryRetention::apply(m_journal.get(), days) > 0)
            m_history->refresh();
    });
}

// One file per user and server under the application's data folder; the built-in
// simulator has one of its own (its port changes every start). Empty before the login says
// who the user is.
QString Application::historyPath() const
{
    const QString user = m_session->user().userName;
    if (user.isEmpty())
        return {};
    const QUrl &server = m_options.server;
    const QString serverKey = m_embedded ? u"built-in-simulator"_s
                                         : u"%1_%2_%3"_s.arg(server.scheme(), server.host())
                                               .arg(server.port(server.scheme() == u"https"_s ? 443 : 80));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history/"_s
           + QString::fromLatin1(QUrl::toPercentEncoding(serverKey)) + u'/'
           + QString::fromLatin1(QUrl::toPercentEncoding(user)) + u".sqlite"_s;
}

// Another user logged in: nothing of theirs goes into the last one's history.
void Application::closeOtherHistory()
{
    if (!m_journal || m_journal->path() == historyPath())
        return;
    m_recorder->setJournal(nullptr);
    m_recent->setJournal(nullptr);
    m_history->setJournal(nullptr);
    m_wrapUp->setJournal(nullptr);
    m_journal.reset();
}

// Opened once the login has got that far, so the SQL driver costs nothing before the
// window shows.
void Application::openHistory()
{
    const QString path = historyPath();
    if (path.isEmpty() || (m_journal && m_journal->path() == path))
        return;
    closeOtherHistory();
    m_journal = std::make_unique<CallJournal>(path);
    QSettings settings;
    m_journal->setNameKeys(AlertSettings::load(settings).callerNameKeys);
    HistoryRetention::apply(m_journal.get(), HistoryRetention::load(settings));
    m_dispositions->setLocal(Disposition::fromNames(
        settings.value(u"wrapUp/dispositions"_s, WrapUp::defaultDispositions()).toStringList()));
    m_wrapUpSync->setKeys(settings.value(u"wrapUp/dispositionKey"_s).toString(),
                          settings.value(u"wrapUp/notesKey"_s).toString());
    m_wrapUp->setDispositionRequired(settings.value(u"wrapUp/dispositionRequired"_s, false).toBool());
    m_recorder->setJournal(m_journal.get());
    m_recent->setJournal(m_journal.get());
    m_history->setJournal(m_journal.get());
    m_wrapUp->setJournal(m_journal.get());
}

void Application::addWindowHooks()
{
    if (m_embedded)
        m_window->setBuiltInSimulator(true);
    if (!m_options.screenshot.isEmpty())
        scheduleScreenshot(m_window.get(), m_session.get(), m_options.screenshot,
                           m_options.screenshotDelayMs, m_options.screenshotScene);
    if (m_options.reportReady)
        new ReadyReporter(m_window.get(), m_session.get(), m_sinceStart); // owned by the window
}

// Before the login begins, so that they see it from its first step.
void Application::addSessionHooks()
{
    connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, m_session.get(),
            &Session::logout);
    connect(m_session.get(), &Session::statusChanged, this, &Application::onStatusChanged);
    // After sleep or a network change the long-poll may be dead without a word: connect
    // again and read everything. Watched from the first login on (the backend is D-Bus,
    // not worth loading before the window shows).
    connect(m_networkWatch.get(), &NetworkWatch::resumed, m_session.get(), &Session::retry);
    connect(m_networkWatch.get(), &NetworkWatch::networkChanged, m_session.get(),
            &Session::retry);
    connect(m_session.get(), &Session::statusChanged, m_networkWatch.get(),
            [this](Session::Status status) {
                if (status == Session::Status::Online && !m_watchingNetwork) {
                    m_watchingNetwork = true;
                    m_networkWatch->start();
                }
            });
    connect(m_session.get(), &Session::errorOccurred, this, [this](const QString &message) {
        if (m_loggingIn)
            m_loginProblem = message; // the last one says why the login failed
    });
}

void Application::startEmbeddedSimulator()
{
    // Started first, so it comes up on its thread while the window is being built.
    m_simulator = std::make_unique<EmbeddedSimulator>();
    // Queued (they come from the simulator's thread): they arrive once start() is done.
    connect(m_simulator.get(), &EmbeddedSimulator::listening, this, [this](const QUrl &url) {
        m_options.server = url;
        m_client->setServer(url);
        logIn(kEmbeddedUser, kEmbeddedUser);
    }, Qt::QueuedConnection);
    connect(m_simulator.get(), &EmbeddedSimulator::failed, this, [this](const QString &why) {
        emit fatalError(tr("Cannot start the built-in simulator: %1").arg(why));
    }, Qt::QueuedConnection);
    m_simulator->start(m_options.demo);
}

bool Application::beginLogin()
{
    if (m_embedded)
        return true; // logs in once the simulator listens
    if (!m_options.user.isEmpty() && !m_options.password.isEmpty()) {
        logIn(m_options.user, m_options.password);
        return true;
    }
    if (m_options.user.isEmpty())
        return false; // asked once the window is up
    // Remembered? Asked without blocking: the window is built meanwhile.
    QPointer<Application> self(this);
    m_passwords->read(m_options.server, m_options.user,
                      [self](const QString &password, const QString &) {
                          if (!self)
                              return;
                          self->m_rememberedPassword = !password.isEmpty();
                          if (self->m_rememberedPassword)
                              self->logIn(self->m_options.user, password);
                          else
                              self->promptLogin({});
                      });
    return true;
}

void Application::logIn(const QString &user, const QString &password)
{
    // Another user than the last attempt's: nothing of that one's HTTP session is reused.
    if (!m_client->userName().isEmpty() && m_client->userName() != user)
        m_client->forgetSession();
    m_options.user = user;
    m_options.password = password;
    m_client->setCredentials(user, password);
    m_session->login();
}

void Application::promptLogin(const QString &problem)
{
    if (!m_window) { // the login failed, or the keychain answered, before the window was built
        QMetaObject::invokeMethod(this, [this, problem] { promptLogin(problem); },
                                  Qt::QueuedConnection);
        return;
    }
    if (m_loginDialog) {
        m_loginDialog->setProblem(problem);
        return;
    }
    // Window-modal and not blocking: the program (and a test) goes on running meanwhile.
    auto *dialog = new LoginDialog(m_options.server.toDisplayString(), m_options.user,
                                   m_session->place(), m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProblem(problem);
    m_loginDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this] { m_loginDialog = nullptr; });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session->setPlace(dialog->place());
        m_rememberAfterLogin = dialog->remember();
        m_rememberedPassword = false;
        logIn(dialog->user(), dialog->password());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        // Never tried: without a login the window has nothing to show. After a failed
        // attempt the window stays, with its Reconnect action.
        if (m_session->status() == Session::Status::LoggedOut)
            m_window->close();
    });
    dialog->open();
}

void Application::onStatusChanged()
{
    const Session::Status status = m_session->status();
    const bool failedToLogIn = status == Session::Status::Failed && m_loggingIn;
    m_loggingIn = status == Session::Status::LoggingIn;
    if (m_loggingIn)
        m_loginProblem.clear();
    // Remember the password only once it has proven right; forget a remembered one that
    // the server refuses. Our copy is dropped as soon as that is settled.
    if (status == Session::Status::Online && m_rememberAfterLogin) {
        QPointer<MainWindow> window = m_window.get();
        m_passwords->write(m_options.server, m_options.user, m_options.password,
                           [window](bool ok, const QString &error) {
                               if (!ok && window)
                                   window->statusBar()->showMessage(
                                       tr("Password not remembered: %1").arg(error), 10000);
                           });
    } else if (status == Session::Status::Failed && m_rememberedPassword
               && m_client->lastHttpStatus() == 401) {
        m_passwords->remove(m_options.server, m_options.user);
        m_rememberedPassword = false;
    }
    if (status == Session::Status::Online || status == Session::Status::Failed) {
        m_rememberAfterLogin = false;
        m_options.password.clear();
    }
    // Wrong password, server away...: the agent may correct what was typed and try again.
    // The embedded simulator's login needs nobody.
    if (failedToLogIn && !m_embedded)
        promptLogin(m_loginProblem);
}
