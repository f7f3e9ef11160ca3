// Every call-control operation through the client stack against the simulator over real
// HTTP; each test asserts the model state the notifications leave behind.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestOperations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void holdAndRetrieve();
    void muteAndUnmute();
    void sendDtmfReachesTheSwitch();
    void singleStepTransferToAgent();
    void consultTransfer();
    void consultConference();
    void cancelConsultRetrievesOriginal();
    void singleStepConferenceAndRemoveParticipant();
    void swapCalls();
    void mergeCalls();
    void attachAndUpdateUserData();
    void invalidOperationIsRefusedAndCallUnchanged();

private:
    QString answeredInbound(ClientStack &stack, const QString &from, const QString &to = u"5001"_s);
    static int liveCalls(const ClientStack &stack);
    QString otherCallId(const QString &id) const; // the agent's call that is not `id`

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
    std::unique_ptr<ClientStack> m_a;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestOperations::initTestCase()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

void TestOperations::init()
{
    m_a = std::make_unique<ClientStack>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        &m_a->calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_a->loginAndWait());
}

void TestOperations::cleanup()
{
    // Leave the switch empty for the next test: hang up whatever is left.
    for (const Call &c : m_a->calls.calls())
        m_control->post(u"/sim/calls/"_s + c.id + u"/hangup"_s);
    QTRY_COMPARE(m_a->calls.callCount(), 0);
    m_tester.reset();
    m_a.reset();
}

int TestOperations::liveCalls(const ClientStack &stack)
{
    return stack.calls.callCount();
}

QString TestOperations::otherCallId(const QString &id) const
{
    for (const Call &c : m_a->calls.calls())
        if (c.id != id)
            return c.id;
    return {};
}

QString TestOperations::answeredInbound(ClientStack &stack, const QString &from, const QString &to)
{
    m_control->ringFrom(from, to, QJsonObject{{u"CustomerName"_s, u"Dana"_s}});
    const QString id = stack.waitForFirstIn(CallState::Ringing);
    if (id.isEmpty())
        return {};
    stack.control.answer(id);
    // Empty unless answered and settled: every caller asserts the id.
    return stack.waitForSettled(id, CallState::Established) ? id : QString();
}

void TestOperations::holdAndRetrieve()
{
    const QString id = answeredInbound(*m_a, u"+15550000001"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_a->callOf(id).can(u"Hold"_s));
    QVERIFY(m_a->control.perform(CallOperation::Hold, id));
    QTRY_COMPARE(m_a->callOf(id).state, CallState::Held);
    QVERIFY(m_a->callOf(id).can(u"Retrieve"_s));
    QVERIFY(!m_a->callOf(id).can(u"Hold"_s));
    QTRY_VERIFY(!m_a->control.isBusy(id));
    QVERIFY(m_a->control.perform(CallOperation::Retrieve, id));
    QTRY_COMPARE(m_a->callOf(id).state, CallState::Established);
}

void TestOperations::muteAndUnmute()
{
    const QString id = answeredInbound(*m_a, u"+15550000002"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_a->callOf(id).can(u"MuteCall"_s));
    QVERIFY(m_a->control.perform(CallOperation::MuteCall, id));
    QTRY_VERIFY(m_a->callOf(id).muted);
    QVERIFY(m_a->callOf(id).can(u"UnmuteCall"_s));
    QVERIFY(!m_a->callOf(id).can(u"MuteCall"_s));
    QTRY_VERIFY(!m_a->control.isBusy(id));
    QVERIFY(m_a->control.perform(CallOperation::UnmuteCall, id));
    QTRY_VERIFY(!m_a->callOf(id).muted);
}

void TestOperations::sendDtmfReachesTheSwitch()
{
    const QString id = answeredInbound(*m_a, u"+15550000003"_s);
    QVERIFY(!id.isEmpty());
    QSignalSpy sent(&m_a->control, &CallController::dtmfSentChanged);
    QVERIFY(m_a->control.sendDtmf(id, u"1"_s));
    QVERIFY(m_a->control.sendDtmf(id, u"2"_s)); // queued behind the first, sent in order
    QVERIFY(m_a->control.sendDtmf(id, u"#"_s));
    QTRY_COMPARE(m_a->control.dtmfSent(id), u"12#"_s);
    const QJsonObject server = m_control->get(u"/sim/calls/"_s + id);
    QVERIFY2(QJsonDocument(server).toJson().contains("12#"), QJsonDocument(server).toJson().constData());
    QVERIFY(!m_a->control.sendDtmf(id, u"x"_s)); // invalid digits are never sent
}

void TestOperations::singleStepTransferToAgent()
{
    ClientStack b(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    b.session.login();
    QTRY_COMPARE(b.session.status(), Session::Status::Online);
    const QString id = answeredInbound(*m_a, u"+15550000004"_s);
    QVERIFY(!id.isEmpty());
    QString accepted; // what the journal keeps as a destination reached
    connect(&m_a->control, &CallController::destinationAccepted, this,
            [&accepted](const QString &, CallOperation op, const QString &number) {
                if (op == CallOperation::SingleStepTransfer)
                    accepted = number;
            });
    QVERIFY(m_a->control.perform(CallOperation::SingleStepTransfer, id, OperationArgs::forDestination(u"5002"_s)));
    QTRY_COMPARE(liveCalls(*m_a), 0);
    QTRY_VERIFY(b.firstIn(CallState::Ringing));
    const Call *atB = b.firstIn(CallState::Ringing);
    QVERIFY2(atB->remoteParty().contains(u"5550000004"_s), qPrintable(atB->remoteParty()));
    QCOMPARE(atB->userData.value(u"CustomerName"_s).toString(), u"Dana"_s);
    QCOMPARE(accepted, u"5002"_s);
    b.control.hangup(atB->id);
    QTRY_COMPARE(b.calls.callCount(), 0);
}

void TestOperations::consultTransfer()
{
    const QString id = answeredInbound(*m_a, u"+15550000005"_s);
    QVERIFY(!id.isEmpty());
    const QString originalUri = m_a->callOf(id).uri;
    QVERIFY(m_a->control.perform(CallOperation::InitiateTransfer, id, OperationArgs::forDestination(u"+15557770000"_s)));
    QTRY_COMPARE(liveCalls(*m_a), 2);
    QTRY_COMPARE(m_a->callOf(id).state, CallState::Held);
    const Call *consult = nullptr;
    for (const Call &c : m_a->calls.calls())
        if (c.id != id)
            consult = m_a->calls.call(c.id);
    QVERIFY(consult);
    QCOMPARE(consult->callType, u"Consult"_s);
    QCOMPARE(consult->parentCallUri, originalUri);
    QCOMPARE(m_a->control.consultPartner(m_a->callOf(id)), consult);
    const QString consultId = consult->id;
    QTRY_COMPARE(m_a->callOf(consultId).state, CallState::Established);
    QTRY_VERIFY(m_a->callOf(id).can(u"CompleteTransfer"_s));
    QVERIFY(m_a->control.perform(CallOperation::CompleteTransfer, id));
    QTRY_COMPARE(liveCalls(*m_a), 0); // both calls released for the initiator
}

void TestOperations::consultConference()
{
    const QString id = answeredInbound(*m_a, u"+15550000006"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_a->control.perform(CallOperation::InitiateConference, id, OperationArgs::forDestination(u"+15557770001"_s)));
    QTRY_COMPARE(liveCalls(*m_a), 2);
    const QString consultId = otherCallId(id);
    QTRY_COMPARE(m_a->callOf(consultId).state, CallState::Established);
    QTRY_VERIFY(m_a->callOf(consultId).can(u"CompleteConference"_s));
    QVERIFY(m_a->control.perform(CallOperation::CompleteConference, consultId));
    QTRY_COMPARE(liveCalls(*m_a), 1);
    QTRY_COMPARE(m_a->callOf(id).participants.size(), 2);
    QTRY_COMPARE(m_a->callOf(id).state, CallState::Established);
    // The participants are the tree's children of the call row.
    QCOMPARE(m_a->calls.rowCount(m_a->calls.indexOfCall(id)), 2);
}

void TestOperations::cancelConsultRetrievesOriginal()
{
    const QString id = answeredInbound(*m_a, u"+15550000007"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_a->control.perform(CallOperation::InitiateTransfer, id, OperationArgs::forDestination(u"+15557770002"_s)));
    QTRY_COMPARE(liveCalls(*m_a), 2);
    const QString consultId = otherCallId(id);
    QTRY_VERIFY(!m_a->control.isBusy(consultId));
    QVERIFY(m_a->control.perform(CallOperation::CancelConsult, consultId));
    QTRY_COMPARE(liveCalls(*m_a), 1);
    QTRY_COMPARE(m_a->callOf(id).state, CallState::Established);
}

void TestOperations::singleStepConferenceAndRemoveParticipant()
{
    const QString id = answeredInbound(*m_a, u"+15550000008"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_a->control.perform(CallOperation::SingleStepConference, id, OperationArgs::forDestination(u"+15557770003"_s)));
    QTRY_COMPARE(m_a->callOf(id).participants.size(), 2);
    QTRY_VERIFY(m_a->callOf(id).can(u"RemoveParticipantFromConference"_s));
    QTRY_VERIFY(!m_a->control.isBusy(id));
    QVERIFY(m_a->control.perform(CallOperation::RemoveParticipant, id, OperationArgs::forParticipant(u"+15557770003"_s)));
    QTRY_COMPARE(m_a->callOf(id).participants.size(), 1);
    QCOMPARE(m_a->callOf(id).participants.first().phoneNumber, u"+15550000008"_s);
}

void TestOperations::swapCalls()
{
    const QString first = answeredInbound(*m_a, u"+15550000009"_s);
    QVERIFY(!first.isEmpty());
    m_a->control.perform(CallOperation::Hold, first);
    QTRY_COMPARE(m_a->callOf(first).state, CallState::Held);
    QTRY_VERIFY(!m_a->control.isBusy(first));
    QVERIFY(m_a->control.dial(u"+15557770004"_s));
    QTRY_COMPARE(liveCalls(*m_a), 2);
    const QString second = otherCallId(first);
    QTRY_COMPARE(m_a->callOf(second).state, CallState::Established);
    QTRY_VERIFY(m_a->callOf(second).can(u"SwapCalls"_s));
    QCOMPARE(m_a->control.otherCall(m_a->callOf(second))->id, first);
    QVERIFY(m_a->control.perform(CallOperation::SwapCalls, second, OperationArgs::forOtherCall(first)));
    QTRY_COMPARE(m_a->callOf(second).state, CallState::Held);
    QTRY_COMPARE(m_a->callOf(first).state, CallState::Established);
}

void TestOperations::mergeCalls()
{
    const QString first = answeredInbound(*m_a, u"+15550000010"_s);
    QVERIFY(!first.isEmpty());
    m_a->control.perform(CallOperation::Hold, first);
    QTRY_COMPARE(m_a->callOf(first).state, CallState::Held);
    QVERIFY(m_a->control.dial(u"+15557770005"_s));
    QTRY_COMPARE(liveCalls(*m_a), 2);
    const QString second = otherCallId(first);
    QTRY_COMPARE(m_a->callOf(second).state, CallState::Established);
    QTRY_VERIFY(m_a->callOf(second).can(u"MergeWithOtherCall"_s));
    QVERIFY(m_a->control.perform(CallOperation::MergeWithOtherCall, second, OperationArgs::forOtherCall(first)));
    QTRY_COMPARE(liveCalls(*m_a), 1);
    const Call merged = m_a->calls.calls().first();
    QCOMPARE(merged.state, CallState::Established);
    QCOMPARE(merged.participants.size(), 2);
}

void TestOperations::attachAndUpdateUserData()
{
    const QString id = answeredInbound(*m_a, u"+15550000011"_s);
    QVERIFY(!id.isEmpty());
    QVERIFY(m_a->control.perform(CallOperation::AttachUserData, id,
                                 OperationArgs::forUserData({{u"Disposition"_s, u"Sale"_s}})));
    QTRY_COMPARE(m_a->callOf(id).userData.value(u"Disposition"_s).toString(), u"Sale"_s);
    QCOMPARE(m_a->callOf(id).userData.value(u"CustomerName"_s).toString(), u"Dana"_s);
    QTRY_VERIFY(!m_a->control.isBusy(id));
    QVERIFY(m_a->control.perform(CallOperation::UpdateUserData, id,
                                 OperationArgs::forUserData({{u"Disposition"_s, u"Callback"_s}})));
    QTRY_COMPARE(m_a->callOf(id).userData.value(u"Disposition"_s).toString(), u"Callback"_s);
}

void TestOperations::invalidOperationIsRefusedAndCallUnchanged()
{
    const QString id = answeredInbound(*m_a, u"+15550000012"_s);
    QVERIFY(!id.isEmpty());
    const Call before = m_a->callOf(id);
    QVERIFY(!before.can(u"Retrieve"_s));
    QSignalSpy errors(&m_a->control, &CallController::errorOccurred);
    QVERIFY(m_a->control.perform(CallOperation::Retrieve, id)); // sent anyway, as a buggy client would
    QTRY_COMPARE(errors.count(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(u"Retrieve"_s) && message.contains(u"code 2"_s), qPrintable(message));
    QVERIFY(m_a->callOf(id).sameContent(before));
    QVERIFY(!m_a->control.isBusy(id));
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_app_operations.moc"
