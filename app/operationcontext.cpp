#include "operationcontext.h"

#include "call.h"
#include "session.h"

#include <QCoreApplication>

namespace {

// The first thing that stands in the way of an operation. Both operationAvailable and
// operationUnavailableReason read this one decision, so a control is never disabled
// without a reason, nor enabled with one.
enum class Obstacle {
    None,
    Offline,
    NoDevice,
    DialPending,
    NoNumber,
    NoCall,
    CallBusy,
    NoParticipant,
    NoOtherCall,
    NoConsult,
    NotOffered, // the server's capabilities do not include it
};

Obstacle obstacleTo(CallOperation op, const OperationContext &c)
{
    if (!c.online)
        return Obstacle::Offline;
    if (op == CallOperation::Dial) {
        if (!c.hasDevice)
            return Obstacle::NoDevice;
        if (c.dialPending)
            return Obstacle::DialPending;
        return c.numberTyped ? Obstacle::None : Obstacle::NoNumber;
    }
    if (!c.call)
        return Obstacle::NoCall;
    if (c.callBusy)
        return Obstacle::CallBusy;
    const CallOperationSpec &spec = CallOperations::spec(op);
    if (spec.argument == OperationArgument::Participant && c.participant.isEmpty())
        return Obstacle::NoParticipant;
    if (spec.argument == OperationArgument::OtherCall && !c.otherCall)
        return Obstacle::NoOtherCall;
    const Call *target = spec.onConsult ? c.consult : c.call;
    if (!target)
        return Obstacle::NoConsult;
    return target->can(CallOperations::capability(op)) ? Obstacle::None : Obstacle::NotOffered;
}

bool notAnswered(const Call *call)
{
    return call && (call->state == CallState::Dialing || call->state == CallState::Ringing);
}

// The words for each obstacle; a class only for tr() in the "OperationReason" context.
class OperationReason
{
    Q_DECLARE_TR_FUNCTIONS(OperationReason)
public:
    static QString of(Obstacle obstacle, CallOperation op, const OperationContext &c);

private:
    static QString offline(const OperationContext &c);
    static QString notOffered(CallOperation op, const OperationContext &c, const Call &call);
};

QString OperationReason::of(Obstacle obstacle, CallOperation op, const OperationContext &c)
{
    switch (obstacle) {
    case Obstacle::None:
        return {};
    case Obstacle::Offline:
        return offline(c);
    case Obstacle::NoDevice:
        return tr("wait: your phone device is not known yet");
    case Obstacle::DialPending:
        return tr("wait: the number you dialled is still being placed");
    case Obstacle::NoNumber:
        return tr("type a number first");
    case Obstacle::NoCall:
        // The call Answer means is the ringing one, whichever call is selected.
        return op == CallOperation::Answer ? tr("nothing is ringing") : tr("select a call first");
    case Obstacle::CallBusy:
        return tr("wait: the server has not answered the last request for this call");
    case Obstacle::NoParticipant:
        return tr("select a participant row of a conference");
    case Obstacle::NoOtherCall:
        return tr("you need a second call");
    case Obstacle::NoConsult:
        return tr("there is no consultation call");
    case Obstacle::NotOffered:
        return notOffered(op, c, CallOperations::spec(op).onConsult ? *c.consult : *c.call);
    }
    return {};
}

QString OperationReason::offline(const OperationContext &c)
{
    switch (c.offline) {
    case OperationContext::Offline::LoggedOut:
        return tr("you are logged out");
    case OperationContext::Offline::SigningIn:
        return tr("wait: still signing in");
    case OperationContext::Offline::Reconnecting:
        if (c.reconnectInSeconds < 0)
            return tr("offline: reconnecting");
        if (c.reconnectInSeconds == 0)
            return tr("offline: reconnecting now");
        return tr("offline: reconnecting in %n s", nullptr, c.reconnectInSeconds);
    case OperationContext::Offline::Failed:
        return tr("not connected: choose Reconnect now");
    }
    return tr("not connected");
}

// The server left the operation out of the call's capabilities: say what about the call
// explains it, as far as the call shows it.
QString OperationReason::notOffered(CallOperation op, const OperationContext &c, const Call &call)
{
    switch (op) {
    case CallOperation::Answer:
        if (call.state == CallState::Ringing)
            return tr("the server does not offer this on the ringing call now");
        return tr("nothing is ringing");
    case CallOperation::Hold:
        if (call.state == CallState::Held)
            return tr("the call is already on hold");
        break;
    case CallOperation::Retrieve:
        if (call.state != CallState::Held)
            return tr("the call is not on hold");
        break;
    case CallOperation::MuteCall:
        if (call.muted)
            return tr("the call is already muted");
        break;
    case CallOperation::UnmuteCall:
        if (!call.muted)
            return tr("the call is not muted");
        break;
    case CallOperation::CompleteTransfer:
    case CallOperation::CompleteConference:
        if (!c.consult)
            return tr("there is no consultation call");
        if (notAnswered(c.consult))
            return tr("the consulted party has not answered yet");
        break;
    case CallOperation::SwapCalls:
    case CallOperation::MergeWithOtherCall:
        // Both are sent on the connected call, with the held one as the other call.
        if (call.state == CallState::Held && c.otherCall->state == CallState::Established)
            return tr("select the connected call");
        if (notAnswered(c.otherCall))
            return tr("the other call has not been answered yet");
        break;
    default:
        break;
    }
    switch (call.state) {
    case CallState::Ringing:
        return tr("answer the call first");
    case CallState::Dialing:
        return tr("the other party has not answered yet");
    case CallState::Established:
        return tr("the server does not offer this on a connected call now");
    case CallState::Held:
        return tr("the server does not offer this on a held call now");
    case CallState::Released:
        return tr("the call has ended");
    case CallState::Unknown:
        break;
    }
    return tr("the server does not offer this on this call now");
}

} // namespace

bool operationAvailable(CallOperation op, const OperationContext &c)
{
    return obstacleTo(op, c) == Obstacle::None;
}

QString operationUnavailableReason(CallOperation op, const OperationContext &c)
{
    return OperationReason::of(obstacleTo(op, c), op, c);
}

OperationContext sessionContext(const Session &session)
{
    OperationContext c;
    const Session::Status status = session.status();
    c.online = status == Session::Status::Online;
    switch (status) {
    case Session::Status::LoggingIn: c.offline = OperationContext::Offline::SigningIn; break;
    case Session::Status::Reconnecting: c.offline = OperationContext::Offline::Reconnecting; break;
    case Session::Status::Failed: c.offline = OperationContext::Offline::Failed; break;
    case Session::Status::LoggedOut:
    case Session::Status::Online: break;
    }
    if (const QDateTime next = session.nextAttempt(); !c.online && next.isValid())
        c.reconnectInSeconds = int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(next)));
    c.hasDevice = !session.device().id.isEmpty();
    return c;
}

QString offlineReason(const OperationContext &c)
{
    return c.online ? QString() : OperationReason::of(Obstacle::Offline, CallOperation::Dial, c);
}
