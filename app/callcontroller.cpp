#include "callcontroller.h"

#include "callmodel.h"
#include "gwsclient.h"
#include "gwspath.h"
#include "recentnumbers.h"
#include "session.h"
#include "validation.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCalls, "softphone.calls", QtInfoMsg)

namespace {
// After the server accepted an operation, its outcome comes as a notification; until then
// (or this long) the call's controls stay disabled so a double-click cannot send it twice.
constexpr int kAwaitOutcomeMs = 5000;

QString callPath(const QString &callId)
{
    return gwsPath(u"/me/calls", callId);
}

// describe() without the server's own words, which may repeat what was sent (DTMF digits).
QString describeCodesOnly(GwsResult r)
{
    if (r.kind != GwsResult::Kind::Network && r.kind != GwsResult::Kind::Tls)
        r.statusMessage.clear();
    return r.describe();
}
} // namespace

OperationArgs OperationArgs::forDestination(const QString &number)
{
    OperationArgs args;
    args.destination = number;
    return args;
}

OperationArgs OperationArgs::forParticipant(const QString &number)
{
    OperationArgs args;
    args.participant = number;
    return args;
}

OperationArgs OperationArgs::forOtherCall(const QString &callId)
{
    OperationArgs args;
    args.otherCallId = callId;
    return args;
}

OperationArgs OperationArgs::forDigits(const QString &digits)
{
    OperationArgs args;
    args.digits = digits;
    return args;
}

OperationArgs OperationArgs::forUserData(const QJsonObject &userData)
{
    OperationArgs args;
    args.userData = userData;
    return args;
}

CallController::CallController(Session *session, GwsClient *client, CallModel *calls,
                               RecentNumbers *recent, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_calls(calls)
    , m_recent(recent)
{
    connect(m_session, &Session::callUpdated, this, &CallController::onCallUpdated);
    connect(m_session, &Session::serverErrorOnCall, this, &CallController::onServerError);
    // Requests of an earlier login attempt can no longer answer: forget what they held.
    connect(m_session, &Session::attemptReplaced, this, &CallController::reset);
}

bool CallController::dial(const QString &destination)
{
    return perform(CallOperation::Dial, {}, OperationArgs::forDestination(destination));
}

bool CallController::sendDtmf(const QString &callId, const QString &digits)
{
    return perform(CallOperation::SendDtmf, callId, OperationArgs::forDigits(digits));
}

bool CallController::perform(CallOperation op, const QString &callId, const OperationArgs &args)
{
    const CallOperationSpec &spec = CallOperations::spec(op);
    QString number;
    if (spec.argument == OperationArgument::Destination) {
        QString error;
        const auto normalized = Validation::normalizeDestination(args.destination, &error);
        if (!normalized) {
            report(error);
            return false;
        }
        number = *normalized;
    }
    if (op == CallOperation::Dial)
        return dialNumber(number);
    if (op == CallOperation::CancelConsult)
        return cancelConsult(callId);
    const Call *call = m_calls->call(callId);
    if (!call)
        return false;

    QJsonObject attributes;
    switch (spec.argument) {
    case OperationArgument::None:
        break;
    case OperationArgument::Destination:
        attributes[u"destination"_s] = QJsonObject{{u"phoneNumber"_s, number}};
        break;
    case OperationArgument::ConsultCall: {
        // Sent on the original, name the consult; sent on the consult, the server finds
        // the pair.
        const Call *partner = consultPartner(*call);
        if (partner && call->parentCallUri.isEmpty())
            attributes[u"consultCallUri"_s] = partner->uri;
        break;
    }
    case OperationArgument::OtherCall: {
        const Call *other = args.otherCallId.isEmpty() ? otherCall(*call)
                                                       : m_calls->call(args.otherCallId);
        if (!other)
            return false;
        attributes[u"otherCallUri"_s] = other->uri;
        break;
    }
    case OperationArgument::Participant:
        if (args.participant.isEmpty())
            return false;
        attributes[u"participant"_s] = args.participant;
        break;
    case OperationArgument::Digits: {
        QString error;
        if (!Validation::isValidDtmf(args.digits, &error)) {
            report(error);
            return false;
        }
        m_dtmfQueue[callId] += args.digits;
        if (isDtmfMasked(callId))
            m_dtmfQueuedMasked.insert(callId);
        flushDtmf(callId);
        return true;
    }
    case OperationArgument::UserData:
        attributes[u"userData"_s] = args.userData;
        break;
    case OperationArgument::Disposition:
        return false; // on the device, after the call: WrapUpSync sends it
    }
    return send(op, callId, attributes, number);
}

bool CallController::dialNumber(const QString &number)
{
    const Device &device = m_session->device();
    if (device.id.isEmpty()) {
        report(tr("Cannot dial: no device is assigned to you yet"));
        return false;
    }
    if (isBusy(QString())) {
        report(tr("A call is already being dialled; wait until it shows"));
        return false;
    }
    const QJsonObject body{{u"operationName"_s, u"Dial"_s},
                           {u"destination"_s, QJsonObject{{u"phoneNumber"_s, number}}}};
    setBusy(QString(), CallOperation::Dial);
    m_lastSent.insert(QString(), Sent{CallOperation::Dial, number});
    const QString path = gwsPath(u"/me/devices", device.id, u"/calls");
    connect(m_client->post(path, body), &GwsRequest::finished, m_session->attemptContext(),
            [this](const GwsResult &r) {
                clearBusy(QString());
                if (!r.ok()) {
                    const QString details = tr("Dial failed: %1").arg(r.describe());
                    fail(QString(), CallOperation::Dial, r, details);
                    return report(details);
                }
                emit operationAccepted(QString(), CallOperation::Dial);
            });
    return true;
}

bool CallController::send(CallOperation op, const QString &callId, const QJsonObject &attributes,
                          const QString &remember)
{
    if (callId.isEmpty() || isBusy(callId))
        return false;
    QJsonObject body = attributes;
    body[u"operationName"_s] = CallOperations::name(op);
    setBusy(callId, op);
    const Call *call = m_calls->call(callId);
    m_lastSent.insert(callId, Sent{op, remember,
                                   call && call->callType.compare(u"Inbound"_s, Qt::CaseInsensitive) == 0});
    connect(m_client->post(callPath(callId), body), &GwsRequest::finished,
            m_session->attemptContext(), [this, op, callId, remember](const GwsResult &r) {
                if (!r.ok())
                    return onFailed(op, callId, r);
                if (!remember.isEmpty())
                    emit destinationAccepted(callId, op, remember);
                emit operationAccepted(callId, op);
                // Wait for the notification that carries the outcome, but not forever.
                QTimer::singleShot(kAwaitOutcomeMs, m_session->attemptContext(), [this, callId, op] {
                    if (m_inFlight.contains(callId) && m_inFlight.value(callId) == op)
                        clearBusy(callId);
                });
            });
    return true;
}

void CallController::onFailed(CallOperation op, const QString &callId, const GwsResult &r)
{
    clearBusy(callId);
    m_retrieveAfter.remove(callId);
    const QString name = CallOperations::name(op);
    if (Session::isSessionExpiry(r)) {
        // Never replayed blindly: the agent decides again on fresh state.
        const QString details = tr("%1 was not sent: your session had expired. Signed in "
                                   "again; please check the call and retry.")
                                    .arg(name);
        fail(callId, op, r, details);
        report(details);
        return m_session->reauthenticate();
    }
    if (r.kind == GwsResult::Kind::Timeout) {
        // It may still happen when the server wakes: the calls are read again as soon as
        // it answers anything.
        m_session->resyncWhenServerAnswers();
        const QString details = tr("%1: the server did not answer in time; the call will be "
                                   "shown as the server has it once it answers again")
                                    .arg(name);
        fail(callId, op, r, details);
        return report(details);
    }
    const QString details = tr("%1 failed: %2").arg(name, r.describe());
    fail(callId, op, r, details);
    report(details);
}

void CallController::onServerError(const QString &callId, int errorCode, const QString &details)
{
    clearBusy(callId);
    const Call *call = m_calls->call(callId);
    QString target = callId;
    std::optional<CallOperation> op;
    QString destination;
    if (const auto it = m_lastSent.constFind(callId); it != m_lastSent.cend())
        op = it->op;
    // A consultation whose destination failed concerns the call the agent started it
    // from: that is where the caller waits.
    if (const Call *original = call ? m_calls->callByUri(call->parentCallUri) : nullptr) {
        if (const auto it = m_lastSent.constFind(original->id); it != m_lastSent.cend()
            && CallOperations::spec(it->op).argument == OperationArgument::Destination) {
            target = original->id;
            op = it->op;
        }
    }
    // A call the agent dialled: the server names the new call, the Dial had none.
    if (!op && call && call->state == CallState::Dialing) {
        op = CallOperation::Dial;
        destination = call->remoteParty();
    }
    GwsResult result;
    result.kind = GwsResult::Kind::Api;
    result.statusCode = errorCode;
    fail(target, op, result, details, true, destination);
}

void CallController::fail(const QString &callId, std::optional<CallOperation> op,
                          const GwsResult &result, const QString &details, bool asynchronous,
                          const QString &destination)
{
    const Call *call = callId.isEmpty() ? nullptr : m_calls->call(callId);
    const Sent sent = m_lastSent.value(callId);
    FailureSituation s;
    s.op = op;
    s.result = result;
    s.asynchronous = asynchronous;
    s.callGone = !callId.isEmpty() && !call;
    s.inbound = call ? call->callType.compare(u"Inbound"_s, Qt::CaseInsensitive) == 0
                     : sent.inbound;
    s.callerOnHold = call && call->state == CallState::Held;
    s.destination = destination.isEmpty() && op == sent.op ? sent.destination : destination;
    emit operationFailed(CallError{callId, op, ErrorWording::plain(s), details});
}

bool CallController::cancelConsult(const QString &callId)
{
    const Call *call = m_calls->call(callId);
    if (!call)
        return false;
    // Either call of the pair may be selected; the consult is the one with a parent.
    const Call *partner = consultPartner(*call);
    const Call *consult = call->parentCallUri.isEmpty() ? partner : call;
    if (!consult)
        return false;
    const Call *original = consultPartner(*consult);
    const QString consultId = consult->id;
    const QString originalId = original ? original->id : QString();
    if (!send(CallOperation::Hangup, consultId, {}))
        return false;
    if (!originalId.isEmpty())
        m_retrieveAfter.insert(consultId, originalId);
    return true;
}

void CallController::onCallUpdated(const Call &call)
{
    clearBusy(call.id);
    if (call.state != CallState::Released)
        return;
    m_dtmfQueue.remove(call.id);
    m_dtmfSent.remove(call.id);
    m_dtmfMasked.remove(call.id);
    m_dtmfQueuedMasked.remove(call.id);
    // A refusal may still be on its way: the wording needs what was sent a little longer.
    QTimer::singleShot(kAwaitOutcomeMs, m_session->attemptContext(), [this, id = call.id] {
        if (!m_calls->call(id))
            m_lastSent.remove(id);
    });
    const QString original = m_retrieveAfter.take(call.id);
    const Call *held = original.isEmpty() ? nullptr : m_calls->call(original);
    if (held && held->state == CallState::Held && held->can(u"Retrieve"_s))
        perform(CallOperation::Retrieve, original);
}

void CallController::reset()
{
    const QList<QString> busy = m_inFlight.keys();
    m_inFlight.clear();
    m_dtmfQueue.clear();
    m_dtmfSent.clear();
    m_dtmfSending.clear();
    m_dtmfMasked.clear();
    m_dtmfQueuedMasked.clear();
    m_lastSent.clear();
    m_retrieveAfter.clear();
    for (const QString &id : busy)
        emit busyChanged(id);
}

void CallController::flushDtmf(const QString &callId)
{
    if (m_dtmfSending.contains(callId))
        return; // the reply to the request out sends what queued up meanwhile, in order
    const QString digits = m_dtmfQueue.take(callId);
    if (digits.isEmpty())
        return;
    m_dtmfSending.insert(callId);
    // Masked if any of these digits was typed while masked, or masking is on now.
    const bool masked = m_dtmfQueuedMasked.remove(callId) || isDtmfMasked(callId);
    const QJsonObject body{{u"operationName"_s, CallOperations::name(CallOperation::SendDtmf)},
                           {u"digits"_s, digits}};
    connect(m_client->post(callPath(callId), body), &GwsRequest::finished,
            m_session->attemptContext(), [this, callId, digits, masked](const GwsResult &r) {
                m_dtmfSending.remove(callId);
                if (!r.ok()) {
                    // Never the digits (a PIN, a card number), in the log or on screen.
                    const qsizetype dropped = digits.size() + m_dtmfQueue.take(callId).size();
                    m_dtmfQueuedMasked.remove(callId);
                    const QString details = tr("Sending %n DTMF tone(s) failed: %1", nullptr,
                                               int(dropped))
                                                .arg(describeCodesOnly(r));
                    fail(callId, CallOperation::SendDtmf, r, details);
                    return report(details);
                }
                if (!m_calls->call(callId))
                    return;
                m_dtmfSent[callId] += masked ? QString(digits.size(), QChar(0x2022)) : digits;
                emit dtmfSentChanged(callId, m_dtmfSent.value(callId));
                flushDtmf(callId);
            });
}

void CallController::setDtmfMasked(const QString &callId, bool masked)
{
    if (callId.isEmpty())
        return;
    if (masked)
        m_dtmfMasked.insert(callId);
    else
        m_dtmfMasked.remove(callId);
}

OperationContext CallController::contextFor(const Call *call, const QString &participant,
                                            bool numberTyped) const
{
    OperationContext c = sessionContext(*m_session);
    c.call = call;
    c.numberTyped = numberTyped;
    c.dialPending = isBusy(QString());
    if (!call)
        return c;
    c.participant = participant;
    c.callBusy = isBusy(call->id);
    c.otherCall = otherCall(*call);
    if (const Call *partner = consultPartner(*call))
        c.consult = call->parentCallUri.isEmpty() ? partner : call;
    return c;
}

const Call *CallController::intendedCall(CallOperation op, const Call *selected) const
{
    // Answer means a ringing call, DTMF the connected one.
    const CallState wanted = op == CallOperation::Answer     ? CallState::Ringing
                             : op == CallOperation::SendDtmf ? CallState::Established
                                                             : CallState::Unknown;
    const QString capability = CallOperations::capability(op);
    if (wanted == CallState::Unknown
        || (selected && selected->state == wanted && selected->can(capability)))
        return selected;
    for (const Call &c : m_calls->calls())
        if (c.state == wanted && c.can(capability))
            return m_calls->call(c.id); // the one ringing (or connected) longest comes first
    return selected;
}

bool CallController::takesSelection(const Call &added, const Call *selected)
{
    if (added.state != CallState::Ringing)
        return true;
    return !selected || selected->id == added.id || selected->state == CallState::Released
           || selected->state == CallState::Unknown;
}

bool CallController::isAvailable(CallOperation op, const QString &callId) const
{
    return operationAvailable(op, contextFor(m_calls->call(callId), {}, false));
}

QStringList CallController::recentNumbers() const
{
    return m_recent ? m_recent->numbers() : QStringList();
}

const Call *CallController::consultPartner(const Call &call) const
{
    if (!call.parentCallUri.isEmpty())
        return m_calls->callByUri(call.parentCallUri);
    for (const Call &c : m_calls->calls())
        if (!c.parentCallUri.isEmpty() && c.parentCallUri == call.uri)
            return m_calls->call(c.id);
    return nullptr;
}

const Call *CallController::otherCall(const Call &call) const
{
    const Call *found = nullptr;
    for (const Call &c : m_calls->calls()) {
        if (c.id == call.id || c.state == CallState::Released)
            continue;
        if (!found || (c.state == CallState::Held && found->state != CallState::Held))
            found = m_calls->call(c.id);
    }
    return found;
}

void CallController::setBusy(const QString &callId, CallOperation op)
{
    m_inFlight.insert(callId, op);
    m_session->expectOutcome(callId);
    emit busyChanged(callId);
}

void CallController::clearBusy(const QString &callId)
{
    if (m_inFlight.remove(callId))
        emit busyChanged(callId);
}

void CallController::report(const QString &message)
{
    qCWarning(lcCalls).noquote() << message;
    emit errorOccurred(message);
}
