#pragma once

#include "calloperation.h"
#include "errorwording.h"
#include "operationcontext.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <optional>
#include <QSet>

class CallModel;
class GwsClient;
class RecentNumbers;
class Session;
struct Call;
struct GwsResult;

// What an operation needs besides the call it acts on; which field is read is the
// operation's OperationArgument in the table (calloperation.h).
struct OperationArgs
{
    static OperationArgs forDestination(const QString &number);
    static OperationArgs forParticipant(const QString &number);
    static OperationArgs forOtherCall(const QString &callId);
    static OperationArgs forDigits(const QString &digits);
    static OperationArgs forUserData(const QJsonObject &userData);

    QString destination; // Destination: as typed; validated and normalised here
    QString participant; // Participant
    QString otherCallId; // OtherCall; empty: the agent's other call
    QString digits;      // Digits
    QJsonObject userData; // UserData
};

// The agent's calls: turns each CallOperation into its request from the one table, keeps
// a call's controls busy until the outcome arrives (no double sends), orchestrates
// consult pairs and DTMF, and says what went wrong. Requests belong to the Session's
// current login attempt, so nothing outlives a logout.
class CallController : public QObject
{
    Q_OBJECT
public:
    CallController(Session *session, GwsClient *client, CallModel *calls,
                   RecentNumbers *recent = nullptr, QObject *parent = nullptr);

    // Sends `op` on call `callId` (ignored for Dial). Returns false, with errorOccurred when
    // the agent needs to know, if nothing was sent: invalid input, no such call, or a
    // request for that call still out.
    bool perform(CallOperation op, const QString &callId = {}, const OperationArgs &args = {});
    bool dial(const QString &destination);
    bool answer(const QString &callId) { return perform(CallOperation::Answer, callId); }
    bool hangup(const QString &callId) { return perform(CallOperation::Hangup, callId); }
    bool sendDtmf(const QString &callId, const QString &digits);

    // The call the agent means by `op` with `selected` selected (the "current call" rule,
    // docs/architecture.md): the selected call, except Answer, which answers the ringing
    // call when the selected one cannot be answered (a live call keeps the selection when
    // another rings), and SendDtmf, which goes to the connected call. Null if none.
    const Call *intendedCall(CallOperation op, const Call *selected) const;
    // The other half of that rule: whether a call that just appeared takes the selection
    // from `selected`. One the agent starts (dialled, a consult) does; a ringing one only
    // when no live call is selected.
    static bool takesSelection(const Call &added, const Call *selected);
    // The context the availability rule needs for this selection.
    OperationContext contextFor(const Call *call, const QString &participant,
                                bool numberTyped) const;
    bool isAvailable(CallOperation op, const QString &callId) const;

    // True while a request for this call (or, for an empty id, a Dial) awaits its outcome.
    bool isBusy(const QString &callId) const { return m_inFlight.contains(callId); }
    // The operation sent on the call and not answered yet, if any.
    std::optional<CallOperation> inFlight(const QString &callId) const
    {
        const auto it = m_inFlight.constFind(callId);
        return it == m_inFlight.cend() ? std::nullopt : std::optional(*it);
    }
    // The tones sent on that call, in order; those sent while masked read as dots (•).
    QString dtmfSent(const QString &callId) const { return m_dtmfSent.value(callId); }
    // Masked: tones sent from now on (a PIN, a card number) are kept only as dots. Digits
    // are never logged either way (only their count).
    void setDtmfMasked(const QString &callId, bool masked);
    bool isDtmfMasked(const QString &callId) const { return m_dtmfMasked.contains(callId); }
    // Numbers reached lately, newest first (the destination dialog, the palette).
    QStringList recentNumbers() const;
    // The consult call whose parent is this call, or this call's parent if it is a consult.
    const Call *consultPartner(const Call &call) const;
    // Another call of this agent (swap/merge partner), preferring a held one.
    const Call *otherCall(const Call &call) const;

signals:
    void busyChanged(const QString &callId);
    // Every failure, in technical words (as logged).
    void errorOccurred(const QString &message);
    // A failure about a call (or a refused Dial, callId empty), in the agent's words; sent
    // just before errorOccurred (or Session::errorOccurred for an error notification) with
    // the same text in `details`.
    void operationFailed(const CallError &error);
    void operationAccepted(const QString &callId, CallOperation op);
    // The server accepted `op` on that call towards `number` (a transfer, conference or
    // consultation destination); sent just before operationAccepted.
    void destinationAccepted(const QString &callId, CallOperation op, const QString &number);
    // All digits sent so far on that call (accepted by the server).
    void dtmfSentChanged(const QString &callId, const QString &digits);

private:
    bool send(CallOperation op, const QString &callId, const QJsonObject &attributes,
              const QString &remember = {});
    bool dialNumber(const QString &number);
    bool cancelConsult(const QString &callId);
    void onFailed(CallOperation op, const QString &callId, const GwsResult &result);
    void onServerError(const QString &callId, int errorCode, const QString &details);
    // Words the failure of `op` on `callId` in the situation now and emits operationFailed.
    void fail(const QString &callId, std::optional<CallOperation> op, const GwsResult &result,
              const QString &details, bool asynchronous = false, const QString &destination = {});
    void onCallUpdated(const Call &call);
    void reset();
    void flushDtmf(const QString &callId);
    void setBusy(const QString &callId, CallOperation op);
    void clearBusy(const QString &callId);
    void report(const QString &message);

    Session *m_session;
    GwsClient *m_client;
    CallModel *m_calls;
    RecentNumbers *m_recent;
    QHash<QString, CallOperation> m_inFlight; // call id ("" for Dial) -> operation
    QHash<QString, QString> m_dtmfQueue;      // call id -> digits not yet sent
    QHash<QString, QString> m_dtmfSent;       // call id -> digits accepted by the server
    QSet<QString> m_dtmfSending;              // calls with a SendDtmf request out
    QSet<QString> m_dtmfQueuedMasked;         // calls with digits queued while masked
    QHash<QString, QString> m_retrieveAfter;  // consult id -> original to retrieve when it ends
    QSet<QString> m_dtmfMasked;               // calls whose tones are masked
    struct Sent
    {
        CallOperation op;
        QString destination;
        bool inbound = false;
    };
    QHash<QString, Sent> m_lastSent; // call id -> the last operation sent on it (error wording)
};
