#include "session.h"

#include "callmodel.h"
#include "cometdclient.h"
#include "gwsclient.h"
#include "listreader.h"
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
// Signing in again after a sign-in page or a lost server: 15 s, 30 s, ... up to 5 minutes.
constexpr int kAuthRetryFirstMs = 15000;
constexpr int kAuthRetryMaxMs = 300000;
// Quitting waits this long at most for the server to hear that the agent left.
constexpr int kShutdownMs = 2000;
} // namespace

Session::Session(GwsClient *client, CometdClient *cometd, CallModel *calls, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cometd(cometd)
    , m_calls(calls)
    , m_attempt(std::make_unique<QObject>())
{
    m_cometd->setSubscriptions({u"/v2/me/calls"_s, u"/v2/me/devices"_s, u"/v2/me"_s});
    m_cometd->setRequestDecorator(
        [client](QNetworkRequest &request) { client->decorate(request, true); });
    connect(m_cometd, &CometdClient::message, this, &Session::onMessage);
    connect(m_cometd, &CometdClient::handshaken, this, &Session::onHandshaken);
    connect(m_cometd, &CometdClient::resumed, this, [this] {
        if (m_ccSessionStarted)
            resync();
    });
    connect(m_cometd, &CometdClient::stateChanged, this, &Session::onChannelState);
    connect(m_cometd, &CometdClient::authenticationRejected, this, &Session::reauthenticate);
    connect(m_cometd, &CometdClient::problem, this, [this](const QString &text) {
        qCWarning(lcSession).noquote() << "notifications:" << text;
        m_channelProblem = text;
        // While connecting, the channel's trouble is all there is to say (a refused
        // handshake must not look like a slow one).
        if (m_status == Status::LoggingIn)
            emit errorOccurred(tr("Notifications: %1").arg(text));
    });
    m_authRetry.setSingleShot(true);
    connect(&m_authRetry, &QTimer::timeout, this, &Session::reauthenticate);
}

void Session::login()
{
    // Whatever an earlier attempt still has out can no longer act on this one.
    m_attempt = std::make_unique<QObject>();
    m_resyncsOut = 0;
    m_heldBack.clear();
    m_authRetry.stop();
    m_ccSessionStarted = false;
    m_authFailures = 0;
    setStatus(Status::LoggingIn);
    m_cometd->setEndpoint(m_client->urlFor(u"/notifications"_s));
    // The first GET also gives the session cookie and the CSRF token for every write.
    connect(m_client->get(u"/me"_s), &GwsRequest::finished, m_attempt.get(), [this](const GwsResult &r) {
        if (m_status != Status::LoggingIn)
            return; // logged out meanwhile
        if (!r.ok())
            return fail(tr("Login"), r);
        m_user = User::fromJson(r.body.value(u"user").toObject());
        emit userChanged();
        // Handshake and subscribe first: the outcome of StartContactCenterSession is a
        // device notification (Genesys' own sample client does it in this order).
        m_cometd->start();
    });
}

void Session::onHandshaken()
{
    if (m_ccSessionStarted)
        resync();
    else
        startSession();
}

void Session::startSession()
{
    QJsonObject body{{u"operationName"_s, u"StartContactCenterSession"_s},
                     {u"channels"_s, QJsonArray{u"voice"_s}}};
    if (!m_place.isEmpty())
        body[u"place"_s] = m_place;
    connect(m_client->post(u"/me"_s, body), &GwsRequest::finished, m_attempt.get(),
            [this](const GwsResult &r) {
                if (m_status == Status::LoggedOut)
                    return;
                if (!r.ok()) {
                    if (m_status == Status::LoggingIn)
                        return fail(tr("Starting the contact-center session"), r);
                    return report(tr("Starting the contact-center session failed: %1")
                                      .arg(r.describe()));
                }
                if (r.partialSuccess())
                    report(tr("The contact-center session started with a warning: %1")
                               .arg(r.statusMessage));
                m_ccSessionStarted = true;
                if (m_agentStates == AgentStateOption::defaults())
                    fetchAgentStates();
                resync();
            });
}

void Session::fetchDevices()
{
    ListReader::read(m_client, u"/me/devices"_s, u"devices"_s, m_attempt.get(),
                     [this](const GwsResult &r, const QJsonArray &devices) {
                         --m_resyncsOut;
                         if (m_status == Status::LoggedOut)
                             return;
                         if (!r.ok())
                             report(tr("Reading your devices failed: %1").arg(r.describe()));
                         for (const QJsonValue &v : devices) {
                             if (auto device = parseDevice(v)) {
                                 applyDevice(*device);
                                 break;
                             }
                         }
                         resyncDone();
                     });
}

void Session::resync()
{
    // After every (re)handshake: the server's full state replaces ours (calls and the
    // agent's device), so calls that ended while we were away disappear and new ones
    // appear, without duplicates; events that arrive meanwhile are applied after it.
    m_resyncsOut += 2;
    fetchDevices();
    ListReader::read(m_client, u"/me/calls"_s, u"calls"_s, m_attempt.get(),
                     [this](const GwsResult &r, const QJsonArray &array) {
                         --m_resyncsOut;
                         if (m_status == Status::LoggedOut)
                             return;
                         if (!r.ok()) {
                             // Keep what we have: an unreadable answer is no proof that
                             // the calls ended.
                             report(tr("Reading your calls failed: %1").arg(r.describe()));
                         } else {
                             QList<Call> calls;
                             for (const QJsonValue &v : array) {
                                 QString error;
                                 if (auto call = parseCall(v, &error))
                                     calls.append(*call);
                                 else
                                     qCWarning(lcSession).noquote() << "ignoring a call:" << error;
                             }
                             m_calls->setCalls(calls);
                             m_callsStale = false;
                         }
                         resyncDone();
                     });
}

void Session::resyncDone()
{
    if (m_resyncsOut > 0)
        return;
    releaseHeldBack();
    if ((m_status == Status::LoggingIn || m_status == Status::Reconnecting)
        && m_cometd->state() == CometdClient::State::Connected)
        setStatus(Status::Online);
}

void Session::retry()
{
    if (m_status == Status::Online || m_status == Status::LoggingIn)
        return;
    if (m_user.id.isEmpty() || !m_ccSessionStarted)
        return login();
    // Logged in before: a new notification channel, which resynchronises everything.
    m_authRetry.stop();
    setStatus(Status::Reconnecting);
    m_cometd->start();
}

void Session::logout()
{
    if (m_status == Status::LoggedOut)
        return;
    m_cometd->stop();
    m_authRetry.stop();
    m_attempt = std::make_unique<QObject>(); // answers to this login's requests are ignored
    m_client->cancelWaiting(); // and those still waiting for the budget are never sent
    m_reauthenticating = false;
    if (m_ccSessionStarted) {
        const QJsonObject body{{u"operationName"_s, u"EndContactCenterSession"_s}};
        m_client->post(u"/me"_s, body); // best effort: the request deletes itself
    }
    m_ccSessionStarted = false;
    m_inFlight.clear();
    m_heldBack.clear();
    m_resyncsOut = 0;
    m_calls->clear();
    setStatus(Status::LoggedOut);
}

int Session::liveCallCount() const
{
    int live = 0;
    for (const Call &c : m_calls->calls())
        if (c.state != CallState::Released && !c.monitoring)
            ++live;
    return live;
}

void Session::shutdown()
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    auto done = std::make_shared<bool>(false);
    auto finish = [this, done] {
        if (!std::exchange(*done, true))
            emit shutDown();
    };
    // Bounded: a server that does not answer does not keep the agent from quitting.
    QTimer::singleShot(kShutdownMs, this, finish);
    if (!m_endSessionOnQuit || !m_ccSessionStarted) {
        m_ccSessionStarted = false; // a site that keeps its agents logged in on the server
        logout();
        return finish();
    }
    m_ccSessionStarted = false; // sent and awaited here, not again by logout()
    logout(); // first: it cancels what waits for the budget, which must not be this
    connect(m_client->post(u"/me"_s, {{u"operationName"_s, u"EndContactCenterSession"_s}}),
            &GwsRequest::finished, this, [finish](const GwsResult &r) {
                if (!r.ok())
                    qCWarning(lcSession).noquote() << "ending the session:" << r.describe();
                finish();
            });
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
    if (isBusy(QString())) {
        report(tr("A call is already being dialled; wait until it shows"));
        return false;
    }
    const QJsonObject body{{u"operationName"_s, u"Dial"_s},
                           {u"destination"_s, QJsonObject{{u"phoneNumber"_s, *number}}}};
    setBusy(QString(), u"Dial"_s);
    const QString path = u"/me/devices/"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_device.id))
                         + u"/calls"_s;
    connect(m_client->post(path, body), &GwsRequest::finished, m_attempt.get(), [this](const GwsResult &r) {
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
    connect(m_client->post(path, body), &GwsRequest::finished, m_attempt.get(),
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
                    if (r.kind == GwsResult::Kind::Timeout) {
                        // It may still happen when the server wakes: read the calls again
                        // as soon as it answers anything.
                        m_callsStale = true;
                        return report(tr("%1: the server did not answer in time; the call "
                                         "will be shown as the server has it once it "
                                         "answers again")
                                          .arg(operation));
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
    if (m_callsStale && m_resyncsOut == 0)
        resync(); // the server answers again after an operation timed out
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
    connect(m_client->post(path, body), &GwsRequest::finished, m_attempt.get(),
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
    if (result.kind == GwsResult::Kind::SignInPage)
        return true;
    // A 403 with a statusCode (5: no permission) is a real refusal, not an expiry; the
    // CSRF refusal is plain text.
    return result.kind == GwsResult::Kind::Http
           && (result.httpStatus == 401 || (result.httpStatus == 403 && result.statusCode == 0));
}

void Session::reauthenticate()
{
    if (m_reauthenticating || m_status == Status::LoggedOut || m_authRetry.isActive())
        return;
    m_reauthenticating = true;
    qCInfo(lcSession) << "session expired; authenticating again";
    m_client->forgetSession();
    connect(m_client->get(u"/me"_s), &GwsRequest::finished, m_attempt.get(), [this](const GwsResult &r) {
        m_reauthenticating = false;
        if (m_status == Status::LoggedOut)
            return;
        if (r.ok()) {
            m_authFailures = 0;
            // The agent's session on the new HTTP session, after the new channel's
            // handshake; the channel of the old session is started over (it resyncs).
            m_ccSessionStarted = false;
            m_cometd->start();
            return;
        }
        if (r.kind == GwsResult::Kind::Http && r.httpStatus == 401)
            return fail(tr("Signing in again"), r); // the password no longer works
        // A sign-in page, or a server away: try again later, slower each time, so that a
        // server in this state gets a few requests a minute, not a storm.
        ++m_authFailures;
        const int delayMs = qMin(kAuthRetryFirstMs << qMin(m_authFailures - 1, 5), kAuthRetryMaxMs);
        m_authRetry.start(delayMs);
        m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delayMs);
        if (m_status == Status::Online)
            setStatus(Status::Reconnecting);
        report(tr("Signing in again failed: %1. Next try in %2 s")
                   .arg(r.describe())
                   .arg(delayMs / 1000));
    });
}

void Session::onChannelState(CometdClient::State state)
{
    if (state == CometdClient::State::Failed) {
        if (m_status == Status::LoggedOut || m_status == Status::Failed)
            return;
        report(tr("Notifications stopped: %1. Use Retry to connect again.").arg(m_channelProblem));
        setStatus(Status::Failed);
        return;
    }
    if (m_status != Status::Online && m_status != Status::Reconnecting)
        return;
    if (state == CometdClient::State::Reconnecting)
        setStatus(Status::Reconnecting);
    // Online again only once the resync after the new handshake is in (resyncDone).
}

QDateTime Session::nextAttempt() const
{
    return m_authRetry.isActive() ? m_nextAttempt : m_cometd->nextAttempt();
}

void Session::fail(const QString &step, const GwsResult &result)
{
    report(tr("%1 failed: %2").arg(step, result.describe()));
    m_cometd->stop();
    m_authRetry.stop();
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
        || device.userState.workMode != m_device.userState.workMode
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
    connect(m_client->get(u"/settings/agent-states"_s), &GwsRequest::finished, m_attempt.get(),
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
    // A device operation ("DoNotDisturbOn" page), not an agent state.
    const QString operation = on ? u"DoNotDisturbOn"_s : u"DoNotDisturbOff"_s;
    const QString key = u"#device"_s;
    if (m_status != Status::Online || m_device.id.isEmpty() || isBusy(key))
        return false;
    setBusy(key, operation);
    const QString path = u"/me/devices/"_s + QString::fromUtf8(QUrl::toPercentEncoding(m_device.id));
    connect(m_client->post(path, {{u"operationName"_s, operation}}), &GwsRequest::finished, m_attempt.get(),
            [this, key, operation](const GwsResult &r) {
                clearBusy(key);
                if (!r.ok())
                    report(tr("%1 failed: %2").arg(operation, r.describe()));
            });
    return true;
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
    connect(m_client->post(u"/me/channels/voice"_s, body), &GwsRequest::finished, m_attempt.get(),
            [this, key, operation](const GwsResult &r) {
                clearBusy(key);
                if (!r.ok())
                    report(tr("Changing your state (%1) failed: %2").arg(operation, r.describe()));
            });
    return true;
}
