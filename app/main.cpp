// Composition root: reads the options, starts the embedded simulator when no server is
// given, and wires network, session, model and window together.
#include "agentavailability.h"
#include "appoptions.h"
#include "callcontroller.h"
#include "callmodel.h"
#include "cometdclient.h"
#include "credentialstore.h"
#include "gwsclient.h"
#include "gwssimulator.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "networkwatch.h"
#include "readyreporter.h"
#include "recentnumbers.h"
#include "requestbudget.h"
#include "tlspolicy.h"
#include "session.h"
#include "supervision.h"
#include "teammodel.h"

#include <QApplication>
#include <QIcon>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void scheduleScreenshot(MainWindow *window, Session *session, const QString &file, int delayMs)
{
    // Once logged in (or failed), wait for the view to settle, save a PNG and quit.
    auto shoot = [=] {
        QTimer::singleShot(delayMs, window, [=] {
            const bool saved = window->grab().save(file);
            qInfo().noquote() << (saved ? "screenshot saved to" : "could not save") << file;
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(session, &Session::statusChanged, window, [=](Session::Status s) {
        if (s == Session::Status::Online || s == Session::Status::Failed)
            shoot();
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Softphone"_s);
    QApplication::setOrganizationName(u"Softphone"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setDesktopFileName(u"softphone"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/softphone.svg"_s));

    AppOptions options = AppOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        qCritical().noquote() << options.error;
        return 2;
    }

    QList<QSslCertificate> extraCas;
    if (!options.caFile.isEmpty()) {
        extraCas = QSslCertificate::fromPath(options.caFile, QSsl::Pem);
        if (extraCas.isEmpty()) {
            qCritical().noquote() << QObject::tr("No PEM certificate found in %1").arg(options.caFile);
            return 2;
        }
    }

    CredentialStore credentials;
    bool rememberedPassword = false; // came from the keychain
    bool rememberAfterLogin = false; // the agent ticked "Remember me"
    std::unique_ptr<GwsSimulator> simulator;
    if (options.embedded()) {
        simulator = std::make_unique<GwsSimulator>();
        simulator->setDemoEnabled(options.demo);
        if (!simulator->listen()) {
            qCritical() << "cannot start the embedded simulator on a loopback port";
            return 1;
        }
        options.server = simulator->baseUrl();
        options.user = u"agent1"_s;
        options.password = u"agent1"_s;
    } else if (options.password.isEmpty() && !options.user.isEmpty()) {
        options.password = credentials.readNow(options.server, options.user);
        rememberedPassword = !options.password.isEmpty();
    }
    if (!options.embedded() && (options.password.isEmpty() || options.user.isEmpty())) {
        LoginDialog dialog(options.server.toDisplayString(), options.user, options.place);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        options.user = dialog.user();
        options.password = dialog.password();
        options.place = dialog.place();
        rememberAfterLogin = dialog.remember();
    }

    QNetworkAccessManager network;
    // Trust for this client's requests only, never the process-wide default.
    TlsPolicy tls(&network);
    tls.addCaCertificates(extraCas);
    tls.setPinnedKeys(options.pins);
    RequestBudget budget; // one server, one budget for REST and notifications together
    GwsClient client(&network);
    client.setBudget(&budget);
    client.setSslConfiguration(tls.configuration());
    client.setServer(options.server);
    client.setCredentials(options.user, options.password);
    CometdClient cometd(&network);
    cometd.setBudget(&budget);
    CallModel calls;
    Session session(&client, &cometd, &calls);
    session.setPlace(options.place);
    session.setEndSessionOnQuit(!options.stayLoggedIn);
    // Recent transfer/conference numbers survive restarts (numbers only, nothing secret).
    QSettings settings;
    RecentNumbers recent;
    recent.setNumbers(settings.value(u"recentDestinations"_s).toStringList());
    QObject::connect(&recent, &RecentNumbers::changed, &recent,
                     [&] { settings.setValue(u"recentDestinations"_s, recent.numbers()); });
    CallController callControl(&session, &client, &calls, &recent);
    AgentAvailability availability(&session, &client);
    TeamModel team;
    Supervision supervision(&session, &client, &callControl, &team);

    MainWindow window(&session, &callControl, &availability, &supervision);
    if (simulator)
        window.setWindowTitle(window.windowTitle() + QObject::tr(" (built-in simulator)"));
    window.show();
    if (!options.screenshot.isEmpty())
        scheduleScreenshot(&window, &session, options.screenshot, options.screenshotDelayMs);
    if (options.reportReady)
        new ReadyReporter(&window, &session, sinceStart); // owned by the window
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &session, &Session::logout);
    // Remember the password only once it has proven right; forget a remembered one that
    // the server refuses. The copy in `options` is dropped as soon as that is settled.
    QObject::connect(&session, &Session::statusChanged, &session, [&](Session::Status s) {
        if (s == Session::Status::Online && rememberAfterLogin) {
            credentials.write(options.server, options.user, options.password,
                              [&window](bool ok, const QString &error) {
                                  if (!ok)
                                      window.statusBar()->showMessage(
                                          QObject::tr("Password not remembered: %1").arg(error), 10000);
                              });
        } else if (s == Session::Status::Failed && rememberedPassword
                   && client.lastHttpStatus() == 401) {
            credentials.remove(options.server, options.user);
        }
        if (s == Session::Status::Online || s == Session::Status::Failed) {
            rememberAfterLogin = false;
            options.password.clear();
        }
    });
    // After sleep or a network change the long-poll may be dead without a word: connect
    // again and read everything. Watched from the first login on (the backend is D-Bus).
    NetworkWatch networkWatch;
    bool watching = false;
    QObject::connect(&networkWatch, &NetworkWatch::resumed, &session, &Session::retry);
    QObject::connect(&networkWatch, &NetworkWatch::networkChanged, &session, &Session::retry);
    QObject::connect(&session, &Session::statusChanged, &networkWatch, [&](Session::Status s) {
        if (s == Session::Status::Online && !std::exchange(watching, true))
            networkWatch.start();
    });
    session.login();
    return app.exec();
}
