#pragma once

// Which operations a call leg or a device allows right now, as pure rules over a small
// value the caller fills in (Telephony for a leg, Directory for a device): no switch, no
// HTTP, so each rule can be tested alone. The same rules refuse requests, so a client that
// trusts `capabilities` never sends an operation the simulator refuses.

#include "connection.h" // LegState

#include <QString>
#include <QStringList>

// What the rules need to know about one call leg.
struct CallCapabilityInput
{
    LegState state = LegState::Ringing;
    bool muted = false;
    // The leg is one call of a consult pair (the original or its consult call), started by
    // InitiateConference (consultIsConference) or InitiateTransfer.
    bool inConsultPair = false;
    bool consultIsConference = false;
    bool otherPairCallConnected = false; // the pair's other call is Established or Held
    bool otherCallHeld = false;          // the same agent has another call Held
    bool conferenceOwner = false;        // this leg owns the call's conference
    int participantCount = 0;            // parties of the conversation, monitors not counted
    // A supervisor's monitoring leg (the facts above describe it as well).
    bool isMonitoringLeg = false;
    QString monitoringMode;           // ListenIn, Coach or BargeIn
    bool monitoredUserOnCall = false; // the monitored agent is a party of the call
    bool monitoredUserMuted = false;
    // The extension "monitoredUserMuteCapability": Mute/UnmuteMonitoredUser listed in the
    // monitoring leg's capabilities (no documented sample lists them; they are accepted
    // either way).
    bool offerMonitoredUserMute = false;
};

// What the rules need to know about one device.
struct DeviceCapabilityInput
{
    bool sessionStarted = false; // StartContactCenterSession seen
    bool doNotDisturb = false;
    bool supervisor = false; // the user has ROLE_SUPERVISOR
    bool monitoring = false; // the supervisor monitors an agent now
};

class Capabilities
{
public:
    // The call operations valid now on that leg (POST /api/v2/me/calls/{id}).
    static QStringList ofCall(const CallCapabilityInput &leg);
    // Whether the simulator carries `operation` out on that leg now: what ofCall offers,
    // and on a monitoring leg Mute/UnmuteMonitoredUser even when not offered.
    static bool acceptsOnCall(const CallCapabilityInput &leg, const QString &operation);
    // The device operations valid now (POST /api/v2/me/devices/{id}): Do Not Disturb and,
    // for supervisors, monitoring. Agent state is no device capability.
    static QStringList ofDevice(const DeviceCapabilityInput &device);

    // The operations of POST /api/v2/me/channels/voice.
    static const QStringList &agentStateOperations();
    // POST /api/v2/me/devices/{id}: DoNotDisturbOn/Off, then the monitoring operations.
    static const QStringList &deviceOperations();
    static const QStringList &monitoringOperations();
    // Every call operation the simulator knows (on /api/v2/me/calls/{id}).
    static const QStringList &callOperations();

private:
    static QStringList ofMonitoringLeg(const CallCapabilityInput &leg);
};
