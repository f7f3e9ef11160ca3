#include "supervision.h"

#include "callcontroller.h"

#include "callmodel.h"
#include "gwsclient.h"
#include "gwspath.h"
#include "session.h"
#include "teammodel.h"
#include "teamreader.h"
#include "validation.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

Supervision::Supervision(Session *session, GwsClient *client, CallController *calls,
                         TeamModel *team, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_calls(calls)
    , m_team(team)
    , m_reader(new TeamReader(client, team, this))
{
    connect(m_reader, &TeamReader::forbidden, this, [this] {
        // "Working with roles": the user list may be for the admin role only.
        setTeamUnavailable(tr("Your account may not read the team list (the server "
                              "gives it to the admin role only). You can still "
                              "monitor an agent by number."));
    });
    connect(m_reader, &TeamReader::errorChanged, this, [this] {
        emit teamErrorChanged();
        if (!m_reader->error().isEmpty())
            emit errorOccurred(m_reader->error()); // once per failure, not per retry
    });
    connect(m_session, &Session::statusChanged, this, &Supervision::onSessionStatus);
    connect(m_session, &Session::attemptReplaced, this, [this] {
        // The answers of the earlier attempt will not come: read again in the new one.
        const bool reading = m_reader->isRunning();
        m_reader->stop();
        if (reading)
            onSessionStatus();
        if (std::exchange(m_busy, false))
            emit monitoringChanged();
    });
    connect(m_session, &Session::userChanged, this, &Supervision::onSessionStatus);
    connect(m_session, &Session::deviceChanged, this, [this] {
        showMonitoring();
        emit monitoringChanged();
    });
    // A monitored call coming, changing mode or going changes what the controls offer,
    // and ends "Listening in" on the agent's row when our leg is released.
    CallModel *model = m_session->calls();
    const auto callsChanged = [this] {
        showMonitoring();
        emit monitoringChanged();
    };
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, callsChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, callsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, callsChanged);
    connect(m_calls, &CallController::operationFailed, this, [this](const CallError &error) {
        static const QList<CallOperation> onMonitoredCall{
            CallOperation::SwitchToListenIn, CallOperation::SwitchToBargeIn,
            CallOperation::MuteMonitoredUser, CallOperation::UnmuteMonitoredUser};
        if (error.op && onMonitoredCall.contains(*error.op))
            emit monitoredCallFailed(error.message.isEmpty() ? error.details : error.message);
    });
    onSessionStatus(); // the session may already be online
}

void Supervision::setRefreshInterval(int ms)
{
    m_reader->setCadence(ms, std::min(ms, 1200));
}

bool Supervision::isActive() const
{
    return m_reader->isRunning();
}

QString Supervision::teamError() const
{
    return m_reader->error();
}

void Supervision::onSessionStatus()
{
    const bool on = m_session->status() == Session::Status::Online
                    && m_session->user().isSupervisor() && m_teamUnavailable.isEmpty();
    if (on && !m_reader->isRunning()) {
        refresh();
    } else if (!on) {
        m_reader->stop();
    }
}

void Supervision::setTeamUnavailable(const QString &reason)
{
    if (m_teamUnavailable == reason)
        return;
    m_teamUnavailable = reason;
    emit teamAvailabilityChanged();
}

void Supervision::refresh()
{
    if (!m_reader->isRunning()) {
        m_reader->setContext(m_session->attemptContext());
        m_reader->setOwnUserId(m_session->user().id);
        m_reader->start();
        return;
    }
    m_reader->readNow();
}

void Supervision::showMonitoring()
{
    MonitoringState monitoring = m_session->device().monitoring;
    if (monitoring.isActive())
        monitoring.state = monitoringOperation(); // a switch on the call shows at once
    m_team->setMonitoring(monitoring, monitoredCall());
}

bool Supervision::canCancel() const
{
    return m_session->device().can(u"CancelSupervisorMonitoring"_s);
}

QString Supervision::monitoredDeviceId() const
{
    return idFromUri(m_session->device().monitoring.targetDeviceUri);
}

QString Supervision::monitoringOperation() const
{
    // On a monitored call the call's own offer tells the mode best: after SwitchToBargeIn
    // the device may still say what was configured.
    const MonitoringState &m = m_session->device().monitoring;
    if (const Call *call = monitoredCall()) {
        if (call->can(u"SwitchToListenIn"_s) && !call->can(u"SwitchToBargeIn"_s))
            return u"BargeIn"_s;
        if (call->can(u"SwitchToBargeIn"_s) && !call->can(u"SwitchToListenIn"_s)
            && m.state != u"Coach")
            return u"ListenIn"_s;
    }
    return m.state;
}

const Call *Supervision::monitoredCall() const
{
    for (const Call &c : m_session->calls()->calls())
        if (c.monitoring && c.state != CallState::Released)
            return m_session->calls()->call(c.id);
    return nullptr;
}

bool Supervision::monitor(const QString &agentDeviceUri, const QString &operation,
                          const QString &scope, const QString &mode)
{
    if (agentDeviceUri.isEmpty())
        return false;
    // The server's own URI for the device; a bare id gets the documented shape.
    const QString uri = agentDeviceUri.contains(u'/')
                            ? agentDeviceUri
                            : m_client->urlFor(gwsPath(u"/devices", agentDeviceUri))
                                  .toString();
    return send(operation, {{u"targetDeviceUri"_s, uri},
                            {u"supervisorMonitoringScope"_s, scope},
                            {u"supervisorMonitoringMode"_s, mode}});
}

bool Supervision::monitorNumber(const QString &number, const QString &operation,
                                const QString &scope, const QString &mode)
{
    QString error;
    const auto normalized = Validation::normalizeDestination(number, &error);
    if (!normalized) {
        emit errorOccurred(error);
        return false;
    }
    return send(operation, {{u"phoneNumber"_s, *normalized},
                            {u"supervisorMonitoringScope"_s, scope},
                            {u"supervisorMonitoringMode"_s, mode}});
}

bool Supervision::switchTo(const QString &operation)
{
    const Call *call = monitoredCall();
    const auto op = CallOperations::fromName(u"SwitchTo"_s + operation); // ListenIn, BargeIn
    if (!call || !op || !call->can(CallOperations::capability(*op)))
        return false;
    return m_calls->perform(*op, call->id);
}

bool Supervision::canSetMonitoredUserMuted(bool muted) const
{
    const Call *call = monitoredCall();
    if (!call)
        return false;
    const QString mute = CallOperations::capability(CallOperation::MuteMonitoredUser);
    const QString unmute = CallOperations::capability(CallOperation::UnmuteMonitoredUser);
    if (call->can(mute) || call->can(unmute)) // a server that lists them
        return call->can(muted ? mute : unmute);
    return call->monitoredUserMuted != muted;
}

bool Supervision::setMonitoredUserMuted(bool muted)
{
    if (!canSetMonitoredUserMuted(muted))
        return false;
    return m_calls->perform(muted ? CallOperation::MuteMonitoredUser
                                  : CallOperation::UnmuteMonitoredUser,
                            monitoredCall()->id);
}

bool Supervision::cancel()
{
    return send(u"CancelSupervisorMonitoring"_s, {});
}

bool Supervision::send(const QString &operation, const QJsonObject &attributes)
{
    const QString deviceId = m_session->device().id;
    if (m_busy || deviceId.isEmpty() || m_session->status() != Session::Status::Online)
        return false;
    QJsonObject body = attributes;
    body[u"operationName"_s] = operation;
    m_busy = true;
    emit monitoringChanged();
    const QString path = gwsPath(u"/me/devices", deviceId);
    connect(m_client->post(path, body), &GwsRequest::finished, m_session->attemptContext(),
            [this, operation](const GwsResult &r) {
                m_busy = false;
                // The outcome shows in our device's supervisorMonitoringState.
                if (!r.ok())
                    emit errorOccurred(tr("%1 failed: %2").arg(operation, r.describe()));
                emit monitoringChanged();
            });
    return true;
}
