#include "supervision.h"

#include "gwsclient.h"
#include "session.h"
#include "teammodel.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

Supervision::Supervision(Session *session, TeamModel *team, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_team(team)
{
    m_timer.setInterval(3000);
    connect(&m_timer, &QTimer::timeout, this, &Supervision::refresh);
    connect(m_session, &Session::statusChanged, this, &Supervision::onSessionStatus);
    connect(m_session, &Session::userChanged, this, &Supervision::onSessionStatus);
    connect(m_session, &Session::deviceChanged, this, [this] {
        // The server is the truth: without CancelSupervisorMonitoring we are not monitoring.
        if (!m_target.isEmpty() && !canCancel() && !m_busy) {
            m_target.clear();
            m_operation.clear();
        }
        emit monitoringChanged();
    });
    onSessionStatus(); // the session may already be online
}

void Supervision::onSessionStatus()
{
    const bool on = m_session->status() == Session::Status::Online
                    && m_session->user().isSupervisor();
    if (on && !m_timer.isActive()) {
        m_timer.start();
        refresh();
    } else if (!on) {
        m_timer.stop();
    }
}

void Supervision::refresh()
{
    if (m_refreshing)
        return; // the previous round is still out; a slow server gets no pile-up
    m_refreshing = true;
    GwsClient *client = m_session->client();
    connect(client->get(u"/users"_s), &GwsRequest::finished, this, [this](const GwsResult &r) {
        m_refreshing = false;
        if (!r.ok()) {
            m_timer.stop(); // 403 for agents, or a fault: say it once, not every 3 s
            emit errorOccurred(tr("Reading the team failed: %1").arg(r.describe()));
            return;
        }
        QList<TeamMember> members;
        const QJsonArray users = r.body.value(u"users").toArray();
        for (const QJsonValue &v : users) {
            const User user = User::fromJson(v.toObject());
            if (user.id.isEmpty() || user.id == m_session->user().id)
                continue;
            members.append({user.id, user.userName, user.displayName(), {}, -1});
        }
        m_team->setMembers(members);
        for (const TeamMember &m : std::as_const(members))
            fetchDevices(m.userId);
    });
}

void Supervision::fetchDevices(const QString &userId)
{
    const QString path = u"/users/"_s + QString::fromUtf8(QUrl::toPercentEncoding(userId))
                         + u"/devices"_s;
    connect(m_session->client()->get(path), &GwsRequest::finished, this,
            [this, userId](const GwsResult &r) {
                if (!r.ok())
                    return;
                QList<Device> devices;
                int activeCalls = -1;
                const QJsonArray array = r.body.value(u"devices").toArray();
                for (const QJsonValue &v : array) {
                    if (auto d = parseDevice(v)) {
                        devices.append(*d);
                        if (v.toObject().contains(u"activeCalls"))
                            activeCalls = qMax(activeCalls, 0)
                                          + v.toObject().value(u"activeCalls").toInt();
                    }
                }
                m_team->setDevices(userId, devices, activeCalls);
            });
}

bool Supervision::canCancel() const
{
    return m_session->device().can(u"CancelSupervisorMonitoring"_s);
}

bool Supervision::monitor(const QString &agentDeviceId, const QString &operation,
                          const QString &scope, const QString &mode)
{
    if (agentDeviceId.isEmpty())
        return false;
    const QString uri = m_session->client()->urlFor(
        u"/devices/"_s + QString::fromUtf8(QUrl::toPercentEncoding(agentDeviceId))).toString();
    const QJsonObject attributes{{u"targetDeviceUri"_s, uri},
                                 {u"supervisorMonitoringScope"_s, scope},
                                 {u"supervisorMonitoringMode"_s, mode}};
    if (!send(operation, attributes, agentDeviceId))
        return false;
    return true;
}

bool Supervision::cancel()
{
    return send(u"CancelSupervisorMonitoring"_s, {}, QString());
}

bool Supervision::send(const QString &operation, const QJsonObject &attributes,
                       const QString &target)
{
    const QString deviceId = m_session->device().id;
    if (m_busy || deviceId.isEmpty() || m_session->status() != Session::Status::Online)
        return false;
    QJsonObject body = attributes;
    body[u"operationName"_s] = operation;
    m_busy = true;
    emit monitoringChanged();
    const QString path = u"/me/devices/"_s + QString::fromUtf8(QUrl::toPercentEncoding(deviceId));
    connect(m_session->client()->post(path, body), &GwsRequest::finished, this,
            [this, operation, target](const GwsResult &r) {
                m_busy = false;
                if (!r.ok()) {
                    emit errorOccurred(tr("%1 failed: %2").arg(operation, r.describe()));
                } else if (operation == u"CancelSupervisorMonitoring") {
                    m_target.clear();
                    m_operation.clear();
                } else {
                    m_target = target;
                    m_operation = operation;
                }
                emit monitoringChanged();
            });
    return true;
}
