// Basic telephony through the simulator: Dial, Answer, Hangup, inbound calls from
// /sim/calls, far-side hangup, refusals, busy destinations and demo calls.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class tst_SimCalls : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void dialExternal();
    void dialInternal();
    void inboundAnswerHangup();
    void callerHangsUpWhileRinging();
    void farSideHangup();
    void refused_data();
    void refused();
    void controlErrors_data();
    void controlErrors();
    void busyDestination();
    void demoCalls();

private:
    QString ring(const QString &from, const QString &to, const QJsonObject &userData = {});

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent1;
    std::unique_ptr<GwsTestClient> m_agent2;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimCalls::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(100);
    QVERIFY(m_sim->listen());
    m_agent1 = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_agent2 = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    QVERIFY(m_agent1->login());
    QVERIFY(m_agent2->login());
    QVERIFY(m_agent1->startNotifications());
    QVERIFY(m_agent2->startNotifications());
}

void tst_SimCalls::cleanup()
{
    m_agent1.reset();
    m_agent2.reset();
    m_control.reset();
    m_sim.reset();
}

QString tst_SimCalls::ring(const QString &from, const QString &to, const QJsonObject &userData)
{
    QJsonObject body{{u"from"_s, from}, {u"to"_s, to}};
    if (!userData.isEmpty())
        body.insert(u"userData"_s, userData);
    const HttpResult r = m_control->post(u"/sim/calls"_s, body);
    if (r.status != 200)
        qWarning() << r.body;
    return r.json.value("id"_L1).toString();
}

void tst_SimCalls::dialExternal()
{
    const HttpResult r =
        m_agent1->dial(u"+15551230000"_s, {{u"userData"_s, QJsonObject{{u"Campaign"_s, u"Q4"_s}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json, QJsonObject({{u"statusCode"_s, 0}}));

    const QJsonObject dialing = m_agent1->waitForAnyCall(u"Dialing"_s);
    QVERIFY(!dialing.isEmpty());
    const QString id = dialing.value("id"_L1).toString();
    QCOMPARE(dialing.value("callType"_L1).toString(), u"Outbound"_s);
    QCOMPARE(dialing.value("dnis"_L1).toString(), u"+15551230000"_s);
    QCOMPARE(dialing.value("capabilities"_L1).toArray().contains(u"Hangup"_s), true);
    QCOMPARE(dialing.value("capabilities"_L1).toArray().contains(u"Answer"_s), false);
    const QJsonObject established = m_agent1->waitForCall(id, u"Established"_s);
    QVERIFY(!established.isEmpty());

    // GET /me/calls has the same full resource, shaped like the documented samples.
    const QJsonObject call = m_agent1->call(id);
    const QString base = m_sim->baseUrl().toString();
    QCOMPARE(call.value("state"_L1).toString(), u"Established"_s);
    QCOMPARE(call.value("uri"_L1).toString(), QString(base + u"/api/v2/me/calls/"_s + id));
    QCOMPARE(call.value("path"_L1).toString(), QString(u"/calls/"_s + id));
    QCOMPARE(call.value("deviceUri"_L1).toString(),
             QString(base + u"/api/v2/devices/"_s + m_agent1->deviceId()));
    QVERIFY(!call.value("callUuid"_L1).toString().isEmpty());
    QCOMPARE(call.value("connId"_L1).toString().size(), 16);
    QVERIFY(call.value("duration"_L1).isString());
    QCOMPARE(call.value("mute"_L1).toString(), u"Off"_s);
    QCOMPARE(call.value("supervisorListeningIn"_L1), QJsonValue(false));
    QCOMPARE(call.value("monitoredUserMuted"_L1), QJsonValue(false));
    QVERIFY(!call.contains("monitoring"_L1)); // in no documented sample
    QCOMPARE(call.value("userData"_L1)["Campaign"_L1].toString(), u"Q4"_s);
    const QJsonObject p = call.value("participants"_L1)[0].toObject();
    QCOMPARE(p.value("phoneNumber"_L1).toString(), u"+15551230000"_s);
    QCOMPARE(p.value("digits"_L1).toString(), u"15551230000"_s);
    QCOMPARE(p.value("e164Number"_L1).toString(), u"+15551230000"_s);
    QVERIFY(p.contains("formattedPhoneNumber"_L1));
    const QJsonArray caps = call.value("capabilities"_L1).toArray();
    for (const char *op : {"Hangup", "Hold", "SendDtmf", "MuteCall", "SingleStepTransfer",
                           "InitiateTransfer", "SingleStepConference", "InitiateConference",
                           "AttachUserData", "UpdateUserData", "DeleteUserData"})
        QVERIFY2(caps.contains(QString::fromLatin1(op)), op);
    QVERIFY(!caps.contains(u"Answer"_s));
    QVERIFY(!caps.contains(u"Retrieve"_s));
}

void tst_SimCalls::dialInternal()
{
    QCOMPARE(m_agent1->dial(u"5002"_s).status, 200);
    const QJsonObject dialing = m_agent1->waitForAnyCall(u"Dialing"_s);
    QVERIFY(!dialing.isEmpty());
    const QJsonObject ringing = m_agent2->waitForAnyCall(u"Ringing"_s);
    QVERIFY(!ringing.isEmpty());
    QCOMPARE(dialing.value("callType"_L1).toString(), u"Internal"_s);
    QCOMPARE(ringing.value("callType"_L1).toString(), u"Internal"_s);
    QCOMPARE(ringing.value("ani"_L1).toString(), u"5001"_s);
    QCOMPARE(ringing.value("participants"_L1)[0]["phoneNumber"_L1].toString(), u"5001"_s);
    QCOMPARE(dialing.value("callUuid"_L1), ringing.value("callUuid"_L1));
    QVERIFY(dialing.value("id"_L1) != ringing.value("id"_L1));
    QVERIFY(ringing.value("capabilities"_L1).toArray().contains(u"Answer"_s));
    const QString callerId = dialing.value("id"_L1).toString();
    const QString calleeId = ringing.value("id"_L1).toString();

    QCOMPARE(m_agent2->operate(calleeId, u"Answer"_s).statusCode(), 0);
    QVERIFY(!m_agent2->waitForCall(calleeId, u"Established"_s).isEmpty());
    QVERIFY(!m_agent1->waitForCall(callerId, u"Established"_s).isEmpty());

    QCOMPARE(m_agent1->operate(callerId, u"Hangup"_s).statusCode(), 0);
    QVERIFY(!m_agent1->waitForCall(callerId, u"Released"_s).isEmpty());
    QVERIFY(!m_agent2->waitForCall(calleeId, u"Released"_s).isEmpty());
    QVERIFY(m_agent1->calls().isEmpty());
    QVERIFY(m_agent2->calls().isEmpty());
}

void tst_SimCalls::inboundAnswerHangup()
{
    const QString simId = ring(u"+15557654321"_s, u"5001"_s,
                               {{u"CustomerName"_s, u"Ada"_s}, {u"AccountNumber"_s, u"42"_s}});
    QVERIFY(!simId.isEmpty());
    const QJsonObject ringing = m_agent1->waitForAnyCall(u"Ringing"_s);
    QVERIFY(!ringing.isEmpty());
    const QString id = ringing.value("id"_L1).toString();
    QCOMPARE(ringing.value("callType"_L1).toString(), u"Inbound"_s);
    QCOMPARE(ringing.value("ani"_L1).toString(), u"+15557654321"_s);
    QCOMPARE(ringing.value("dnis"_L1).toString(), u"5001"_s);
    QCOMPARE(ringing.value("userData"_L1)["CustomerName"_L1].toString(), u"Ada"_s);
    QCOMPARE(m_agent1->call(id).value("state"_L1).toString(), u"Ringing"_s);

    QCOMPARE(m_agent1->operate(id, u"Answer"_s).statusCode(), 0);
    QVERIFY(!m_agent1->waitForCall(id, u"Established"_s).isEmpty());
    QCOMPARE(m_agent1->call(id).value("state"_L1).toString(), u"Established"_s);
    const QJsonObject view = m_control->get(u"/sim/calls/"_s + simId).json;
    QCOMPARE(view.value("state"_L1).toString(), u"Active"_s);
    QCOMPARE(view.value("parties"_L1)[0]["state"_L1].toString(), u"Established"_s);

    QCOMPARE(m_agent1->operate(id, u"Hangup"_s).statusCode(), 0);
    const QJsonObject released = m_agent1->waitForCall(id, u"Released"_s);
    QVERIFY(!released.isEmpty());
    QCOMPARE(released.value("capabilities"_L1).toArray(), QJsonArray());
    QVERIFY(m_agent1->call(id).isEmpty());
    // The server still shows the ended call, found by either id.
    for (const QString &key : {simId, id}) {
        const HttpResult r = m_control->get(u"/sim/calls/"_s + key);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["state"_L1].toString(), u"Released"_s);
        QCOMPARE(r.json["statusCode"_L1].toInt(), 0);
    }
}

void tst_SimCalls::callerHangsUpWhileRinging()
{
    QCOMPARE(m_agent1->dial(u"5002"_s).status, 200);
    const QString callerId = m_agent1->waitForAnyCall(u"Dialing"_s).value("id"_L1).toString();
    QVERIFY(!callerId.isEmpty());
    const QString calleeId = m_agent2->waitForAnyCall(u"Ringing"_s).value("id"_L1).toString();
    QVERIFY(!calleeId.isEmpty());
    QCOMPARE(m_agent1->operate(callerId, u"Hangup"_s).statusCode(), 0);
    QVERIFY(!m_agent2->waitForCall(calleeId, u"Released"_s).isEmpty());
    // Rejecting a ringing call is a Hangup too.
    ring(u"+15550000001"_s, u"5002"_s);
    const QJsonObject second = m_agent2->waitForEvent([&](const QJsonObject &e) {
        const QJsonObject c = e["data"_L1]["call"_L1].toObject();
        return c["state"_L1] == "Ringing"_L1 && c["id"_L1] != calleeId;
    });
    QVERIFY(!second.isEmpty());
    const QString secondId = second["data"_L1]["call"_L1]["id"_L1].toString();
    QCOMPARE(m_agent2->operate(secondId, u"Hangup"_s).statusCode(), 0);
    QVERIFY(!m_agent2->waitForCall(secondId, u"Released"_s).isEmpty());
    QVERIFY(m_agent2->calls().isEmpty());
}

void tst_SimCalls::farSideHangup()
{
    const QString simId = ring(u"+15557654321"_s, u"5001"_s);
    const QString id = m_agent1->waitForAnyCall(u"Ringing"_s).value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    m_agent1->operate(id, u"Answer"_s);
    QVERIFY(!m_agent1->waitForCall(id, u"Established"_s).isEmpty());
    const HttpResult r = m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s, QJsonObject());
    QCOMPARE(r.status, 200);
    QVERIFY(!m_agent1->waitForCall(id, u"Released"_s).isEmpty());
    QVERIFY(m_agent1->calls().isEmpty());
    // Hanging up a gone call is a 404.
    QCOMPARE(m_control->post(u"/sim/calls/"_s + simId + u"/hangup"_s, QJsonObject()).status, 404);
}

void tst_SimCalls::refused_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("answer established")
        << u"established"_s << u"Answer"_s << QJsonObject() << 400 << 2;
    QTest::newRow("hold ringing") << u"ringing"_s << u"Hold"_s << QJsonObject() << 400 << 2;
    QTest::newRow("retrieve established")
        << u"established"_s << u"Retrieve"_s << QJsonObject() << 400 << 2;
    QTest::newRow("unknown op") << u"established"_s << u"Teleport"_s << QJsonObject() << 400 << 10;
    QTest::newRow("no op") << u"established"_s << QString() << QJsonObject() << 400 << 1;
    QTest::newRow("unknown call") << u"nosuch"_s << u"Hangup"_s << QJsonObject() << 404 << 6;
    QTest::newRow("other's call") << u"agent2"_s << u"Hangup"_s << QJsonObject() << 404 << 6;
    QTest::newRow("dial nothing") << u"dial"_s << u"Dial"_s << QJsonObject() << 400 << 1;
    QTest::newRow("dial letters") << u"dial"_s << u"Dial"_s
                                  << QJsonObject{{u"destination"_s,
                                                  QJsonObject{{u"phoneNumber"_s, u"call me"_s}}}}
                                  << 400 << 10;
    QTest::newRow("dial self") << u"dial"_s << u"Dial"_s
                               << QJsonObject{{u"destination"_s,
                                               QJsonObject{{u"phoneNumber"_s, u"5001"_s}}}}
                               << 400 << 2;
    // QChar::isDigit() accepts Arabic-Indic (U+0660..) and fullwidth digits: GWS does not.
    QTest::newRow("dial Arabic-Indic digits")
        << u"dial"_s << u"Dial"_s
        << QJsonObject{{u"destination"_s,
                        QJsonObject{
                            {u"phoneNumber"_s, QStringLiteral("\u0665\u0660\u0660\u0662")}}}}
        << 400 << 10;
    QTest::newRow("dial fullwidth digits")
        << u"dial"_s << u"Dial"_s
        << QJsonObject{{u"destination"_s,
                        QJsonObject{
                            {u"phoneNumber"_s, QStringLiteral("\uFF15\uFF10\uFF10\uFF12")}}}}
        << 400 << 10;
    QTest::newRow("dial userData")
        << u"dial"_s << u"Dial"_s
        << QJsonObject{{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"123"_s}}},
                       {u"userData"_s, u"text"_s}}
        << 400 << 10;
    QTest::newRow("dial other device")
        << u"dial other"_s << u"Dial"_s
        << QJsonObject{{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"123"_s}}}} << 404 << 6;
}

void tst_SimCalls::refused()
{
    QFETCH(QString, what);
    QFETCH(QString, operation);
    QFETCH(QJsonObject, extra);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);

    HttpResult r;
    if (what.startsWith("dial"_L1)) {
        QJsonObject body = extra;
        body.insert(u"operationName"_s, operation);
        const QString device = what == "dial other"_L1
                                   ? m_agent2->get(u"/api/v2/me/devices?fields=*"_s)
                                         .json["devices"_L1][0]["id"_L1]
                                         .toString()
                                   : m_agent1->deviceId();
        r = m_agent1->post(u"/api/v2/me/devices/"_s + device + u"/calls"_s, body);
    } else {
        QString id = u"NOSUCHCALL"_s;
        if (what == "agent2"_L1) {
            ring(u"+15550000002"_s, u"5002"_s);
            id = m_agent2->waitForAnyCall(u"Ringing"_s).value("id"_L1).toString();
            QVERIFY(!id.isEmpty());
        } else if (what != "nosuch"_L1) {
            ring(u"+15550000003"_s, u"5001"_s);
            id = m_agent1->waitForAnyCall(u"Ringing"_s).value("id"_L1).toString();
            QVERIFY(!id.isEmpty());
            if (what == "established"_L1) {
                m_agent1->operate(id, u"Answer"_s);
                QVERIFY(!m_agent1->waitForCall(id, u"Established"_s).isEmpty());
            }
        }
        QJsonObject body = extra;
        if (!operation.isEmpty())
            body.insert(u"operationName"_s, operation);
        r = m_agent1->post(u"/api/v2/me/calls/"_s + id, body);
    }
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
    QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
}

void tst_SimCalls::controlErrors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("no from") << QJsonObject{{u"to"_s, u"5001"_s}} << 400 << 1;
    QTest::newRow("no to") << QJsonObject{{u"from"_s, u"+1555"_s}} << 400 << 1;
    QTest::newRow("bad from") << QJsonObject{{u"from"_s, u"abc"_s}, {u"to"_s, u"5001"_s}} << 400
                              << 10;
    QTest::newRow("no such device")
        << QJsonObject{{u"from"_s, u"+1555"_s}, {u"to"_s, u"9999"_s}} << 404 << 6;
    QTest::newRow("non-ASCII to") << QJsonObject{{u"from"_s, u"+1555"_s},
                                                 {u"to"_s,
                                                  QStringLiteral("\u0665\u0660\u0660\u0661")}}
                                  << 400 << 10;
}

void tst_SimCalls::controlErrors()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    const HttpResult r = m_control->post(u"/sim/calls"_s, body);
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
}

void tst_SimCalls::busyDestination()
{
    QVERIFY(m_sim->loadConfigJson(R"({"users": [
        {"userName": "agent1", "password": "agent1", "phoneNumber": "5001"}],
        "busyNumbers": ["+15550000000"], "externalAnswerDelayMs": 100})"));
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    QVERIFY(agent.startNotifications());
    QCOMPARE(agent.dial(u"+15550000000"_s).statusCode(), 0);
    const QString id = agent.waitForAnyCall(u"Dialing"_s).value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject error = agent.waitForEvent(
        [](const QJsonObject &e) { return e["data"_L1]["messageType"_L1] == "ErrorMessage"_L1; });
    QVERIFY(!error.isEmpty());
    QCOMPARE(error["channel"_L1].toString(), u"/v2/me/calls"_s);
    QVERIFY(error["data"_L1]["errorMessage"_L1].toString().contains("busy"_L1));
    QCOMPARE(error["data"_L1]["errorCode"_L1].toInt(), 2);
    QCOMPARE(error["data"_L1]["callUri"_L1].toString(), agent.callUri(id));
    QVERIFY(!agent.waitForCall(id, u"Released"_s).isEmpty());
}

void tst_SimCalls::demoCalls()
{
    m_sim->setDemoInterval(100);
    m_sim->setDemoEnabled(true);
    const QJsonObject c1 = m_agent1->waitForAnyCall(u"Ringing"_s, 10000);
    QVERIFY(!c1.isEmpty());
    const QJsonObject c2 = m_agent2->waitForAnyCall(u"Ringing"_s, 10000);
    QVERIFY(!c2.isEmpty());
    m_sim->setDemoEnabled(false);
    for (const QJsonObject &c : {c1, c2}) {
        QCOMPARE(c.value("callType"_L1).toString(), u"Inbound"_s);
        QVERIFY(c.value("ani"_L1).toString().startsWith("+1555"_L1));
        QVERIFY(!c.value("userData"_L1)["CustomerName"_L1].toString().isEmpty());
        QVERIFY(!c.value("userData"_L1)["AccountNumber"_L1].toString().isEmpty());
        QVERIFY(!c.value("userData"_L1)["Reason"_L1].toString().isEmpty());
    }
    // One ringing call at a time per agent, however long the demo runs unattended.
    QCOMPARE(m_agent1->calls().size(), 1);
}

QTEST_MAIN(tst_SimCalls)
#include "tst_sim_calls.moc"
