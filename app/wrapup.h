#pragma once

#include "calljournal.h"
#include "disposition.h"

#include <QHash>
#include <QObject>

class CallRecorder;

// After the call: the calls waiting for the agent's wrap-up (a disposition and notes),
// oldest first, and Done. What the agent types is saved as a draft at once, so a crash or
// a restart loses nothing: the card comes back with it. While no ended call waits, the
// live call the agent is handling (setLiveCall, from WrapUpSync) takes notes the same way,
// and its draft becomes its wrap-up when it ends.
class WrapUp : public QObject
{
    Q_OBJECT
public:
    explicit WrapUp(CallRecorder *recorder, QObject *parent = nullptr);

    // The journal of the logged-in user (not owned; null: nothing to wrap up).
    void setJournal(CallJournal *journal);
    // The site's dispositions (QSettings wrapUp/dispositions) and whether Done needs one
    // (wrapUp/dispositionRequired).
    void setDispositions(const QStringList &configured)
    {
        setDispositions(Disposition::fromNames(configured));
    }
    // The codes offered (the server's or the local ones, DispositionCatalog): names are
    // stored and sent, display names shown.
    void setDispositions(const QList<Disposition> &dispositions);
    void setDispositionRequired(bool required) { m_required = required; }
    static QStringList defaultDispositions();

    int pendingCount() const { return int(m_pending.size()); }
    // The call whose wrap-up is shown: the oldest one waiting.
    std::optional<JournalEntry> current() const;
    // The live call the agent handles now (empty: none); shown while no ended call waits.
    void setLiveCall(const QString &callId);
    // The call shown is the live one (its wrap-up is not due yet).
    bool isLive() const { return m_pending.isEmpty() && m_live.has_value(); }
    // The names, the ones the agent uses most first, then the rest of the configured list.
    QStringList dispositions() const;
    QString displayName(const QString &name) const { return m_displayNames.value(name, name); }
    // User-data keys that carry the wrap-up itself (not shown again as case data).
    void setWrapUpKeys(const QStringList &keys) { m_wrapUpKeys = keys; }
    bool isWrapUpKey(const QString &key) const { return m_wrapUpKeys.contains(key); }
    // What went wrong sending the wrap-up to the server (shown beside the card until
    // dismissed or the next success); the local record is kept either way.
    void setServerProblem(const QString &problem);
    QString serverProblem() const { return m_serverProblem; }
    // Why Done cannot be pressed with this disposition, or empty.
    QString doneBlockedReason(const QString &disposition) const;

    void saveDraft(const QString &disposition, const QString &notes);
    // Saves and moves on to the next call; false (nothing changes) when blocked.
    bool done(const QString &disposition, const QString &notes);

signals:
    void changed(); // a call joined or left the wrap-up queue, or the live call changed
    void dispositionsChanged();
    void serverProblemChanged();
    // A draft was saved for this call (the live one or an ended one).
    void draftSaved(const QString &callId, const QString &disposition, const QString &notes);
    // Done was pressed: the call's wrap-up is final.
    void wrappedUp(const JournalEntry &call, const QString &disposition, const QString &notes);

private:
    void onCallEnded(const QString &callId);

    CallJournal *m_journal = nullptr;
    QList<JournalEntry> m_pending;
    QStringList m_configured = defaultDispositions();
    QHash<QString, QString> m_displayNames; // name -> displayName, where they differ
    std::optional<JournalEntry> m_live;
    QStringList m_wrapUpKeys;
    QString m_serverProblem;
    bool m_required = false;
};
