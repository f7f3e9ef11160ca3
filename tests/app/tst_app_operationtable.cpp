// The one operation table (app/calloperation.h) and the one availability rule
// (operationAvailable): every operation has one stable wire name, and an action is offered
// exactly when the server's capabilities and the selection allow it.

#include "call.h"
#include "calloperation.h"
#include "operationcontext.h"

#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(CallOperation)

namespace {

Call callWith(const QString &id, const QStringList &capabilities, const QString &parentUri = {})
{
    Call c;
    c.id = id;
    c.uri = u"http://gws/api/v2/me/calls/"_s + id;
    c.state = CallState::Established;
    c.capabilities = capabilities;
    c.parentCallUri = parentUri;
    return c;
}

} // namespace

class TestOperationTable : public QObject
{
    Q_OBJECT
private slots:
    void everyOperationHasOneName();
    void availability_data();
    void availability();
    void nothingIsOfferedOfflineOrWhileBusy();
};

void TestOperationTable::everyOperationHasOneName()
{
    QSet<QString> names;
    for (CallOperation op : CallOperations::all()) {
        const QString name = CallOperations::name(op);
        QVERIFY2(!name.isEmpty(), "an operation without a name");
        QVERIFY2(!names.contains(name), qPrintable(u"named twice: "_s + name));
        names.insert(name);
        QCOMPARE(CallOperations::fromName(name), std::optional<CallOperation>(op));
        QVERIFY(!CallOperations::capability(op).isEmpty());
        // Only client-side composites have a name the server does not know.
        if (!CallOperations::spec(op).composite)
            QCOMPARE(CallOperations::capability(op), name);
    }
    QCOMPARE(CallOperations::fromName(u"DeleteUserDataPair"_s), std::nullopt);
    QCOMPARE(CallOperations::fromName(u"hold"_s), std::nullopt); // wire names are exact
}

void TestOperationTable::availability_data()
{
    QTest::addColumn<CallOperation>("op");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<QString>("participant");
    QTest::addColumn<bool>("otherCall");
    QTest::addColumn<bool>("consultCanHangup");
    QTest::addColumn<bool>("expected");

    QTest::newRow("Hold offered") << CallOperation::Hold << QStringList{u"Hold"_s} << QString()
                                  << false << false << true;
    QTest::newRow("Hold not offered") << CallOperation::Hold << QStringList{u"Retrieve"_s}
                                      << QString() << false << false << false;
    QTest::newRow("remove needs a participant row")
        << CallOperation::RemoveParticipant << QStringList{u"RemoveParticipantFromConference"_s}
        << QString() << false << false << false;
    QTest::newRow("remove on a participant row")
        << CallOperation::RemoveParticipant << QStringList{u"RemoveParticipantFromConference"_s}
        << u"5003"_s << false << false << true;
    QTest::newRow("swap needs another call") << CallOperation::SwapCalls
                                             << QStringList{u"SwapCalls"_s} << QString() << false
                                             << false << false;
    QTest::newRow("swap with another call") << CallOperation::SwapCalls
                                            << QStringList{u"SwapCalls"_s} << QString() << true
                                            << false << true;
    QTest::newRow("cancel consult: the consult's Hangup")
        << CallOperation::CancelConsult << QStringList() << QString() << false << true << true;
    QTest::newRow("cancel consult: consult cannot hang up")
        << CallOperation::CancelConsult << QStringList{u"Hangup"_s} << QString() << false << false
        << false;
    QTest::newRow("transfer offered") << CallOperation::SingleStepTransfer
                                      << QStringList{u"SingleStepTransfer"_s} << QString() << false
                                      << false << true;
}

void TestOperationTable::availability()
{
    QFETCH(CallOperation, op);
    QFETCH(QStringList, capabilities);
    QFETCH(QString, participant);
    QFETCH(bool, otherCall);
    QFETCH(bool, consultCanHangup);
    QFETCH(bool, expected);

    const Call selected = callWith(u"c1"_s, capabilities);
    const Call other = callWith(u"c2"_s, {});
    const Call consult = callWith(u"c3"_s, consultCanHangup ? QStringList{u"Hangup"_s} : QStringList(),
                                  selected.uri);
    OperationContext context;
    context.online = true;
    context.call = &selected;
    context.participant = participant;
    context.otherCall = otherCall ? &other : nullptr;
    context.consult = &consult;
    QCOMPARE(operationAvailable(op, context), expected);
}

void TestOperationTable::nothingIsOfferedOfflineOrWhileBusy()
{
    QStringList everything;
    for (CallOperation op : CallOperations::all())
        everything << CallOperations::capability(op);
    const Call call = callWith(u"c1"_s, everything);
    const Call other = callWith(u"c2"_s, everything);
    OperationContext context;
    context.call = &call;
    context.otherCall = &other;
    context.consult = &other;
    context.participant = u"5003"_s;
    context.canDial = true;
    for (CallOperation op : CallOperations::all()) {
        context.online = true;
        context.callBusy = false;
        QVERIFY2(operationAvailable(op, context), qPrintable(CallOperations::name(op)));
        context.online = false;
        QVERIFY2(!operationAvailable(op, context), qPrintable(CallOperations::name(op)));
        context.online = true;
        context.callBusy = true;
        if (op != CallOperation::Dial) // Dial has no call; a Dial out is canDial's business
            QVERIFY2(!operationAvailable(op, context), qPrintable(CallOperations::name(op)));
    }
    context.callBusy = false;
    context.canDial = false;
    QVERIFY(!operationAvailable(CallOperation::Dial, context));
}

QTEST_GUILESS_MAIN(TestOperationTable)
#include "tst_app_operationtable.moc"
