#include "monitorlegs.h"

#include "directory.h"
#include "telephony.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

bool connected(const Party &p)
{
    return p.state == LegState::Established || p.state == LegState::Held;
}

// The conversation leg of `deviceId` in the call, if connected (monitors excluded).
const Party *connectedLegOf(const Connection &c, const QString &deviceId)
{
    for (const Party &p : c.parties)
        if (!p.isMonitor() && p.deviceId == deviceId && connected(p))
            return &p;
    return nullptr;
}

bool hasLegOf(const Connection &c, const QString &deviceId)
{
    for (const Party &p : c.parties)
        if (!p.isMonitor() && p.deviceId == deviceId)
            return true;
    return false;
}

} // namespace

void MonitorLegs::reconcile(Telephony &telephony, Directory &directory)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<Connection *> calls = telephony.connections();

    // Monitoring legs that no longer belong: monitoring ended or moved to another agent,
    // the agent left (scope Agent), the supervisor became a party of the call, or a second
    // leg of one supervisor after a join.
    for (Connection *c : calls) {
        QSet<QString> seen;
        QList<int> leaving;
        for (const Party &p : c->parties) {
            if (!p.isMonitor())
                continue;
            const SimDevice *supervisor = directory.device(p.deviceId);
            const SimMonitoring *m = supervisor ? &supervisor->monitoring : nullptr;
            const bool keep = m && m->targetDeviceId == p.monitoredDeviceId &&
                              (m->scope == "Call"_L1 || hasLegOf(*c, p.monitoredDeviceId)) &&
                              !hasLegOf(*c, p.deviceId) && !seen.contains(p.deviceId);
            seen.insert(p.deviceId);
            if (!keep)
                leaving.append(p.pid);
        }
        for (int pid : std::as_const(leaving))
            c->removeParty(pid, now);
    }

    for (const SimDevice &device : directory.devices()) {
        if (!device.monitoring.isActive())
            continue;
        SimMonitoring *m = directory.monitoringState(device.id);
        const bool nextCall = m->mode == "NextCall"_L1;
        bool claimedLives = false;
        for (Connection *c : calls) {
            // A leg keeps its mode: a change during the call is SwitchToListenIn/BargeIn.
            if (Party *mine = c->monitorOf(device.id)) {
                claimedLives = claimedLives || mine->legId == m->claimedLegId;
                continue;
            }
            if (m->skippedConnections.contains(c->id) || (nextCall && !m->claimedLegId.isEmpty()))
                continue;
            const Party *agentLeg = connectedLegOf(*c, m->targetDeviceId);
            // Someone who is already a party of the call does not listen in on it as well.
            if (!agentLeg || hasLegOf(*c, device.id))
                continue;
            const int pid = telephony.addMonitor(*c, device, *agentLeg, m->operation);
            if (nextCall) {
                m->claimedLegId = c->partyByPid(pid)->legId;
                claimedLives = true;
            }
        }
        // NextCall monitors one call: once its leg is gone, monitoring is over.
        if (nextCall && !m->claimedLegId.isEmpty() && !claimedLives)
            directory.endMonitoring(device.id);
    }
}
