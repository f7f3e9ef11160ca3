#include "callmodel.h"

#include "plaintooltip.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

// Index scheme: call rows carry internalId 0; participant rows carry their call's key from
// m_keys. No per-item allocation, and parent() is a short search over a handful of calls.

namespace {

constexpr quintptr CallRowId = 0;

bool isCounting(CallState state)
{
    return state == CallState::Established || state == CallState::Held;
}

bool showsDuration(CallState state)
{
    return isCounting(state) || state == CallState::Dialing || state == CallState::Ringing;
}

QString formatDuration(int seconds)
{
    seconds = std::max(0, seconds);
    const int h = seconds / 3600;
    const int m = (seconds % 3600) / 60;
    const int s = seconds % 60;
    if (h > 0)
        return u"%1:%2:%3"_s.arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return u"%1:%2"_s.arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
}

QString stateText(const Call &call)
{
    QString text;
    switch (call.state) {
    case CallState::Ringing: text = CallModel::tr("Ringing"); break;
    case CallState::Dialing: text = CallModel::tr("Dialing"); break;
    case CallState::Established: text = CallModel::tr("Established"); break;
    case CallState::Held: text = CallModel::tr("On hold"); break;
    case CallState::Released: text = CallModel::tr("Released"); break;
    case CallState::Unknown: text = CallModel::tr("Unknown"); break;
    }
    return call.muted ? CallModel::tr("%1 (muted)").arg(text) : text;
}

QString typeText(const QString &callType)
{
    // Known types go through tr(); anything else the server invents is shown verbatim.
    if (callType == "Inbound"_L1)
        return CallModel::tr("Inbound");
    if (callType == "Outbound"_L1)
        return CallModel::tr("Outbound");
    if (callType == "Internal"_L1)
        return CallModel::tr("Internal");
    if (callType == "Consult"_L1)
        return CallModel::tr("Consult");
    return callType;
}

// A supervisor's monitoring leg says so, and how, where other calls say their direction.
QString kindText(const Call &c)
{
    switch (c.supervision()) {
    case CallSupervision::YouListenIn: return CallModel::tr("Monitoring (listening)");
    case CallSupervision::YouCoach: return CallModel::tr("Monitoring (coaching)");
    case CallSupervision::YouBargedIn: return CallModel::tr("Monitoring (barged in)");
    case CallSupervision::YouMonitor: return CallModel::tr("Monitoring");
    case CallSupervision::None:
    case CallSupervision::SupervisorListening: break;
    }
    return typeText(c.callType);
}

QVariant stateColor(CallState state)
{
    switch (state) {
    case CallState::Ringing: return QBrush(QColor(0xc0, 0x60, 0x00));     // orange
    case CallState::Established: return QBrush(QColor(0x1b, 0x80, 0x2a)); // green
    case CallState::Held: return QBrush(QColor(0x1f, 0x5f, 0xbf));        // blue
    default: return {};
    }
}

// The key a participant keeps across updates, so a join/leave is an insert/remove.
QString participantKey(const Participant &p)
{
    return p.phoneNumber.isEmpty() ? p.displayNumber() : p.phoneNumber;
}

// Calls f(first, last) for each run of consecutive values in sorted `rows`.
template<typename F>
void forEachRun(const std::vector<int> &rows, F f)
{
    for (size_t i = 0; i < rows.size();) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        f(rows[i], rows[j]);
        i = j + 1;
    }
}

} // namespace

CallModel::CallModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QDateTime CallModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void CallModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int CallModel::rowOf(const QString &id) const
{
    const auto it = std::find_if(m_calls.cbegin(), m_calls.cend(),
                                 [&id](const Call &c) { return c.id == id; });
    return it == m_calls.cend() ? -1 : int(it - m_calls.cbegin());
}

int CallModel::rowOfKey(quintptr key) const
{
    const auto it = std::find(m_keys.cbegin(), m_keys.cend(), key);
    return it == m_keys.cend() ? -1 : int(it - m_keys.cbegin());
}

// ---- updates ------------------------------------------------------------------------

void CallModel::upsertCall(const Call &call)
{
    if (call.id.isEmpty())
        return; // cannot be keyed; the parser never produces one
    if (call.state == CallState::Released) {
        removeCall(call.id);
        return;
    }
    if (const int row = rowOf(call.id); row >= 0)
        updateRow(row, call);
    else
        appendCalls({call});
}

void CallModel::removeCall(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_calls.erase(m_calls.begin() + row);
    m_keys.erase(m_keys.begin() + row);
    endRemoveRows();
}

void CallModel::setCalls(const QList<Call> &calls)
{
    // The wanted state: one entry per id (a later duplicate wins), no Released calls.
    QList<Call> wanted;
    QHash<QString, qsizetype> position;
    for (const Call &c : calls) {
        if (c.id.isEmpty() || c.state == CallState::Released)
            continue;
        if (const auto it = position.constFind(c.id); it != position.cend()) {
            wanted[*it] = c;
        } else {
            position.insert(c.id, wanted.size());
            wanted.append(c);
        }
    }

    // Remove what is gone, bottom-up so earlier rows keep their numbers; one signal per run.
    for (int row = int(m_calls.size()) - 1; row >= 0; --row) {
        if (position.contains(m_calls[row].id))
            continue;
        const int last = row;
        while (row > 0 && !position.contains(m_calls[row - 1].id))
            --row;
        beginRemoveRows({}, row, last);
        m_calls.erase(m_calls.begin() + row, m_calls.begin() + last + 1);
        m_keys.erase(m_keys.begin() + row, m_keys.begin() + last + 1);
        endRemoveRows();
    }

    // Known calls keep their row (the agent's list does not jump); new ones go to the end.
    QList<Call> added;
    for (const Call &c : std::as_const(wanted)) {
        if (const int row = rowOf(c.id); row >= 0)
            updateRow(row, c);
        else
            added.append(c);
    }
    appendCalls(std::move(added));
}

void CallModel::clear()
{
    if (m_calls.empty())
        return;
    beginRemoveRows({}, 0, int(m_calls.size()) - 1);
    m_calls.clear();
    m_keys.clear();
    endRemoveRows();
}

void CallModel::appendCalls(QList<Call> calls)
{
    if (calls.isEmpty())
        return;
    const int first = int(m_calls.size());
    beginInsertRows({}, first, first + int(calls.size()) - 1);
    for (Call &c : calls) {
        // A hand-built call has no arrival time; count from now on the model's clock.
        if (!c.receivedAt.isValid())
            c.receivedAt = now();
        c.stateSince = now();
        m_calls.push_back(std::move(c));
        m_keys.push_back(m_nextKey++);
    }
    endInsertRows();
}

void CallModel::updateRow(int row, Call call)
{
    Call &current = m_calls[row];
    // A call listed by GET /me/calls has no notification around it: keep the wrap-up
    // time the last notification told.
    if (call.wrapUpSeconds < 0)
        call.wrapUpSeconds = current.wrapUpSeconds;
    // Same content: keep the old receivedAt, or a repeated "duration": "7" would restart
    // the live counter.
    if (current.sameContent(call))
        return;
    if (!call.receivedAt.isValid())
        call.receivedAt = now();
    // Hold, ring and talk timers count from the change of state, not from each update.
    call.stateSince = call.state == current.state && current.stateSince.isValid()
                          ? current.stateSince
                          : now();
    syncParticipants(row, call.participants);
    m_calls[row] = std::move(call);
    // The summary (party, state, capabilities...) may change with any field.
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

// Brings the participant rows of `row` to `wanted` with the fewest row signals: the
// common head and tail stay, the differing middle becomes removes or inserts plus
// dataChanged for replaced entries.
void CallModel::syncParticipants(int row, const QList<Participant> &wanted)
{
    QList<Participant> &list = m_calls[row].participants;
    const int oldCount = int(list.size());
    const int newCount = int(wanted.size());
    int head = 0;
    while (head < oldCount && head < newCount
           && participantKey(list[head]) == participantKey(wanted[head]))
        ++head;
    int tail = 0;
    while (tail < oldCount - head && tail < newCount - head
           && participantKey(list[oldCount - 1 - tail])
               == participantKey(wanted[newCount - 1 - tail]))
        ++tail;
    const int oldMiddle = oldCount - head - tail;
    const int newMiddle = newCount - head - tail;
    const int replaced = std::min(oldMiddle, newMiddle);
    const QModelIndex parent = index(row, 0);

    if (oldMiddle > replaced) {
        const int first = head + replaced;
        beginRemoveRows(parent, first, head + oldMiddle - 1);
        list.remove(first, oldMiddle - replaced);
        endRemoveRows();
    }
    if (newMiddle > replaced) {
        const int first = head + replaced;
        beginInsertRows(parent, first, head + newMiddle - 1);
        for (int i = first; i < head + newMiddle; ++i)
            list.insert(i, wanted[i]);
        endInsertRows();
    }

    // Now row i holds wanted[i]'s key (or a replaced entry); report what differs.
    std::vector<int> changed;
    for (int i = 0; i < newCount; ++i) {
        if (list[i] != wanted[i])
            changed.push_back(i);
    }
    list = wanted;
    forEachRun(changed, [&](int first, int last) {
        emit dataChanged(index(first, 0, parent), index(last, ColumnCount - 1, parent));
    });
}

void CallModel::refreshDurations()
{
    // Only Established/Held calls count on; one signal per run of such rows.
    std::vector<int> rows;
    for (qsizetype i = 0; i < m_calls.size(); ++i) {
        if (isCounting(m_calls[i].state))
            rows.push_back(int(i));
    }
    forEachRun(rows, [this](int first, int last) {
        emit dataChanged(index(first, DurationColumn), index(last, DurationColumn),
                         {DurationRole, Qt::DisplayRole});
    });
}

bool CallModel::isOnACall() const
{
    for (const Call &c : m_calls)
        if (!c.monitoring
            && (c.state == CallState::Established || c.state == CallState::Held
                || c.state == CallState::Dialing))
            return true;
    return false;
}

bool CallModel::hasCountingCalls() const
{
    return std::any_of(m_calls.cbegin(), m_calls.cend(),
                       [](const Call &c) { return isCounting(c.state); });
}

// ---- queries ------------------------------------------------------------------------

int CallModel::callCount() const
{
    return int(m_calls.size());
}

const Call *CallModel::call(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_calls[row];
}

const Call *CallModel::callByUri(const QString &uri) const
{
    if (uri.isEmpty())
        return nullptr;
    const auto it = std::find_if(m_calls.cbegin(), m_calls.cend(),
                                 [&uri](const Call &c) { return c.uri == uri; });
    return it == m_calls.cend() ? nullptr : &*it;
}

const Call *CallModel::callAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const int row = index.internalId() == CallRowId ? index.row() : rowOfKey(index.internalId());
    if (row < 0 || row >= int(m_calls.size()))
        return nullptr;
    return &m_calls[row];
}

QModelIndex CallModel::indexOfCall(const QString &id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

// ---- QAbstractItemModel -------------------------------------------------------------

QModelIndex CallModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_calls.size()) ? createIndex(row, column, CallRowId) : QModelIndex();
    // Only a call row (column 0) has children.
    if (parent.model() != this || parent.internalId() != CallRowId || parent.column() != 0)
        return {};
    const int callRow = parent.row();
    if (callRow >= int(m_calls.size()) || row >= m_calls[callRow].participants.size())
        return {};
    return createIndex(row, column, m_keys[size_t(callRow)]);
}

QModelIndex CallModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == CallRowId)
        return {};
    const int row = rowOfKey(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(row, 0, CallRowId);
}

int CallModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_calls.size());
    if (parent.column() != 0 || parent.internalId() != CallRowId
        || parent.row() >= int(m_calls.size()))
        return 0;
    return int(m_calls[parent.row()].participants.size());
}

int CallModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CallModel::data(const QModelIndex &index, int role) const
{
    const Call *c = callAt(index); // null for invalid or foreign indexes
    if (!c)
        return {};

    if (index.internalId() != CallRowId) {
        if (index.row() >= c->participants.size())
            return {};
        const Participant &p = c->participants[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == PartyColumn ? p.displayNumber() : QVariant();
        case Qt::ToolTipRole:
            return plainToolTip(tr("Participant %1").arg(p.displayNumber()));
        case Qt::AccessibleTextRole:
            return tr("Participant %1").arg(p.displayNumber());
        case CallIdRole: return c->id;
        case IsParticipantRole: return true;
        case ParticipantNumberRole:
            return p.phoneNumber.isEmpty() ? p.displayNumber() : p.phoneNumber;
        default: return {};
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PartyColumn: return c->remoteParty();
        case StateColumn: return stateText(*c);
        case TypeColumn: return kindText(*c);
        case DurationColumn:
            return showsDuration(c->state) ? formatDuration(c->liveDurationSeconds(now()))
                                           : QString();
        }
        return {};
    case Qt::ForegroundRole:
        return index.column() == StateColumn ? stateColor(c->state) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        // No duration here: refreshDurations() only announces the Display/Duration roles.
        const QString text =
            c->monitoring ? tr("%1, the call with %2: %3").arg(kindText(*c), c->remoteParty(), stateText(*c))
                          : tr("%1 call with %2: %3").arg(kindText(*c), c->remoteParty(), stateText(*c));
        return role == Qt::ToolTipRole ? plainToolTip(text) : text;
    }
    case CallIdRole: return c->id;
    case CallStateRole: return int(c->state);
    case CallTypeRole: return c->callType;
    case RemotePartyRole: return c->remoteParty();
    case DurationRole: return c->liveDurationSeconds(now());
    case CapabilitiesRole: return c->capabilities;
    case MutedRole: return c->muted;
    case UserDataRole: return c->userData;
    case ParentCallUriRole: return c->parentCallUri;
    case CallUriRole: return c->uri;
    case IsParticipantRole: return false;
    case MonitoringRole: return c->monitoring;
    default: return {};
    }
}

QVariant CallModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case PartyColumn: return tr("Party");
    case StateColumn: return tr("State");
    case TypeColumn: return tr("Type");
    case DurationColumn: return tr("Duration");
    default: return {};
    }
}

QHash<int, QByteArray> CallModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    static const std::pair<int, const char *> custom[] = {
        {CallIdRole, "callId"},
        {CallStateRole, "callState"},
        {CallTypeRole, "callType"},
        {RemotePartyRole, "remoteParty"},
        {DurationRole, "duration"},
        {CapabilitiesRole, "capabilities"},
        {MutedRole, "muted"},
        {UserDataRole, "userData"},
        {ParentCallUriRole, "parentCallUri"},
        {CallUriRole, "callUri"},
        {IsParticipantRole, "isParticipant"},
        {ParticipantNumberRole, "participantNumber"},
        {MonitoringRole, "monitoring"},
    };
    for (const auto &[role, name] : custom)
        names.insert(role, QByteArray(name));
    return names;
}
