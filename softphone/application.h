#pragma once

#include "appoptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

class AfterCallWork;
class AgentAvailability;
class CallJournal;
class CallRecorder;
class HistoryModel;
class WrapUp;
class DispositionCatalog;
class WrapUpSync;
class CallController;
class CallModel;
class CometdClient;
class DeskAlerts;
class EmbeddedSimulator;
class GwsClient;
class LoginDialog;
class MainWindow;
class NetworkWatch;
class PasswordStore;
class QNetworkAccessManager;
class RecentNumbers;
class RequestBudget;
class Session;
class Supervision;
class TeamModel;
class TlsPolicy;

// The composition root. Owns the client's object graph (network, TLS trust, request
// budget, GWS and CometD clients, the session with its models, the window), runs the
// login and "remember me" flow, and starts the embedded simulator when no server is given.
// One per program (main.cpp); tests build one against their own simulator.
class Application : public QObject
{
    Q_OBJECT
public:
    // `passwords` must outlive the Application: the keychain in the program, a fake in tests.
    Application(AppOptions options, PasswordStore *passwords, QObject *parent = nullptr);
    ~Application() override;

    // Builds everything, shows the window and starts logging in. False when the options
    // cannot work (e.g. no certificate in the CA file); error() says why.
    bool start();
    QString error() const { return m_error; }
    // --report-ready counts from this clock (started first thing in main()).
    void setStartClock(const QElapsedTimer &clock) { m_sinceStart = clock; }

    MainWindow *window() const { return m_window.get(); }
    DeskAlerts *alerts() const { return m_alerts.get(); }
    Session *session() const { return m_session.get(); }
    CallController *callControl() const { return m_callControl.get(); }
    GwsClient *client() const { return m_client.get(); }
    bool isEmbedded() const { return m_embedded; }
    // The login dialog while it is open, else null.
    LoginDialog *loginDialog() const;

signals:
    // The program cannot go on (the embedded simulator could not start).
    void fatalError(const QString &reason);

private:
    bool buildNetwork();
    void buildSession();
    void buildWindow();
    void buildDesk();
    QString historyPath() const; // the journal of the user and server now logged in
    void openHistory();
    void closeOtherHistory();
    void addSessionHooks();
    void addWindowHooks();
    // Starts the login, or asks the keychain for the password; false when the agent must
    // be asked (the caller does, once the window is up).
    bool beginLogin();
    void startEmbeddedSimulator();
    void logIn(const QString &user, const QString &password);
    void promptLogin(const QString &problem);
    void onStatusChanged();

    AppOptions m_options; // the password in it only until the login has settled
    PasswordStore *m_passwords;
    const bool m_embedded;
    QElapsedTimer m_sinceStart;
    QString m_error;
    bool m_rememberedPassword = false; // the password came from the store
    bool m_rememberAfterLogin = false; // the agent ticked "Remember me"
    bool m_loggingIn = false;          // the session's status was LoggingIn
    bool m_watchingNetwork = false;    // NetworkWatch started (after the first login)
    QString m_loginProblem;            // the last error while logging in

    // In construction order: destroyed in reverse, the window first, the simulator last.
    std::unique_ptr<EmbeddedSimulator> m_simulator;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TlsPolicy> m_tls;
    std::unique_ptr<RequestBudget> m_budget;
    std::unique_ptr<GwsClient> m_client;
    std::unique_ptr<CometdClient> m_cometd;
    std::unique_ptr<CallModel> m_calls;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<RecentNumbers> m_recent;
    std::unique_ptr<CallController> m_callControl;
    std::unique_ptr<AgentAvailability> m_availability;
    std::unique_ptr<NetworkWatch> m_networkWatch;
    std::unique_ptr<TeamModel> m_team;
    std::unique_ptr<Supervision> m_supervision;
    // The history of the logged-in user on this server; opened once the login says who.
    std::unique_ptr<CallJournal> m_journal;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<HistoryModel> m_history;
    std::unique_ptr<WrapUp> m_wrapUp;
    std::unique_ptr<DispositionCatalog> m_dispositions; // the server's codes, else local ones
    std::unique_ptr<WrapUpSync> m_wrapUpSync;           // notes and disposition to the server
    std::unique_ptr<AfterCallWork> m_afterCallWork; // the countdown, Extend, Done's return
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DeskAlerts> m_alerts; // tray, ringing alerts, their settings
    QPointer<LoginDialog> m_loginDialog;
};
