#include "supervision.h"

#include "callcontroller.h"

#include "callmodel.h"
#include "gwsclient.h"
#include "gwspath.h"
#include "listreader.h"
#include "session.h"
#include "teammodel.h"
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
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &Supervision::refresh);
    connect(m_session, &Session::statusChanged, this, &Supervision::onSessionStatus);
    connect(m_session, &Session::attemptReplaced, this, [this] {
        m_refreshing = false; // the answers of the earlier attempt will not come
        if (std::exchange(m_busy, false))
            emit monitoringChanged();
    });
    connect(m_session, &Session::userChanged, this, &Supervision::onSessionStatus);
    connect(m_session, &Session::deviceChanged, this, [this] {
        m_team->setMonitoring(m_session->device().monitoring);
        emit monitoringChanged();
    });
    // A monitored call coming, changing mode or going changes what the controls offer.
    CallModel *model = m_session->calls();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &Supervision::monitoringChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &Supervision::monitoringChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &Supervision::monitoringChanged);
    connect(m_calls, &CallController::operationFailed, this, [this](const CallError &error) {
        static const QList<CallOperation> onMonitoredCall{
            CallOperation::SwitchToListenIn, CallOperation::SwitchToBargeIn,
            CallOperation::MuteMonitoredUser, CallOperation::UnmuteMonitoredUser};
        if (error.op && onMonitoredCall.contains(*error.op))
            emit monitoredCallFailed(error.message.isEmpty() ? error.details : error.message);
    });
    onSessionStatus(); // the session may already be online
}

void Supervision::onSessionStatus()
{
    const bool on = m_session->status() == Session::Status::Online
                    && m_session->user().isSupervisor() && m_teamUnavailable.isEmpty();
    if (on && !m_timer.isActive()) {
        m_timer.start();
        refresh();
    } else if (!on) {
        m_timer.stop();
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
    if (m_refreshing)
        return; // the previous round is still out; a slow server gets no pile-up
    m_refreshing = true;
    ListReader::read(m_client, u"/users"_s, u"users"_s, m_session->attemptContext(),
                     [this](const GwsResult &r, const QJsonArray &users) {
        m_refreshing = false;
        if (!r.ok()) {
            m_timer.stop(); // say it once, not every 3 s
            if (r.httpStatus == 403) {
                // "Working with roles": the user list is for the admin role.
                setTeamUnavailable(tr("Your account may not read the team list (the server "
                                      "gives it to the admin role only). You can still "
                                      "monitor an agent by number."));
            } else {
                setTeamUnavailable(tr("Reading the team failed: %1").arg(r.describe()));
                emit errorOccurred(m_teamUnavailable);
            }
            return;
        }
        setTeamUnavailable({});
        QList<TeamMember> members;
        for (const QJsonValue &v : users) {
            const User user = User::fromJson(v.toObject());
            if (user.id.isEmpty() || user.id == m_session->user().id)
                continue;
            members.append({user.id, user.userName, user.displayName(), {}});
        }
        m_team->setMembers(members);
        for (const TeamMember &m : std::as_const(members))
            fetchDevices(m.userId);
    });
}

void Supervision::fetchDevices(const QString &userId)
{
    const QString path = gwsPath(u"/users", userId, u"/devices");
    ListReader::read(m_client, path, u"devices"_s, m_session->attemptContext(),
                     [this, userId](const GwsResult &r, const QJsonArray &array) {
                         if (!r.ok())
                             return;
                         QList<Device> devices;
                         for (const QJsonValue &v : array)
                             if (auto d = parseDevice(v))
                                 devices.append(*d);
                         m_team->setDevices(userId, devices);
                     });
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
