#include "teammodel.h"

#include <QBrush>
#include <QColor>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// The board's state words, one table: key and its label.
struct StateKeyText
{
    TeamModel::StateKey key;
    const char *label;
};
const StateKeyText kStateKeyTexts[] = {
    {TeamModel::StateKey::Ready, QT_TRANSLATE_NOOP("TeamModel", "Ready")},
    {TeamModel::StateKey::NotReady, QT_TRANSLATE_NOOP("TeamModel", "Not Ready")},
    {TeamModel::StateKey::AfterCallWork, QT_TRANSLATE_NOOP("TeamModel", "After Call Work")},
    {TeamModel::StateKey::OnCall, QT_TRANSLATE_NOOP("TeamModel", "On a call")},
    {TeamModel::StateKey::LoggedOut, QT_TRANSLATE_NOOP("TeamModel", "Logged Out")},
    {TeamModel::StateKey::NoDevice, QT_TRANSLATE_NOOP("TeamModel", "No device")},
};

QString stateKeyTextOf(const UserState &s)
{
    return s.state + u'\x1f' + s.workMode + u'\x1f' + s.reason;
}

// A call that is still going, in the order a supervisor cares about.
int callRank(CallState state)
{
    switch (state) {
    case CallState::Established: return 4;
    case CallState::Held: return 3;
    case CallState::Ringing: return 2;
    case CallState::Dialing: return 1;
    default: return 0;
    }
}

} // namespace

TeamModel::TeamModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    for (StateKey key : stateKeys())
        m_counts.append({key, 0});
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TeamModel::tick);
}

QList<TeamModel::StateKey> TeamModel::stateKeys()
{
    QList<StateKey> keys;
    for (const StateKeyText &t : kStateKeyTexts)
        keys.append(t.key);
    return keys;
}

QString TeamModel::stateKeyLabel(StateKey key)
{
    for (const StateKeyText &t : kStateKeyTexts)
        if (t.key == key)
            return tr(t.label);
    return {};
}

QString TeamModel::atLeastText(const QString &clock)
{
    //: Time in state whose start we did not see (the board opened, or reads failed)
    return tr("at least %1").arg(clock);
}

QString TeamModel::callTextSample()
{
    return tr("On a call with %1, %2").arg(u"+15550000000"_s, u"88:88"_s);
}

int TeamModel::count(StateKey key) const
{
    for (const StateCount &c : m_counts)
        if (c.key == key)
            return c.count;
    return 0;
}

void TeamModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void TeamModel::setTickInterval(int ms)
{
    if (ms <= 0) {
        m_tick.stop();
        m_tick.setInterval(0);
        return;
    }
    m_tick.setInterval(ms);
    if (!m_rows.empty())
        m_tick.start();
}

void TeamModel::tick()
{
    if (m_rows.empty())
        return;
    // Call durations tick too when any row shows one; the two columns are neighbours, so
    // one signal covers both.
    const bool durations = std::any_of(m_rows.cbegin(), m_rows.cend(), [this](const Row &r) {
        const Call *c = currentCall(r);
        return c && (c->state == CallState::Established || c->state == CallState::Held);
    });
    emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, durations ? CallColumn : TimeColumn),
                     {Qt::DisplayRole, Qt::AccessibleTextRole, SortRole, SecondsInStateRole,
                      CallSecondsRole});
}

void TeamModel::applyMember(Row &row, const TeamMember &m, bool isNew)
{
    const UserState state = m.primaryDevice() ? m.primaryDevice()->userState : UserState();
    const QString key = m.primaryDevice() ? stateKeyTextOf(state) : u"\x1fnodevice"_s;
    if (isNew) {
        // We do not know when this state began: count from now, as "at least".
        row.since = now();
        row.exact = false;
    } else if (key != row.stateKeyText) {
        row.since = now();
        row.exact = row.continuous; // after a gap it may have begun any time in it
    }
    row.stateKeyText = key;
    row.continuous = true;
    row.member = m;
}

void TeamModel::updateMembers(const QList<TeamMember> &members)
{
    const QHash<QString, QString> oldMonitoredBy = m_monitoredBy;
    QList<TeamMember> added;
    for (const TeamMember &m : members) {
        const auto it = m_rowOf.constFind(m.userId);
        if (it == m_rowOf.cend()) {
            added.append(m);
            continue;
        }
        Row &row = m_rows[size_t(*it)];
        QString before[ColumnCount];
        for (int c = 0; c < ColumnCount; ++c)
            before[c] = cellContent(row, c);
        applyMember(row, m, false);
        emitChangedCells(*it, before);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const TeamMember &m : std::as_const(added)) {
            Row row;
            applyMember(row, m, true);
            m_rowOf.insert(m.userId, int(m_rows.size()));
            m_rows.push_back(std::move(row));
        }
        endInsertRows();
        if (m_tick.interval() > 0 && !m_tick.isActive())
            m_tick.start();
    }
    rebuildMonitoredBy();
    // Another supervisor started or stopped monitoring: the target's row changes.
    QSet<QString> targets;
    for (auto it = oldMonitoredBy.cbegin(); it != oldMonitoredBy.cend(); ++it)
        targets.insert(it.key());
    for (auto it = m_monitoredBy.cbegin(); it != m_monitoredBy.cend(); ++it)
        targets.insert(it.key());
    for (int r = 0; r < int(m_rows.size()) && !targets.isEmpty(); ++r) {
        const Device *d = m_rows[size_t(r)].member.primaryDevice();
        if (d && targets.contains(d->id)
            && oldMonitoredBy.value(d->id) != m_monitoredBy.value(d->id))
            emit dataChanged(index(r, MonitoredColumn), index(r, MonitoredColumn));
    }
    updateCounts();
}

void TeamModel::removeMembersExcept(const QSet<QString> &userIds)
{
    // From the bottom, in runs, so each removal is one contiguous beginRemoveRows.
    bool removed = false;
    int r = int(m_rows.size()) - 1;
    while (r >= 0) {
        if (userIds.contains(m_rows[size_t(r)].member.userId)) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && !userIds.contains(m_rows[size_t(first - 1)].member.userId))
            --first;
        beginRemoveRows({}, first, r);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + r + 1);
        endRemoveRows();
        removed = true;
        r = first - 1;
    }
    if (!removed)
        return;
    rebuildIndex();
    rebuildMonitoredBy();
    if (m_rows.empty())
        m_tick.stop();
    updateCounts();
}

void TeamModel::setMembers(const QList<TeamMember> &members)
{
    QSet<QString> ids;
    for (const TeamMember &m : members)
        ids.insert(m.userId);
    removeMembersExcept(ids);
    updateMembers(members);
}

void TeamModel::setDevices(const QString &userId, const QList<Device> &devices)
{
    const int r = rowOf(userId);
    if (r < 0)
        return;
    TeamMember m = m_rows[size_t(r)].member;
    m.devices = devices;
    updateMembers({m});
}

void TeamModel::setMonitoring(const MonitoringState &monitoring, const Call *leg)
{
    const std::optional<Call> newLeg = leg ? std::optional<Call>(*leg) : std::nullopt;
    const QString oldTarget = idFromUri(m_monitoring.targetDeviceUri);
    const QString newTarget = idFromUri(monitoring.targetDeviceUri);
    // Rows that may change: the old and the new target.
    QList<int> rows;
    QList<std::array<QString, 2>> before;
    for (int r = 0; r < int(m_rows.size()); ++r) {
        const Device *d = m_rows[size_t(r)].member.primaryDevice();
        if (d && !d->id.isEmpty() && (d->id == oldTarget || d->id == newTarget)) {
            rows.append(r);
            before.append({cellContent(m_rows[size_t(r)], CallColumn),
                           cellContent(m_rows[size_t(r)], MonitoredColumn)});
        }
    }
    m_monitoring = monitoring;
    m_leg = newLeg;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &row = m_rows[size_t(rows[i])];
        if (cellContent(row, CallColumn) != before[i][0])
            emit dataChanged(index(rows[i], CallColumn), index(rows[i], CallColumn));
        if (cellContent(row, MonitoredColumn) != before[i][1])
            emit dataChanged(index(rows[i], MonitoredColumn), index(rows[i], MonitoredColumn));
    }
    updateCounts(); // the leg may put the agent "On a call"
}

void TeamModel::setCallsKnown(bool known)
{
    if (known == m_callsKnown)
        return;
    m_callsKnown = known;
    // Rare (once per server): every row's state key and call cell may differ now.
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    updateCounts();
    emit callsKnownChanged();
}

void TeamModel::markGap()
{
    for (Row &row : m_rows)
        row.continuous = false;
}

void TeamModel::emitChangedCells(int r, const QString (&before)[ColumnCount])
{
    const Row &row = m_rows[size_t(r)];
    for (int c = 0; c < ColumnCount; ++c)
        if (cellContent(row, c) != before[c])
            emit dataChanged(index(r, c), index(r, c));
}

void TeamModel::rebuildIndex()
{
    m_rowOf.clear();
    m_rowOf.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows[i].member.userId, int(i));
}

void TeamModel::rebuildMonitoredBy()
{
    // Listed supervisors whose device says whom it monitors (undocumented in a list, so
    // shown only when a server sends it).
    m_monitoredBy.clear();
    for (const Row &row : m_rows) {
        for (const Device &d : row.member.devices) {
            if (!d.monitoring.isActive())
                continue;
            const QString name = row.member.displayName.isEmpty() ? row.member.userName
                                                                  : row.member.displayName;
            const QString what = d.monitoring.state == u"Coach"     ? tr("%1 coaching")
                                 : d.monitoring.state == u"BargeIn" ? tr("%1 barged in")
                                                                     : tr("%1 listening");
            m_monitoredBy.insert(idFromUri(d.monitoring.targetDeviceUri), what.arg(name));
        }
    }
}

void TeamModel::updateCounts()
{
    QList<StateCount> counts;
    for (StateKey key : stateKeys())
        counts.append({key, 0});
    for (const Row &row : m_rows)
        ++counts[int(stateKey(row))].count; // the table is in enum order
    if (!m_callsKnown)
        counts.removeAt(int(StateKey::OnCall));
    emit updated();
    if (counts == m_counts)
        return;
    m_counts = counts;
    emit stateCountsChanged();
}

const Call *TeamModel::currentCall(const Row &row) const
{
    const Call *best = nullptr;
    for (const Call &c : row.member.calls)
        if (callRank(c.state) > 0 && (!best || callRank(c.state) > callRank(best->state)))
            best = &c;
    if (best)
        return best;
    // Our own monitoring leg is on the monitored agent's call.
    const Device *d = row.member.primaryDevice();
    if (m_leg && d && m_monitoring.isActive() && idFromUri(m_monitoring.targetDeviceUri) == d->id
        && callRank(m_leg->state) > 0)
        return &*m_leg;
    return nullptr;
}

TeamModel::StateKey TeamModel::stateKey(const Row &row) const
{
    if (m_callsKnown && currentCall(row))
        return StateKey::OnCall;
    const Device *d = row.member.primaryDevice();
    if (!d)
        return StateKey::NoDevice;
    const UserState &s = d->userState;
    if (s.state == u"Ready")
        return StateKey::Ready;
    if (s.isAfterCallWork())
        return StateKey::AfterCallWork;
    if (s.state == u"NotReady")
        return StateKey::NotReady;
    return StateKey::LoggedOut; // LoggedOut, or no state told: not available either way
}

qint64 TeamModel::secondsInState(const Row &row) const
{
    return std::max<qint64>(0, row.since.secsTo(now()));
}

QString TeamModel::callText(const Row &row, const Call &call) const
{
    // The other party: not the agent's own number (our leg lists the agent too).
    const Device *d = row.member.primaryDevice();
    QString other;
    for (const Participant &p : call.participants) {
        const QString number = p.displayNumber();
        if (!number.isEmpty() && (!d || (number != d->phoneNumber && number != d->e164Number))) {
            other = number;
            break;
        }
    }
    if (other.isEmpty() && call.participants.isEmpty())
        other = call.remoteParty();
    const QString duration = clockText(call.liveDurationSeconds(now()));
    switch (call.state) {
    case CallState::Ringing:
        return other.isEmpty() ? tr("Ringing") : tr("Ringing: %1").arg(other);
    case CallState::Dialing:
        return other.isEmpty() ? tr("Dialling") : tr("Dialling %1").arg(other);
    case CallState::Held:
        return other.isEmpty() ? tr("Held, %1").arg(duration)
                               : tr("Held: %1, %2").arg(other, duration);
    default:
        return other.isEmpty() ? tr("On a call, %1").arg(duration)
                               : tr("On a call with %1, %2").arg(other, duration);
    }
}

QString TeamModel::monitoredText(const Row &row) const
{
    const Device *d = row.member.primaryDevice();
    if (!d)
        return {};
    if (m_monitoring.isActive() && idFromUri(m_monitoring.targetDeviceUri) == d->id) {
        // "Listening in" only while our leg is on the agent's call; else monitoring is
        // armed for the agent's next call (the device still says so).
        const bool onCall = m_leg && callRank(m_leg->state) > 0;
        if (m_monitoring.state == u"Coach")
            return onCall ? tr("Coaching") : tr("Coaching: waiting for a call");
        if (m_monitoring.state == u"BargeIn")
            return onCall ? tr("Barged in") : tr("Barge in: waiting for a call");
        return onCall ? tr("Listening in") : tr("Listening in: waiting for a call");
    }
    return m_monitoredBy.value(d->id);
}

QString TeamModel::cellContent(const Row &row, int column) const
{
    const TeamMember &m = row.member;
    const Device *d = m.primaryDevice();
    switch (column) {
    case AgentColumn:
        return m.displayName + u'\x1f' + m.userName + u'\x1f' + (d ? d->phoneNumber : QString());
    case StateColumn:
        return d ? stateKeyTextOf(d->userState) + u'\x1f' + d->userState.displayName
                       + (d->doNotDisturb ? u"\x1f+dnd"_s : QString())
                 : QString();
    case TimeColumn:
        return QString::number(row.since.toMSecsSinceEpoch()) + (row.exact ? u"!"_s : u"~"_s);
    case CallColumn: {
        const Call *c = currentCall(row);
        if (!c)
            return {};
        // The call's start, so that a re-read of the same running call is no change.
        const qint64 start = c->receivedAt.isValid()
                                 ? (c->receivedAt.toMSecsSinceEpoch() - c->durationSeconds * 1000LL) / 2000
                                 : 0;
        QStringList parties;
        for (const Participant &p : c->participants)
            parties.append(p.displayNumber());
        return c->id + u'\x1f' + callStateToString(c->state) + u'\x1f' + parties.join(u',')
               + u'\x1f' + QString::number(start);
    }
    case MonitoredColumn:
        return monitoredText(row);
    }
    return {};
}

QVariant TeamModel::sortValue(const Row &row, int column) const
{
    const TeamMember &m = row.member;
    switch (column) {
    case AgentColumn: {
        // As the server sorts the list: last name, first name.
        const QString name = m.lastName.isEmpty() && m.firstName.isEmpty()
                                 ? (m.displayName.isEmpty() ? m.userName : m.displayName)
                                 : m.lastName + u' ' + m.firstName;
        return name.toCaseFolded();
    }
    case StateColumn: {
        const Device *d = m.primaryDevice();
        return QString(QString::number(int(stateKey(row))) + u' '
                       + (d ? agentStateLabel(d->userState).toCaseFolded() : QString()));
    }
    case TimeColumn:
        return secondsInState(row);
    case CallColumn: {
        const Call *c = currentCall(row);
        return c ? qint64(callRank(c->state)) * 100'000'000 + c->liveDurationSeconds(now())
                 : qint64(-1);
    }
    case MonitoredColumn:
        return monitoredText(row).toCaseFolded();
    }
    return {};
}

const TeamMember *TeamModel::member(const QString &userId) const
{
    const int r = rowOf(userId);
    return r < 0 ? nullptr : &m_rows[size_t(r)].member;
}

const TeamMember *TeamModel::memberAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)].member : nullptr;
}

int TeamModel::rowOf(const QString &userId) const
{
    return m_rowOf.value(userId, -1);
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const TeamMember &m = row.member;
    const Device *d = m.primaryDevice();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case AgentColumn:
            return m.displayName.isEmpty() ? m.userName : m.displayName;
        case StateColumn: {
            if (!d)
                return stateKeyLabel(StateKey::NoDevice);
            const QString s = agentStateLabel(d->userState);
            return d->doNotDisturb ? tr("%1 (DND)").arg(s) : s;
        }
        case TimeColumn: {
            const QString clock = clockText(secondsInState(row));
            return row.exact ? clock : atLeastText(clock);
        }
        case CallColumn: {
            const Call *c = currentCall(row);
            return c ? callText(row, *c) : QString();
        }
        case MonitoredColumn:
            return monitoredText(row);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == AgentColumn && d && !d->phoneNumber.isEmpty())
            return tr("%1, number %2").arg(m.displayName.isEmpty() ? m.userName : m.displayName,
                                           d->phoneNumber);
        if (index.column() == CallColumn) // whole, should the column be narrow
            if (const Call *c = currentCall(row))
                return callText(row, *c);
        if (index.column() == TimeColumn && !row.exact)
            return tr("The state began before the board saw it: the time is at least this");
        break;
    case UserIdRole:
        return m.userId;
    case DeviceIdRole:
        return d ? d->id : QString();
    case DeviceUriRole:
        return d ? d->uri : QString();
    case PhoneNumberRole:
        return d ? d->phoneNumber : QString();
    case AgentStateRole:
        return d ? d->userState.state : QString();
    case StateKeyRole:
        return int(stateKey(row));
    case SortRole:
        return sortValue(row, index.column());
    case SecondsInStateRole:
        return secondsInState(row);
    case StateTimeExactRole:
        return row.exact;
    case CallStateRole: {
        const Call *c = currentCall(row);
        return int(c ? c->state : CallState::Unknown);
    }
    case CallSecondsRole: {
        const Call *c = currentCall(row);
        return c && (c->state == CallState::Established || c->state == CallState::Held)
                   ? c->liveDurationSeconds(now())
                   : -1;
    }
    case MonitoredByMeRole:
        return d && m_monitoring.isActive() && idFromUri(m_monitoring.targetDeviceUri) == d->id;
    }
    return {};
}

QVariant TeamModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AgentColumn: return tr("Agent");
    case StateColumn: return tr("State");
    case TimeColumn: return tr("Time in state");
    case CallColumn: return tr("Call");
    case MonitoredColumn: return tr("Monitored");
    }
    return {};
}
