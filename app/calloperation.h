#pragma once

#include <QList>
#include <QString>
#include <optional>

// Every call operation the softphone sends, once. Request building (CallController), the
// capability check (operationAvailable) and the UI's actions (ui/callactions) all read the
// one table behind these functions; ui/ adds only text, icon, shortcut and placement.
enum class CallOperation {
    Dial,
    Answer,
    Hangup,
    Hold,
    Retrieve,
    MuteCall,
    UnmuteCall,
    SingleStepTransfer,
    InitiateTransfer,
    CompleteTransfer,
    SingleStepConference,
    InitiateConference,
    CompleteConference,
    CancelConsult, // client-side: hang up the consult call, then retrieve the original
    RemoveParticipant,
    SwapCalls,
    MergeWithOtherCall,
    SendDtmf,
    AttachUserData,
    UpdateUserData,
    SwitchToListenIn, // a supervisor's monitored call (Supervision::switchTo)
    SwitchToBargeIn,
    // Documented on the monitored call, never listed in a documented capabilities sample:
    // Supervision::setMonitoredUserMuted decides when to offer them.
    MuteMonitoredUser,
    UnmuteMonitoredUser,
    // Sent on the agent's device, naming the call (WrapUpSync, at Done): see Disposition.
    SetCallDisposition,
};

// What a request carries besides its operationName.
enum class OperationArgument {
    None,
    Destination, // destination.phoneNumber: a number the agent typed, validated first
    ConsultCall, // consultCallUri, when sent on the original call of a consult pair
    OtherCall,   // otherCallUri: the agent's other call
    Participant, // participant: a conference party's number
    Digits,      // digits: DTMF tones, queued and sent in order
    UserData,    // userData: case data keys and values
    // disposition, with callUri and callUuid, POSTed on /me/devices/{id} ("SetCallDisposition"
    // page, whose sample uses that form): after the call is released its call resource is
    // gone, and the wrap-up is done then. Not sent by CallController::perform.
    Disposition,
};

struct CallOperationSpec
{
    CallOperation op;
    const char *name;       // operationName on the wire; for a composite, its own name
    const char *capability; // the capability that enables it (on the call it acts on)
    OperationArgument argument;
    bool composite;  // not sent as such (CancelConsult)
    bool onConsult;  // acts on the consult call of the selected pair
    bool userAction; // offered as an action (DTMF and case data have their own controls)
};

namespace CallOperations {
const QList<CallOperation> &all();
const CallOperationSpec &spec(CallOperation op);
// The wire name, e.g. "SingleStepTransfer"; for CancelConsult "CancelConsult". Stable:
// object names and logs use it, never translated text.
QString name(CallOperation op);
QString capability(CallOperation op);
std::optional<CallOperation> fromName(const QString &name);
} // namespace CallOperations
