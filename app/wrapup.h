#pragma once

#include "calljournal.h"

#include <QObject>

class CallRecorder;

// After the call: the calls waiting for the agent's wrap-up (a disposition and notes),
// oldest first, and Done. What the agent types is saved as a draft at once, so a crash or
// a restart loses nothing: the card comes back with it.
class WrapUp : public QObject
{
    Q_OBJECT
public:
    explicit WrapUp(CallRecorder *recorder, QObject *parent = nullptr);

    // The journal of the logged-in user (not owned; null: nothing to wrap up).
    void setJournal(CallJournal *journal);
    // The site's dispositions (QSettings wrapUp/dispositions) and whether Done needs one
    // (wrapUp/dispositionRequired).
    void setDispositions(const QStringList &configured) { m_configured = configured; }
    void setDispositionRequired(bool required) { m_required = required; }
    static QStringList defaultDispositions();

    int pendingCount() const { return int(m_pending.size()); }
    // The call whose wrap-up is shown: the oldest one waiting.
    std::optional<JournalEntry> current() const;
    // The ones the agent uses most first, then the rest of the configured list.
    QStringList dispositions() const;
    // Why Done cannot be pressed with this disposition, or empty.
    QString doneBlockedReason(const QString &disposition) const;

    void saveDraft(const QString &disposition, const QString &notes);
    // Saves and moves on to the next call; false (nothing changes) when blocked.
    bool done(const QString &disposition, const QString &notes);

signals:
    void changed(); // a call joined or left the wrap-up queue

private:
    void onCallEnded(const QString &callId);

    CallJournal *m_journal = nullptr;
    QList<JournalEntry> m_pending;
    QStringList m_configured = defaultDispositions();
    bool m_required = false;
};
