#include "callmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDateTime t0(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

// "A" is a participant with number A; "A'" the same number with other details, so the
// model sees the same participant changed rather than a new one.
Participant participant(const QString &spec)
{
    const bool changed = spec.endsWith(u'\'');
    const QString number = changed ? spec.chopped(1) : spec;
    return Participant{number, changed ? number + u" (new)"_s : number, number, QString()};
}

Call makeCall(const QString &id, CallState state = CallState::Established,
              const QStringList &participants = {}, int duration = 0)
{
    Call c;
    c.id = id;
    c.uri = u"http://127.0.0.1:8080/api/v2/me/calls/"_s + id;
    c.state = state;
    c.callType = u"Internal"_s;
    c.dnis = u"dnis-"_s + id;
    c.capabilities = {u"Hangup"_s};
    for (const QString &p : participants)
        c.participants.append(participant(p));
    c.durationSeconds = duration;
    c.receivedAt = t0;
    return c;
}

// "B" a call established, "B*" the same call put on hold, "B!" released.
Call callFromSpec(const QString &spec)
{
    if (spec.endsWith(u'*'))
        return makeCall(spec.chopped(1), CallState::Held);
    if (spec.endsWith(u'!'))
        return makeCall(spec.chopped(1), CallState::Released);
    return makeCall(spec);
}

QString parentName(const QModelIndex &parent)
{
    return parent.isValid() ? u"c%1"_s.arg(parent.row()) : u"root"_s;
}

// rowsInserted/rowsRemoved spies as "root:1-2" / "c1:0-0".
QStringList rows(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        out.append(u"%1:%2-%3"_s.arg(parentName(args.at(0).toModelIndex()))
                       .arg(args.at(1).toInt())
                       .arg(args.at(2).toInt()));
    }
    return out;
}

// dataChanged spies as "root:0-0:0-3" (rows, then columns).
QStringList changes(const QSignalSpy &spy)
{
    QStringList out;
    for (const QList<QVariant> &args : spy) {
        const QModelIndex tl = args.at(0).toModelIndex();
        const QModelIndex br = args.at(1).toModelIndex();
        out.append(u"%1:%2-%3:%4-%5"_s.arg(parentName(tl.parent()))
                       .arg(tl.row())
                       .arg(br.row())
                       .arg(tl.column())
                       .arg(br.column()));
    }
    return out;
}

} // namespace

class tst_ModelCallModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void emptyModel();
    void insertAndUpdate();
    void participants_data();
    void participants();
    void releasedRemoves();
    void persistentChildIndexes();
    void setCallsDiff_data();
    void setCallsDiff();
    void clear();
    void refreshDurations();
    void hasCountingCalls();
    void durationText_data();
    void durationText();
    void roles();
    void handBuiltCallStamped();
    void stateSinceFollowsStateChanges();
    void wrapUpTimeKeptWhenNotTold();

private:
    QStringList ids() const;
    QStringList childNumbers(int row) const;

    QDateTime m_now = t0;
    std::unique_ptr<CallModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ModelCallModel::init()
{
    m_now = t0;
    m_model = std::make_unique<CallModel>();
    m_model->setClock([this] { return m_now; });
    // Watches every signal of every test for consistency (parent/child, counts, ranges).
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ModelCallModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

QStringList tst_ModelCallModel::ids() const
{
    QStringList out;
    for (const Call &c : m_model->calls())
        out.append(c.id);
    return out;
}

QStringList tst_ModelCallModel::childNumbers(int row) const
{
    QStringList out;
    const QModelIndex parent = m_model->index(row, 0);
    for (int i = 0; i < m_model->rowCount(parent); ++i)
        out.append(m_model->index(i, CallModel::PartyColumn, parent).data().toString());
    return out;
}

void tst_ModelCallModel::emptyModel()
{
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(CallModel::ColumnCount));
    QCOMPARE(m_model->callCount(), 0);
    QVERIFY(!m_model->index(0, 0).isValid());
    QVERIFY(!m_model->call(u"x"_s));
    QVERIFY(!m_model->callAt(QModelIndex()));
    QVERIFY(!m_model->indexOfCall(u"x"_s).isValid());
    QCOMPARE(m_model->headerData(CallModel::PartyColumn, Qt::Horizontal).toString(), u"Party"_s);
    QCOMPARE(m_model->headerData(CallModel::DurationColumn, Qt::Horizontal).toString(),
             u"Duration"_s);
    m_model->refreshDurations(); // nothing to refresh, nothing to break
}

void tst_ModelCallModel::insertAndUpdate()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->upsertCall(makeCall(u"A"_s, CallState::Ringing, {u"5001"_s}));
    m_model->upsertCall(makeCall(u"B"_s, CallState::Dialing));
    QCOMPARE(rows(inserted), (QStringList{u"root:0-0"_s, u"root:1-1"_s}));
    QCOMPARE(childNumbers(0), QStringList{u"5001"_s});
    QCOMPARE(m_model->index(0, CallModel::StateColumn).data().toString(), u"Ringing"_s);
    inserted.clear();

    // State change of A: its row only, every column, nothing inserted.
    Call held = makeCall(u"A"_s, CallState::Held, {u"5001"_s});
    m_model->upsertCall(held);
    QCOMPARE(changes(changed), QStringList{u"root:0-0:0-3"_s});
    QCOMPARE(m_model->index(0, CallModel::StateColumn).data().toString(), u"On hold"_s);
    QCOMPARE(m_model->index(0, 0).data(CallModel::CallStateRole).toInt(), int(CallState::Held));

    // The same content again: no signal at all.
    changed.clear();
    m_model->upsertCall(held);
    QVERIFY(changed.isEmpty());

    held.muted = true;
    m_model->upsertCall(held);
    QCOMPARE(changes(changed), QStringList{u"root:0-0:0-3"_s});
    QCOMPARE(m_model->index(0, CallModel::StateColumn).data().toString(), u"On hold (muted)"_s);
    QVERIFY(m_model->index(0, 0).data(CallModel::MutedRole).toBool());

    QVERIFY(inserted.isEmpty());
    QVERIFY(removed.isEmpty());
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->callCount(), 2);
}

void tst_ModelCallModel::participants_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QStringList>("removed");  // child rows of the call at row 1
    QTest::addColumn<QStringList>("inserted");
    QTest::addColumn<QStringList>("changed"); // child rows; the call row follows

    const QStringList none;
    QTest::newRow("join at end") << QStringList{u"A"_s} << QStringList{u"A"_s, u"B"_s} << none
                                 << QStringList{u"c1:1-1"_s} << none;
    QTest::newRow("join in middle")
        << QStringList{u"A"_s, u"C"_s} << QStringList{u"A"_s, u"B"_s, u"C"_s} << none
        << QStringList{u"c1:1-1"_s} << none;
    QTest::newRow("first from none") << none << QStringList{u"A"_s, u"B"_s} << none
                                     << QStringList{u"c1:0-1"_s} << none;
    QTest::newRow("first leaves") << QStringList{u"A"_s, u"B"_s, u"C"_s}
                                  << QStringList{u"B"_s, u"C"_s} << QStringList{u"c1:0-0"_s}
                                  << none << none;
    QTest::newRow("middle leaves") << QStringList{u"A"_s, u"B"_s, u"C"_s}
                                   << QStringList{u"A"_s, u"C"_s} << QStringList{u"c1:1-1"_s}
                                   << none << none;
    QTest::newRow("all leave") << QStringList{u"A"_s, u"B"_s} << none
                               << QStringList{u"c1:0-1"_s} << none << none;
    QTest::newRow("one replaced") << QStringList{u"A"_s, u"B"_s, u"C"_s}
                                  << QStringList{u"A"_s, u"X"_s, u"C"_s} << none << none
                                  << QStringList{u"c1:1-1:0-3"_s};
    QTest::newRow("replaced and grown")
        << QStringList{u"A"_s, u"B"_s} << QStringList{u"A"_s, u"X"_s, u"Y"_s} << none
        << QStringList{u"c1:2-2"_s} << QStringList{u"c1:1-1:0-3"_s};
    QTest::newRow("details change") << QStringList{u"A"_s, u"B"_s}
                                    << QStringList{u"A"_s, u"B'"_s} << none << none
                                    << QStringList{u"c1:1-1:0-3"_s};
    QTest::newRow("leave and change")
        << QStringList{u"A"_s, u"B"_s, u"C"_s} << QStringList{u"A'"_s, u"C"_s}
        << QStringList{u"c1:1-1"_s} << none << QStringList{u"c1:0-0:0-3"_s};
}

void tst_ModelCallModel::participants()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, changed);

    // Neighbours above and below make sure only row 1's children move.
    m_model->upsertCall(makeCall(u"X0"_s, CallState::Established, {u"N1"_s}));
    m_model->upsertCall(makeCall(u"T"_s, CallState::Established, before));
    m_model->upsertCall(makeCall(u"X2"_s, CallState::Established, {u"N2"_s}));

    QSignalSpy insertedSpy(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removedSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);

    m_model->upsertCall(makeCall(u"T"_s, CallState::Established, after));

    QCOMPARE(rows(removedSpy), removed);
    QCOMPARE(rows(insertedSpy), inserted);
    // The call row's summary (remote party, counts) changes with its participants.
    QCOMPARE(changes(changedSpy), changed + QStringList{u"root:1-1:0-3"_s});
    QCOMPARE(resetSpy.size(), 0);

    QStringList expected;
    for (const QString &spec : after)
        expected.append(participant(spec).displayNumber());
    QCOMPARE(childNumbers(1), expected);
    QCOMPARE(childNumbers(0), QStringList{u"N1"_s});
    QCOMPARE(childNumbers(2), QStringList{u"N2"_s});
}

void tst_ModelCallModel::releasedRemoves()
{
    for (const QString &id : {u"A"_s, u"B"_s, u"C"_s})
        m_model->upsertCall(makeCall(id, CallState::Established, {id + u"1"_s}));

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->upsertCall(makeCall(u"B"_s, CallState::Released));
    QCOMPARE(rows(removed), QStringList{u"root:1-1"_s});
    QCOMPARE(ids(), (QStringList{u"A"_s, u"C"_s}));
    QVERIFY(!m_model->call(u"B"_s));

    // A Released call we never had is not added.
    removed.clear();
    m_model->upsertCall(makeCall(u"D"_s, CallState::Released));
    m_model->removeCall(u"nope"_s);
    QVERIFY(removed.isEmpty());
    QVERIFY(inserted.isEmpty());

    m_model->removeCall(u"A"_s);
    QCOMPARE(rows(removed), QStringList{u"root:0-0"_s});
    QCOMPARE(ids(), QStringList{u"C"_s});
    QCOMPARE(childNumbers(0), QStringList{u"C1"_s});
}

// A selected participant row must keep pointing at its call when calls above it go away.
void tst_ModelCallModel::persistentChildIndexes()
{
    m_model->upsertCall(makeCall(u"A"_s, CallState::Established, {u"a1"_s}));
    m_model->upsertCall(makeCall(u"B"_s, CallState::Established, {u"b1"_s, u"b2"_s}));
    const QPersistentModelIndex inA = m_model->index(0, 0, m_model->indexOfCall(u"A"_s));
    const QPersistentModelIndex inB = m_model->index(1, 0, m_model->indexOfCall(u"B"_s));
    const QPersistentModelIndex rowB = m_model->indexOfCall(u"B"_s);
    QCOMPARE(inB.data().toString(), u"b2"_s);

    m_model->removeCall(u"A"_s);
    QVERIFY(!inA.isValid());
    QVERIFY(inB.isValid());
    QCOMPARE(rowB.row(), 0);
    QCOMPARE(inB.parent(), QModelIndex(rowB));
    QCOMPARE(inB.data().toString(), u"b2"_s);
    QCOMPARE(inB.data(CallModel::CallIdRole).toString(), u"B"_s);
    QCOMPARE(m_model->callAt(inB)->id, u"B"_s);

    // And through a participant leaving in front of it.
    m_model->upsertCall(makeCall(u"B"_s, CallState::Established, {u"b2"_s}));
    QVERIFY(inB.isValid());
    QCOMPARE(inB.row(), 0);
    QCOMPARE(inB.data().toString(), u"b2"_s);
}

void tst_ModelCallModel::setCallsDiff_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after"); // see callFromSpec()
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<QStringList>("inserted");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QStringList>("result");

    const QStringList none;
    const QStringList abc{u"A"_s, u"B"_s, u"C"_s};
    QTest::newRow("same") << abc << abc << none << none << none << abc;
    QTest::newRow("from empty") << none << abc << none << QStringList{u"root:0-2"_s} << none
                                << abc;
    QTest::newRow("to empty") << abc << none << QStringList{u"root:0-2"_s} << none << none
                              << none;
    QTest::newRow("middle gone") << abc << QStringList{u"A"_s, u"C"_s}
                                 << QStringList{u"root:1-1"_s} << none << none
                                 << QStringList{u"A"_s, u"C"_s};
    QTest::newRow("two runs gone")
        << QStringList{u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}
        << QStringList{u"A"_s, u"D"_s} << QStringList{u"root:4-4"_s, u"root:1-2"_s} << none
        << none << QStringList{u"A"_s, u"D"_s};
    QTest::newRow("new appended") << QStringList{u"A"_s} << QStringList{u"B"_s, u"A"_s, u"C"_s}
                                  << none << QStringList{u"root:1-2"_s} << none << abc;
    QTest::newRow("one changed") << abc << QStringList{u"A"_s, u"B*"_s, u"C"_s} << none << none
                                 << QStringList{u"root:1-1:0-3"_s} << abc;
    QTest::newRow("mixed") << abc << QStringList{u"C*"_s, u"D"_s, u"A"_s}
                           << QStringList{u"root:1-1"_s} << QStringList{u"root:2-2"_s}
                           << QStringList{u"root:1-1:0-3"_s}
                           << QStringList{u"A"_s, u"C"_s, u"D"_s};
    QTest::newRow("duplicates and released")
        << QStringList{u"A"_s} << QStringList{u"B"_s, u"B*"_s, u"A!"_s, u"E!"_s}
        << QStringList{u"root:0-0"_s} << QStringList{u"root:0-0"_s} << none
        << QStringList{u"B"_s};
}

void tst_ModelCallModel::setCallsDiff()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    QFETCH(QStringList, removed);
    QFETCH(QStringList, inserted);
    QFETCH(QStringList, changed);
    QFETCH(QStringList, result);

    QList<Call> initial;
    for (const QString &spec : before)
        initial.append(callFromSpec(spec));
    m_model->setCalls(initial);
    QCOMPARE(ids(), before);

    QSignalSpy insertedSpy(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removedSpy(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changedSpy(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resetSpy(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layoutSpy(m_model.get(), &QAbstractItemModel::layoutChanged);

    QList<Call> next;
    for (const QString &spec : after)
        next.append(callFromSpec(spec));
    m_model->setCalls(next);

    QCOMPARE(rows(removedSpy), removed);
    QCOMPARE(rows(insertedSpy), inserted);
    QCOMPARE(changes(changedSpy), changed);
    QCOMPARE(resetSpy.size(), 0);
    QCOMPARE(layoutSpy.size(), 0);
    QCOMPARE(ids(), result);
    if (after.contains(u"B*"_s))
        QCOMPARE(m_model->call(u"B"_s)->state, CallState::Held);
}

void tst_ModelCallModel::clear()
{
    m_model->setCalls({makeCall(u"A"_s), makeCall(u"B"_s, CallState::Held, {u"1"_s})});
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->clear();
    QCOMPARE(rows(removed), QStringList{u"root:0-1"_s});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowCount(), 0);
    m_model->clear();
    QCOMPARE(removed.size(), 1);
}

void tst_ModelCallModel::refreshDurations()
{
    m_model->setCalls({
        makeCall(u"A"_s, CallState::Established, {u"p"_s}, 5),
        makeCall(u"B"_s, CallState::Ringing, {}, 0),
        makeCall(u"C"_s, CallState::Held, {}, 10),
        makeCall(u"D"_s, CallState::Established, {}, 3600),
        makeCall(u"E"_s, CallState::Unknown, {}, 9),
    });
    const auto text = [this](int row) {
        return m_model->index(row, CallModel::DurationColumn).data().toString();
    };
    QCOMPARE(text(0), u"00:05"_s);

    m_now = t0.addSecs(65);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->refreshDurations();

    // Only counting calls (Established, Held), only the Duration column, one signal per run.
    QCOMPARE(changes(changed), (QStringList{u"root:0-0:3-3"_s, u"root:2-3:3-3"_s}));
    for (const QList<QVariant> &args : std::as_const(changed)) {
        const auto roles = args.at(2).value<QList<int>>();
        QVERIFY(roles.contains(CallModel::DurationRole));
        QVERIFY(roles.contains(Qt::DisplayRole));
    }
    QCOMPARE(text(0), u"01:10"_s);
    QCOMPARE(text(1), u"00:00"_s); // ringing: not started
    QCOMPARE(text(2), u"01:15"_s);
    QCOMPARE(text(3), u"1:01:05"_s);
    QCOMPARE(text(4), QString()); // unknown state: no duration shown
    QCOMPARE(m_model->index(0, 0).data(CallModel::DurationRole).toInt(), 70);
    QCOMPARE(m_model->index(1, 0).data(CallModel::DurationRole).toInt(), 0);
}

void tst_ModelCallModel::hasCountingCalls()
{
    QVERIFY(!m_model->hasCountingCalls());
    m_model->setCalls({makeCall(u"B"_s, CallState::Ringing), makeCall(u"E"_s, CallState::Unknown),
                       makeCall(u"F"_s, CallState::Dialing)});
    QVERIFY(!m_model->hasCountingCalls()); // nothing counts on: the UI may stop its ticker
    m_model->upsertCall(makeCall(u"B"_s, CallState::Held));
    QVERIFY(m_model->hasCountingCalls());
    m_model->upsertCall(makeCall(u"B"_s, CallState::Released));
    QVERIFY(!m_model->hasCountingCalls());
    m_model->upsertCall(makeCall(u"G"_s, CallState::Established));
    QVERIFY(m_model->hasCountingCalls());
}

void tst_ModelCallModel::durationText_data()
{
    QTest::addColumn<int>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0 << u"00:00"_s;
    QTest::newRow("59s") << 59 << u"00:59"_s;
    QTest::newRow("61s") << 61 << u"01:01"_s;
    QTest::newRow("just under an hour") << 3599 << u"59:59"_s;
    QTest::newRow("an hour") << 3600 << u"1:00:00"_s;
    QTest::newRow("ten hours") << 36061 << u"10:01:01"_s;
}

void tst_ModelCallModel::durationText()
{
    QFETCH(int, seconds);
    QFETCH(QString, text);
    m_model->upsertCall(makeCall(u"A"_s, CallState::Established, {}, seconds));
    QCOMPARE(m_model->index(0, CallModel::DurationColumn).data().toString(), text);
    QCOMPARE(m_model->index(0, 0).data(CallModel::DurationRole).toInt(), seconds);
}

void tst_ModelCallModel::roles()
{
    Call a = makeCall(u"A"_s, CallState::Ringing, {u"5001"_s, u"5002"_s});
    a.callType = u"Inbound"_s;
    a.parentCallUri = u"http://h/parent"_s;
    a.userData = {{u"Account"_s, u"42"_s}};
    a.monitoring = true;
    m_model->upsertCall(a);
    m_model->upsertCall(makeCall(u"B"_s));

    const QModelIndex row = m_model->index(0, 0);
    QCOMPARE(row.data().toString(), u"5001"_s);
    // A monitoring leg shows as monitoring (no SwitchTo* offered: the mode is not told);
    // its wire type stays in CallTypeRole.
    QCOMPARE(m_model->index(0, CallModel::TypeColumn).data().toString(), u"Monitoring"_s);
    QCOMPARE(m_model->index(1, 0).data().toString(), u"dnis-B"_s); // no participants
    QCOMPARE(row.data(CallModel::CallIdRole).toString(), u"A"_s);
    QCOMPARE(row.data(CallModel::CallTypeRole).toString(), u"Inbound"_s);
    QCOMPARE(row.data(CallModel::RemotePartyRole).toString(), u"5001"_s);
    QCOMPARE(row.data(CallModel::CapabilitiesRole).toStringList(), QStringList{u"Hangup"_s});
    QCOMPARE(row.data(CallModel::UserDataRole).toMap().value(u"Account"_s).toString(), u"42"_s);
    QCOMPARE(row.data(CallModel::ParentCallUriRole).toString(), u"http://h/parent"_s);
    QCOMPARE(row.data(CallModel::CallUriRole).toString(), a.uri);
    QCOMPARE(row.data(CallModel::IsParticipantRole).toBool(), false);
    QVERIFY(row.data(CallModel::MonitoringRole).toBool());
    QVERIFY(m_model->index(0, CallModel::StateColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!row.data(Qt::ToolTipRole).toString().isEmpty());

    const QModelIndex child = m_model->index(1, 0, row);
    QCOMPARE(child.data().toString(), u"5002"_s);
    QCOMPARE(m_model->index(1, CallModel::StateColumn, row).data(), QVariant());
    QVERIFY(child.data(CallModel::IsParticipantRole).toBool());
    QCOMPARE(child.data(CallModel::ParticipantNumberRole).toString(), u"5002"_s);
    QCOMPARE(child.data(CallModel::CallIdRole).toString(), u"A"_s);
    QCOMPARE(m_model->callAt(child)->id, u"A"_s);
    QCOMPARE(m_model->rowCount(child), 0);
    QCOMPARE(m_model->rowCount(m_model->index(0, 1)), 0); // only column 0 has children

    QCOMPARE(m_model->indexOfCall(u"B"_s, CallModel::TypeColumn),
             m_model->index(1, CallModel::TypeColumn));
    QCOMPARE(m_model->callByUri(a.uri)->id, u"A"_s);
    QVERIFY(!m_model->callByUri(QString()));
    QCOMPARE(m_model->call(u"A"_s)->participants.size(), 2);

    const QHash<int, QByteArray> names = m_model->roleNames();
    QCOMPARE(names.value(CallModel::CallIdRole), QByteArray("callId"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

void tst_ModelCallModel::handBuiltCallStamped()
{
    Call c = makeCall(u"A"_s, CallState::Established, {}, 3);
    c.receivedAt = QDateTime();
    m_now = t0.addSecs(100);
    m_model->upsertCall(c);
    QCOMPARE(m_model->call(u"A"_s)->receivedAt, m_now);
    m_now = m_now.addSecs(2);
    QCOMPARE(m_model->index(0, 0).data(CallModel::DurationRole).toInt(), 5);
}

void tst_ModelCallModel::stateSinceFollowsStateChanges()
{
    m_model->upsertCall(makeCall(u"A"_s, CallState::Ringing));
    QCOMPARE(m_model->call(u"A"_s)->stateSince, t0);
    m_now = t0.addSecs(5);
    m_model->upsertCall(makeCall(u"A"_s, CallState::Established, {}, 0));
    QCOMPARE(m_model->call(u"A"_s)->stateSince, t0.addSecs(5));
    // Another update in the same state (a participant, a new duration) keeps the start.
    m_now = t0.addSecs(20);
    m_model->upsertCall(makeCall(u"A"_s, CallState::Established, {u"p"_s}, 15));
    QCOMPARE(m_model->call(u"A"_s)->stateSince, t0.addSecs(5));
    m_now = t0.addSecs(30);
    m_model->upsertCall(makeCall(u"A"_s, CallState::Held, {u"p"_s}, 25));
    // A resync keeps it too.
    m_now = t0.addSecs(40);
    m_model->setCalls({makeCall(u"A"_s, CallState::Held, {u"p"_s}, 35)});
    QCOMPARE(m_model->call(u"A"_s)->secondsInState(t0.addSecs(95)), 65);
    QCOMPARE(m_model->currentTime(), t0.addSecs(40));
}

// A resync (GET /me/calls) has no notification extensions: the last WrapUpTime told stays.
void tst_ModelCallModel::wrapUpTimeKeptWhenNotTold()
{
    Call told = makeCall(u"a"_s);
    told.wrapUpSeconds = 30;
    m_model->upsertCall(told);
    Call listed = makeCall(u"a"_s);
    listed.durationSeconds = 9; // something else changed
    QCOMPARE(listed.wrapUpSeconds, -1);
    m_model->setCalls({listed});
    QCOMPARE(m_model->call(u"a"_s)->durationSeconds, 9);
    QCOMPARE(m_model->call(u"a"_s)->wrapUpSeconds, 30);
    Call changed = makeCall(u"a"_s);
    changed.wrapUpSeconds = 0; // told again: untimed now
    m_model->upsertCall(changed);
    QCOMPARE(m_model->call(u"a"_s)->wrapUpSeconds, 0);
}

QTEST_MAIN(tst_ModelCallModel)
#include "tst_model_callmodel.moc"
