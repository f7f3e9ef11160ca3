#include "wrapup.h"

#include "callrecorder.h"

using namespace Qt::StringLiterals;

namespace {
// Calls the agent handled: these get a wrap-up. Missed, declined and unanswered calls
// have nothing to wrap up; a consultation is part of the call it was made from.
bool needsWrapUp(const JournalEntry &e)
{
    const bool handled = e.outcome == CallOutcome::Answered || e.outcome == CallOutcome::Transferred
                         || e.outcome == CallOutcome::Conferenced;
    return handled && e.direction != u"Consult"_s;
}
} // namespace

WrapUp::WrapUp(CallRecorder *recorder, QObject *parent)
    : QObject(parent)
{
    connect(recorder, &CallRecorder::callEnded, this, &WrapUp::onCallEnded);
}

QStringList WrapUp::defaultDispositions()
{
    return {tr("Resolved"), tr("Follow-up needed"), tr("Callback requested"), tr("Escalated"),
            tr("Wrong number"), tr("Other")};
}

void WrapUp::setJournal(CallJournal *journal)
{
    m_journal = journal;
    m_pending = journal && journal->isOpen() ? journal->pendingWrapUps() : QList<JournalEntry>();
    emit changed();
}

std::optional<JournalEntry> WrapUp::current() const
{
    if (m_pending.isEmpty())
        return std::nullopt;
    return m_pending.first();
}

QStringList WrapUp::dispositions() const
{
    QStringList result;
    if (m_journal)
        for (const QString &used : m_journal->dispositionsByUse())
            if (m_configured.contains(used))
                result << used;
    for (const QString &configured : m_configured)
        if (!result.contains(configured))
            result << configured;
    return result;
}

QString WrapUp::doneBlockedReason(const QString &disposition) const
{
    if (m_pending.isEmpty())
        return tr("Done: there is no call to wrap up");
    if (m_required && disposition.trimmed().isEmpty())
        return tr("Done: choose a disposition first");
    return {};
}

void WrapUp::saveDraft(const QString &disposition, const QString &notes)
{
    if (m_journal && !m_pending.isEmpty())
        m_journal->setWrapUp(m_pending.first().callId, disposition, notes, false);
}

bool WrapUp::done(const QString &disposition, const QString &notes)
{
    if (!doneBlockedReason(disposition).isEmpty())
        return false;
    const JournalEntry finished = m_pending.takeFirst();
    if (m_journal)
        m_journal->setWrapUp(finished.callId, disposition, notes, true);
    emit changed();
    return true;
}

void WrapUp::onCallEnded(const QString &callId)
{
    if (!m_journal)
        return;
    const auto entry = m_journal->latest(callId);
    if (!entry || !needsWrapUp(*entry))
        return;
    for (const JournalEntry &waiting : std::as_const(m_pending))
        if (waiting.callId == callId)
            return; // ended again after the server listed it once more: one wrap-up
    m_journal->needWrapUp(callId);
    m_pending.append(*entry);
    emit changed();
}
