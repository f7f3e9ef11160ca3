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
    qint64 leftMs = 0;  // when it left (kept for the server view only)
    QString movedTo;    // left by being joined into another connection

    bool isAgent() const { return !legId.isEmpty(); }
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
    const Party *partyByNumber(const QString &number) const;
    int agentCount() const;
    bool hasExternalParty() const;
    // Moves the party to formerParties; returns false if it was not here.
    bool removeParty(int pid, qint64 nowMs, const QString &movedTo = {});
};
