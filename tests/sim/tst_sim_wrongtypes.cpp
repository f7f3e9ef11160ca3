// A body field of the wrong type is a 400 with statusCode 10 that changes nothing (issue
// 11), on every endpoint that reads one: call, device, agent-state and session operations,
// and the /sim control endpoints. A row per field; the state (calls, devices, faults,
// sessions) is compared before and after. Before, {"party": 123} hung up every outside
// party and {"keys": "notalist"} deleted all case data.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

enum class Who { Agent, Supervisor, Control };

// A call's `duration` ticks by itself; everything else must stay as it was.
QJsonValue withoutDurations(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutDurations(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != "duration"_L1)
            out.insert(it.key(), withoutDurations(it.value()));
    return out;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class tst_SimWrongTypes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void refusedAndNothingChanges_data();
    void refusedAndNothingChanges();

private:
    QJsonObject state();

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
    std::unique_ptr<GwsTestClient> m_super;
    std::unique_ptr<GwsTestClient> m_control;
    QString m_leg;        // agent1's established call with an outside party
    QString m_connection; // its connection
};

void tst_SimWrongTypes::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_super = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"super1"_s, u"super1"_s);
    QVERIFY(m_agent->login());
    QVERIFY(m_super->login());
    const HttpResult rung = m_control->post(
        u"/sim/calls"_s, parse(R"({"from": "+15551234567", "to": "5001",
                                   "userData": {"a": "1", "b": "2"}})"));
    QCOMPARE(rung.status, 200);
    m_leg = rung.json.value("legId"_L1).toString();
    m_connection = rung.json.value("id"_L1).toString();
    QCOMPARE(m_agent->operate(m_leg, u"Answer"_s).status, 200);
}

void tst_SimWrongTypes::cleanup()
{
    m_control.reset();
    m_agent.reset();
    m_super.reset();
    m_sim.reset();
}

QJsonObject tst_SimWrongTypes::state()
{
    return QJsonObject{
        {u"calls"_s, withoutDurations(m_control->get(u"/sim/calls"_s).json.value("calls"_L1))},
        {u"agent"_s, m_agent->get(u"/api/v2/me/devices?fields=*"_s).json.value("devices"_L1)},
        {u"super"_s, m_super->get(u"/api/v2/me/devices?fields=*"_s).json.value("devices"_L1)},
        {u"faults"_s, m_control->get(u"/sim/faults"_s).json.value("faults"_L1)},
        {u"sessions"_s, m_sim->sessionCount()},
    };
}

void tst_SimWrongTypes::refusedAndNothingChanges_data()
{
    QTest::addColumn<int>("who");
    QTest::addColumn<QString>("path"); // {leg}, {device}, {connection} are filled in
    QTest::addColumn<QByteArray>("body");
    const int agent = int(Who::Agent), super = int(Who::Supervisor), control = int(Who::Control);
    const QString call = u"/api/v2/me/calls/{leg}"_s;
    const QString dial = u"/api/v2/me/devices/{device}/calls"_s;
    const QString voice = u"/api/v2/me/channels/voice"_s;
    const QString me = u"/api/v2/me"_s;
    const QString device = u"/api/v2/me/devices/{device}"_s;
    auto row = [](const char *name, int who, const QString &path, const char *body) {
        QTest::newRow(name) << who << path << QByteArray(body);
    };
    row("operationName number", agent, call, R"({"operationName": 5})");
    row("SendDtmf digits", agent, call, R"({"operationName": "SendDtmf", "digits": 123})");
    row("SingleStepTransfer destination", agent, call,
        R"({"operationName": "SingleStepTransfer", "destination": 5002})");
    row("SingleStepTransfer destination.phoneNumber", agent, call,
        R"({"operationName": "SingleStepTransfer", "destination": {"phoneNumber": 5002}})");
    row("SingleStepConference destination", agent, call,
        R"({"operationName": "SingleStepConference", "destination": true})");
    row("InitiateTransfer destination", agent, call,
        R"({"operationName": "InitiateTransfer", "destination": ["5002"]})");
    row("InitiateConference destination null", agent, call,
        R"({"operationName": "InitiateConference", "destination": null})");
    row("CompleteTransfer consultCallUri", agent, call,
        R"({"operationName": "CompleteTransfer", "consultCallUri": 1})");
    row("RemoveParticipant participant", agent, call,
        R"({"operationName": "RemoveParticipantFromConference", "participant": 15551234567})");
    row("SwapCalls otherCallUri", agent, call,
        R"({"operationName": "SwapCalls", "otherCallUri": 1})");
    row("MergeWithOtherCall otherCallUri", agent, call,
        R"({"operationName": "MergeWithOtherCall", "otherCallUri": {}})");
    row("AttachUserData userData", agent, call,
        R"({"operationName": "AttachUserData", "userData": "x"})");
    row("AttachUserData value bool", agent, call,
        R"({"operationName": "AttachUserData", "userData": {"a": "9", "k": true}})");
    row("AttachUserData value array", agent, call,
        R"({"operationName": "AttachUserData", "userData": {"a": "9", "k": [1]}})");
    row("AttachUserData value null", agent, call,
        R"({"operationName": "AttachUserData", "userData": {"a": "9", "k": null}})");
    row("AttachUserData nested value", agent, call,
        R"({"operationName": "AttachUserData", "userData": {"a": "9", "k": {"x": false}}})");
    row("UpdateUserData userData", agent, call,
        R"({"operationName": "UpdateUserData", "userData": []})");
    row("DeleteUserData keys", agent, call,
        R"({"operationName": "DeleteUserData", "keys": "notalist"})");
    row("DeleteUserData keys element", agent, call,
        R"({"operationName": "DeleteUserData", "keys": ["a", 1]})");
    row("DeleteUserData key", agent, call, R"({"operationName": "DeleteUserData", "key": 1})");
    row("DeleteUserData userData", agent, call,
        R"({"operationName": "DeleteUserData", "userData": "a"})");
    row("DeleteUserDataPair key", agent, call,
        R"({"operationName": "DeleteUserDataPair", "key": 5})");
    row("Dial operationName", agent, dial, R"({"operationName": ["Dial"]})");
    row("Dial destination", agent, dial, R"({"operationName": "Dial", "destination": 5002})");
    row("Dial userData", agent, dial,
        R"({"operationName": "Dial", "destination": {"phoneNumber": "5002"}, "userData": "x"})");
    row("Dial userData value", agent, dial,
        R"({"operationName": "Dial", "destination": {"phoneNumber": "5002"},
            "userData": {"k": false}})");
    row("NotReady reasonCode", agent, voice, R"({"operationName": "NotReady", "reasonCode": 1})");
    row("voice operationName", agent, voice, R"({"operationName": true})");
    row("AfterCallWork wrapUpTime", agent, voice,
        R"({"operationName": "AfterCallWork", "wrapUpTime": "soon"})");
    row("Start place", agent, me, R"({"operationName": "StartContactCenterSession", "place": 1})");
    row("Start place null", agent, me,
        R"({"operationName": "StartContactCenterSession", "place": null})");
    row("Start channels", agent, me,
        R"({"operationName": "StartContactCenterSession", "channels": "voice"})");
    row("Start channels element", agent, me,
        R"({"operationName": "StartContactCenterSession", "channels": ["voice", 1]})");
    row("me operationName", agent, me, R"({"operationName": {}})");
    row("device operationName", agent, device, R"({"operationName": 1})");
    row("ListenIn targetDeviceUri", super, device,
        R"({"operationName": "ListenIn", "targetDeviceUri": 1})");
    row("ListenIn phoneNumber", super, device, R"({"operationName": "ListenIn", "phoneNumber": 5001})");
    row("ListenIn scope", super, device,
        R"({"operationName": "ListenIn", "phoneNumber": "5001", "supervisorMonitoringScope": 1})");
    row("ListenIn mode", super, device,
        R"({"operationName": "ListenIn", "phoneNumber": "5001", "supervisorMonitoringMode": true})");
    row("ListenIn mode null", super, device,
        R"({"operationName": "ListenIn", "phoneNumber": "5001", "supervisorMonitoringMode": null})");
    const QString ring = u"/sim/calls"_s;
    row("ring from", control, ring, R"({"from": 15551234567, "to": "5001"})");
    row("ring to", control, ring, R"({"from": "+15551234567", "to": 5001})");
    row("ring userData", control, ring, R"({"from": "+15551234567", "to": "5001", "userData": 1})");
    row("ring userData value", control, ring,
        R"({"from": "+15551234567", "to": "5001", "userData": {"k": [true]}})");
    const QString hangup = u"/sim/calls/{connection}/hangup"_s;
    row("hangup party", control, hangup, R"({"party": 123})");
    row("hangup party null", control, hangup, R"({"party": null})");
    row("hangup party array", control, hangup, R"({"party": ["+15551234567"]})");
    const QString faults = u"/sim/faults"_s;
    row("faults latencyMs", control, faults, R"({"latencyMs": "10"})");
    row("faults httpStatus", control, faults, R"({"httpStatus": "500"})");
    row("faults failCount", control, faults, R"({"failCount": true})");
    row("faults dropConnections", control, faults, R"({"dropConnections": "yes"})");
    row("faults hang", control, faults, R"({"hang": 1})");
    row("faults paths", control, faults, R"({"httpStatus": 500, "paths": 1})");
    row("faults latency null", control, faults, R"({"latencyMs": null, "httpStatus": 500})");
    row("burst userName", control, u"/sim/burst"_s, R"({"userName": 1})");
    row("burst count", control, u"/sim/burst"_s, R"({"userName": "agent1", "count": "10"})");
    row("invalidate userName", control, u"/sim/sessions/invalidate"_s, R"({"userName": ["agent1"]})");
}

void tst_SimWrongTypes::refusedAndNothingChanges()
{
    QFETCH(int, who);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    path.replace(u"{leg}"_s, m_leg)
        .replace(u"{connection}"_s, m_connection)
        .replace(u"{device}"_s,
                 who == int(Who::Supervisor) ? m_super->deviceId() : m_agent->deviceId());
    QVERIFY2(QJsonDocument::fromJson(body).isObject(), "the row's body is not JSON");
    const QJsonObject before = state();
    GwsTestClient *client = who == int(Who::Agent)        ? m_agent.get()
                            : who == int(Who::Supervisor) ? m_super.get()
                                                          : m_control.get();
    const HttpResult r = client->post(path, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), 10);
    QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
    QCOMPARE(state(), before);
}

QTEST_MAIN(tst_SimWrongTypes)
#include "tst_sim_wrongtypes.moc"
