#pragma once

#include "participant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <optional>

enum class CallState { Unknown, Ringing, Dialing, Established, Held, Released };

CallState callStateFromString(const QString &state); // unknown text -> Unknown
QString callStateToString(CallState state);          // the GWS spelling, e.g. "Established"

// A call resource as GWS sends it (GET /me/calls, CallStateChangeMessage.call).
struct Call
{
    QString id;
    QString uri;
    QString path;
    CallState state = CallState::Unknown;
    QString callUuid;
    QString connId;
    QString deviceUri;
    QString dnis;
    QString ani;
    QString callType;      // Inbound, Outbound, Internal, Consult
    QString parentCallUri; // consult calls only
    QString recordingState;
    QList<Participant> participants;
    QStringList capabilities; // operation names the server allows now
    QVariantMap userData;
    int durationSeconds = 0; // as received; see receivedAt
    QDateTime receivedAt;    // when durationSeconds was true (set by the parser to now, UTC)
    bool muted = false;      // mute == "On"
    bool supervisorListeningIn = false;
    bool monitoredUserMuted = false;
    // A supervisor's monitoring leg: the server offers the documented monitoring call
    // operations (SwitchToListenIn/SwitchToBargeIn/MuteMonitoredUser) on it.
    bool monitoring = false;

    bool can(const QString &operation) const { return capabilities.contains(operation); }
    // The other party to show in a list: first participant's number, else dnis/ani.
    QString remoteParty() const;
    // Duration now, counting on from durationSeconds while the call is live.
    int liveDurationSeconds(const QDateTime &now) const;

    // Field-wise equality of everything the server sent (ignores receivedAt).
    bool sameContent(const Call &other) const;
};

// Parses a call resource. A non-object, or an object with neither an `id` nor a `uri` to
// take it from, is an error
// (returns nullopt and sets *error if given). Missing optional fields get defaults;
// numbers may come as strings ("duration": "7") or as numbers.
std::optional<Call> parseCall(const QJsonValue &value, QString *error = nullptr);
