#pragma once

#include "device.h"
#include "gwsresult.h"
#include "notification.h"
#include "repeatedcalls.h"
#include "user.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

class CallModel;
class CometdClient;
class GwsClient;
struct Call;

// The agent's session with GWS, as a state machine (logged out, logging in, online,
// reconnecting, failed): logs in, keeps the call model and the agent's device equal to the
// server's state (notifications, and a full resync after every CometD handshake), signs in
// again when the server forgets us, and logs out or shuts down within bounds. What the
// agent does goes through the controllers built on it: CallController (calls),
// AgentAvailability (agent state), Supervision (team and monitoring).
class Session : public QObject
{
    Q_OBJECT
public:
    enum class Status { LoggedOut, LoggingIn, Online, Reconnecting, Failed };
    Q_ENUM(Status)

    Session(GwsClient *client, CometdClient *cometd, CallModel *calls, QObject *parent = nullptr);

    void login();
    void logout();
    // Quitting: ends the contact-center session (unless told to keep the agent logged in)
    // and the notification channel, then emits shutDown(); at most about 2 s.
    void shutdown();
    void setEndSessionOnQuit(bool on) { m_endSessionOnQuit = on; }
    bool endSessionOnQuit() const { return m_endSessionOnQuit; }
    // Calls the agent would lose by quitting (ringing, dialling, connected or held).
    int liveCallCount() const;
    // Connect again now: signs in again if the session never came up, else starts a new
    // notification channel, which reads everything again. After a failure, and after the
    // machine slept or the network changed (when online too: the long-poll may be dead).
    void retry();
    // The place to log in at (StartContactCenterSession `place`); empty: the agent's default.
    void setPlace(const QString &place) { m_place = place; }
    QString place() const { return m_place; }
    // When the next automatic attempt to reconnect or sign in again is due (invalid: none).
    QDateTime nextAttempt() const;

    Status status() const { return m_status; }
    const User &user() const { return m_user; }
    const Device &device() const { return m_device; }
    CallModel *calls() const { return m_calls; }

    // Reads everything the server knows again (calls, device and agent state), as after
    // every reconnect; for the Resync action. Ignored unless online or reconnecting.
    void resync();

    // For the controllers that send on this session's behalf (CallController,
    // AgentAvailability, Supervision): the owner of every answer handler of the current
    // login attempt. It is replaced on login and logout (attemptReplaced), so an answer to
    // an earlier attempt never acts.
    QObject *attemptContext() const { return m_attempt.get(); }
    // A write was refused as if the session had expired: sign in again, once at a time.
    void reauthenticate();
    static bool isSessionExpiry(const GwsResult &result);
    // An operation timed out and may still happen: read the calls again once the server
    // answers anything.
    void resyncWhenServerAnswers()
    {
        m_callsStale = true;
        m_repeats.forgetAll(); // the next update is delivered, and starts the resync
    }
    // An operation on the call waits for its outcome: the update that brings it is
    // delivered even if it repeats the last one.
    void expectOutcome(const QString &callId) { m_repeats.forget(callId); }

signals:
    void statusChanged(Session::Status status);
    void shutDown();
    void userChanged();
    void deviceChanged();
    void errorOccurred(const QString &message);
    // A call notification was applied to the model (Released included).
    void callUpdated(const Call &call);
    // The server's full list of calls was read and the model holds exactly it.
    void callsRead();
    // StartContactCenterSession accepted on this login.
    void contactCenterSessionStarted();
    // The server reported an error notification about this call: its errorCode (a
    // statusCode value) and the technical text that errorOccurred carries right after.
    void serverErrorOnCall(const QString &callId, int errorCode, const QString &details);
    // attemptContext() was replaced: requests of the earlier attempt will never answer.
    void attemptReplaced();

private:
    void fail(const QString &step, const GwsResult &result);
    void newAttempt();
    void onHandshaken();
    void onChannelStateChanged();
    void startSession();
    void fetchDevices();
    void resyncDone();
    void fetchCalls();
    void applyDevice(const Device &device);
    void onMessage(const QString &channel, const QJsonValue &data);
    void onCallNotification(const CallNotification &n);
    void releaseHeldBack();
    void setStatus(Status status);
    void report(const QString &message);

    GwsClient *m_client;
    CometdClient *m_cometd;
    CallModel *m_calls;
    // Context of every answer handler of the current login: replaced on login and logout,
    // so an answer to an earlier attempt never acts on the new one.
    std::unique_ptr<QObject> m_attempt;
    Status m_status = Status::LoggedOut;
    User m_user;
    Device m_device;
    bool m_reauthenticating = false;
    bool m_ccSessionStarted = false; // StartContactCenterSession accepted on this login
    RepeatedCalls m_repeats; // updates that change nothing, dropped before they are parsed
    bool m_callsStale = false;       // an operation timed out: the server may have done it
    int m_authFailures = 0;          // failed attempts to sign in again, for the backoff
    QTimer m_authRetry;
    QDateTime m_nextAttempt;         // of m_authRetry
    QString m_channelProblem;        // the notification channel's last complaint
    QString m_place;
    bool m_endSessionOnQuit = true;
    bool m_shuttingDown = false;
    // Call events that arrive while a resync's GET /me/calls is out are applied after the
    // snapshot, so an older snapshot never wipes out a newer event.
    int m_resyncsOut = 0;
    QList<CallNotification> m_heldBack;
};
