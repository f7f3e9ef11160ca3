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
    m_live.reset();
    m_pending = journal && journal->isOpen() ? journal->pendingWrapUps() : QList<JournalEntry>();
    emit changed();
}

void WrapUp::setDispositions(const QList<Disposition> &dispositions)
{
    m_configured.clear();
    m_displayNames.clear();
    for (const Disposition &d : dispositions) {
        m_configured << d.name;
        if (d.displayName != d.name)
            m_displayNames.insert(d.name, d.displayName);
    }
    emit dispositionsChanged();
}

void WrapUp::setLiveCall(const QString &callId)
{
    if ((m_live ? m_live->callId : QString()) == callId)
        return;
    m_live = callId.isEmpty() || !m_journal ? std::nullopt : m_journal->latest(callId);
    emit changed();
}

void WrapUp::setServerProblem(const QString &problem)
{
    if (problem == m_serverProblem)
        return;
    m_serverProblem = problem;
    emit serverProblemChanged();
}

std::optional<JournalEntry> WrapUp::current() const
{
    if (m_pending.isEmpty())
        return m_live;
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
    if (isLive())
        return tr("Done: the call is still going; wrap it up when it ends");
    if (m_pending.isEmpty())
        return tr("Done: there is no call to wrap up");
    if (m_required && disposition.trimmed().isEmpty())
        return tr("Done: choose a disposition first");
    return {};
}

void WrapUp::saveDraft(const QString &disposition, const QString &notes)
{
    JournalEntry *shown = !m_pending.isEmpty() ? &m_pending.first() : m_live ? &*m_live : nullptr;
    if (!m_journal || !shown)
        return;
    m_journal->setWrapUp(shown->callId, disposition, notes, false);
    shown->disposition = disposition;
    shown->notes = notes;
    emit draftSaved(shown->callId, disposition, notes);
}

bool WrapUp::done(const QString &disposition, const QString &notes)
{
    if (!doneBlockedReason(disposition).isEmpty())
        return false;
    const JournalEntry finished = m_pending.takeFirst();
    if (m_journal)
        m_journal->setWrapUp(finished.callId, disposition, notes, true);
    emit wrappedUp(finished, disposition, notes);
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
    if (m_live && m_live->callId == callId)
        m_live.reset(); // its draft goes on as its wrap-up
    emit changed();
}
