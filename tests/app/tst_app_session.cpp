// The client stack (GwsClient, CometdClient, Session, CallModel) against the simulator,
// over real HTTP and CometD long-polling.

#include "clientstack.h"
#include "gwssimulator.h"
#include "jsonmember.h"
#include "simcontrol.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void loginLoadsUserAndDevice();
    void wrongPasswordIsReported();
    void dialExternalGoesDialingThenEstablished();
    void inboundRingAnswerHangup();
    void internalCallRingsOtherAgent();
    void invalidDestinationSendsNothing_data();
    void invalidDestinationSendsNothing();
    void farEndHangupRemovesCall();
    void burstInOneAnswerIsApplied();

private:
    std::unique_ptr<ClientStack> loggedIn(const QString &user);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<SimControl> m_control;
};

void TestSession::initTestCase()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(300);
    m_sim->setPollTimeout(3000);
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<SimControl>(m_sim->baseUrl());
}

std::unique_ptr<ClientStack> TestSession::loggedIn(const QString &user)
{
    auto stack = std::make_unique<ClientStack>(m_sim->baseUrl(), user, user);
    // Null when the login fails: every caller asserts it before use.
    return stack->loginAndWait() ? std::move(stack) : nullptr;
}

void TestSession::loginLoadsUserAndDevice()
{
    auto a = loggedIn(u"agent1"_s);
    QVERIFY(a);
    QCOMPARE(a->session.status(), Session::Status::Online);
    QCOMPARE(a->session.user().userName, u"agent1"_s);
    QTRY_COMPARE(a->session.device().phoneNumber, u"5001"_s);
    QVERIFY(!a->session.device().id.isEmpty());
    QCOMPARE(a->cometd.state(), CometdClient::State::Connected);
}

void TestSession::wrongPasswordIsReported()
{
    ClientStack stack(m_sim->baseUrl(), u"agent1"_s, u"wrong"_s);
    QSignalSpy errors(&stack.session, &Session::errorOccurred);
    stack.session.login();
    QTRY_COMPARE(stack.session.status(), Session::Status::Failed);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.last().at(0).toString().contains(u"password"_s),
             qPrintable(errors.last().at(0).toString()));
}

void TestSession::dialExternalGoesDialingThenEstablished()
{
    auto a = loggedIn(u"agent1"_s);
    QVERIFY(a);
    QAbstractItemModelTester tester(&a->calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<CallState> seen;
    auto record = [&] {
        for (const Call &c : a->calls.calls())
            if (seen.isEmpty() || seen.last() != c.state)
                seen.append(c.state);
    };
    connect(&a->calls, &QAbstractItemModel::rowsInserted, this, record);
    connect(&a->calls, &QAbstractItemModel::dataChanged, this, record);

    QVERIFY(a->control.dial(u"+1 (555) 010-2000"_s));
    QTRY_VERIFY(a->firstIn(CallState::Established));
    QCOMPARE(seen.value(0), CallState::Dialing);
    QVERIFY(seen.contains(CallState::Established));
    const Call *call = a->firstIn(CallState::Established);
    QCOMPARE(call->remoteParty(), u"+15550102000"_s);
    QVERIFY(call->can(u"Hangup"_s));

    QVERIFY(a->control.hangup(call->id));
    QTRY_COMPARE(a->calls.callCount(), 0);
}

void TestSession::inboundRingAnswerHangup()
{
    auto a = loggedIn(u"agent1"_s);
    QVERIFY(a);
    QAbstractItemModelTester tester(&a->calls, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString simId = m_control->ringFrom(u"+15551234567"_s, u"5001"_s,
                                              QJsonObject{{u"AccountNumber"_s, u"12345678"_s}});
    QVERIFY(!simId.isEmpty());
    QTRY_VERIFY(a->firstIn(CallState::Ringing));
    const Call ringing = *a->firstIn(CallState::Ringing);
    QVERIFY(ringing.can(u"Answer"_s));
    QCOMPARE(ringing.userData.value(u"AccountNumber"_s).toString(), u"12345678"_s);
    QVERIFY(ringing.remoteParty().contains(u"5551234567"_s));

    QVERIFY(a->control.answer(ringing.id));
    QVERIFY(a->control.isBusy(ringing.id)); // no second request until the outcome arrives
    QVERIFY(!a->control.answer(ringing.id));
    QTRY_COMPARE(a->callOf(ringing.id).state, CallState::Established);

    QVERIFY(a->control.hangup(ringing.id));
    QTRY_COMPARE(a->calls.callCount(), 0);
    // The server agrees: the call is over on the switch too.
    const QJsonObject server = m_control->get(u"/sim/calls/"_s + simId);
    QVERIFY(m_control->lastStatus() == 404 || server.value(u"state"_s) == u"Released"_s);
}

void TestSession::internalCallRingsOtherAgent()
{
    auto a = loggedIn(u"agent1"_s);
    QVERIFY(a);
    auto b = loggedIn(u"agent2"_s);
    QVERIFY(b);
    QVERIFY(a->control.dial(u"5002"_s));
    QTRY_VERIFY(b->firstIn(CallState::Ringing));
    QVERIFY(a->firstIn(CallState::Dialing));
    QVERIFY(b->control.answer(b->firstIdIn(CallState::Ringing)));
    QTRY_VERIFY(a->firstIn(CallState::Established));
    QTRY_VERIFY(b->firstIn(CallState::Established));
    QCOMPARE(b->callOf(b->firstIdIn(CallState::Established)).remoteParty(), u"5001"_s);
    QVERIFY(b->control.hangup(b->firstIdIn(CallState::Established)));
    QTRY_COMPARE(a->calls.callCount(), 0);
    QTRY_COMPARE(b->calls.callCount(), 0);
}

void TestSession::invalidDestinationSendsNothing_data()
{
    QTest::addColumn<QString>("destination");
    QTest::newRow("empty") << QString();
    QTest::newRow("letters") << u"call mom"_s;
    QTest::newRow("too long") << QString(40, u'5');
}

void TestSession::invalidDestinationSendsNothing()
{
    QFETCH(QString, destination);
    auto a = loggedIn(u"agent1"_s);
    QVERIFY(a);
    const int before = m_control->requestCount(u"Dial"_s);
    QSignalSpy errors(&a->control, &CallController::errorOccurred);
    QVERIFY(!a->control.dial(destination));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
    QCOMPARE(m_control->requestCount(u"Dial"_s), before);
}

void TestSession::farEndHangupRemovesCall()
{
    auto a = loggedIn(u"agent1"_s);
    QVERIFY(a);
    const QString simId = m_control->ringFrom(u"+15557654321"_s, u"5001"_s);
    QTRY_VERIFY(a->firstIn(CallState::Ringing));
    QVERIFY(a->control.answer(a->firstIdIn(CallState::Ringing)));
    QTRY_VERIFY(a->firstIn(CallState::Established));
    m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s);
    QCOMPARE(m_control->lastStatus(), 200);
    QTRY_COMPARE(a->calls.callCount(), 0);
}

void TestSession::burstInOneAnswerIsApplied()
{
    // 10,000 events (about 10 MB) come in one long-poll answer: every one is read, in
    // order, without the channel being dropped as too large (no second handshake). They
    // all carry the same call: the first is delivered, the others are dropped unparsed.
    auto a = loggedIn(u"agent1"_s);
    QVERIFY(a);
    QCOMPARE(a->session.status(), Session::Status::Online);
    QSignalSpy handshakes(&a->cometd, &CometdClient::handshaken);
    QList<int> seqs;
    int delivered = 0;
    connect(&a->cometd, &CometdClient::message, this,
            [&seqs, &delivered](const QString &, const QJsonValue &data) {
                const QJsonValue seq = data.toObject().value("simSeq"_L1);
                if (!seq.isUndefined()) {
                    seqs.append(seq.toInt());
                    ++delivered;
                }
            });
    a->cometd.setEventFilter([&seqs, repeats = a->cometd.eventFilter()](QByteArrayView event) {
        if (!repeats(event))
            return false;
        const QByteArrayView seq = jsonMemberText(jsonMemberText(event, "data"), "simSeq");
        if (!seq.isNull())
            seqs.append(seq.toByteArray().toInt());
        return true;
    });
    QSignalSpy changes(&a->calls, &QAbstractItemModel::dataChanged);
    const QJsonObject answer =
        m_control->post(u"/sim/burst"_s, {{u"userName"_s, u"agent1"_s}, {u"count"_s, 10000}});
    QCOMPARE(m_control->lastStatus(), 200);
    QTRY_COMPARE_WITH_TIMEOUT(seqs.size(), 10000, 20000);
    for (int i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), i);
    QCOMPARE(delivered, 1);
    QCOMPARE(handshakes.count(), 0);
    QVERIFY(a->calls.call(answer.value("callId"_L1).toString()));
    QVERIFY(changes.count() <= 1);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_app_session.moc"
