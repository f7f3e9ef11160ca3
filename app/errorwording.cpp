#include "errorwording.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// GWS statusCode values (gws-protocol.md, "Session, authentication, CSRF").
constexpr int kMissingParameter = 1;
constexpr int kInvalidState = 2;
constexpr int kForbidden = 3;
constexpr int kInternalError = 4;
constexpr int kNoPermission = 5;
constexpr int kNotFound = 6;
constexpr int kValidation = 10;

// What a rule matches. Each is one test on the situation (holds() below).
enum class When {
    CallGoneInbound,       // the call is gone (404 / code 6, or no longer listed): caller hung up
    CallGone,              // the same on a call the agent placed
    BusyCallerOnHold,      // a destination refused later (busy) while the caller waits on hold
    Busy,                  // a destination refused later (busy, no answer)
    NumberInvalid,         // the server rejected the number itself
    NumberRefused,         // the number cannot be called from this call (own, already in)
    SessionExpired,        // CSRF token or session gone: signed in again
    NoAnswer,              // timeout
    Unreachable,           // network, TLS, a sign-in page
    NotAllowed,            // code 3 or 5, HTTP 403
    StateChanged,          // code 2: not valid in the call's state now
    ServerFault,           // code 4, HTTP 5xx
    BadRequest,            // code 1 or 10 otherwise
    Anything,
};

enum class Ops { Any, Destination, Dtmf };

struct Rule
{
    When when;
    Ops ops;
    const char *text; // %1: the destination number
};

// First match wins. Words an agent uses, leading with what to do.
const Rule kRules[] = {
    {When::CallGoneInbound, Ops::Any, QT_TRANSLATE_NOOP("ErrorWording", "the caller has already hung up")},
    {When::CallGone, Ops::Any, QT_TRANSLATE_NOOP("ErrorWording", "the other party has already hung up")},
    {When::BusyCallerOnHold, Ops::Destination,
     QT_TRANSLATE_NOOP("ErrorWording", "%1 is busy; your caller is still on hold: Retrieve or try another number")},
    {When::Busy, Ops::Destination, QT_TRANSLATE_NOOP("ErrorWording", "%1 is busy; try another number or again later")},
    {When::NumberInvalid, Ops::Destination,
     QT_TRANSLATE_NOOP("ErrorWording", "%1 is not a number that can be called: check it and try again")},
    {When::NumberRefused, Ops::Destination,
     QT_TRANSLATE_NOOP("ErrorWording", "%1 cannot be called from this call now: it may be your own number or already in the call")},
    {When::SessionExpired, Ops::Any,
     QT_TRANSLATE_NOOP("ErrorWording", "nothing was done: your session had expired and you are signed in again; check the call and try again")},
    {When::NoAnswer, Ops::Any,
     QT_TRANSLATE_NOOP("ErrorWording", "the server did not answer in time; the call will show what really happened once it answers")},
    {When::Unreachable, Ops::Any,
     QT_TRANSLATE_NOOP("ErrorWording", "nothing was done: the server cannot be reached; check your connection")},
    {When::NotAllowed, Ops::Any,
     QT_TRANSLATE_NOOP("ErrorWording", "you are not allowed to do this; ask your supervisor")},
    {When::StateChanged, Ops::Dtmf,
     QT_TRANSLATE_NOOP("ErrorWording", "the tones were not sent: the call cannot take tones now")},
    {When::StateChanged, Ops::Any,
     QT_TRANSLATE_NOOP("ErrorWording", "not possible any more: the call changed meanwhile; check it and try again")},
    {When::ServerFault, Ops::Any,
     QT_TRANSLATE_NOOP("ErrorWording", "nothing was done: the server had a problem; try again")},
    {When::BadRequest, Ops::Dtmf,
     QT_TRANSLATE_NOOP("ErrorWording", "the tones were not sent: only 0-9, * and # can be sent")},
    {When::BadRequest, Ops::Any,
     QT_TRANSLATE_NOOP("ErrorWording", "the server did not accept the request; try again, and tell support if it happens again")},
    {When::Anything, Ops::Any, QT_TRANSLATE_NOOP("ErrorWording", "the server refused it; try again")},
};

bool opsMatch(Ops ops, const std::optional<CallOperation> &op)
{
    switch (ops) {
    case Ops::Any: return true;
    case Ops::Dtmf: return op == CallOperation::SendDtmf;
    case Ops::Destination:
        return op && CallOperations::spec(*op).argument == OperationArgument::Destination;
    }
    return false;
}

bool holds(When when, const FailureSituation &s)
{
    const GwsResult &r = s.result;
    const int code = r.statusCode;
    const bool refused = r.kind == GwsResult::Kind::Http || r.kind == GwsResult::Kind::Api;
    // A Dial has no call yet: its 404 is about the device, not a caller who left.
    const bool gone = s.op != CallOperation::Dial
                      && (s.callGone || (refused && (code == kNotFound || r.httpStatus == 404)));
    switch (when) {
    case When::CallGoneInbound: return gone && s.inbound;
    case When::CallGone: return gone;
    case When::BusyCallerOnHold: return s.asynchronous && s.callerOnHold;
    case When::Busy: return s.asynchronous;
    case When::NumberInvalid: return refused && (code == kValidation || code == kMissingParameter);
    case When::NumberRefused: return refused && code == kInvalidState;
    case When::SessionExpired:
        return r.kind == GwsResult::Kind::Http
               && (r.httpStatus == 401 || (r.httpStatus == 403 && code == 0));
    case When::NoAnswer: return r.kind == GwsResult::Kind::Timeout;
    case When::Unreachable:
        return r.kind == GwsResult::Kind::Network || r.kind == GwsResult::Kind::Tls
               || r.kind == GwsResult::Kind::SignInPage;
    case When::NotAllowed:
        return refused && (code == kForbidden || code == kNoPermission || r.httpStatus == 403);
    case When::StateChanged: return refused && code == kInvalidState;
    case When::ServerFault:
        return r.kind == GwsResult::Kind::BadReply || (refused && (code == kInternalError || r.httpStatus >= 500));
    case When::BadRequest: return refused && (code == kMissingParameter || code == kValidation);
    case When::Anything: return true;
    }
    return false;
}

} // namespace

QString ErrorWording::plain(const FailureSituation &situation)
{
    for (const Rule &rule : kRules) {
        if (!opsMatch(rule.ops, situation.op) || !holds(rule.when, situation))
            continue;
        QString text = QCoreApplication::translate("ErrorWording", rule.text);
        if (text.contains(u"%1"_s)) {
            const QString number = situation.destination.isEmpty()
                                       ? QCoreApplication::translate("ErrorWording", "the number")
                                       : situation.destination;
            text = text.arg(number);
        }
        return text;
    }
    return {}; // unreachable: the last rule matches everything
}
