#include "capabilities.h"

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

QStringList Capabilities::ofCall(const CallCapabilityInput &leg)
{
    if (leg.isMonitoringLeg)
        return ofMonitoringLeg(leg);
    const QStringList userData{u"AttachUserData"_s, u"UpdateUserData"_s, u"DeleteUserData"_s,
                               u"DeleteUserDataPair"_s};
    // Completing needs both calls of the pair connected: this one is, in the states that
    // offer it (Held, Established).
    QString complete;
    if (leg.inConsultPair && leg.otherPairCallConnected)
        complete = leg.consultIsConference ? u"CompleteConference"_s : u"CompleteTransfer"_s;

    QStringList ops;
    switch (leg.state) {
    case LegState::Ringing: ops << u"Answer"_s << u"Hangup"_s; break;
    case LegState::Dialing: ops << u"Hangup"_s << u"SendDtmf"_s; break;
    case LegState::Held:
        ops << u"Retrieve"_s << u"Hangup"_s;
        if (!complete.isEmpty())
            ops << complete;
        break;
    case LegState::Established:
        ops << u"Hangup"_s << u"Hold"_s << u"SendDtmf"_s
            << (leg.muted ? u"UnmuteCall"_s : u"MuteCall"_s);
        // One consultation at a time, and none from inside a consultation.
        if (!leg.inConsultPair)
            ops << u"SingleStepTransfer"_s << u"SingleStepConference"_s << u"InitiateTransfer"_s
                << u"InitiateConference"_s;
        if (!complete.isEmpty())
            ops << complete;
        if (leg.otherCallHeld)
            ops << u"SwapCalls"_s << u"MergeWithOtherCall"_s;
        if (leg.conferenceOwner && leg.participantCount >= 3)
            ops << u"RemoveParticipantFromConference"_s;
        break;
    }
    return ops + userData;
}

QStringList Capabilities::ofMonitoringLeg(const CallCapabilityInput &leg)
{
    // As the documented samples show the supervisor's leg (SwitchToListenIn,
    // SwitchToBargeIn, MuteMonitoredUser pages): the operations of an ordinary leg in that
    // state but its own mute (the mode says who hears the supervisor: "mute now has a value
    // of On/Off"), RemoveParticipantFromConference whatever the count (in T-Server the
    // supervisor makes the call a conference), and the mode switches valid now: from Coach
    // one cannot go back to Coach ("SwitchToListenIn"), only on.
    CallCapabilityInput ordinary = leg;
    ordinary.isMonitoringLeg = false;
    QStringList ops = ofCall(ordinary);
    ops.removeAll(u"MuteCall"_s);
    ops.removeAll(u"UnmuteCall"_s);
    if (leg.state != LegState::Established)
        return ops;
    if (!ops.contains(u"RemoveParticipantFromConference"_s))
        ops << u"RemoveParticipantFromConference"_s;
    if (leg.monitoringMode != "ListenIn"_L1)
        ops << u"SwitchToListenIn"_s;
    if (leg.monitoringMode != "BargeIn"_L1)
        ops << u"SwitchToBargeIn"_s;
    if (leg.offerMonitoredUserMute && leg.monitoredUserOnCall)
        ops << (leg.monitoredUserMuted ? u"UnmuteMonitoredUser"_s : u"MuteMonitoredUser"_s);
    return ops;
}

bool Capabilities::acceptsOnCall(const CallCapabilityInput &leg, const QString &operation)
{
    if (ofCall(leg).contains(operation))
        return true;
    // Documented operations no documented capabilities list shows: accepted while the
    // monitored agent is on the call and not already (un)muted.
    if (!leg.isMonitoringLeg || !leg.monitoredUserOnCall)
        return false;
    return operation == (leg.monitoredUserMuted ? "UnmuteMonitoredUser"_L1 : "MuteMonitoredUser"_L1);
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

QStringList Capabilities::ofDevice(const DeviceCapabilityInput &device)
{
    if (!device.sessionStarted)
        return {}; // StartContactCenterSession first
    QStringList ops{device.doNotDisturb ? u"DoNotDisturbOff"_s : u"DoNotDisturbOn"_s};
    if (device.supervisor) {
        // While monitoring, each of the three switches the mode (or the agent).
        ops << u"ListenIn"_s << u"Coach"_s << u"BargeIn"_s;
        if (device.monitoring)
            ops << u"CancelSupervisorMonitoring"_s;
    }
    return ops;
}
