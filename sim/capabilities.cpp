#include "capabilities.h"

#include "directory.h"
#include "telephony.h"

using namespace Qt::StringLiterals;

const QStringList &Capabilities::callOperations()
{
    static const QStringList ops{u"Answer"_s,
                                 u"Hangup"_s,
                                 u"Hold"_s,
                                 u"Retrieve"_s,
                                 u"SendDtmf"_s,
                                 u"MuteCall"_s,
                                 u"UnmuteCall"_s,
                                 u"SingleStepTransfer"_s,
                                 u"InitiateTransfer"_s,
                                 u"CompleteTransfer"_s,
                                 u"SingleStepConference"_s,
                                 u"InitiateConference"_s,
                                 u"CompleteConference"_s,
                                 u"RemoveParticipantFromConference"_s,
                                 u"SwapCalls"_s,
                                 u"MergeWithOtherCall"_s,
                                 u"AttachUserData"_s,
                                 u"UpdateUserData"_s,
                                 u"DeleteUserData"_s,
                                 u"DeleteUserDataPair"_s,
                                 u"SwitchToListenIn"_s,
                                 u"SwitchToBargeIn"_s,
                                 u"MuteMonitoredUser"_s,
                                 u"UnmuteMonitoredUser"_s};
    return ops;
}

Capabilities::Pair Capabilities::consultPair(const Telephony &telephony, const Party &leg)
{
    Pair pair;
    if (!leg.parentLegId.isEmpty()) {
        pair.original = telephony.leg(leg.parentLegId);
        pair.consult = &leg;
    } else if (const Party *consult = telephony.consultOf(leg.legId)) {
        pair.original = &leg;
        pair.consult = consult;
    }
    if (!pair.isValid())
        return Pair{};
    return pair;
}

bool Capabilities::completable(const Pair &pair)
{
    auto connected = [](const Party *p) {
        return p->state == LegState::Established || p->state == LegState::Held;
    };
    return pair.isValid() && connected(pair.original) && connected(pair.consult);
}

QStringList Capabilities::of(const Telephony &telephony, const Connection &c, const Party &leg)
{
    if (leg.isMonitor())
        return ofMonitor(c, leg);
    const QStringList userData{u"AttachUserData"_s, u"UpdateUserData"_s, u"DeleteUserData"_s,
                               u"DeleteUserDataPair"_s};
    const Pair pair = consultPair(telephony, leg);
    QString complete;
    if (completable(pair)) {
        const Connection *consultCall = telephony.connectionOfLeg(pair.consult->legId);
        if (consultCall && consultCall->consultKind == ConsultKind::Conference)
            complete = u"CompleteConference"_s;
        else if (consultCall)
            complete = u"CompleteTransfer"_s;
    }

    QStringList ops;
    switch (leg.state) {
    case LegState::Ringing: ops << u"Answer"_s << u"Hangup"_s; break;
    case LegState::Dialing: ops << u"Hangup"_s << u"SendDtmf"_s; break;
    case LegState::Held:
        ops << u"Retrieve"_s << u"Hangup"_s;
        if (!complete.isEmpty())
            ops << complete;
        break;
    case LegState::Established: {
        ops << u"Hangup"_s << u"Hold"_s << u"SendDtmf"_s
            << (leg.muted ? u"UnmuteCall"_s : u"MuteCall"_s);
        // One consultation at a time, and none from inside a consultation.
        if (!pair.isValid())
            ops << u"SingleStepTransfer"_s << u"SingleStepConference"_s << u"InitiateTransfer"_s
                << u"InitiateConference"_s;
        if (!complete.isEmpty())
            ops << complete;
        bool otherHeld = false;
        for (const auto &other : telephony.legsOfDevice(leg.deviceId))
            otherHeld = otherHeld ||
                        (other.second->legId != leg.legId && other.second->state == LegState::Held);
        if (otherHeld)
            ops << u"SwapCalls"_s << u"MergeWithOtherCall"_s;
        if (c.ownerLegId == leg.legId && c.isConference())
            ops << u"RemoveParticipantFromConference"_s;
        break;
    }
    }
    return ops + userData;
}

QStringList Capabilities::ofMonitor(const Connection &c, const Party &leg)
{
    // A monitoring supervisor leaves, removes a party from a conference, changes how it is
    // heard ("SwitchToListenIn": from Coach one cannot go back to Coach, only on to
    // BargeIn) or mutes the agent; nothing that would act as a party of the call.
    QStringList ops{u"Hangup"_s};
    if (c.isConference())
        ops << u"RemoveParticipantFromConference"_s;
    if (leg.monitorOperation != "ListenIn"_L1)
        ops << u"SwitchToListenIn"_s;
    if (leg.monitorOperation != "BargeIn"_L1)
        ops << u"SwitchToBargeIn"_s;
    if (const Party *agent = c.monitoredPartyOf(leg))
        ops << (agent->muted ? u"UnmuteMonitoredUser"_s : u"MuteMonitoredUser"_s);
    return ops;
}

const QStringList &Capabilities::agentStateOperations()
{
    static const QStringList ops{u"Ready"_s, u"NotReady"_s, u"AfterCallWork"_s, u"AuxWork"_s};
    return ops;
}

const QStringList &Capabilities::deviceOperations()
{
    static const QStringList ops =
        QStringList{u"DoNotDisturbOn"_s, u"DoNotDisturbOff"_s} + monitoringOperations();
    return ops;
}

const QStringList &Capabilities::monitoringOperations()
{
    static const QStringList ops{u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s,
                                 u"CancelSupervisorMonitoring"_s};
    return ops;
}

QStringList Capabilities::ofDevice(const SimDevice &device, const SimUser *user)
{
    if (!device.sessionStarted)
        return {}; // StartContactCenterSession first
    QStringList ops{device.doNotDisturb ? u"DoNotDisturbOff"_s : u"DoNotDisturbOn"_s};
    if (user && user->hasRole(u"ROLE_SUPERVISOR"_s)) {
        // While monitoring, each of the three switches the mode (or the agent).
        ops << u"ListenIn"_s << u"Coach"_s << u"BargeIn"_s;
        if (device.monitoring.isActive())
            ops << u"CancelSupervisorMonitoring"_s;
    }
    return ops;
}
