#include "session.h"

#include "callmodel.h"
#include "cometdclient.h"
#include "gwsclient.h"
#include "notification.h"
#include "validation.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "softphone.session", QtInfoMsg)

namespace {
// After the server accepted an operation, its outcome comes as a notification; until then
// (or this long) the call's controls stay disabled so a double-click cannot send it twice.
constexpr int kAwaitOutcomeMs = 5000;
} // namespace

Session::Session(GwsClient *client, CometdClient *cometd, CallModel *calls, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cometd(cometd)
    , m_calls(calls)
{
    m_cometd->setSubscriptions({u"/v2/me/calls"_s, u"/v2/me/devices"_s, u"/v2/me"_s});
    m_cometd->setRequestDecorator(
        [client](QNetworkRequest &request) { client->decorate(request, true); });
    connect(m_cometd, &CometdClient::message, this, &Session::onMessage);
    connect(m_cometd, &CometdClient::handshaken, this, &Session::resync);
    connect(m_cometd, &CometdClient::stateChanged, this, [this](CometdClient::State s) {
        if (m_status != Status::Online && m_status != Status::Reconnecting)
            return;
        setStatus(s == CometdClient::State::Reconnecting ? Status::Reconnecting : Status::Online);
    });
    connect(m_cometd, &CometdClient::authenticationRejected, this, &Session::reauthenticate);
    connect(m_cometd, &CometdClient::problem, this, [](const QString &text) {
        qCWarning(lcSession).noquote() << "notifications:" << text;
    });
}

void Session::login()
{
    setStatus(Status::LoggingIn);
    m_cometd->setEndpoint(m_client->urlFor(u"/notifications"_s));
    // The first GET also gives the session cookie and the CSRF token for every write.
    connect(m_client->get(u"/me"_s), &GwsRequest::finished, this, [this](const GwsResult &r) {
        if (!r.ok())
            return fail(tr("Login"), r);
        m_user = User::fromJson(r.body.value(u"user").toObject());
        emit userChanged();
        startSession();
    });
}

void Session::startSession()
{
    const QJsonObject body{{u"operationName"_s, u"StartContactCenterSession"_s},
                           {u"channels"_s, QJsonArray{u"voice"_s}}};
    connect(m_client->post(u"/me"_s, body), &GwsRequest::finished, this,
            [this](const GwsResult &r) {
                if (!r.ok())
                    return fail(tr("Starting the contact-center session"), r);
                fetchDevices();
                fetchAgentStates();
                m_cometd->start();
            });
}

void Session::fetchDevices()
{
    connect(m_client->get(u"/me/devices"_s), &GwsRequest::finished, this,
            [this](const GwsResult &r) {
                if (!r.ok())
                    return report(tr("Reading your devices failed: %1").arg(r.describe()));
                const QJsonArray devices = r.body.value(u"devices").toArray();
                for (const QJsonValue &v : devices) {
                    if (auto device = parseDevice(v)) {
                        applyDevice(*device);
                        break;
                    }
                }
            });
}

void Session::resync()
{
    // After every (re)handshake: the server's full state replaces ours, so calls that ended
    // while we were away disappear and new ones appear, without duplicates.
    ++m_resyncsOut;
    connect(m_client->get(u"/me/calls"_s), &GwsRequest::finished, this,
            [this](const GwsResult &r) {
                --m_resyncsOut;
                if (!r.ok()) {
                    releaseHeldBack();
                    return report(tr("Reading your calls failed: %1").arg(r.describe()));
                }
                QList<Call> calls;
                const QJsonArray array = r.body.value(u"calls").toArray();
                for (const QJsonValue &v : array) {
                    QString error;
                    if (auto call = parseCall(v, &error))
                        calls.append(*call);
                    else
                        qCWarning(lcSession).noquote() << "ignoring a call:" << error;
                }
                m_calls->setCalls(calls);
                releaseHeldBack();
                if (m_status == Status::LoggingIn || m_status == Status::Reconnecting)
                    setStatus(Status::Online);
            });
    if (m_status == Status::Reconnecting)
        fetchDevices();
}

void Session::logout()
{
    if (m_status == Status::LoggedOut)
        return;
    m_cometd->stop();
    if (m_status == Status::Online) {
        const QJsonObject body{{u"operationName"_s, u"EndContactCenterSession"_s}};
        m_client->post(u"/me"_s, body); // best effort: the request deletes itself
    }
    m_inFlight.clear();
    m_heldBack.clear();
    m_calls->clear();
    setStatus(Status::LoggedOut);
}

bool Session::dial(const QString &destination)
{
    QString error;
    const auto number = Validation::normalizeDestination(destination, &error);
    if (!number) {
        report(error);
        return false;
    }
    if (m_device.id.isEmpty()) {
        report(tr("Cannot dial: no device is assigned to you yet"));
        return false;
    }
    if (isBusy(QString()))
        return false;
    const QJsonObject body{{u"operationName"_s, u"Dial"_s},
                           {u"destination"_s, QJsonObject{{u"phoneNumber"_s, *number}}}};
    setBusy(QString(), u"Dial"_s);
    const QString path = u"/me/devices/"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_device.id))
                         + u"/calls"_s;
    connect(m_client->post(path, body), &GwsRequest::finished, this, [this](const GwsResult &r) {
        clearBusy(QString());
        if (!r.ok())
            return report(tr("Dial failed: %1").arg(r.describe()));
        emit operationAccepted(QString(), u"Dial"_s);
    });
    return true;
}

bool Session::callOperation(const QString &callId, const QString &operation,
                            const QJsonObject &attributes)
{
    if (callId.isEmpty() || isBusy(callId))
        return false;
    QJsonObject body = attributes;
    body[u"operationName"_s] = operation;
    setBusy(callId, operation);
    const QString path = u"/me/calls/"_s + QString::fromUtf8(QUrl::toPercentEncoding(callId));
    connect(m_client->post(path, body), &GwsRequest::finished, this,
            [this, callId, operation](const GwsResult &r) {
                if (!r.ok()) {
                    clearBusy(callId);
                    m_retrieveAfter.remove(callId);
                    if (sessionExpired(r)) {
                        // Never replayed blindly: the agent decides again on fresh state.
                        report(tr("%1 was not sent: your session had expired. Signed in "
                                  "again; please check the call and retry.")
                                   .arg(operation));
                        return reauthenticate();
                    }
                    return report(tr("%1 failed: %2").arg(operation, r.describe()));
                }
                emit operationAccepted(callId, operation);
                // Wait for the notification that carries the outcome, but not forever.
                QTimer::singleShot(kAwaitOutcomeMs, this, [this, callId, operation] {
                    if (m_inFlight.value(callId) == operation)
                        clearBusy(callId);
                });
            });
    return true;
}

void Session::onMessage(const QString &channel, const QJsonValue &data)
{
    QString error;
    const auto notification = parseNotification(data, &error);
    if (!notification) {
        qCWarning(lcSession).noquote() << "ignoring a malformed notification on" << channel << error;
        return;
    }
    if (const auto *call = std::get_if<CallNotification>(&*notification)) {
        onCallNotification(*call);
    } else if (const auto *devices = std::get_if<DeviceNotification>(&*notification)) {
        for (const Device &d : devices->devices)
            if (m_device.id.isEmpty() || d.id == m_device.id)
                applyDevice(d);
    } else if (const auto *err = std::get_if<ErrorNotification>(&*notification)) {
        const Call *call = err->callUri.isEmpty() ? nullptr : m_calls->callByUri(err->callUri);
        if (call)
            clearBusy(call->id);
        report(tr("The server reported an error: %1 (code %2)")
                   .arg(err->errorMessage)
                   .arg(err->errorCode));
    } else {
        qCInfo(lcSession) << "ignoring notification type"
                          << std::get<UnknownNotification>(*notification).messageType;
    }
}

void Session::releaseHeldBack()
{
    if (m_resyncsOut > 0)
        return;
    const QList<CallNotification> held = std::exchange(m_heldBack, {});
    for (const CallNotification &n : held)
        onCallNotification(n);
}

void Session::onCallNotification(const CallNotification &n)
{
    if (m_resyncsOut > 0) {
        m_heldBack.append(n);
        return;
    }
    m_calls->upsertCall(n.call);
    clearBusy(n.call.id);
    if (n.call.state == CallState::Released)
        forgetCall(n.call.id);
}

void Session::forgetCall(const QString &callId)
{
    m_dtmfQueue.remove(callId);
    m_dtmfSent.remove(callId);
    const QString original = m_retrieveAfter.take(callId);
    const Call *call = original.isEmpty() ? nullptr : m_calls->call(original);
    if (call && call->state == CallState::Held && call->can(u"Retrieve"_s))
        callOperation(original, u"Retrieve"_s);
}

bool Session::toDestination(const QString &callId, const QString &operation,
                            const QString &destination)
{
    QString error;
    const auto number = Validation::normalizeDestination(destination, &error);
    if (!number) {
        report(error);
        return false;
    }
    const QJsonObject attributes{{u"destination"_s, QJsonObject{{u"phoneNumber"_s, *number}}}};
    if (!callOperation(callId, operation, attributes))
        return false;
    remember(*number);
    return true;
}

bool Session::completeConsult(const QString &callId, const QString &operation)
{
    const Call *call = m_calls->call(callId);
    if (!call)
        return false;
    QJsonObject attributes;
    // Sent on the original, name the consult; sent on the consult, the server finds the pair.
    const Call *partner = consultPartner(*call);
    if (partner && call->parentCallUri.isEmpty())
        attributes[u"consultCallUri"_s] = partner->uri;
    return callOperation(callId, operation, attributes);
}

bool Session::cancelConsult(const QString &consultId)
{
    const Call *consult = m_calls->call(consultId);
    if (!consult)
        return false;
    const Call *original = consultPartner(*consult);
    if (!callOperation(consultId, u"Hangup"_s))
        return false;
    if (original)
        m_retrieveAfter.insert(consultId, original->id);
    return true;
}

bool Session::removeParticipant(const QString &callId, const QString &number)
{
    return callOperation(callId, u"RemoveParticipantFromConference"_s,
                         {{u"participant"_s, number}});
}

bool Session::withOtherCall(const QString &callId, const QString &operation,
                            const QString &otherCallId)
{
    const Call *other = m_calls->call(otherCallId);
    if (!other)
        return false;
    return callOperation(callId, operation, {{u"otherCallUri"_s, other->uri}});
}

bool Session::sendDtmf(const QString &callId, const QString &digits)
{
    QString error;
    if (!Validation::isValidDtmf(digits, &error)) {
        report(error);
        return false;
    }
    if (!m_calls->call(callId))
        return false;
    m_dtmfQueue[callId] += digits;
    flushDtmf(callId);
    return true;
}

void Session::flushDtmf(const QString &callId)
{
    if (m_dtmfSending.contains(callId))
        return; // the reply to the request out sends what queued up meanwhile, in order
    const QString digits = m_dtmfQueue.take(callId);
    if (digits.isEmpty())
        return;
    m_dtmfSending.insert(callId);
    const QJsonObject body{{u"operationName"_s, u"SendDtmf"_s}, {u"digits"_s, digits}};
    const QString path = u"/me/calls/"_s + QString::fromUtf8(QUrl::toPercentEncoding(callId));
    connect(m_client->post(path, body), &GwsRequest::finished, this,
            [this, callId, digits](const GwsResult &r) {
                m_dtmfSending.remove(callId);
                if (!r.ok()) {
                    const QString dropped = digits + m_dtmfQueue.take(callId);
                    return report(tr("Sending DTMF %1 failed: %2").arg(dropped, r.describe()));
                }
                if (!m_calls->call(callId))
                    return;
                m_dtmfSent[callId] += digits;
                emit dtmfSentChanged(callId, m_dtmfSent.value(callId));
                flushDtmf(callId);
            });
}

const Call *Session::consultPartner(const Call &call) const
{
    if (!call.parentCallUri.isEmpty())
        return m_calls->callByUri(call.parentCallUri);
    for (const Call &c : m_calls->calls())
        if (!c.parentCallUri.isEmpty() && c.parentCallUri == call.uri)
            return m_calls->call(c.id);
    return nullptr;
}

const Call *Session::otherCall(const Call &call) const
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

void Session::remember(const QString &number)
{
    m_recent.removeAll(number);
    m_recent.prepend(number);
    while (m_recent.size() > 10)
        m_recent.removeLast();
    emit recentDestinationsChanged();
}

bool Session::sessionExpired(const GwsResult &result)
{
    return result.kind == GwsResult::Kind::Http
           && (result.httpStatus == 403 || result.httpStatus == 401);
}

void Session::reauthenticate()
{
    if (m_reauthenticating || m_status == Status::LoggedOut)
        return;
    m_reauthenticating = true;
    qCInfo(lcSession) << "session expired; authenticating again";
    m_client->forgetSession();
    connect(m_client->get(u"/me"_s), &GwsRequest::finished, this, [this](const GwsResult &r) {
        m_reauthenticating = false;
        if (r.kind == GwsResult::Kind::Network || r.kind == GwsResult::Kind::Timeout)
            return; // the server is away; the notification channel keeps retrying
        if (!r.ok())
            return fail(tr("Signing in again"), r);
        const QJsonObject body{{u"operationName"_s, u"StartContactCenterSession"_s},
                               {u"channels"_s, QJsonArray{u"voice"_s}}};
        m_client->post(u"/me"_s, body); // the agent's session on the new HTTP session
        // The notification channel belonged to the old session: start it over (it resyncs).
        m_cometd->start();
    });
}

void Session::fail(const QString &step, const GwsResult &result)
{
    report(tr("%1 failed: %2").arg(step, result.describe()));
    m_cometd->stop();
    setStatus(Status::Failed);
}

void Session::report(const QString &message)
{
    qCWarning(lcSession).noquote() << message;
    emit errorOccurred(message);
}

void Session::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void Session::setBusy(const QString &callId, const QString &operation)
{
    m_inFlight.insert(callId, operation);
    emit busyChanged(callId);
}

void Session::clearBusy(const QString &callId)
{
    if (m_inFlight.remove(callId))
        emit busyChanged(callId);
}

void Session::applyDevice(const Device &device)
{
    if (device.userState.state != m_device.userState.state
        || device.userState.displayName != m_device.userState.displayName
        || !m_stateSince.isValid())
        m_stateSince = QDateTime::currentDateTimeUtc();
    m_device = device;
    emit deviceChanged();
}

void Session::fetchAgentStates()
{
    // Our reading of the documented "agent-states" settings group; a server without it
    // leaves the three system states.
    connect(m_client->get(u"/settings/agent-states"_s), &GwsRequest::finished, this,
            [this](const GwsResult &r) {
                if (!r.ok()) {
                    qCInfo(lcSession).noquote()
                        << "no agent-states settings, using the system states:" << r.describe();
                    return;
                }
                const QList<AgentStateOption> options = AgentStateOption::listFromSettings(r.body);
                if (!options.isEmpty()) {
                    m_agentStates = options;
                    emit agentStatesChanged();
                }
            });
}

bool Session::setAgentState(const AgentStateOption &option)
{
    QJsonObject attributes;
    if (!option.reasonCode.isEmpty())
        attributes[u"reasonCode"_s] = option.reasonCode;
    return voiceOperation(option.operationName, attributes);
}

bool Session::setDoNotDisturb(bool on)
{
    return voiceOperation(on ? u"DoNotDisturbOn"_s : u"DoNotDisturbOff"_s);
}

bool Session::voiceOperation(const QString &operation, const QJsonObject &attributes)
{
    // Agent-state requests share the in-flight guard under a key no call id can have.
    const QString key = u"#voice"_s;
    if (m_status != Status::Online || isBusy(key))
        return false;
    QJsonObject body = attributes;
    body[u"operationName"_s] = operation;
    setBusy(key, operation);
    connect(m_client->post(u"/me/channels/voice"_s, body), &GwsRequest::finished, this,
            [this, key, operation](const GwsResult &r) {
                clearBusy(key);
                if (!r.ok())
                    report(tr("Changing your state (%1) failed: %2").arg(operation, r.describe()));
            });
    return true;
}
