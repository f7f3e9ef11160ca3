#pragma once

// A Genesys Web Services 8.5 simulator: a real HTTP server on loopback speaking the GWS
// REST API and CometD long-polling, with a simulated switch behind it. Embed it (the
// softphone does when no server is given) or run it as gws-sim.

#include "connectionlimits.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <memory>

class QSslCertificate;
class QSslKey;

class GwsSimulator : public QObject
{
    Q_OBJECT
public:
    explicit GwsSimulator(QObject *parent = nullptr); // built-in users
    ~GwsSimulator() override;

    // Replaces users and settings from a JSON file (format: sim/README.md). Call before
    // listen(); called later it also ends every call and session.
    bool loadConfig(const QString &jsonFile, QString *error = nullptr);
    bool loadConfigJson(const QByteArray &json, QString *error = nullptr);
    // Adds a generated contact center to the users (SimConfig::generateUsers: agent0001...
    // at 6001..., sup01... at 5201...); ends every call and session, as loadConfig does.
    bool addGeneratedUsers(int agents, int supervisors, QString *error = nullptr);
    void setExternalAnswerDelay(int ms); // default 1000
    void setPollTimeout(int ms);         // CometD advice.timeout, default 30000
    // Every /api answer this much later, as a network's round trip would (the fault knob
    // latencyMs of POST /sim/faults; cleared with the other faults).
    void setApiLatency(int ms);
    // AfterCallWork after a call for `ms`; 0 (default): none; UntimedWrapUp: until the
    // agent changes state. Calls announce it in `extensions.WrapUpTime`.
    static constexpr int UntimedWrapUp = -1;
    void setWrapUpTime(int ms);
    void setDemoEnabled(bool on);        // ring each Ready agent every ~20 s
    void setDemoInterval(int ms);        // default 20000
    void setClientExpiry(int ms);        // forget CometD clients silent this long; 60000
    void setSessionIdleTimeout(qint64 ms); // forget HTTP sessions unused this long; 30 min
    void setMaxSessionsPerUser(int count); // beyond, the least recently used goes; 50

    void setMaxBodySize(qint64 bytes); // larger request bodies get 413; default 1 MiB
    // Body and header sizes, header/body/idle timeouts and connections per peer address
    // (sim/README.md "Limits and hardening"); for connections accepted from then on.
    void setConnectionLimits(const ConnectionLimits &limits);
    ConnectionLimits connectionLimits() const;

    // Who may read GET /api/v2/users and /users/{id}: "supervisor" (the default: a user
    // with ROLE_SUPERVISOR, ROLE_ADMIN or ROLE_API_USER) or "admin" (the admin roles only);
    // the device lists are the admin's either way. False for another value.
    bool setUsersListRole(const QString &role);

    // Simulator extensions a client could come to depend on (sim/README.md "Simulator
    // extensions"), on by default: "errorMessages" (the ErrorMessage notification for later
    // failures), "agentStateSettings" (GET /api/v2/settings/agent-states) and
    // "monitorInParticipants" (a coaching or barging supervisor listed among the agent's
    // participants) and "usersCallsSubresource" (`subresources=calls` on /users); off by
    // default: "monitoredUserMuteCapability" (Mute/UnmuteMonitoredUser listed in a
    // monitoring leg's capabilities). Switched off, the simulator behaves as a GWS without
    // them. False for an unknown name.
    bool setExtensionEnabled(const QString &name, bool on);
    static const QStringList &extensionNames();

    bool listen(quint16 port = 0); // binds 127.0.0.1; 0 = free port
    // The same over TLS (HTTPS) with this certificate and private key.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &privateKey, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>, or https:// after listenTls()

    int cometdClientCount() const;
    int heldPollCount() const; // long-polls held open now (tests wait for one)
    int cometdPollTimerCount() const;  // timers of held long-polls alive now
    int sessionCount() const;          // HTTP sessions (JSESSIONID) kept now
    int openConnectionCount() const;   // client connections open now
    qint64 pendingRequestBytes() const; // bytes of unfinished requests buffered now
    int hungRequestCount() const;      // requests the hang fault holds unanswered now
    // The user's after-call work: -1 none, 0 untimed, else the ms left before Ready.
    qint64 wrapUpTimeLeft(const QString &userName) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};
