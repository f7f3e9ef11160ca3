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

// A situation in plain values, so that test rows can carry it; Contexts builds the calls.
struct Situation
{
    bool online = true;
    OperationContext::Offline offline = OperationContext::Offline::LoggedOut;
    int reconnectInSeconds = -1;
    bool call = true; // a call selected
    CallState state = CallState::Established;
    QStringList capabilities;
    bool muted = false;
    bool busy = false;
    bool participant = false;
    std::optional<CallState> other;   // the agent's other call
    std::optional<CallState> consult; // the consult call of the selected one
    QStringList consultCapabilities;
    bool numberTyped = true;
    bool hasDevice = true;
    bool dialPending = false;
};

// The calls of a Situation and the OperationContext that points at them.
struct Contexts
{
    explicit Contexts(const Situation &s)
        : selected(callWith(u"c1"_s, s.capabilities))
        , other(callWith(u"c2"_s, {}))
        , consult(callWith(u"c3"_s, s.consultCapabilities, selected.uri))
    {
        selected.state = s.state;
        selected.muted = s.muted;
        other.state = s.other.value_or(CallState::Held);
        consult.state = s.consult.value_or(CallState::Established);
        context.online = s.online;
        context.offline = s.offline;
        context.reconnectInSeconds = s.reconnectInSeconds;
        context.call = s.call ? &selected : nullptr;
        context.callBusy = s.busy;
        context.participant = s.participant ? u"5003"_s : QString();
        context.otherCall = s.other ? &other : nullptr;
        context.consult = s.consult ? &consult : nullptr;
        context.numberTyped = s.numberTyped;
        context.hasDevice = s.hasDevice;
        context.dialPending = s.dialPending;
    }
    Contexts(const Contexts &) = delete;
    Contexts &operator=(const Contexts &) = delete;

    Call selected;
    Call other;
    Call consult;
    OperationContext context;
};

} // namespace

Q_DECLARE_METATYPE(Situation)

class TestOperationTable : public QObject
{
    Q_OBJECT
private slots:
    void everyOperationHasOneName();
    void availability_data();
    void availability();
    void nothingIsOfferedOfflineOrWhileBusy();
    void reasons_data();
    void reasons();
    void aReasonExactlyWhenUnavailable();
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
    context.numberTyped = true;
    context.hasDevice = true;
    for (CallOperation op : CallOperations::all()) {
        context.online = true;
        context.callBusy = false;
        QVERIFY2(operationAvailable(op, context), qPrintable(CallOperations::name(op)));
        context.online = false;
        QVERIFY2(!operationAvailable(op, context), qPrintable(CallOperations::name(op)));
        context.online = true;
        context.callBusy = true;
        if (op != CallOperation::Dial) // Dial has no call; a Dial out is dialPending's business
            QVERIFY2(!operationAvailable(op, context), qPrintable(CallOperations::name(op)));
    }
    context.callBusy = false;
    context.dialPending = true;
    QVERIFY(!operationAvailable(CallOperation::Dial, context));
    context.dialPending = false;
    context.numberTyped = false;
    QVERIFY(!operationAvailable(CallOperation::Dial, context));
    context.numberTyped = true;
    context.hasDevice = false;
    QVERIFY(!operationAvailable(CallOperation::Dial, context));
}

// What a disabled control says. The words are the agent's: what to do, or what is missing.
void TestOperationTable::reasons_data()
{
    QTest::addColumn<CallOperation>("op");
    QTest::addColumn<Situation>("situation");
    QTest::addColumn<QString>("reason");

    auto row = [](const char *name, CallOperation op, Situation s, const QString &reason) {
        QTest::newRow(name) << op << s << reason;
    };
    Situation idle;
    idle.call = false;
    Situation connected;
    connected.capabilities = {u"Hangup"_s, u"Hold"_s, u"MuteCall"_s};

    Situation s = connected;
    s.online = false;
    s.offline = OperationContext::Offline::Reconnecting;
    s.reconnectInSeconds = 4;
    row("reconnecting", CallOperation::Hold, s, u"offline: reconnecting in 4 s"_s);
    s.reconnectInSeconds = -1;
    row("reconnecting, no attempt due", CallOperation::Hold, s, u"offline: reconnecting"_s);
    s.offline = OperationContext::Offline::Failed;
    row("failed", CallOperation::Hangup, s, u"not connected: choose Reconnect now"_s);
    s.offline = OperationContext::Offline::LoggedOut;
    row("logged out", CallOperation::Dial, s, u"you are logged out"_s);
    s.offline = OperationContext::Offline::SigningIn;
    row("signing in", CallOperation::Answer, s, u"wait: still signing in"_s);

    row("nothing selected", CallOperation::Hold, idle, u"select a call first"_s);
    row("answer, nothing rings", CallOperation::Answer, idle, u"nothing is ringing"_s);
    row("answer on a connected call", CallOperation::Answer, connected, u"nothing is ringing"_s);
    s = connected;
    s.busy = true;
    row("request out", CallOperation::Hold, s,
        u"wait: the server has not answered the last request for this call"_s);

    s = idle;
    s.numberTyped = false;
    row("dial, no number", CallOperation::Dial, s, u"type a number first"_s);
    s.numberTyped = true;
    s.dialPending = true;
    row("dial already out", CallOperation::Dial, s,
        u"wait: the number you dialled is still being placed"_s);
    s.hasDevice = false;
    row("dial, no device", CallOperation::Dial, s,
        u"wait: your phone device is not known yet"_s);

    s = connected;
    s.state = CallState::Held;
    s.capabilities = {u"Retrieve"_s, u"Hangup"_s};
    row("hold a held call", CallOperation::Hold, s, u"the call is already on hold"_s);
    s.state = CallState::Dialing;
    s.capabilities = {u"Hangup"_s};
    row("hold before an answer", CallOperation::Hold, s,
        u"the other party has not answered yet"_s);
    s.state = CallState::Ringing;
    s.capabilities = {u"Answer"_s};
    row("hold a ringing call", CallOperation::Hold, s, u"answer the call first"_s);
    row("retrieve a connected call", CallOperation::Retrieve, connected,
        u"the call is not on hold"_s);
    row("remove, no participant row", CallOperation::RemoveParticipant, connected,
        u"select a participant row of a conference"_s);
    row("swap, one call", CallOperation::SwapCalls, connected, u"you need a second call"_s);
    row("merge, one call", CallOperation::MergeWithOtherCall, connected,
        u"you need a second call"_s);
    s = connected;
    s.state = CallState::Held;
    s.other = CallState::Established;
    row("swap from the held call", CallOperation::SwapCalls, s, u"select the connected call"_s);
    s = connected;
    s.other = CallState::Ringing;
    row("swap with a ringing call", CallOperation::SwapCalls, s,
        u"the other call has not been answered yet"_s);

    row("complete, no consult", CallOperation::CompleteTransfer, connected,
        u"there is no consultation call"_s);
    s = connected;
    s.consult = CallState::Dialing;
    row("complete before the consulted party answers", CallOperation::CompleteTransfer, s,
        u"the consulted party has not answered yet"_s);
    row("complete conference before the answer", CallOperation::CompleteConference, s,
        u"the consulted party has not answered yet"_s);
    row("cancel consult, no consult", CallOperation::CancelConsult, connected,
        u"there is no consultation call"_s);

    s = connected;
    s.muted = true;
    s.capabilities = {u"UnmuteCall"_s};
    row("mute a muted call", CallOperation::MuteCall, s, u"the call is already muted"_s);
    row("unmute a call not muted", CallOperation::UnmuteCall, connected,
        u"the call is not muted"_s);
    row("not offered", CallOperation::SingleStepTransfer, connected,
        u"the server does not offer this on a connected call now"_s);
    s = connected;
    s.state = CallState::Held;
    row("not offered on hold", CallOperation::InitiateConference, s,
        u"the server does not offer this on a held call now"_s);
}

void TestOperationTable::reasons()
{
    QFETCH(CallOperation, op);
    QFETCH(Situation, situation);
    QFETCH(QString, reason);
    Contexts contexts(situation);
    QCOMPARE(operationUnavailableReason(op, contexts.context), reason);
    QVERIFY(!operationAvailable(op, contexts.context));
}

// The reason and the enabled state come from one decision: no reason exactly when available,
// for every operation in every kind of situation.
void TestOperationTable::aReasonExactlyWhenUnavailable()
{
    QStringList everything;
    for (CallOperation op : CallOperations::all())
        everything << CallOperations::capability(op);
    QList<Situation> situations;
    for (CallState state : {CallState::Ringing, CallState::Dialing, CallState::Established,
                            CallState::Held, CallState::Released, CallState::Unknown}) {
        for (const QStringList &capabilities : {QStringList(), everything}) {
            Situation s;
            s.state = state;
            s.capabilities = capabilities;
            situations << s;
            s.participant = true;
            s.other = CallState::Held;
            s.consult = CallState::Established;
            s.consultCapabilities = capabilities;
            situations << s;
            s.busy = true;
            situations << s;
            s.busy = false;
            s.online = false;
            situations << s;
        }
    }
    Situation idle;
    idle.call = false;
    situations << idle;
    idle.numberTyped = false;
    situations << idle;

    int offered = 0;
    for (const Situation &s : situations) {
        Contexts contexts(s);
        for (CallOperation op : CallOperations::all()) {
            const bool available = operationAvailable(op, contexts.context);
            const QString reason = operationUnavailableReason(op, contexts.context);
            QVERIFY2(reason.isEmpty() == available,
                     qPrintable(CallOperations::name(op) + u": "_s + reason));
            offered += available;
        }
    }
    QVERIFY(offered > 0); // the situations include some where operations are offered
}

QTEST_GUILESS_MAIN(TestOperationTable)
#include "tst_app_operationtable.moc"
