#pragma once

#include "device.h"

#include <QAbstractTableModel>
#include <vector>

// One agent of the supervisor's team, from GET /api/v2/users and /users/{id}/devices.
struct TeamMember
{
    QString userId;
    QString userName;
    QString displayName;
    QList<Device> devices;

    const Device *primaryDevice() const { return devices.isEmpty() ? nullptr : &devices.first(); }
};

// The team as a table: Agent, Number, State, and whether this supervisor monitors the
// agent. Rows are keyed by user id, so a refresh updates rows in place and only signals
// what changed.
class TeamModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, NumberColumn, StateColumn, MonitoringColumn, ColumnCount };
    enum Roles { UserIdRole = Qt::UserRole + 1, DeviceIdRole, DeviceUriRole, AgentStateRole };

    explicit TeamModel(QObject *parent = nullptr);

    // Replaces the team; members are matched by userId.
    void setMembers(const QList<TeamMember> &members);
    // Updates one member's devices in place.
    void setDevices(const QString &userId, const QList<Device> &devices);
    // What this supervisor's device says it monitors (supervisorMonitoringState).
    void setMonitoring(const MonitoringState &monitoring);
    const TeamMember *member(const QString &userId) const;
    const TeamMember *memberAt(int row) const;
    int rowOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool isMonitored(const Device &device) const;

    std::vector<TeamMember> m_members;
    MonitoringState m_monitoring;
};
