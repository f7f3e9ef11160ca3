#pragma once

#include "agentstate.h"
#include "cometdclient.h"
#include "device.h"
#include "gwsresult.h"
#include "user.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include "notification.h"
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <memory>

class CallModel;
class GwsClient;
struct Call;

// The agent's session with GWS: logs in, keeps the call model equal to the server's
// state (notifications, and a full resync after every CometD handshake), and turns the
// user's intents into requests. Every failure becomes errorOccurred() with a clear text.
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
    // After a failure: signs in again, or (when the session was up) starts a new
    // notification channel, which reads everything again.
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
    GwsClient *client() const { return m_client; }
    CometdClient *cometd() const { return m_cometd; }

    // Validates the destination first; an invalid one gives errorOccurred and sends nothing.
    bool dial(const QString &destination);
    // Any call-control operation on one call, e.g. ("Hold"), ("SendDtmf", {digits}).
    // Refused locally (returns false) while another request for that call is in flight.
    bool callOperation(const QString &callId, const QString &operation,
                       const QJsonObject &attributes = {});
    bool answer(const QString &callId) { return callOperation(callId, QStringLiteral("Answer")); }
    bool hangup(const QString &callId) { return callOperation(callId, QStringLiteral("Hangup")); }

    // Transfer or conference (SingleStep*/Initiate*) to a destination the user typed;
    // validated first, and remembered as a recent number once accepted.
    bool toDestination(const QString &callId, const QString &operation, const QString &destination);
    // CompleteTransfer/CompleteConference on either call of a consult pair.
    bool completeConsult(const QString &callId, const QString &operation);
    // Hangs up the consult call, then retrieves the original once the consult is gone.
    bool cancelConsult(const QString &consultId);
    bool removeParticipant(const QString &callId, const QString &number);
    // SwapCalls / MergeWithOtherCall with the agent's other call.
    bool withOtherCall(const QString &callId, const QString &operation, const QString &otherCallId);
    // Queues DTMF digits and sends them in order, one request at a time.
    bool sendDtmf(const QString &callId, const QString &digits);
    QString dtmfSent(const QString &callId) const { return m_dtmfSent.value(callId); }

    // The consult call whose parent is this call, or this call's parent if it is a consult.
    const Call *consultPartner(const Call &call) const;
    // Another call of this agent (swap/merge partner), preferring a held one.
    const Call *otherCall(const Call &call) const;
    QStringList recentDestinations() const { return m_recent; }
    void setRecentDestinations(const QStringList &numbers) { m_recent = numbers; }

    // Agent availability. The options come from the server's agent-states settings.
    QList<AgentStateOption> agentStates() const { return m_agentStates; }
    bool setAgentState(const AgentStateOption &option);
    bool setDoNotDisturb(bool on);
    // When the agent's state last changed (as seen by this client).
    QDateTime stateSince() const { return m_stateSince; }

    // True while a request for this call (or, for an empty id, a Dial) awaits its outcome.
    bool isBusy(const QString &callId) const { return m_inFlight.contains(callId); }

signals:
    void statusChanged(Session::Status status);
    void shutDown();
    void userChanged();
    void deviceChanged();
    void busyChanged(const QString &callId);
    void errorOccurred(const QString &message);
    void operationAccepted(const QString &callId, const QString &operation);
    // All digits sent so far on that call (accepted by the server).
    void dtmfSentChanged(const QString &callId, const QString &digits);
    void recentDestinationsChanged();
    void agentStatesChanged();

private:
    void fail(const QString &step, const GwsResult &result);
    // After a 401/403 on a write: a new HTTP session (cookie + CSRF token), once at a time.
    void reauthenticate();
    static bool sessionExpired(const GwsResult &result);
    void onHandshaken();
    void onChannelState(CometdClient::State state);
    void startSession();
    void fetchDevices();
    void resyncDone();
    void fetchAgentStates();
    void applyDevice(const Device &device);
    bool voiceOperation(const QString &operation, const QJsonObject &attributes = {});
    void resync();
    void onMessage(const QString &channel, const QJsonValue &data);
    void onCallNotification(const CallNotification &n);
    void releaseHeldBack();
    void setStatus(Status status);
    void setBusy(const QString &callId, const QString &operation);
    void clearBusy(const QString &callId);
    void report(const QString &message);
    void flushDtmf(const QString &callId);
    void remember(const QString &number);
    void forgetCall(const QString &callId);

    GwsClient *m_client;
    CometdClient *m_cometd;
    CallModel *m_calls;
    // Context of every answer handler of the current login: replaced on login and logout,
    // so an answer to an earlier attempt never acts on the new one.
    std::unique_ptr<QObject> m_attempt;
    Status m_status = Status::LoggedOut;
    User m_user;
    Device m_device;
    QHash<QString, QString> m_inFlight; // call id ("" for Dial) -> operation
    QHash<QString, QString> m_dtmfQueue;     // call id -> digits not yet sent
    QHash<QString, QString> m_dtmfSent;      // call id -> digits accepted by the server
    QSet<QString> m_dtmfSending;             // calls with a SendDtmf request out
    QHash<QString, QString> m_retrieveAfter; // consult id -> original to retrieve when it ends
    QStringList m_recent;
    QList<AgentStateOption> m_agentStates = AgentStateOption::defaults();
    QDateTime m_stateSince;
    bool m_reauthenticating = false;
    bool m_ccSessionStarted = false; // StartContactCenterSession accepted on this login
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
