#include "calljournal.h"

#include "call.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcJournal, "softphone.journal")

namespace {

struct OutcomeName
{
    CallOutcome outcome;
    QString name;
};

const OutcomeName kOutcomes[] = {
    {CallOutcome::Unfinished, u"Unfinished"_s}, {CallOutcome::Answered, u"Answered"_s},
    {CallOutcome::Missed, u"Missed"_s},         {CallOutcome::Declined, u"Declined"_s},
    {CallOutcome::NoAnswer, u"NoAnswer"_s},     {CallOutcome::Transferred, u"Transferred"_s},
    {CallOutcome::Conferenced, u"Conferenced"_s},
};

// Each migration takes the schema from its index to index + 1, in one transaction.
// Version 1 is the first schema that shipped; never edit a migration once released.
const QStringList kMigrations[] = {
    {
        u"CREATE TABLE calls ("
        "  id INTEGER PRIMARY KEY,"
        "  call_id TEXT NOT NULL,"
        "  call_uuid TEXT,"
        "  direction TEXT,"
        "  number TEXT,"
        "  state TEXT,"
        "  started_at INTEGER NOT NULL," // milliseconds since the epoch, UTC
        "  answered_at INTEGER,"
        "  held_since INTEGER,"
        "  hold_ms INTEGER NOT NULL DEFAULT 0,"
        "  ended_at INTEGER,"
        "  last_seen_at INTEGER NOT NULL,"
        "  outcome TEXT NOT NULL DEFAULT 'Unfinished',"
        "  case_data TEXT)"_s,
        u"CREATE INDEX calls_call_id ON calls(call_id)"_s,
    },
    {
        u"ALTER TABLE calls ADD COLUMN name TEXT"_s,
        u"ALTER TABLE calls ADD COLUMN disposition TEXT"_s,
        u"ALTER TABLE calls ADD COLUMN notes TEXT"_s,
        // Calls from before version 2 count as seen: nobody is told about old misses.
        u"ALTER TABLE calls ADD COLUMN seen INTEGER NOT NULL DEFAULT 1"_s,
        u"CREATE INDEX calls_started_at ON calls(started_at)"_s,
    },
    {
        // Substring search by index (FTS5 trigrams, case-insensitive): a LIKE '%x%' over
        // every row was 100 ms on a 100,000-call history (bench/history.cpp). Kept current
        // by triggers; an update that leaves the searched text alone does not reindex.
        u"CREATE VIRTUAL TABLE calls_search USING fts5(number, name, case_data, "
        "content='calls', content_rowid='id', tokenize='trigram')"_s,
        u"INSERT INTO calls_search(calls_search) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER calls_search_insert AFTER INSERT ON calls BEGIN "
        "INSERT INTO calls_search(rowid, number, name, case_data) "
        "VALUES (new.id, new.number, new.name, new.case_data); END"_s,
        u"CREATE TRIGGER calls_search_delete AFTER DELETE ON calls BEGIN "
        "INSERT INTO calls_search(calls_search, rowid, number, name, case_data) "
        "VALUES ('delete', old.id, old.number, old.name, old.case_data); END"_s,
        u"CREATE TRIGGER calls_search_update AFTER UPDATE OF number, name, case_data ON calls "
        "WHEN old.number IS NOT new.number OR old.name IS NOT new.name "
        "OR old.case_data IS NOT new.case_data BEGIN "
        "INSERT INTO calls_search(calls_search, rowid, number, name, case_data) "
        "VALUES ('delete', old.id, old.number, old.name, old.case_data); "
        "INSERT INTO calls_search(rowid, number, name, case_data) "
        "VALUES (new.id, new.number, new.name, new.case_data); END"_s,
    },
    {
        // Whether the agent has finished the call's wrap-up (Done). Calls from before
        // version 4 count as wrapped up: nobody is asked about old calls.
        u"ALTER TABLE calls ADD COLUMN wrapped_up INTEGER NOT NULL DEFAULT 1"_s,
    },
    {
        // Where the agent sent the call in one step (SingleStepTransfer/Conference) once
        // the server accepted it: the recent destinations read it (a consultation's
        // destination is the consult call's own number).
        u"ALTER TABLE calls ADD COLUMN transferred_to TEXT"_s,
    },
    {
        // The unseen missed calls, counted on every refresh of the history and at login:
        // without an index that read every row (20 ms on a 100,000-call history).
        u"CREATE INDEX calls_unseen ON calls(outcome) WHERE seen = 0"_s,
    },
};
static_assert(std::size(kMigrations) == CallJournal::kSchemaVersion);

qint64 ms(const QDateTime &at)
{
    return at.toMSecsSinceEpoch();
}

QVariant msOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

bool isUp(CallState state)
{
    return state == CallState::Established || state == CallState::Held;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

// Qualified: the search joins the index, whose columns have the same names.
const QString kColumns = u"calls.id, calls.call_id, calls.call_uuid, calls.direction, "
                         "calls.number, calls.name, calls.started_at, calls.answered_at, "
                         "calls.ended_at, calls.hold_ms, calls.held_since, calls.last_seen_at, "
                         "calls.outcome, calls.disposition, calls.notes, calls.case_data, "
                         "calls.seen"_s;

} // namespace

JournalEntry CallJournal::entryFrom(const QSqlRecord &q)
{
    JournalEntry e;
    e.row = q.value(0).toLongLong();
    e.callId = q.value(1).toString();
    e.callUuid = q.value(2).toString();
    e.direction = q.value(3).toString();
    e.number = q.value(4).toString();
    e.name = q.value(5).toString();
    e.startedAt = fromMs(q.value(6));
    e.answeredAt = fromMs(q.value(7));
    e.endedAt = fromMs(q.value(8));
    const QDateTime heldSince = fromMs(q.value(10));
    const QDateTime lastSeen = fromMs(q.value(11));
    const QDateTime end = e.endedAt.isValid() ? e.endedAt : lastSeen;
    e.holdMs = q.value(9).toLongLong()
               + (heldSince.isValid() && !e.endedAt.isValid() ? heldSince.msecsTo(lastSeen) : 0);
    e.ringMs = e.startedAt.msecsTo(e.answeredAt.isValid() ? e.answeredAt : end);
    e.talkMs = e.answeredAt.isValid() ? qMax<qint64>(0, e.answeredAt.msecsTo(end) - e.holdMs) : 0;
    e.outcome = outcomeFromName(q.value(12).toString());
    e.disposition = q.value(13).toString();
    e.notes = q.value(14).toString();
    e.caseData = QJsonDocument::fromJson(q.value(15).toByteArray()).object().toVariantMap();
    e.seen = q.value(16).toBool();
    return e;
}

QString outcomeName(CallOutcome outcome)
{
    for (const OutcomeName &o : kOutcomes)
        if (o.outcome == outcome)
            return o.name;
    return kOutcomes[0].name;
}

CallOutcome outcomeFromName(const QString &name)
{
    for (const OutcomeName &o : kOutcomes)
        if (o.name == name)
            return o.outcome;
    return CallOutcome::Unfinished;
}

CallJournal::CallJournal(const QString &path)
    : m_path(path)
{
    static std::atomic<int> counter{0};
    m_connection = u"softphone-journal-%1"_s.arg(++counter);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        qCWarning(lcJournal) << "cannot open the call history" << path << m_error;
        return;
    }
    // WAL: a reader never blocks the writer, and a killed process loses nothing committed.
    // synchronous=NORMAL is crash-safe for the process in WAL mode (only a power cut can
    // lose the last commits), and keeps a step to one write instead of two fsyncs.
    m_open = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s)
             && exec(u"PRAGMA busy_timeout=2000"_s) && migrate();
}

CallJournal::~CallJournal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

int CallJournal::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

bool CallJournal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    int version = schemaVersion();
    if (version > kSchemaVersion) {
        m_error = QStringLiteral("the call history was written by a newer version (schema %1)")
                      .arg(version);
        qCWarning(lcJournal) << m_error;
        return false;
    }
    for (; version < kSchemaVersion; ++version) {
        db.transaction();
        bool ok = true;
        for (const QString &sql : kMigrations[version])
            ok = ok && exec(sql);
        ok = ok && exec(u"PRAGMA user_version = %1"_s.arg(version + 1));
        if (!ok || !db.commit()) {
            db.rollback();
            qCWarning(lcJournal) << "call history migration to version" << version + 1 << "failed";
            return false;
        }
        qCInfo(lcJournal) << "call history migrated to schema version" << version + 1;
    }
    return true;
}

bool CallJournal::exec(const QString &sql, const QVariantList &args)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(sql);
    for (const QVariant &arg : args)
        q.addBindValue(arg);
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    qCWarning(lcJournal) << "call history:" << m_error << "in" << sql.left(60);
    return false;
}

bool CallJournal::record(const Call &call, const QDateTime &at)
{
    if (!m_open || call.id.isEmpty())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.prepare(u"SELECT id, state, answered_at, held_since, ended_at FROM calls "
              "WHERE call_id = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(call.id);
    const QString caseData =
        QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(call.userData))
                              .toJson(QJsonDocument::Compact));
    const QString state = callStateToString(call.state);
    if (!q.exec() || !q.next()) {
        exec(u"INSERT INTO calls (call_id, call_uuid, direction, number, name, state, "
             "started_at, answered_at, held_since, last_seen_at, case_data, seen) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"_s,
             {call.id, call.callUuid, call.callType, call.remoteParty(), callerNameFromCaseData(call.userData, m_nameKeys), state,
              ms(at), isUp(call.state) ? QVariant(ms(at)) : msOrNull({}),
              call.state == CallState::Held ? QVariant(ms(at)) : msOrNull({}), ms(at), caseData});
        return false;
    }
    const qint64 row = q.value(0).toLongLong();
    const bool answered = !q.value(2).isNull();
    const bool held = !q.value(3).isNull();
    const bool ended = !q.value(4).isNull();
    // Answer, hold and retrieve are the transitions the durations need; the rest is kept
    // current. A call we had ended that the server still lists lives on (the server knows).
    QString transitions;
    QVariantList args{call.callUuid, call.callType, call.remoteParty(), callerNameFromCaseData(call.userData, m_nameKeys), state,
                      caseData, ms(at)};
    if (ended)
        transitions += u", ended_at = NULL, outcome = 'Unfinished', seen = 1"_s;
    if (!answered && isUp(call.state)) {
        transitions += u", answered_at = ?"_s;
        args << ms(at);
    }
    if (call.state == CallState::Held && !held) {
        transitions += u", held_since = ?"_s;
        args << ms(at);
    } else if (call.state != CallState::Held && held) {
        transitions += u", hold_ms = hold_ms + (? - held_since), held_since = NULL"_s;
        args << ms(at);
    }
    args << row;
    return exec(u"UPDATE calls SET call_uuid = ?, direction = ?, number = ?, name = ?, state = ?, "
                "case_data = ?, last_seen_at = ?"_s
                    + transitions + u" WHERE id = ?"_s,
                args)
           && ended;
}

void CallJournal::end(const QString &callId, const QDateTime &at, CallOutcome outcome)
{
    if (!m_open)
        return;
    // The outcome the journal can tell by itself, unless the caller knows better. A call
    // the agent placed (dialled, or a consultation) that nobody answered was not missed.
    const QString decided =
        u"CASE WHEN answered_at IS NOT NULL THEN 'Answered' "
        "WHEN direction IN ('Outbound', 'Consult') THEN 'NoAnswer' ELSE 'Missed' END"_s;
    const QString outcomeSql = outcome == CallOutcome::Unfinished ? decided : u"?"_s;
    QVariantList args{ms(at), ms(at), ms(at)};
    if (outcome != CallOutcome::Unfinished)
        args << outcomeName(outcome);
    args << callId;
    exec(u"UPDATE calls SET hold_ms = hold_ms + COALESCE(? - held_since, 0), held_since = NULL, "
         "ended_at = ?, last_seen_at = ?, outcome = "_s
             + outcomeSql
             + u" WHERE call_id = ? AND ended_at IS NULL"_s,
         args);
    exec(u"UPDATE calls SET seen = 0 WHERE call_id = ? AND outcome = 'Missed'"_s, {callId});
}

int CallJournal::endMissing(const QStringList &liveCallIds)
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(u"SELECT call_id, last_seen_at FROM calls WHERE ended_at IS NULL"_s);
    QList<QPair<QString, QDateTime>> gone;
    while (q.next())
        if (!liveCallIds.contains(q.value(0).toString()))
            gone.append({q.value(0).toString(), fromMs(q.value(1))});
    for (const auto &[callId, lastSeen] : gone)
        end(callId, lastSeen);
    return int(gone.size());
}

void CallJournal::setWrapUp(const QString &callId, const QString &disposition, const QString &notes,
                            bool done)
{
    if (m_open)
        exec(u"UPDATE calls SET disposition = ?, notes = ?, wrapped_up = ? WHERE id = "
             "(SELECT id FROM calls WHERE call_id = ? ORDER BY id DESC LIMIT 1)"_s,
             {disposition, notes, done ? 1 : 0, callId});
}

void CallJournal::needWrapUp(const QString &callId)
{
    if (m_open)
        exec(u"UPDATE calls SET wrapped_up = 0 WHERE id = "
             "(SELECT id FROM calls WHERE call_id = ? ORDER BY id DESC LIMIT 1)"_s,
             {callId});
}

QList<JournalEntry> CallJournal::pendingWrapUps() const
{
    QList<JournalEntry> result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (q.exec(u"SELECT "_s + kColumns
               + u" FROM calls WHERE wrapped_up = 0 AND ended_at IS NOT NULL ORDER BY id"_s))
        while (q.next())
            result.append(entryFrom(q.record()));
    return result;
}

QStringList CallJournal::dispositionsByUse() const
{
    QStringList used;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(u"SELECT disposition FROM calls WHERE disposition <> '' AND wrapped_up = 1 "
               "GROUP BY disposition ORDER BY COUNT(*) DESC, MAX(id) DESC"_s))
        while (q.next())
            used << q.value(0).toString();
    return used;
}

std::optional<JournalEntry> CallJournal::latest(const QString &callId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT "_s + kColumns + u" FROM calls WHERE call_id = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(callId);
    if (q.exec() && q.next())
        return entryFrom(q.record());
    return std::nullopt;
}

QList<JournalEntry> CallJournal::entries(const QString &text, bool missedOnly, int limit,
                                         int offset) const
{
    QList<JournalEntry> result;
    select(text, missedOnly, limit, offset, [&result](const JournalEntry &e) { result.append(e); });
    return result;
}

void CallJournal::forEach(const QString &text, bool missedOnly,
                          const std::function<void(const JournalEntry &)> &visit) const
{
    select(text, missedOnly, -1, 0, visit);
}

void CallJournal::select(const QString &text, bool missedOnly, int limit, int offset,
                         const std::function<void(const JournalEntry &)> &visit) const
{
    QStringList where;
    QVariantList args;
    QString from = u"calls"_s;
    QString order = u"calls.id"_s;
    // Three characters and more through the trigram index, walked newest first (ids grow
    // with time) so a page of a common match stops early; shorter text (no trigram to look
    // up) by reading the rows.
    if (text.size() >= 3) {
        from = u"calls_search JOIN calls ON calls.id = calls_search.rowid"_s;
        order = u"calls_search.rowid"_s; // the index's own order: no sort of every match
        where << u"calls_search MATCH ?"_s;
        args << QString(u'"' + QString(text).replace(u'"', u"\"\""_s) + u'"');
    } else if (!text.isEmpty()) {
        where << u"(calls.number LIKE ? ESCAPE '\\' OR calls.name LIKE ? ESCAPE '\\' "
                 "OR calls.case_data LIKE ? ESCAPE '\\')"_s;
        args << likePattern(text) << likePattern(text) << likePattern(text);
    }
    if (missedOnly)
        where << u"calls.outcome = 'Missed'"_s;
    QString sql = u"SELECT "_s + kColumns + u" FROM "_s + from;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where.join(u" AND "_s);
    sql += u" ORDER BY %1 DESC LIMIT %2 OFFSET %3"_s.arg(order).arg(limit).arg(qMax(0, offset));
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &arg : std::as_const(args))
        q.addBindValue(arg);
    if (q.exec())
        while (q.next())
            visit(entryFrom(q.record()));
}

int CallJournal::unseenMissedCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    return q.exec(u"SELECT COUNT(*) FROM calls WHERE outcome = 'Missed' AND seen = 0"_s) && q.next()
               ? q.value(0).toInt()
               : 0;
}

void CallJournal::markMissedSeen()
{
    if (m_open)
        exec(u"UPDATE calls SET seen = 1 WHERE seen = 0"_s);
}

QStringList CallJournal::successfulDestinations(int limit) const
{
    // Reached: a dialled call or a consultation that was answered (a busy or unanswered
    // destination never is), or a one-step transfer or conference the server accepted.
    QStringList numbers;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT number FROM ("
              "SELECT number, answered_at AS at FROM calls WHERE answered_at IS NOT NULL "
              "AND direction IN ('Outbound', 'Consult') AND number <> '' "
              "UNION ALL SELECT transferred_to, COALESCE(ended_at, last_seen_at) FROM calls "
              "WHERE transferred_to <> '') "
              "GROUP BY number ORDER BY MAX(at) DESC LIMIT ?"_s);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            numbers << q.value(0).toString();
    return numbers;
}

void CallJournal::setTransferredTo(const QString &callId, const QString &number)
{
    if (m_open)
        exec(u"UPDATE calls SET transferred_to = ? WHERE id = "
             "(SELECT id FROM calls WHERE call_id = ? ORDER BY id DESC LIMIT 1)"_s,
             {number.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(number), callId});
}

int CallJournal::purgeOlderThan(const QDateTime &cutoff)
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"DELETE FROM calls WHERE started_at < ? AND ended_at IS NOT NULL"_s);
    q.addBindValue(ms(cutoff));
    return q.exec() ? q.numRowsAffected() : 0;
}
