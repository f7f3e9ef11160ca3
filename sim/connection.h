#pragma once

// A switch-level call: the parties connected together. Each agent party has a call leg,
// the per-device call resource that GWS shows at /api/v2/me/calls/{legId}.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <vector>

enum class LegState { Dialing, Ringing, Established, Held };
QString legStateName(LegState state);

enum class ConsultKind { None, Transfer, Conference };

struct Party
{
    int pid = 0;      // unique on the switch; survives moves between connections
    QString legId;    // the call resource id; agent parties only
    QString deviceId; // agent parties only
    QString number;   // the device's number, or the external number
    LegState state = LegState::Ringing;
    QString callType; // agent legs: Inbound, Outbound, Internal, Consult
    QString ani;
    QString dnis;
    bool muted = false;
    QString parentLegId;     // a consult leg: the same agent's original call
    QString addedByDeviceId; // who brought this party in, told when it fails
    QString addedByLegId;
    bool busy = false;  // an external destination that will refuse the call
    qint64 sinceMs = 0; // when the leg started, for `duration`
    quint64 agentStateSerial = 0; // agent legs: the device's stateSerial when the leg began
    qint64 leftMs = 0;  // when it left (kept for the server view only)
    QString movedTo;    // left by being joined into another connection
    // A supervisor's monitoring leg: not a party of the conversation (it does not keep a
    // call alive, and only BargeIn, or Coach for the agent, makes it heard and listed).
    QString monitoredDeviceId; // the agent's device; empty for every other party
    QString monitorOperation;  // ListenIn, Coach or BargeIn

    bool isAgent() const { return !legId.isEmpty(); }
    bool isMonitor() const { return !monitoredDeviceId.isEmpty(); }
    // Whether `viewer` has this party among its participants.
    bool visibleTo(const Party &viewer) const;
};

struct DtmfRecord
{
    QString legId;
    QString phoneNumber; // who sent them
    QString digits;
};

struct Connection
{
    QString id;
    QString callUuid;
    QString connId;
    QString origin; // Dial, Inbound, Consult
    std::vector<Party> parties;
    std::vector<Party> formerParties;
    QJsonObject userData; // case data is per call, shared by every party
    QString ownerLegId;   // the conference owner, who may remove participants
    ConsultKind consultKind = ConsultKind::None;
    QList<DtmfRecord> dtmf;
    qint64 createdMs = 0;
    qint64 endedMs = 0;

    Party *partyByPid(int pid);
    const Party *partyByPid(int pid) const;
    Party *partyByLeg(const QString &legId);
    const Party *partyByLeg(const QString &legId) const;
    const Party *partyByNumber(const QString &number) const; // conversation parties only
    int agentCount() const; // agents of the conversation, monitors not counted
    int partyCount() const; // parties of the conversation, monitors not counted
    bool isConference() const { return partyCount() >= 3; }
    Party *monitorOf(const QString &supervisorDeviceId);
    // The agent a monitoring leg follows, while that agent is a party of this call.
    Party *monitoredPartyOf(const Party &monitor);
    const Party *monitoredPartyOf(const Party &monitor) const;
    bool hasExternalParty() const;
    // Moves the party to formerParties; returns false if it was not here.
    bool removeParty(int pid, qint64 nowMs, const QString &movedTo = {});
};
