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
    m_cometd->setEventFilter([this](QByteArrayView event) { return m_repeats.isRepeat(event); });
    connect(m_cometd, &CometdClient::handshaken, this, &Session::onHandshaken);
    connect(m_cometd, &CometdClient::resumed, this, [this] {
        if (m_ccSessionStarted)
            resync();
    });
    connect(m_cometd, &CometdClient::stateChanged, this, &Session::onChannelStateChanged);
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

void Session::newAttempt()
{
    // Whatever an earlier attempt still has out can no longer act on this one.
    m_attempt = std::make_unique<QObject>();
    emit attemptReplaced();
}

void Session::login()
{
    newAttempt();
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
                emit contactCenterSessionStarted();
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
    // agent's device with its agent state), so calls that ended while we were away
    // disappear and new ones appear, without duplicates; events that arrive meanwhile are
    // applied after it. One resync at a time.
    if (!m_ccSessionStarted || m_resyncsOut > 0)
        return;
    if (m_status != Status::Online && m_status != Status::Reconnecting
        && m_status != Status::LoggingIn)
        return;
    m_resyncsOut += 2;
    m_repeats.forgetAll(); // what the server's answer brings replaces what was delivered
    fetchDevices();
    fetchCalls();
}

void Session::fetchCalls()
{
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
                             emit callsRead();
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
    if (m_status == Status::LoggingIn)
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
    newAttempt(); // answers to this login's requests are ignored
    m_client->cancelWaiting(); // and those still waiting for the budget are never sent
    m_reauthenticating = false;
    if (m_ccSessionStarted) {
        const QJsonObject body{{u"operationName"_s, u"EndContactCenterSession"_s}};
        m_client->post(u"/me"_s, body); // best effort: the request deletes itself
    }
    m_ccSessionStarted = false;
    m_callsStale = false;
    m_heldBack.clear();
    m_repeats.forgetAll();
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
        const QString details = tr("The server reported an error: %1 (code %2)")
                                    .arg(err->errorMessage)
                                    .arg(err->errorCode);
        if (call)
            emit serverErrorOnCall(call->id, err->errorCode, details);
        report(details);
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
    emit callUpdated(n.call);
}

bool Session::isSessionExpiry(const GwsResult &result)
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

void Session::onChannelStateChanged()
{
    const CometdClient::State state = m_cometd->state();
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

void Session::applyDevice(const Device &device)
{
    m_device = device;
    emit deviceChanged();
}

