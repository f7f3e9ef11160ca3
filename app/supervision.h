#pragma once

#include <QJsonObject>
#include <QObject>
#include <QTimer>

class Session;
class TeamModel;
struct GwsResult;

// The supervisor's side: the team (GET /users, /users/{id}/devices, refreshed on a timer)
// and monitoring of an agent's device: ListenIn, Coach, BargeIn, switching between them,
// and CancelSupervisorMonitoring. The monitored calls themselves arrive on the
// supervisor's own /v2/me/calls topic and land in the Session's call model.
class Supervision : public QObject
{
    Q_OBJECT
public:
    Supervision(Session *session, TeamModel *team, QObject *parent = nullptr);

    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }
    bool isActive() const { return m_timer.isActive(); }
    void refresh();

    // operation: ListenIn, Coach or BargeIn; scope Agent|Call; mode NextCall|AllCalls.
    bool monitor(const QString &agentDeviceId, const QString &operation,
                 const QString &scope = QStringLiteral("Call"),
                 const QString &mode = QStringLiteral("AllCalls"));
    bool cancel();
    bool canCancel() const;                // the device offers CancelSupervisorMonitoring
    QString monitoredDeviceId() const { return m_target; }
    QString monitoringOperation() const { return m_operation; }
    bool isBusy() const { return m_busy; }
    TeamModel *team() const { return m_team; }
    Session *session() const { return m_session; }

signals:
    void monitoringChanged();
    void errorOccurred(const QString &message);

private:
    void onSessionStatus();
    bool send(const QString &operation, const QJsonObject &attributes, const QString &target);
    void fetchDevices(const QString &userId);

    Session *m_session;
    TeamModel *m_team;
    QTimer m_timer;
    QString m_target;    // device id being monitored (as we asked)
    QString m_operation; // ListenIn / Coach / BargeIn
    bool m_busy = false;
    bool m_refreshing = false;
};
