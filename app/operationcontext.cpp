#include "operationcontext.h"

#include "call.h"

bool operationAvailable(CallOperation op, const OperationContext &c)
{
    if (!c.online)
        return false;
    if (op == CallOperation::Dial)
        return c.canDial;
    if (!c.call || c.callBusy)
        return false;
    const QString capability = CallOperations::capability(op);
    switch (CallOperations::spec(op).argument) {
    case OperationArgument::Participant:
        if (c.participant.isEmpty())
            return false;
        break;
    case OperationArgument::OtherCall:
        if (!c.otherCall)
            return false;
        break;
    default:
        break;
    }
    if (CallOperations::spec(op).onConsult)
        return c.consult && c.consult->can(capability);
    return c.call->can(capability);
}
