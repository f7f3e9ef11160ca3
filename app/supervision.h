#pragma once

#include <QJsonObject>
#include <QObject>

class CallController;
class GwsClient;
class Session;
class TeamModel;
class TeamReader;
struct Call;
struct GwsResult;

// The supervisor's side: the team (read page by page by a TeamReader, its load on the
// server bounded whatever the team size) and monitoring of an
// agent's device: ListenIn, Coach, BargeIn and CancelSupervisorMonitoring on our device,
// SwitchToListenIn/SwitchToBargeIn on a monitored call. What we monitor is what our
// device's supervisorMonitoringState says, so a restart shows it too. The monitored calls
// arrive on our own /v2/me/calls topic and land in the Session's call model.
class Supervision : public QObject
{
    Q_OBJECT
public:
    Supervision(Session *session, GwsClient *client, CallController *calls, TeamModel *team,
                QObject *parent = nullptr);

    // The shortest cycle over the team's pages (default 5 s; 1.2 s a page beyond that).
    void setRefreshInterval(int ms);
    bool isActive() const;
    void refresh(); // the next read now (starts reading if it was not)
    TeamReader *reader() const { return m_reader; }

    // operation: ListenIn, Coach or BargeIn; scope Agent|Call; mode NextCall|AllCalls.
    // The target is the agent's device URI as the server gave it (or, without one, its id).
    bool monitor(const QString &agentDeviceUri, const QString &operation,
                 const QString &scope = QStringLiteral("Call"),
                 const QString &mode = QStringLiteral("AllCalls"));
    // The same by the agent's phone number (documented `phoneNumber` target), for a
    // supervisor who may not read the team list.
    bool monitorNumber(const QString &number, const QString &operation,
                       const QString &scope = QStringLiteral("Call"),
                       const QString &mode = QStringLiteral("AllCalls"));
    // During a monitored call: SwitchToListenIn / SwitchToBargeIn on that call, when the
    // server offers it. False if there is no such call or the server does not offer it.
    bool switchTo(const QString &operation);
    // During a monitored call: MuteMonitoredUser / UnmuteMonitoredUser on that call. They
    // are documented, yet no documented capabilities sample lists them: when the call lists
    // either, that list decides; otherwise both are offered on the monitoring leg (mute
    // while the agent is not muted, unmute while muted) and a refusal shows as an error.
    bool canSetMonitoredUserMuted(bool muted) const;
    bool setMonitoredUserMuted(bool muted);
    bool cancel();
    bool canCancel() const;                // the device offers CancelSupervisorMonitoring
    QString monitoredDeviceId() const;     // from our device's supervisorMonitoringState
    QString monitoringOperation() const;   // ListenIn / Coach / BargeIn, or empty
    // The monitored call this supervisor is on, or nullptr.
    const Call *monitoredCall() const;
    bool isBusy() const { return m_busy; }
    // Empty while the team can be read; else why not (e.g. no admin role). Final.
    QString teamUnavailableReason() const { return m_teamUnavailable; }
    // Why the last read of the team failed; empty again once a read succeeds.
    QString teamError() const;
    TeamModel *team() const { return m_team; }
    Session *session() const { return m_session; }

signals:
    void monitoringChanged();
    void teamAvailabilityChanged();
    void teamErrorChanged();
    void errorOccurred(const QString &message);
    // An operation on the monitored call (SwitchTo*, Mute/UnmuteMonitoredUser) failed.
    void monitoredCallFailed(const QString &message);

private:
    void onSessionStatus();
    bool send(const QString &operation, const QJsonObject &attributes);
    void setTeamUnavailable(const QString &reason);
    // The team's Monitored column and the monitored agent's call, from our device and leg.
    void showMonitoring();

    Session *m_session;
    GwsClient *m_client;
    CallController *m_calls;
    TeamModel *m_team;
    TeamReader *m_reader;
    QString m_teamUnavailable;
    bool m_busy = false;
};
