#pragma once

#include "calloperation.h"

#include <QString>

struct Call;

// What decides whether a call operation can be offered now: the selected call (or the call
// of a selected participant), its partners, and the session. CallController::contextFor
// fills it; operationAvailable is the one rule every action's enabled state comes from.
struct OperationContext
{
    const Call *call = nullptr;      // the selected call
    QString participant;             // the selected participant's number, if a participant row
    const Call *otherCall = nullptr; // the agent's other call (swap / merge partner)
    const Call *consult = nullptr;   // the consult call of the selected pair, if any
    bool callBusy = false;           // a request for the selected call awaits its outcome
    bool online = false;
    bool canDial = false; // a device, no Dial out, and a number typed
};

bool operationAvailable(CallOperation op, const OperationContext &context);
