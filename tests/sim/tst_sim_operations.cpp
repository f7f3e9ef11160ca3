// Every call-control operation of the simulator, checked by the state the server ends in:
// the owner's notifications, GET /me/calls and the server's view (GET /sim/calls/{id}).
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QtTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList caps(const QJsonObject &call)
{
    QStringList list;
    for (const QJsonValue &v : call.value("capabilities"_L1).toArray())
        list << v.toString();
    list.sort();
    return list;
}

QStringList participants(const QJsonObject &call)
{
    QStringList list;
    for (const QJsonValue &v : call.value("participants"_L1).toArray())
        list << v["phoneNumber"_L1].toString();
    return list;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

const QStringList UserDataOps{u"AttachUserData"_s, u"UpdateUserData"_s, u"DeleteUserData"_s,
                              u"DeleteUserDataPair"_s};

} // namespace

class tst_SimOperations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void capabilitiesByState_data();
    void capabilitiesByState();
    void holdRetrieve();
    void muteUnmute();
    void sendDtmf();
    void sendDtmfRefused_data();
    void sendDtmfRefused();
    void singleStepTransferToAgent();
    void singleStepTransferToOutside();
    void singleStepConference();
    void consultTransfer_data();
    void consultTransfer();
    void consultConference();
    void cancelConsult();
    void removeParticipant();
    void swapCalls();
    void mergeWithOtherCall();
    void userData();
    void refusedOutsideCapabilities_data();
    void refusedOutsideCapabilities();
    void badOtherCallUri();

private:
    // An outside caller rings `agent`, who answers; returns the agent's call id.
    QString answeredInbound(GwsTestClient &agent, const QString &from, QString *simId = nullptr);
    QString ringing(GwsTestClient &agent, const QString &from);
    QJsonObject view(const QString &id);
    QJsonObject ok(GwsTestClient &agent, const QString &id, const QString &op,
                   const QJsonObject &extra = {});

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent1;
    std::unique_ptr<GwsTestClient> m_agent2;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimOperations::init()
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

void tst_SimOperations::cleanup()
{
    m_agent1.reset();
    m_agent2.reset();
    m_control.reset();
    m_sim.reset();
}

QString tst_SimOperations::ringing(GwsTestClient &agent, const QString &from)
{
    const int mark = agent.mark();
    const QString to = agent.get(u"/api/v2/me/devices?fields=*"_s)
                           .json["devices"_L1][0]["phoneNumber"_L1]
                           .toString();
    const HttpResult r = m_control->post(
        u"/sim/calls"_s, QJsonObject{{u"from"_s, from},
                                     {u"to"_s, to},
                                     {u"userData"_s, QJsonObject{{u"CustomerName"_s, u"Ada"_s}}}});
    if (r.status != 200)
        return {};
    const QJsonObject e = agent.waitForEvent(
        [&](const QJsonObject &e) {
            const QJsonObject c = e["data"_L1]["call"_L1].toObject();
            return c["state"_L1] == "Ringing"_L1 && c["ani"_L1] == from;
        },
        5000, mark);
    return e["data"_L1]["call"_L1]["id"_L1].toString();
}

QString tst_SimOperations::answeredInbound(GwsTestClient &agent, const QString &from,
                                           QString *simId)
{
    const QString id = ringing(agent, from);
    if (id.isEmpty())
        return {};
    if (simId)
        *simId = view(id).value("id"_L1).toString();
    const int mark = agent.mark();
    if (agent.operate(id, u"Answer"_s).statusCode() != 0)
        return {};
    return agent.waitForCall(id, u"Established"_s, 5000, mark).isEmpty() ? QString() : id;
}

QJsonObject tst_SimOperations::view(const QString &id)
{
    return m_control->get(u"/sim/calls/"_s + id).json;
}

QJsonObject tst_SimOperations::ok(GwsTestClient &agent, const QString &id, const QString &op,
                                  const QJsonObject &extra)
{
    const HttpResult r = agent.operate(id, op, extra);
    if (r.status != 200 || r.statusCode() != 0)
        qWarning() << op << "refused:" << r.body;
    return r.json;
}

void tst_SimOperations::capabilitiesByState_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("Ringing") << u"Ringing"_s << QStringList{u"Answer"_s, u"Hangup"_s};
    QTest::newRow("Dialing") << u"Dialing"_s << QStringList{u"Hangup"_s, u"SendDtmf"_s};
    QTest::newRow("Established") << u"Established"_s
                                 << QStringList{u"Hangup"_s,
                                                u"Hold"_s,
                                                u"SendDtmf"_s,
                                                u"MuteCall"_s,
                                                u"SingleStepTransfer"_s,
                                                u"SingleStepConference"_s,
                                                u"InitiateTransfer"_s,
                                                u"InitiateConference"_s};
    QTest::newRow("Held") << u"Held"_s << QStringList{u"Retrieve"_s, u"Hangup"_s};
    QTest::newRow("Muted") << u"Muted"_s
                           << QStringList{u"Hangup"_s,
                                          u"Hold"_s,
                                          u"SendDtmf"_s,
                                          u"UnmuteCall"_s,
                                          u"SingleStepTransfer"_s,
                                          u"SingleStepConference"_s,
                                          u"InitiateTransfer"_s,
                                          u"InitiateConference"_s};
}

void tst_SimOperations::capabilitiesByState()
{
    QFETCH(QString, state);
    QFETCH(QStringList, expected);
    QString id;
    if (state == "Dialing"_L1) {
        m_sim->setExternalAnswerDelay(60000);
        QCOMPARE(m_agent1->dial(u"+15550000001"_s).statusCode(), 0);
        id = m_agent1->waitForAnyCall(u"Dialing"_s).value("id"_L1).toString();
        QVERIFY(!id.isEmpty());
    } else if (state == "Ringing"_L1) {
        id = ringing(*m_agent1, u"+15550000001"_s);
    } else {
        id = answeredInbound(*m_agent1, u"+15550000001"_s);
        if (state == "Held"_L1)
            ok(*m_agent1, id, u"Hold"_s);
        if (state == "Muted"_L1)
            ok(*m_agent1, id, u"MuteCall"_s);
    }
    QVERIFY(!id.isEmpty());
    const QJsonObject call = m_agent1->call(id);
    QCOMPARE(call.value("state"_L1).toString(), state == "Muted"_L1 ? u"Established"_s : state);
    QCOMPARE(caps(call), sorted(expected + UserDataOps));
}

void tst_SimOperations::holdRetrieve()
{
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    QVERIFY(!id.isEmpty());
    int mark = m_agent1->mark();
    QCOMPARE(ok(*m_agent1, id, u"Hold"_s).value("statusCode"_L1).toInt(), 0);
    const QJsonObject held = m_agent1->waitForCall(id, u"Held"_s, 5000, mark);
    QVERIFY(!held.isEmpty());
    QVERIFY(caps(held).contains(u"Retrieve"_s));
    QVERIFY(!caps(held).contains(u"Hold"_s));
    QCOMPARE(m_agent1->call(id).value("state"_L1).toString(), u"Held"_s);
    QCOMPARE(view(id)["parties"_L1][1]["state"_L1].toString(), u"Held"_s);

    mark = m_agent1->mark();
    ok(*m_agent1, id, u"Retrieve"_s);
    const QJsonObject back = m_agent1->waitForCall(id, u"Established"_s, 5000, mark);
    QVERIFY(!back.isEmpty());
    QVERIFY(caps(back).contains(u"Hold"_s));
    QCOMPARE(m_agent1->call(id).value("state"_L1).toString(), u"Established"_s);
}

void tst_SimOperations::muteUnmute()
{
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    int mark = m_agent1->mark();
    ok(*m_agent1, id, u"MuteCall"_s);
    const QJsonObject muted = m_agent1->waitForNotification(id, u"StatusChange"_s, mark);
    QVERIFY(!muted.isEmpty());
    QCOMPARE(muted.value("mute"_L1).toString(), u"On"_s);
    QVERIFY(caps(muted).contains(u"UnmuteCall"_s));
    QVERIFY(!caps(muted).contains(u"MuteCall"_s));
    QCOMPARE(view(id)["parties"_L1][1]["mute"_L1].toString(), u"On"_s);

    mark = m_agent1->mark();
    ok(*m_agent1, id, u"UnmuteCall"_s);
    const QJsonObject unmuted = m_agent1->waitForNotification(id, u"StatusChange"_s, mark);
    QVERIFY(!unmuted.isEmpty());
    QCOMPARE(unmuted.value("mute"_L1).toString(), u"Off"_s);
    QCOMPARE(m_agent1->call(id).value("mute"_L1).toString(), u"Off"_s);
}

void tst_SimOperations::sendDtmf()
{
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    const int mark = m_agent1->mark();
    ok(*m_agent1, id, u"SendDtmf"_s, {{u"digits"_s, u"12#"_s}});
    ok(*m_agent1, id, u"SendDtmf"_s, {{u"digits"_s, u"*0"_s}});
    const QJsonObject sent = m_agent1->waitForNotification(id, u"DtmfSent"_s, mark);
    QVERIFY(!sent.isEmpty());
    QCOMPARE(sent.value("state"_L1).toString(), u"Established"_s);
    const QJsonObject server = view(id);
    QCOMPARE(server.value("dtmf"_L1).toString(), u"12#*0"_s);
    QCOMPARE(server.value("dtmfEvents"_L1).toArray().size(), 2);
    QCOMPARE(server.value("dtmfEvents"_L1)[0]["legId"_L1].toString(), id);
}

void tst_SimOperations::sendDtmfRefused_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<int>("statusCode");
    QTest::newRow("missing") << QJsonObject() << 1;
    QTest::newRow("letters") << QJsonObject{{u"digits"_s, u"12a"_s}} << 10;
    QTest::newRow("space") << QJsonObject{{u"digits"_s, u"1 2"_s}} << 10;
    // The docs: 0-9, * and #; QChar::isDigit() would also take these.
    QTest::newRow("Arabic-Indic digits")
        << QJsonObject{{u"digits"_s, QStringLiteral("1\u0662")}} << 10;
    QTest::newRow("fullwidth digit") << QJsonObject{{u"digits"_s, QStringLiteral("\uFF11#")}} << 10;
    QTest::newRow("letters A-D") << QJsonObject{{u"digits"_s, u"1A"_s}} << 10;
}

void tst_SimOperations::sendDtmfRefused()
{
    QFETCH(QJsonObject, extra);
    QFETCH(int, statusCode);
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    QVERIFY(!id.isEmpty());
    const HttpResult r = m_agent1->operate(id, u"SendDtmf"_s, extra);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), statusCode);
    QCOMPARE(view(id).value("dtmf"_L1).toString(), QString());
}

void tst_SimOperations::singleStepTransferToAgent()
{
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    const int mark2 = m_agent2->mark();
    ok(*m_agent1, id, u"SingleStepTransfer"_s,
       {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"5002"_s}}}});
    QVERIFY(!m_agent1->waitForCall(id, u"Released"_s).isEmpty());
    QVERIFY(m_agent1->calls().isEmpty());

    const QJsonObject rings =
        m_agent2
            ->waitForEvent(
                [](const QJsonObject &e) {
                    return e["data"_L1]["call"_L1]["state"_L1] == "Ringing"_L1;
                },
                5000, mark2)["data"_L1]["call"_L1]
            .toObject();
    QCOMPARE(rings.value("callType"_L1).toString(), u"Inbound"_s);
    QCOMPARE(rings.value("ani"_L1).toString(), u"+15550000001"_s);
    QCOMPARE(rings.value("userData"_L1)["CustomerName"_L1].toString(), u"Ada"_s);
    QCOMPARE(participants(rings), QStringList{u"+15550000001"_s});
    const QString id2 = rings.value("id"_L1).toString();
    ok(*m_agent2, id2, u"Answer"_s);
    QVERIFY(!m_agent2->waitForCall(id2, u"Established"_s).isEmpty());
    const QJsonObject server = view(id2);
    QCOMPARE(server.value("parties"_L1).toArray().size(), 2);
    QCOMPARE(server.value("formerParties"_L1)[0]["phoneNumber"_L1].toString(), u"5001"_s);
}

void tst_SimOperations::singleStepTransferToOutside()
{
    QString simId;
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s, &simId);
    ok(*m_agent1, id, u"SingleStepTransfer"_s,
       {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"+1 (555) 000-0002"_s}}}});
    QVERIFY(!m_agent1->waitForCall(id, u"Released"_s).isEmpty());
    QVERIFY(m_agent1->calls().isEmpty());
    // Two outside parties talk on in the network; the simulator no longer follows them.
    const QJsonObject server = view(simId);
    QCOMPARE(server.value("state"_L1).toString(), u"Released"_s);
    QStringList former;
    for (const QJsonValue &p : server.value("formerParties"_L1).toArray())
        former << p["phoneNumber"_L1].toString();
    QCOMPARE(sorted(former), sorted({u"+15550000001"_s, u"5001"_s, u"+15550000002"_s}));
}

void tst_SimOperations::singleStepConference()
{
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    const int mark = m_agent1->mark();
    const int mark2 = m_agent2->mark();
    ok(*m_agent1, id, u"SingleStepConference"_s,
       {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"5002"_s}}}});
    const QJsonObject updated = m_agent1->waitForNotification(id, u"ParticipantsUpdated"_s, mark);
    QVERIFY(!updated.isEmpty());
    QCOMPARE(participants(updated), (QStringList{u"+15550000001"_s, u"5002"_s}));
    QVERIFY(caps(updated).contains(u"RemoveParticipantFromConference"_s));

    const QString id2 = m_agent2
                            ->waitForEvent(
                                [](const QJsonObject &e) {
                                    return e["data"_L1]["call"_L1]["state"_L1] == "Ringing"_L1;
                                },
                                5000, mark2)["data"_L1]["call"_L1]["id"_L1]
                            .toString();
    ok(*m_agent2, id2, u"Answer"_s);
    const QJsonObject joined = m_agent2->waitForCall(id2, u"Established"_s);
    QVERIFY(!joined.isEmpty());
    QCOMPARE(sorted(participants(joined)), sorted({u"+15550000001"_s, u"5001"_s}));
    QVERIFY(!caps(joined).contains(u"RemoveParticipantFromConference"_s)); // not the owner
    const QJsonObject server = view(id);
    QCOMPARE(server.value("parties"_L1).toArray().size(), 3);
    QCOMPARE(server.value("conferenceOwner"_L1).toString(), id);

    // An outside number joins the same way and answers by itself.
    const int mark3 = m_agent1->mark();
    ok(*m_agent1, id, u"SingleStepConference"_s,
       {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"+15550000003"_s}}}});
    QCOMPARE(
        participants(m_agent1->waitForNotification(id, u"ParticipantsUpdated"_s, mark3)).size(), 3);
    QTRY_COMPARE(view(id)["parties"_L1][3]["state"_L1].toString(), u"Established"_s);
    // Adding someone already there is refused.
    const HttpResult again =
        m_agent1->operate(id, u"SingleStepConference"_s,
                          {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"5002"_s}}}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.statusCode(), 2);
}

void tst_SimOperations::consultTransfer_data()
{
    QTest::addColumn<bool>("onConsult");
    QTest::addColumn<bool>("withUri");
    QTest::newRow("on original") << false << false;
    QTest::newRow("on original with consultCallUri") << false << true;
    QTest::newRow("on consult") << true << false;
    QTest::newRow("on consult with consultCallUri") << true << true;
}

void tst_SimOperations::consultTransfer()
{
    QFETCH(bool, onConsult);
    QFETCH(bool, withUri);
    QString simId;
    const QString original = answeredInbound(*m_agent1, u"+15550000001"_s, &simId);
    int mark = m_agent1->mark();
    const int mark2 = m_agent2->mark();
    ok(*m_agent1, original, u"InitiateTransfer"_s,
       {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"5002"_s}}}});
    QVERIFY(!m_agent1->waitForCall(original, u"Held"_s, 5000, mark).isEmpty());
    const QJsonObject consult = m_agent1->waitForAnyCall(u"Dialing"_s);
    QVERIFY(!consult.isEmpty());
    const QString consultId = consult.value("id"_L1).toString();
    QCOMPARE(consult.value("callType"_L1).toString(), u"Consult"_s);
    QCOMPARE(consult.value("parentCallUri"_L1).toString(), m_agent1->callUri(original));
    QCOMPARE(consult.value("userData"_L1)["CustomerName"_L1].toString(), u"Ada"_s);
    QVERIFY(!caps(consult).contains(u"CompleteTransfer"_s)); // not answered yet
    QVERIFY(!caps(m_agent1->call(original)).contains(u"CompleteTransfer"_s));

    const QJsonObject rings =
        m_agent2
            ->waitForEvent(
                [](const QJsonObject &e) {
                    return e["data"_L1]["call"_L1]["state"_L1] == "Ringing"_L1;
                },
                5000, mark2)["data"_L1]["call"_L1]
            .toObject();
    const QString id2 = rings.value("id"_L1).toString();
    QCOMPARE(rings.value("callType"_L1).toString(), u"Consult"_s);
    QCOMPARE(rings.value("ani"_L1).toString(), u"5001"_s);
    ok(*m_agent2, id2, u"Answer"_s);
    const QJsonObject talking = m_agent1->waitForCall(consultId, u"Established"_s);
    QVERIFY(!talking.isEmpty());
    QVERIFY(caps(talking).contains(u"CompleteTransfer"_s));
    QVERIFY(!caps(talking).contains(u"CompleteConference"_s));
    QVERIFY(!caps(talking).contains(u"InitiateTransfer"_s));
    QVERIFY(caps(talking).contains(u"SwapCalls"_s)); // the original is held
    QVERIFY(caps(m_agent1->call(original)).contains(u"CompleteTransfer"_s));

    mark = m_agent1->mark();
    const int mark2b = m_agent2->mark();
    QJsonObject extra;
    if (withUri)
        extra.insert(u"consultCallUri"_s, m_agent1->callUri(consultId));
    ok(*m_agent1, onConsult ? consultId : original, u"CompleteTransfer"_s, extra);
    QVERIFY(!m_agent1->waitForCall(original, u"Released"_s, 5000, mark).isEmpty());
    QVERIFY(!m_agent1->waitForCall(consultId, u"Released"_s, 5000, mark).isEmpty());
    QVERIFY(m_agent1->calls().isEmpty());
    // agent2 now talks with the original caller, in the original call.
    const QJsonObject handedOver =
        m_agent2->waitForNotification(id2, u"ParticipantsUpdated"_s, mark2b);
    QVERIFY(!handedOver.isEmpty());
    QCOMPARE(participants(handedOver), QStringList{u"+15550000001"_s});
    QCOMPARE(handedOver.value("state"_L1).toString(), u"Established"_s);
    const QJsonObject server = view(simId);
    QCOMPARE(server.value("state"_L1).toString(), u"Active"_s);
    QStringList parties;
    for (const QJsonValue &p : server.value("parties"_L1).toArray())
        parties << p["phoneNumber"_L1].toString();
    QCOMPARE(parties, (QStringList{u"+15550000001"_s, u"5002"_s}));
    QCOMPARE(view(id2).value("id"_L1).toString(), simId);
}

void tst_SimOperations::consultConference()
{
    const QString original = answeredInbound(*m_agent1, u"+15550000001"_s);
    ok(*m_agent1, original, u"InitiateConference"_s,
       {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"+15550000002"_s}}}});
    const QString consultId = m_agent1->waitForAnyCall(u"Dialing"_s).value("id"_L1).toString();
    QVERIFY(!consultId.isEmpty());
    const QJsonObject answered = m_agent1->waitForCall(consultId, u"Established"_s);
    QVERIFY(!answered.isEmpty());
    QVERIFY(caps(answered).contains(u"CompleteConference"_s));
    QVERIFY(!caps(answered).contains(u"CompleteTransfer"_s));

    const int mark = m_agent1->mark();
    ok(*m_agent1, original, u"CompleteConference"_s);
    QVERIFY(!m_agent1->waitForCall(consultId, u"Released"_s, 5000, mark).isEmpty());
    const QJsonObject conference =
        m_agent1->waitForNotification(original, u"ParticipantsUpdated"_s, mark);
    QVERIFY(!conference.isEmpty());
    QCOMPARE(conference.value("state"_L1).toString(), u"Established"_s);
    QCOMPARE(participants(conference), (QStringList{u"+15550000001"_s, u"+15550000002"_s}));
    QVERIFY(caps(conference).contains(u"RemoveParticipantFromConference"_s));
    const QJsonArray calls = m_agent1->calls();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls[0]["id"_L1].toString(), original);
    QCOMPARE(view(original).value("parties"_L1).toArray().size(), 3);
}

void tst_SimOperations::cancelConsult()
{
    const QString original = answeredInbound(*m_agent1, u"+15550000001"_s);
    ok(*m_agent1, original, u"InitiateTransfer"_s,
       {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"+15550000002"_s}}}});
    const QString consultId = m_agent1->waitForAnyCall(u"Dialing"_s).value("id"_L1).toString();
    QVERIFY(!consultId.isEmpty());
    QVERIFY(!m_agent1->waitForCall(consultId, u"Established"_s).isEmpty());
    int mark = m_agent1->mark();
    ok(*m_agent1, consultId, u"Hangup"_s);
    QVERIFY(!m_agent1->waitForCall(consultId, u"Released"_s, 5000, mark).isEmpty());
    const QJsonObject stillHeld = m_agent1->call(original);
    QCOMPARE(stillHeld.value("state"_L1).toString(), u"Held"_s);
    QCOMPARE(caps(stillHeld), sorted(QStringList{u"Retrieve"_s, u"Hangup"_s} + UserDataOps));
    mark = m_agent1->mark();
    ok(*m_agent1, original, u"Retrieve"_s);
    QVERIFY(!m_agent1->waitForCall(original, u"Established"_s, 5000, mark).isEmpty());
    QCOMPARE(participants(m_agent1->call(original)), QStringList{u"+15550000001"_s});
}

void tst_SimOperations::removeParticipant()
{
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    const int mark2 = m_agent2->mark();
    ok(*m_agent1, id, u"SingleStepConference"_s,
       {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"5002"_s}}}});
    const QString id2 = m_agent2
                            ->waitForEvent(
                                [](const QJsonObject &e) {
                                    return e["data"_L1]["call"_L1]["state"_L1] == "Ringing"_L1;
                                },
                                5000, mark2)["data"_L1]["call"_L1]["id"_L1]
                            .toString();
    ok(*m_agent2, id2, u"Answer"_s);
    QVERIFY(!m_agent2->waitForCall(id2, u"Established"_s).isEmpty());

    // Only the owner may remove; a stranger number is refused.
    const HttpResult notOwner = m_agent2->operate(id2, u"RemoveParticipantFromConference"_s,
                                                  {{u"participant"_s, u"+15550000001"_s}});
    QCOMPARE(notOwner.status, 400);
    QCOMPARE(notOwner.statusCode(), 2);
    const HttpResult stranger = m_agent1->operate(id, u"RemoveParticipantFromConference"_s,
                                                  {{u"participant"_s, u"+19999"_s}});
    QCOMPARE(stranger.status, 400);
    QCOMPARE(stranger.statusCode(), 10);
    const HttpResult nobody = m_agent1->operate(id, u"RemoveParticipantFromConference"_s);
    QCOMPARE(nobody.statusCode(), 1);

    const int mark = m_agent1->mark();
    ok(*m_agent1, id, u"RemoveParticipantFromConference"_s, {{u"participant"_s, u"5002"_s}});
    QVERIFY(!m_agent2->waitForCall(id2, u"Released"_s).isEmpty());
    const QJsonObject after = m_agent1->waitForNotification(id, u"ParticipantsUpdated"_s, mark);
    QVERIFY(!after.isEmpty());
    QCOMPARE(participants(after), QStringList{u"+15550000001"_s});
    QVERIFY(!caps(after).contains(u"RemoveParticipantFromConference"_s)); // two parties left
    QVERIFY(m_agent2->calls().isEmpty());
    QCOMPARE(view(id).value("parties"_L1).toArray().size(), 2);
}

void tst_SimOperations::swapCalls()
{
    const QString first = answeredInbound(*m_agent1, u"+15550000001"_s);
    ok(*m_agent1, first, u"Hold"_s);
    const QString second = answeredInbound(*m_agent1, u"+15550000002"_s);
    const QJsonObject now = m_agent1->call(second);
    QVERIFY(caps(now).contains(u"SwapCalls"_s));
    QVERIFY(caps(now).contains(u"MergeWithOtherCall"_s));

    const int mark = m_agent1->mark();
    ok(*m_agent1, second, u"SwapCalls"_s, {{u"otherCallUri"_s, m_agent1->callUri(first)}});
    QVERIFY(!m_agent1->waitForCall(second, u"Held"_s, 5000, mark).isEmpty());
    QVERIFY(!m_agent1->waitForCall(first, u"Established"_s, 5000, mark).isEmpty());
    QCOMPARE(m_agent1->call(first).value("state"_L1).toString(), u"Established"_s);
    QCOMPARE(m_agent1->call(second).value("state"_L1).toString(), u"Held"_s);
    // Without naming the other call: refused (required by the call-control reference),
    // even with only one candidate, and nothing changes.
    const HttpResult bare = m_agent1->operate(first, u"SwapCalls"_s);
    QCOMPARE(bare.status, 400);
    QCOMPARE(bare.statusCode(), 1);
    QCOMPARE(m_agent1->call(first).value("state"_L1).toString(), u"Established"_s);
    // And back, naming it.
    ok(*m_agent1, first, u"SwapCalls"_s, {{u"otherCallUri"_s, m_agent1->callUri(second)}});
    QTRY_COMPARE(m_agent1->call(second).value("state"_L1).toString(), u"Established"_s);
    QCOMPARE(m_agent1->call(first).value("state"_L1).toString(), u"Held"_s);
}

void tst_SimOperations::mergeWithOtherCall()
{
    const QString first = answeredInbound(*m_agent1, u"+15550000001"_s);
    ok(*m_agent1, first, u"Hold"_s);
    const QString second = answeredInbound(*m_agent1, u"+15550000002"_s);
    const int mark = m_agent1->mark();
    ok(*m_agent1, second, u"MergeWithOtherCall"_s, {{u"otherCallUri"_s, m_agent1->callUri(first)}});
    QVERIFY(!m_agent1->waitForCall(first, u"Released"_s, 5000, mark).isEmpty());
    const QJsonObject merged =
        m_agent1->waitForNotification(second, u"ParticipantsUpdated"_s, mark);
    QVERIFY(!merged.isEmpty());
    QCOMPARE(participants(merged), (QStringList{u"+15550000002"_s, u"+15550000001"_s}));
    QVERIFY(caps(merged).contains(u"RemoveParticipantFromConference"_s));
    QVERIFY(!caps(merged).contains(u"SwapCalls"_s)); // no other call any more
    QCOMPARE(m_agent1->calls().size(), 1);
    QCOMPARE(view(second).value("parties"_L1).toArray().size(), 3);
}

void tst_SimOperations::userData()
{
    const QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    int mark = m_agent1->mark();
    ok(*m_agent1, id, u"AttachUserData"_s, {{u"userData"_s, QJsonObject{{u"Order"_s, u"A1"_s}}}});
    QJsonObject call = m_agent1->waitForNotification(id, u"AttachedDataChanged"_s, mark);
    QCOMPARE(call.value("userData"_L1).toObject(),
             (QJsonObject{{u"CustomerName"_s, u"Ada"_s}, {u"Order"_s, u"A1"_s}}));

    mark = m_agent1->mark();
    ok(*m_agent1, id, u"UpdateUserData"_s,
       {{u"userData"_s, QJsonObject{{u"Order"_s, u"B2"_s}, {u"Priority"_s, 3}}}});
    call = m_agent1->waitForNotification(id, u"AttachedDataChanged"_s, mark);
    QVERIFY(!call.isEmpty());
    QCOMPARE(call.value("userData"_L1)["Order"_L1].toString(), u"B2"_s);
    QCOMPARE(call.value("userData"_L1)["Priority"_L1].toInt(), 3);

    mark = m_agent1->mark();
    ok(*m_agent1, id, u"DeleteUserDataPair"_s, {{u"key"_s, u"Order"_s}});
    call = m_agent1->waitForNotification(id, u"AttachedDataChanged"_s, mark);
    QVERIFY(!call.isEmpty());
    QVERIFY(!call.value("userData"_L1).toObject().contains("Order"_L1));
    QCOMPARE(view(id).value("userData"_L1).toObject(),
             (QJsonObject{{u"CustomerName"_s, u"Ada"_s}, {u"Priority"_s, 3}}));

    mark = m_agent1->mark();
    ok(*m_agent1, id, u"DeleteUserData"_s, {{u"key"_s, u"Priority"_s}});
    QVERIFY(!m_agent1->waitForNotification(id, u"AttachedDataChanged"_s, mark).isEmpty());
    mark = m_agent1->mark();
    ok(*m_agent1, id, u"DeleteUserData"_s);
    call = m_agent1->waitForNotification(id, u"AttachedDataChanged"_s, mark);
    QVERIFY(!call.isEmpty());
    QCOMPARE(call.value("userData"_L1).toObject(), QJsonObject());

    QCOMPARE(m_agent1->operate(id, u"AttachUserData"_s).statusCode(), 1);
    QCOMPARE(m_agent1->operate(id, u"AttachUserData"_s, {{u"userData"_s, 5}}).statusCode(), 10);
    QCOMPARE(m_agent1->operate(id, u"DeleteUserDataPair"_s).statusCode(), 1);
}

void tst_SimOperations::refusedOutsideCapabilities_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("operation");
    QTest::newRow("retrieve established") << u"established"_s << u"Retrieve"_s;
    QTest::newRow("complete without consult") << u"established"_s << u"CompleteTransfer"_s;
    QTest::newRow("swap without held call") << u"established"_s << u"SwapCalls"_s;
    QTest::newRow("merge without held call") << u"established"_s << u"MergeWithOtherCall"_s;
    QTest::newRow("remove in two-party call")
        << u"established"_s << u"RemoveParticipantFromConference"_s;
    QTest::newRow("unmute unmuted") << u"established"_s << u"UnmuteCall"_s;
    QTest::newRow("dtmf on held") << u"held"_s << u"SendDtmf"_s;
    QTest::newRow("transfer held") << u"held"_s << u"SingleStepTransfer"_s;
    QTest::newRow("answer established") << u"established"_s << u"Answer"_s;
    QTest::newRow("consult from consult") << u"consult"_s << u"InitiateConference"_s;
    QTest::newRow("complete unanswered consult") << u"consult"_s << u"CompleteTransfer"_s;
}

void tst_SimOperations::refusedOutsideCapabilities()
{
    QFETCH(QString, setup);
    QFETCH(QString, operation);
    m_sim->setExternalAnswerDelay(60000); // a consult stays unanswered
    QString id = answeredInbound(*m_agent1, u"+15550000001"_s);
    if (setup == "held"_L1)
        ok(*m_agent1, id, u"Hold"_s);
    if (setup == "consult"_L1) {
        ok(*m_agent1, id, u"InitiateTransfer"_s,
           {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"+15550000009"_s}}}});
        id = m_agent1->waitForAnyCall(u"Dialing"_s).value("id"_L1).toString();
        QVERIFY(!id.isEmpty());
    }
    const QJsonObject before = m_agent1->call(id);
    const HttpResult r =
        m_agent1->operate(id, operation,
                          {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"5002"_s}}},
                           {u"participant"_s, u"+15550000001"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), 2);
    QVERIFY(r.json.value("statusMessage"_L1).toString().contains(operation));
    QJsonObject after = m_agent1->call(id);
    after.remove(u"duration"_s);
    QJsonObject expected = before;
    expected.remove(u"duration"_s);
    QCOMPARE(after, expected); // nothing changed
}

void tst_SimOperations::badOtherCallUri()
{
    const QString first = answeredInbound(*m_agent1, u"+15550000001"_s);
    ok(*m_agent1, first, u"Hold"_s);
    const QString second = answeredInbound(*m_agent1, u"+15550000002"_s);
    const QString theirs = answeredInbound(*m_agent2, u"+15550000003"_s);
    for (const QString &uri : {m_agent1->callUri(u"NOSUCHCALL"_s), m_agent2->callUri(theirs),
                               m_agent1->callUri(second)}) {
        const HttpResult r = m_agent1->operate(second, u"SwapCalls"_s, {{u"otherCallUri"_s, uri}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.statusCode(), 6);
    }
    QCOMPARE(m_agent1->call(second).value("state"_L1).toString(), u"Established"_s);
    QCOMPARE(m_agent2->call(theirs).value("state"_L1).toString(), u"Established"_s);
}

QTEST_MAIN(tst_SimOperations)
#include "tst_sim_operations.moc"
