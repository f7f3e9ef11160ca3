#include "callrecorder.h"

#include "callcontroller.h"
#include "callmodel.h"
#include "session.h"

namespace {
// Sends the call to a destination without a consultation (which has a row of its own).
bool isOneStep(CallOperation op)
{
    return op == CallOperation::SingleStepTransfer || op == CallOperation::SingleStepConference;
}
} // namespace

CallRecorder::CallRecorder(Session *session, CallController *controller, CallModel *calls,
                           QObject *parent)
    : QObject(parent)
    , m_controller(controller)
    , m_calls(calls)
{
    connect(calls, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    recordRows(first, last);
            });
    connect(calls, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (!topLeft.parent().isValid())
                    recordRows(topLeft.row(), bottomRight.row());
            });
    connect(calls, &QAbstractItemModel::modelReset, this,
            [this] { recordRows(0, m_calls->rowCount() - 1); });
    connect(calls, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &parent, int first, int last) {
                if (parent.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    if (const Call *call = m_calls->callAt(m_calls->index(row, 0)))
                        ended(*call);
            });
    connect(controller, &CallController::operationAccepted, this, &CallRecorder::onAccepted);
    connect(controller, &CallController::destinationAccepted, this,
            [this](const QString &callId, CallOperation op, const QString &number) {
                if (isOneStep(op) && journalNow())
                    m_journal->setTransferredTo(callId, number);
            });
    // Accepted, then failed (the destination was busy): not a destination to offer again.
    connect(controller, &CallController::operationFailed, this, [this](const CallError &error) {
        if (error.op && isOneStep(*error.op) && !error.callId.isEmpty() && journalNow())
            m_journal->setTransferredTo(error.callId, {});
    });
    connect(session, &Session::callsRead, this, &CallRecorder::onCallsRead);
}

void CallRecorder::setJournal(CallJournal *journal)
{
    m_journal = journal;
    m_written.clear();
    if (m_journal)
        recordRows(0, m_calls->rowCount() - 1);
}

// Not open yet (the login is still going on): opened now, so that no call goes unrecorded.
CallJournal *CallRecorder::journalNow()
{
    if (!m_journal && m_openJournal)
        m_openJournal(); // sets it through setJournal, which writes the calls up to now
    return m_journal;
}

void CallRecorder::recordRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        if (const Call *call = m_calls->callAt(m_calls->index(row, 0)))
            record(*call);
}

void CallRecorder::record(const Call &call)
{
    if (!journalNow())
        return;
    const Written now{call.state, call.callType, call.callUuid, call.remoteParty(), call.userData};
    auto it = m_written.find(call.id);
    if (it != m_written.end() && *it == now)
        return;
    m_written.insert(call.id, now);
    if (m_journal->record(call, m_clock()))
        emit historyChanged();
}

void CallRecorder::ended(const Call &call)
{
    journalNow(); // still in the model: its row is written first
    m_written.remove(call.id);
    CallOutcome outcome = m_outcome.take(call.id);
    // The server often ends the call before it answers the request that ended it.
    if (const auto op = m_controller->inFlight(call.id); op && outcome == CallOutcome::Unfinished)
        outcome = outcomeOf(*op, call);
    if (!m_journal)
        return;
    m_journal->end(call.id, m_clock(), outcome);
    emit callEnded(call.id);
    emit historyChanged();
    if (const auto entry = m_journal->latest(call.id); entry && entry->outcome == CallOutcome::Missed)
        emit missedCall(call.id);
}

// What an operation the server accepted, or was still answering when the call ended,
// says about how the call ended; Unfinished: nothing (the journal decides).
CallOutcome CallRecorder::outcomeOf(CallOperation op, const Call &call)
{
    switch (op) {
    case CallOperation::Hangup:
        return call.state == CallState::Ringing ? CallOutcome::Declined : CallOutcome::Unfinished;
    case CallOperation::SingleStepTransfer:
    case CallOperation::CompleteTransfer:
        return CallOutcome::Transferred;
    case CallOperation::SingleStepConference:
    case CallOperation::CompleteConference:
    case CallOperation::MergeWithOtherCall:
        return CallOutcome::Conferenced;
    default:
        return CallOutcome::Unfinished;
    }
}

void CallRecorder::onAccepted(const QString &callId, CallOperation op)
{
    const Call *call = m_calls->call(callId);
    const CallOutcome outcome = call ? outcomeOf(op, *call) : CallOutcome::Unfinished;
    if (outcome == CallOutcome::Unfinished)
        return;
    m_outcome.insert(callId, outcome);
    // A consult transfer or conference ends both calls of the pair the same way.
    if (const Call *partner = m_controller->consultPartner(*call))
        m_outcome.insert(partner->id, outcome);
}

void CallRecorder::onCallsRead()
{
    // Calls left unfinished that the server no longer has (the program stopped, or the
    // model was cleared at a logout) end as of when they were last seen. Calls that leave
    // the model end through rowsAboutToBeRemoved instead.
    if (!journalNow())
        return;
    QStringList live;
    for (const Call &call : m_calls->calls())
        live << call.id;
    if (m_journal->endMissing(live) > 0)
        emit historyChanged();
}
