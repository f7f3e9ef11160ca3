#include "teammodel.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

using namespace Qt::StringLiterals;

TeamModel::TeamModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TeamModel::setMembers(const QList<TeamMember> &members)
{
    // Remove the ones that left (from the bottom, so rows stay valid), then update or add.
    for (int row = int(m_members.size()) - 1; row >= 0; --row) {
        const QString id = m_members[size_t(row)].userId;
        const bool kept = std::any_of(members.cbegin(), members.cend(),
                                      [&](const TeamMember &m) { return m.userId == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_members.erase(m_members.begin() + row);
            endRemoveRows();
        }
    }
    for (const TeamMember &m : members) {
        const int row = rowOf(m.userId);
        if (row < 0) {
            const int at = int(m_members.size());
            beginInsertRows({}, at, at);
            m_members.push_back(m);
            endInsertRows();
            continue;
        }
        TeamMember &old = m_members[size_t(row)];
        if (old.userName != m.userName || old.displayName != m.displayName) {
            old.userName = m.userName;
            old.displayName = m.displayName;
            emit dataChanged(index(row, NameColumn), index(row, NameColumn));
        }
    }
}

void TeamModel::setDevices(const QString &userId, const QList<Device> &devices)
{
    const int row = rowOf(userId);
    if (row < 0)
        return;
    TeamMember &m = m_members[size_t(row)];
    const Device *before = m.primaryDevice();
    const bool same = before && !devices.isEmpty() && before->id == devices.first().id
                      && before->phoneNumber == devices.first().phoneNumber
                      && before->userState == devices.first().userState
                      && before->doNotDisturb == devices.first().doNotDisturb
                      && before->uri == devices.first().uri;
    m.devices = devices;
    if (!same)
        emit dataChanged(index(row, NumberColumn), index(row, MonitoringColumn));
}

void TeamModel::setMonitoring(const MonitoringState &monitoring)
{
    if (m_monitoring == monitoring)
        return;
    m_monitoring = monitoring;
    if (!m_members.empty())
        emit dataChanged(index(0, MonitoringColumn), index(rowCount() - 1, MonitoringColumn));
}

bool TeamModel::isMonitored(const Device &device) const
{
    if (!m_monitoring.isActive())
        return false;
    return idFromUri(m_monitoring.targetDeviceUri) == device.id;
}

const TeamMember *TeamModel::member(const QString &userId) const
{
    const int row = rowOf(userId);
    return row < 0 ? nullptr : &m_members[size_t(row)];
}

const TeamMember *TeamModel::memberAt(int row) const
{
    return row >= 0 && row < int(m_members.size()) ? &m_members[size_t(row)] : nullptr;
}

int TeamModel::rowOf(const QString &userId) const
{
    for (size_t i = 0; i < m_members.size(); ++i)
        if (m_members[i].userId == userId)
            return int(i);
    return -1;
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    const TeamMember *m = index.isValid() ? memberAt(index.row()) : nullptr;
    if (!m)
        return {};
    const Device *d = m->primaryDevice();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m->displayName.isEmpty() ? m->userName : m->displayName;
        case NumberColumn:
            return d ? d->phoneNumber : QString();
        case StateColumn: {
            if (!d)
                return tr("No device");
            const QString s = agentStateLabel(d->userState);
            return d->doNotDisturb ? tr("%1 (DND)").arg(s) : s;
        }
        case MonitoringColumn:
            if (!d || !isMonitored(*d))
                return QString();
            return m_monitoring.state == u"Coach"     ? tr("Coaching")
                   : m_monitoring.state == u"BargeIn" ? tr("Barged in")
                                                       : tr("Listening in");
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && d) {
            if (d->userState.state == u"Ready")
                return QBrush(QColor(0x1b, 0x80, 0x2a));
            if (d->userState.isAfterCallWork())
                return QBrush(QColor(0xc0, 0x60, 0x00));
            if (d->userState.state == u"NotReady")
                return QBrush(QColor(0xb0, 0x00, 0x20));
        }
        break;
    case UserIdRole:
        return m->userId;
    case DeviceIdRole:
        return d ? d->id : QString();
    case DeviceUriRole:
        return d ? d->uri : QString();
    case AgentStateRole:
        return d ? d->userState.state : QString();
    }
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Agent");
    case NumberColumn: return tr("Number");
    case StateColumn: return tr("State");
    case MonitoringColumn: return tr("Monitoring");
    }
    return {};
}
