#pragma once

#include "calloperation.h"

#include <QString>

struct Call;
class Session;

// What decides whether a call operation can be offered now: the selected call (or the call
// of a selected participant), its partners, and the session. CallController::contextFor
// fills it; operationAvailable is the one rule every action's enabled state comes from, and
// operationUnavailableReason says, from the same inputs, why an operation is not offered.
struct OperationContext
{
    // Where the session is when it is not online, for saying why (Session::status()).
    enum class Offline { LoggedOut, SigningIn, Reconnecting, Failed };

    const Call *call = nullptr;      // the selected call
    QString participant;             // the selected participant's number, if a participant row
    const Call *otherCall = nullptr; // the agent's other call (swap / merge partner)
    const Call *consult = nullptr;   // the consult call of the selected pair, if any
    bool callBusy = false;           // a request for the selected call awaits its outcome
    bool online = false;
    Offline offline = Offline::LoggedOut; // read only when !online
    int reconnectInSeconds = -1;          // to the next automatic attempt; -1: none due
    // Dial: a number typed, the agent's device known, and no Dial awaiting its outcome.
    bool numberTyped = false;
    bool hasDevice = false;
    bool dialPending = false;
};

bool operationAvailable(CallOperation op, const OperationContext &context);
// Why `op` is not available in `context`, in the agent's words and translated (context
// "OperationReason"), short and leading with what the agent can do about it; empty exactly
// when operationAvailable is true. The UI shows it as "<Action>: <reason>".
QString operationUnavailableReason(CallOperation op, const OperationContext &context);

// The session half of a context: online, or why not and when it tries again.
OperationContext sessionContext(const Session &session);
// Why nothing can be sent to the server now, in the same words as the operations ("offline:
// reconnecting in 4 s"); empty when online. For controls that are not call operations
// (agent states, monitoring).
QString offlineReason(const OperationContext &context);
