#include "calloperation.h"

#include <iterator>

namespace {

using A = OperationArgument;

// name, capability, argument, composite, onConsult, userAction
constexpr CallOperationSpec kSpecs[] = {
    {CallOperation::Dial, "Dial", "Dial", A::Destination, false, false, true},
    {CallOperation::Answer, "Answer", "Answer", A::None, false, false, true},
    {CallOperation::Hangup, "Hangup", "Hangup", A::None, false, false, true},
    {CallOperation::Hold, "Hold", "Hold", A::None, false, false, true},
    {CallOperation::Retrieve, "Retrieve", "Retrieve", A::None, false, false, true},
    {CallOperation::MuteCall, "MuteCall", "MuteCall", A::None, false, false, true},
    {CallOperation::UnmuteCall, "UnmuteCall", "UnmuteCall", A::None, false, false, true},
    {CallOperation::SingleStepTransfer, "SingleStepTransfer", "SingleStepTransfer",
     A::Destination, false, false, true},
    {CallOperation::InitiateTransfer, "InitiateTransfer", "InitiateTransfer", A::Destination,
     false, false, true},
    {CallOperation::CompleteTransfer, "CompleteTransfer", "CompleteTransfer", A::ConsultCall,
     false, false, true},
    {CallOperation::SingleStepConference, "SingleStepConference", "SingleStepConference",
     A::Destination, false, false, true},
    {CallOperation::InitiateConference, "InitiateConference", "InitiateConference",
     A::Destination, false, false, true},
    {CallOperation::CompleteConference, "CompleteConference", "CompleteConference",
     A::ConsultCall, false, false, true},
    {CallOperation::CancelConsult, "CancelConsult", "Hangup", A::None, true, true, true},
    {CallOperation::RemoveParticipant, "RemoveParticipantFromConference",
     "RemoveParticipantFromConference", A::Participant, false, false, true},
    {CallOperation::SwapCalls, "SwapCalls", "SwapCalls", A::OtherCall, false, false, true},
    {CallOperation::MergeWithOtherCall, "MergeWithOtherCall", "MergeWithOtherCall",
     A::OtherCall, false, false, true},
    {CallOperation::SendDtmf, "SendDtmf", "SendDtmf", A::Digits, false, false, false},
    {CallOperation::AttachUserData, "AttachUserData", "AttachUserData", A::UserData, false,
     false, false},
    {CallOperation::UpdateUserData, "UpdateUserData", "UpdateUserData", A::UserData, false,
     false, false},
    {CallOperation::SwitchToListenIn, "SwitchToListenIn", "SwitchToListenIn", A::None, false,
     false, false},
    {CallOperation::SwitchToBargeIn, "SwitchToBargeIn", "SwitchToBargeIn", A::None, false,
     false, false},
    {CallOperation::MuteMonitoredUser, "MuteMonitoredUser", "MuteMonitoredUser", A::None,
     false, false, false},
    {CallOperation::UnmuteMonitoredUser, "UnmuteMonitoredUser", "UnmuteMonitoredUser",
     A::None, false, false, false},
    // Not a call capability: GWS accepts it on a live or released call alike.
    {CallOperation::SetCallDisposition, "SetCallDisposition", "SetCallDisposition",
     A::Disposition, false, false, false},
};

// The table is indexed by the enum: a row out of place fails the build.
constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < std::size(kSpecs); ++i)
        if (static_cast<std::size_t>(kSpecs[i].op) != i)
            return false;
    return true;
}
static_assert(inEnumOrder(), "kSpecs rows must follow the order of enum CallOperation");

} // namespace

namespace CallOperations {

const QList<CallOperation> &all()
{
    static const QList<CallOperation> ops = [] {
        QList<CallOperation> list;
        for (const CallOperationSpec &s : kSpecs)
            list.append(s.op);
        return list;
    }();
    return ops;
}

const CallOperationSpec &spec(CallOperation op)
{
    return kSpecs[static_cast<std::size_t>(op)];
}

QString name(CallOperation op)
{
    return QLatin1String(spec(op).name);
}

QString capability(CallOperation op)
{
    return QLatin1String(spec(op).capability);
}

std::optional<CallOperation> fromName(const QString &name)
{
    for (const CallOperationSpec &s : kSpecs)
        if (name == QLatin1String(s.name))
            return s.op;
    return std::nullopt;
}

} // namespace CallOperations
