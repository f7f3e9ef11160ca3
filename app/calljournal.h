#pragma once

#include "call.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

class QSqlRecord;

// How a call ended, as the history shows it. Stored by name (outcomeName), so the numbers
// here can change without a migration.
enum class CallOutcome { Unfinished, Answered, Missed, Declined, NoAnswer, Transferred, Conferenced };
QString outcomeName(CallOutcome outcome);
CallOutcome outcomeFromName(const QString &name); // unknown -> Unfinished

// One call in the journal.
struct JournalEntry
{
    qint64 row = 0;
    QString callId;
    QString callUuid;
    QString direction; // the call's callType: Inbound, Outbound, Internal, Consult
    QString number;    // the other party
    QString name;      // from case data, when the call carried one
    QDateTime startedAt, answeredAt, endedAt;
    qint64 ringMs = 0, talkMs = 0, holdMs = 0;
    CallOutcome outcome = CallOutcome::Unfinished;
    QString disposition;
    QString notes;
    QVariantMap caseData;
    bool seen = true; // a missed call stays unseen until the agent has looked
};

// The local call history: one SQLite file per user and server, written as each call
// happens. Every step is its own committed statement in a WAL journal, so a crash loses at
// most the step in flight, and replaying a step (a resync after a reconnect, a restart)
// updates the row it wrote before instead of adding one. Nothing secret is stored: no
// password, no DTMF.
class CallJournal
{
public:
    static constexpr int kSchemaVersion = 6;

    // Opens (creating the file and its folder) and migrates to kSchemaVersion.
    explicit CallJournal(const QString &path);
    ~CallJournal();
    CallJournal(const CallJournal &) = delete;
    CallJournal &operator=(const CallJournal &) = delete;

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString connectionName() const { return m_connection; }
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Case data keys whose value is the caller's name (first present wins).
    void setNameKeys(const QStringList &keys) { m_nameKeys = keys; }

    // The call as the server shows it now, at `at`: starts its row the first time, then
    // follows answer, hold and retrieve, and keeps parties and case data current. True
    // when the call had ended in the journal and lives again (the server still lists it:
    // the program was restarted while it rang, say): its outcome is Unfinished again.
    bool record(const Call &call, const QDateTime &at);
    // The call is gone from the server. `outcome` Unfinished lets the journal decide:
    // answered if it was ever established, missed (inbound) or no answer (outbound) if not.
    void end(const QString &callId, const QDateTime &at, CallOutcome outcome = CallOutcome::Unfinished);
    // Calls left unfinished (the program stopped or lost the server while they were up)
    // that are not among `liveCallIds` any more: ended as of when they were last seen.
    int endMissing(const QStringList &liveCallIds);
    // The agent's disposition and notes for the call; `done` when they pressed Done (a
    // draft is saved as they type, so nothing is lost if the program stops).
    void setWrapUp(const QString &callId, const QString &disposition, const QString &notes,
                   bool done = true);
    // The call waits for the agent's wrap-up (it ended after they handled it).
    void needWrapUp(const QString &callId);
    // Ended calls still waiting for their wrap-up, oldest first (also after a restart).
    QList<JournalEntry> pendingWrapUps() const;
    // Dispositions the agent has used, most used first (then most recent).
    QStringList dispositionsByUse() const;

    std::optional<JournalEntry> latest(const QString &callId) const;
    // Newest first; `text` matches number, name or case data; `limit` < 0: all, from the
    // `offset`th match on.
    QList<JournalEntry> entries(const QString &text = {}, bool missedOnly = false,
                                int limit = -1, int offset = 0) const;
    // The same rows one at a time, without holding them all.
    void forEach(const QString &text, bool missedOnly,
                 const std::function<void(const JournalEntry &)> &visit) const;
    int unseenMissedCount() const;
    void markMissedSeen();
    // Numbers the agent reached, newest first, each once: dialled calls and consultations
    // that were answered, and one-step transfers and conferences the server accepted (not
    // one that failed afterwards: setTransferredTo(callId, {})).
    QStringList successfulDestinations(int limit) const;
    // Where the call was sent in one step (SingleStepTransfer/Conference); empty: nowhere.
    void setTransferredTo(const QString &callId, const QString &number);
    int purgeOlderThan(const QDateTime &cutoff);

    static JournalEntry entryFrom(const QSqlRecord &record);

private:
    bool migrate();
    bool exec(const QString &sql, const QVariantList &args = {});
    void select(const QString &text, bool missedOnly, int limit, int offset,
                const std::function<void(const JournalEntry &)> &visit) const;

    QString m_connection;
    QString m_path;
    QString m_error;
    bool m_open = false;
    QStringList m_nameKeys = defaultCallerNameKeys();
};
