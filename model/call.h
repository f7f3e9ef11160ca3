#pragma once

#include "participant.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariantMap>
#include <optional>

enum class CallState { Unknown, Ringing, Dialing, Established, Held, Released };

// Who supervises a call, as far as the call's documented fields tell. On the agent's leg,
// GWS documents only `supervisorListeningIn` (a silent monitor; coaching is heard by the
// agent, a barge-in is a participant). On a supervisor's monitoring leg the mode follows
// from the switches the server offers: SwitchToListenIn from Coach or BargeIn,
// SwitchToBargeIn from ListenIn or Coach ("SwitchToListenIn" page).
enum class CallSupervision {
    None,
    SupervisorListening, // the agent's call: a supervisor listens in
    YouListenIn,         // the supervisor's leg: listening
    YouCoach,            // the supervisor's leg: the agent alone hears them
    YouBargedIn,         // the supervisor's leg: everyone hears them
    YouMonitor,          // the supervisor's leg, mode not told
};

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
    // When this client saw the call enter its current state (kept by CallModel across
    // updates of the same state; a call first seen in a state counts from then).
    QDateTime stateSince;
    bool muted = false;      // mute == "On"
    bool supervisorListeningIn = false;
    bool monitoredUserMuted = false;
    // A supervisor's monitoring leg: the server offers the documented monitoring call
    // operations (SwitchToListenIn/SwitchToBargeIn/MuteMonitoredUser) on it.
    bool monitoring = false;

    // The after-call work the server will apply after this call: T-Server's `WrapUpTime`,
    // sent in the notification's `extensions` ("Emulated After-Call Work"): seconds; 0 for
    // none or untimed (no countdown); -1 not told (a resource read without a notification).
    int wrapUpSeconds = -1;

    bool can(const QString &operation) const { return capabilities.contains(operation); }
    // The other party to show in a list: first participant's number, else dnis/ani.
    QString remoteParty() const;
    // Duration now, counting on from durationSeconds while the call is live.
    int liveDurationSeconds(const QDateTime &now) const;
    // How long the call has been in its current state (ringing, on hold...); 0 if unknown.
    int secondsInState(const QDateTime &now) const;
    CallSupervision supervision() const;

    // Field-wise equality of everything the server sent (ignores receivedAt).
    bool sameContent(const Call &other) const;
};

// The caller's name from the case data: the value of the first of `keys` that holds
// text (keys are site-specific: a CRM writes "CustomerName", another "Name").
QString callerNameFromCaseData(const QVariantMap &userData, const QStringList &keys);
// A duration as an agent reads a clock: "0:05", "12:40", "1:02:03".
QString clockText(qint64 seconds);

// The keys tried when none are configured (Settings: "Name from case data keys").
QStringList defaultCallerNameKeys();

// Parses a call resource. A non-object, or an object with neither an `id` nor a `uri` to
// take it from, is an error
// (returns nullopt and sets *error if given). Missing optional fields get defaults;
// numbers may come as strings ("duration": "7") or as numbers.
std::optional<Call> parseCall(const QJsonValue &value, QString *error = nullptr);
