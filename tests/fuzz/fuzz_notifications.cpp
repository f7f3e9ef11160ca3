// libFuzzer target: bytes as the server might send them -> JSON -> notifications -> one
// long-lived CallModel, as the app's Session does. After every input the whole model is
// walked and checked; any broken invariant aborts, so libFuzzer reports it as a crash.
//
// Built only by tests/fuzz/target (clang, -fsanitize=fuzzer,address,undefined) through
// tests/fuzz/run.sh; never part of the g++ build.

#include "callmodel.h"
#include "jsonarraystream.h"
#include "jsonmember.h"
#include "jsonmutator.h"
#include "notification.h"
#include "repeatedcalls.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cstdio>
#include <cstdlib>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

// Calls kept across inputs, so updates meet the state earlier inputs left behind; cleared
// past this many so memory and per-input time stay bounded.
constexpr int MaxCalls = 200;

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz_notifications: invariant broken: %s %s\n", what, qPrintable(detail));
    std::abort();
}

#define CHECK(cond, detail)                                                                        \
    do {                                                                                           \
        if (!(cond))                                                                               \
            fail(#cond, detail);                                                                   \
    } while (0)

// Anything Qt itself complains about while we drive the model is a bug too (for example
// QAbstractItemModel's "invalid index" warnings), as is any tester failure (qFatal).
void messageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    std::fprintf(stderr, "fuzz_notifications: Qt message (%d): %s\n", int(type),
                 qPrintable(message));
    if (type != QtDebugMsg && type != QtInfoMsg)
        std::abort();
}

QDateTime startOfClock()
{
    return QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
}

struct State
{
    CallModel model;
    // Attached for the whole run: checks every signal the model emits against its
    // structure, and aborts on the first inconsistency.
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    // What the model must hold, kept by the rules the model documents (upsert by id,
    // Released removes, new calls at the end, setCalls keeps known rows in place, an update
    // without a WrapUpTime keeps the one the model knew).
    QList<Call> expected;
    QDateTime clock = startOfClock();
    int signalsSeen = 0; // rows inserted/removed/moved, dataChanged, layout or reset
};

State *state = nullptr;

qsizetype indexOf(const QList<Call> &calls, const QString &id)
{
    for (qsizetype i = 0; i < calls.size(); ++i) {
        if (calls[i].id == id)
            return i;
    }
    return -1;
}

// An update of a known call: a call read without a notification (no extensions) keeps the
// wrap-up time the last notification told.
Call updated(const Call &old, Call call)
{
    if (call.wrapUpSeconds < 0)
        call.wrapUpSeconds = old.wrapUpSeconds;
    return call;
}

void expectUpsert(const Call &call)
{
    if (call.id.isEmpty())
        return;
    const qsizetype at = indexOf(state->expected, call.id);
    if (call.state == CallState::Released) {
        if (at >= 0)
            state->expected.removeAt(at);
    } else if (at >= 0) {
        state->expected[at] = updated(state->expected[at], call);
    } else {
        state->expected.append(call);
    }
}

void expectSetCalls(const QList<Call> &calls)
{
    QList<Call> wanted;
    for (const Call &c : calls) {
        if (c.id.isEmpty() || c.state == CallState::Released)
            continue;
        if (const qsizetype at = indexOf(wanted, c.id); at >= 0)
            wanted[at] = c;
        else
            wanted.append(c);
    }
    QList<Call> next;
    for (const Call &old : std::as_const(state->expected)) {
        if (const qsizetype at = indexOf(wanted, old.id); at >= 0)
            next.append(updated(old, wanted.takeAt(at)));
    }
    next.append(wanted);
    state->expected = next;
}

// FNV-1a: the same input makes the same choices in every process (qHash is seeded per
// process), so a saved crash input replays.
quint32 fingerprint(const uint8_t *data, size_t size)
{
    quint32 h = 2166136261u;
    for (size_t i = 0; i < size; ++i)
        h = (h ^ data[i]) * 16777619u;
    return h;
}

void upsert(const Call &call)
{
    state->model.upsertCall(call);
    expectUpsert(call);
}

void setCalls(const QList<Call> &calls)
{
    state->model.setCalls(calls);
    expectSetCalls(calls);
}

// Touches every field the app reads, so ASan/UBSan see them used.
size_t consume(const QString &s)
{
    return size_t(s.size());
}

void applyNotification(const QJsonValue &data)
{
    QString error;
    const std::optional<Notification> n = parseNotification(data, &error);
    if (!n) {
        CHECK(!error.isEmpty(), u"a refused notification must say why"_s);
        return;
    }
    if (const auto *call = std::get_if<CallNotification>(&*n)) {
        CHECK(!call->call.id.isEmpty(), u"parsed call without id"_s);
        upsert(call->call);
    } else if (const auto *devices = std::get_if<DeviceNotification>(&*n)) {
        size_t sum = 0;
        for (const Device &d : devices->devices) {
            CHECK(!d.id.isEmpty(), u"parsed device without id"_s);
            sum += consume(d.deviceState) + consume(d.userState.state) + consume(d.phoneNumber) +
                   size_t(d.capabilities.size()) + size_t(d.can(u"Ready"_s));
        }
        (void)sum;
    } else if (const auto *err = std::get_if<ErrorNotification>(&*n)) {
        // As Session does: find the call the error is about.
        if (const Call *c = state->model.callByUri(err->callUri))
            CHECK(c->uri == err->callUri, err->callUri);
    } else {
        (void)std::get<UnknownNotification>(*n).messageType.size();
    }
}

// One Bayeux message, or anything else that came in its place.
void applyMessage(const QJsonValue &message, QList<Call> *seen)
{
    const QJsonObject o = message.toObject();
    if (o.contains("data"_L1)) {
        applyNotification(o.value("data"_L1));
        // Remember the calls of this input for the occasional resync below.
        if (auto call = parseCall(o.value("data"_L1).toObject().value("call"_L1)))
            seen->append(*call);
        return;
    }
    if (const QJsonValue calls = o.value("calls"_L1); calls.isArray()) {
        // GET /me/calls: a resync replaces the whole state.
        QList<Call> list;
        for (const QJsonValue &v : calls.toArray()) {
            if (auto call = parseCall(v))
                list.append(*call);
        }
        setCalls(list);
        return;
    }
    if (const QJsonValue devices = o.value("devices"_L1); devices.isArray()) {
        for (const QJsonValue &v : devices.toArray())
            (void)parseDevice(v);
        return;
    }
    // A bare call resource (GET /me/calls/{id}), or a bare notification `data`.
    if (auto call = parseCall(message)) {
        upsert(*call);
        seen->append(*call);
    } else {
        applyNotification(message);
    }
}

void checkModel()
{
    const CallModel &m = state->model;
    const QList<Call> &expected = state->expected;
    const int rows = m.rowCount();
    CHECK(rows == m.callCount(), QString::number(rows));
    CHECK(rows == expected.size(),
          u"model has %1 calls, expected %2"_s.arg(rows).arg(expected.size()));
    CHECK(m.columnCount() == CallModel::ColumnCount, QString());
    CHECK(!m.index(rows, 0).isValid(), QString());
    CHECK(!m.index(-1, 0).isValid(), QString());
    CHECK(!m.index(0, CallModel::ColumnCount).isValid(), QString());
    CHECK(!m.parent(QModelIndex()).isValid(), QString());
    CHECK(m.data(QModelIndex(), Qt::DisplayRole).isNull(), QString());

    for (int s = -1; s <= CallModel::ColumnCount; ++s) {
        (void)m.headerData(s, Qt::Horizontal, Qt::DisplayRole);
        (void)m.headerData(s, Qt::Vertical, Qt::DisplayRole);
    }
    const QHash<int, QByteArray> roleNames = m.roleNames();
    CHECK(roleNames.contains(CallModel::CallIdRole), QString());

    const QList<Call> calls = m.calls();
    CHECK(calls.size() == rows, QString());
    QSet<QString> ids;
    QSet<QString> uris;
    for (int r = 0; r < rows; ++r) {
        const Call &c = calls[r];
        const QString id = c.id;
        CHECK(!id.isEmpty(), QString::number(r));
        CHECK(!ids.contains(id), u"duplicate id "_s + id);
        ids.insert(id);
        CHECK(c.state != CallState::Released, u"Released call present: "_s + id);
        CHECK(c.id == expected[r].id,
              u"row %1 is %2, expected %3"_s.arg(r).arg(id, expected[r].id));
        CHECK(c.sameContent(expected[r]),
              u"row %1 (%2) differs from the last update"_s.arg(r).arg(id));
        CHECK(c.receivedAt.isValid(), id);
        CHECK(m.call(id) && m.call(id)->id == id, id);
        CHECK(m.indexOfCall(id).row() == r, id);
        if (!c.uri.isEmpty()) {
            const Call *byUri = m.callByUri(c.uri);
            CHECK(byUri && byUri->uri == c.uri, c.uri);
            if (!uris.contains(c.uri))
                CHECK(byUri->id == id, u"callByUri finds the first call with the uri"_s);
            uris.insert(c.uri);
        }
        CHECK(c.liveDurationSeconds(state->clock) >= 0, id);

        for (int col = 0; col < CallModel::ColumnCount; ++col) {
            const QModelIndex callIndex = m.index(r, col);
            CHECK(callIndex.isValid() && callIndex.row() == r && callIndex.column() == col, id);
            CHECK(!m.parent(callIndex).isValid(), id);
            CHECK(m.callAt(callIndex) && m.callAt(callIndex)->id == id, id);
            CHECK(m.data(callIndex, CallModel::CallIdRole).toString() == id, id);
            CHECK(m.data(callIndex, CallModel::IsParticipantRole).toBool() == false, id);
            CHECK(m.data(callIndex, CallModel::CallStateRole).toInt() == int(c.state), id);
            CHECK(m.data(callIndex, CallModel::DurationRole).toInt() >= 0, id);
            for (int role = 0; role <= CallModel::MonitoringRole + 2; ++role)
                (void)m.data(callIndex, role);
            // Only column 0 has children.
            const int children = m.rowCount(callIndex);
            if (col != 0) {
                CHECK(children == 0, id);
                CHECK(!m.index(0, 0, callIndex).isValid(), id);
                continue;
            }
            CHECK(children == c.participants.size(),
                  u"%1: %2 participant rows, call has %3"_s.arg(id).arg(children).arg(
                      c.participants.size()));
            CHECK(!m.index(children, 0, callIndex).isValid(), id);
            for (int p = 0; p < children; ++p) {
                for (int pc = 0; pc < CallModel::ColumnCount; ++pc) {
                    const QModelIndex child = m.index(p, pc, callIndex);
                    CHECK(child.isValid() && child.row() == p && child.column() == pc, id);
                    CHECK(m.parent(child) == callIndex, id);
                    CHECK(m.rowCount(child) == 0, id);
                    CHECK(!m.index(0, 0, child).isValid(), id);
                    CHECK(m.data(child, CallModel::CallIdRole).toString() == id, id);
                    CHECK(m.data(child, CallModel::IsParticipantRole).toBool(), id);
                    for (int role = 0; role <= CallModel::MonitoringRole + 2; ++role)
                        (void)m.data(child, role);
                }
                const QString number = m.data(m.index(p, 0, callIndex), Qt::DisplayRole).toString();
                CHECK(number == c.participants[p].displayNumber(), id);
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Our own argv: libFuzzer's flags are not Qt's business.
    static int argc = 1;
    static char name[] = "fuzz_notifications";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    // After start-up, whose warnings (a non-UTF-8 locale, say) say nothing about the model.
    qInstallMessageHandler(messageHandler);
    static State s;
    state = &s;
    state->model.setClock([] { return state->clock; });
    CallModel *m = &state->model;
    auto count = [] { ++state->signalsSeen; };
    QObject::connect(m, &QAbstractItemModel::rowsInserted, count);
    QObject::connect(m, &QAbstractItemModel::rowsRemoved, count);
    QObject::connect(m, &QAbstractItemModel::rowsMoved, count);
    QObject::connect(m, &QAbstractItemModel::dataChanged, count);
    QObject::connect(m, &QAbstractItemModel::layoutChanged, count);
    // The model documents that it never resets: updates are row-precise.
    QObject::connect(m, &QAbstractItemModel::modelReset, [] { fail("modelReset emitted"); });
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t *data, size_t size, size_t maxSize,
                                          unsigned int seed)
{
    return mutateJson(data, size, maxSize, seed);
}

// What jsonMemberText finds in an object's text is the member a parser finds.
void checkMembers(const QByteArray &bytes, const QJsonDocument &doc)
{
    if (!doc.isObject())
        return;
    const QJsonObject o = doc.object();
    for (const QString &key : o.keys()) {
        const QByteArrayView text = jsonMemberText(bytes, key.toUtf8());
        if (text.isNull())
            continue; // not for sure: allowed, the caller then parses
        const QJsonDocument one = QJsonDocument::fromJson(QByteArray("[") + text.toByteArray() + "]");
        if (!one.isArray() || one.array().size() != 1 || one.array().at(0) != o.value(key))
            fail("jsonMemberText found another value than the parser", key);
    }
}

// As CometdClient and Session use RepeatedCalls: an element it calls a repeat must parse
// to the very update last delivered for its call. An unreadable element makes the app
// start over (handshake, resync), which forgets everything.
void checkRepeat(QByteArrayView element, const QJsonValue &message)
{
    static RepeatedCalls repeats;
    static QHash<QString, Call> delivered;
    const bool repeat = repeats.isRepeat(element);
    if (message.isUndefined()) {
        repeats.forgetAll();
        delivered.clear();
        return;
    }
    const std::optional<Notification> n = parseNotification(message.toObject().value("data"_L1));
    const CallNotification *update = n ? std::get_if<CallNotification>(&*n) : nullptr;
    if (!repeat) {
        if (update)
            delivered.insert(update->call.id, update->call);
        return;
    }
    if (!update)
        return; // the same refused update as the one before, refused again
    const auto it = delivered.constFind(update->call.id);
    if (it == delivered.cend() || !it->sameContent(update->call)
        || it->wrapUpSeconds != update->call.wrapUpSeconds)
        fail("RepeatedCalls dropped an update that differs from the last one", update->call.id);
}

// The bytes as a long-poll answer arrives: JsonArrayStream fed in pieces of sizes drawn
// from the input (1 byte to 64 KiB). For a whole JSON array it must hand out exactly the
// array's elements, in order, and see its end; for anything it must not crash or overrun.
static void checkStream(const QByteArray &bytes, const QJsonDocument &doc, quint32 seed)
{
    JsonArrayStream stream;
    QJsonArray elements;
    bool unparsable = false;
    quint32 r = seed | 1u;
    qsizetype at = 0;
    while (at < bytes.size()) {
        r = r * 1103515245u + 12345u;
        const quint32 roll = r >> 16;
        const qsizetype piece = roll % 4 == 0 ? 1 + qsizetype(roll % 65536) : 1 + qsizetype(roll % 16);
        const bool more = stream.feed(QByteArrayView(bytes.constData() + at, qMin(piece, bytes.size() - at)),
                                      [&](QByteArrayView element) {
                                          const QJsonDocument one = QJsonDocument::fromJson(
                                              QByteArray("[") + element.toByteArray() + QByteArray("]"));
                                          if (one.isArray() && one.array().size() == 1) {
                                              elements.append(one.array().at(0));
                                              checkRepeat(element, one.array().at(0));
                                          } else {
                                              unparsable = true;
                                              checkRepeat(element, QJsonValue::Undefined);
                                          }
                                          return true;
                                      });
        at += piece;
        if (!more)
            break;
    }
    if (stream.bytesSeen() > bytes.size())
        fail("JsonArrayStream counted more bytes than it was given");
    if (doc.isArray()) {
        if (stream.failed() || !stream.finished())
            fail("JsonArrayStream refused or did not finish a valid array");
        if (unparsable || elements != doc.array())
            fail("JsonArrayStream's elements differ from the array's");
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    checkStream(bytes, doc, fingerprint(data, size));
    checkMembers(bytes, doc);
    if (doc.isNull())
        return 0; // what the CometD client drops before it reaches the parser

    if (state->model.callCount() > MaxCalls) {
        state->model.clear();
        state->expected.clear();
    }

    QList<Call> seen;
    if (doc.isArray()) {
        for (const QJsonValue &message : doc.array())
            applyMessage(message, &seen);
    } else {
        applyMessage(doc.object(), &seen);
    }

    // Now and then a resync with what this input carried (a later duplicate wins), or a
    // call removed by id; and the clock moves on, sometimes by a lot, as the UI's
    // one-second refresh would.
    const quint32 h = fingerprint(data, size);
    if (h % 8 == 0)
        setCalls(seen);
    if (h % 8 == 3 && !state->expected.isEmpty()) {
        const qsizetype row = qsizetype((h / 8) % quint32(state->expected.size()));
        state->model.removeCall(state->expected.takeAt(row).id);
    }
    if (h % 16 == 1) {
        // The same state again (a resync that found nothing new) must signal nothing.
        const int before = state->signalsSeen;
        setCalls(state->model.calls());
        CHECK(state->signalsSeen == before, u"setCalls(calls()) emitted signals"_s);
    }
    // Sometimes a century passes (durations clamp), and then time starts over, before the
    // calls' arrival (durations must not go negative).
    state->clock = state->clock.addSecs(qint64(h % 4 == 2 ? 100LL * 365 * 86400 : 1));
    if (state->clock.date().year() > 3000)
        state->clock = startOfClock();
    state->model.refreshDurations();

    checkModel();
    return 0;
}
