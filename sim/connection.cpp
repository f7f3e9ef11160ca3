#include "connection.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString legStateName(LegState state)
{
    switch (state) {
    case LegState::Dialing: return u"Dialing"_s;
    case LegState::Ringing: return u"Ringing"_s;
    case LegState::Established: return u"Established"_s;
    case LegState::Held: return u"Held"_s;
    }
    return u"Unknown"_s;
}

Party *Connection::partyByPid(int pid)
{
    for (Party &p : parties)
        if (p.pid == pid)
            return &p;
    return nullptr;
}

const Party *Connection::partyByPid(int pid) const
{
    return const_cast<Connection *>(this)->partyByPid(pid);
}

Party *Connection::partyByLeg(const QString &legId)
{
    if (legId.isEmpty())
        return nullptr;
    for (Party &p : parties)
        if (p.legId == legId)
            return &p;
    return nullptr;
}

const Party *Connection::partyByLeg(const QString &legId) const
{
    return const_cast<Connection *>(this)->partyByLeg(legId);
}

const Party *Connection::partyByNumber(const QString &number) const
{
    for (const Party &p : parties)
        if (p.number == number && !p.isMonitor())
            return &p;
    return nullptr;
}

bool Party::visibleTo(const Party &viewer) const
{
    if (pid == viewer.pid)
        return false;
    if (!isMonitor() || monitorOperation == "BargeIn"_L1)
        return true;
    // A coach is heard by the coached agent only; listening in is silent.
    return monitorOperation == "Coach"_L1 && !viewer.isMonitor() &&
           viewer.deviceId == monitoredDeviceId;
}

int Connection::agentCount() const
{
    return int(std::count_if(parties.begin(), parties.end(),
                             [](const Party &p) { return p.isAgent() && !p.isMonitor(); }));
}

int Connection::partyCount() const
{
    return int(std::count_if(parties.begin(), parties.end(),
                             [](const Party &p) { return !p.isMonitor(); }));
}

Party *Connection::monitorOf(const QString &supervisorDeviceId)
{
    for (Party &p : parties)
        if (p.isMonitor() && p.deviceId == supervisorDeviceId)
            return &p;
    return nullptr;
}

Party *Connection::monitoredPartyOf(const Party &monitor)
{
    if (!monitor.isMonitor())
        return nullptr;
    for (Party &p : parties)
        if (!p.isMonitor() && p.deviceId == monitor.monitoredDeviceId)
            return &p;
    return nullptr;
}

const Party *Connection::monitoredPartyOf(const Party &monitor) const
{
    return const_cast<Connection *>(this)->monitoredPartyOf(monitor);
}

bool Connection::hasExternalParty() const
{
    return std::any_of(parties.begin(), parties.end(), [](const Party &p) { return !p.isAgent(); });
}

bool Connection::removeParty(int pid, qint64 nowMs, const QString &movedToId)
{
    const auto it = std::find_if(parties.begin(), parties.end(),
                                 [pid](const Party &p) { return p.pid == pid; });
    if (it == parties.end())
        return false;
    Party gone = *it;
    gone.leftMs = nowMs;
    gone.movedTo = movedToId;
    parties.erase(it);
    formerParties.push_back(gone);
    return true;
}
