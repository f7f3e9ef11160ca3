// Disposition codes: the documented settings group and SetCallDisposition on the call URI
// and on the device URI (callUri + callUuid), on a live call (user data and
// AttachedDataChanged) and on a released one (statusCode 0, no notification; seen through
// GET /sim/dispositions), and what the simulator refuses.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class tst_SimDispositions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void settingsAsDocumented();
    void settingsFromConfig();
    void liveCallOnCallUri();
    void liveCallOnDeviceUriWithKey();
    void releasedCallOnDeviceUri();
    void releasedCallOnCallUri();
    void refused_data();
    void refused();
    void anotherAgentsCallIsNotFound();

private:
    // An outside caller rings agent1, who answers: the agent's call resource.
    QJsonObject answeredCall();
    QJsonArray record();
    // Nothing about calls reached agent1 from `mark` on: a device event sent after the
    // request arrives, and no call message came before it.
    void expectNoCallMessageSince(int mark);

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimDispositions::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listen());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    QVERIFY(m_agent->login());
    QVERIFY(m_agent->startNotifications());
}

void tst_SimDispositions::cleanup()
{
    m_agent.reset();
    m_control.reset();
    m_sim.reset();
}

QJsonObject tst_SimDispositions::answeredCall()
{
    const int mark = m_agent->mark();
    const HttpResult r = m_control->post(
        u"/sim/calls"_s, QJsonObject{{u"from"_s, u"+15550001111"_s}, {u"to"_s, u"5001"_s}});
    if (r.status != 200)
        return {};
    const QString id = m_agent->waitForAnyCall(u"Ringing"_s).value("id"_L1).toString();
    if (m_agent->operate(id, u"Answer"_s).statusCode() != 0)
        return {};
    return m_agent->waitForCall(id, u"Established"_s, 5000, mark);
}

QJsonArray tst_SimDispositions::record()
{
    return m_control->get(u"/sim/dispositions"_s).json.value("dispositions"_L1).toArray();
}

void tst_SimDispositions::expectNoCallMessageSince(int mark)
{
    QCOMPARE(m_agent->deviceOperation(u"DoNotDisturbOn"_s).statusCode(), 0);
    const QJsonObject device = m_agent->waitForDevice(
        [](const QJsonObject &d) { return d.value("doNotDisturb"_L1) == "On"_L1; }, mark);
    QVERIFY(!device.isEmpty());
    for (int i = mark; i < m_agent->events().size(); ++i)
        QVERIFY2(m_agent->events().at(i)["data"_L1]["messageType"_L1] != "CallStateChangeMessage"_L1,
                 "a released call's disposition is notified to nobody");
}

void tst_SimDispositions::settingsAsDocumented()
{
    const HttpResult r = m_agent->get(u"/api/v2/settings/dispositions"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.statusCode(), 0);
    QCOMPARE(r.json.value("key"_L1).toString(), u"name"_s);
    const QJsonArray settings = r.json.value("settings"_L1).toArray();
    QVERIFY(settings.size() >= 4 && settings.size() <= 6);
    // The documented sample's first entries, exactly in its shape.
    QCOMPARE(settings.at(0).toObject(),
             (QJsonObject{{u"displayName"_s, u"Issue Resolved"_s}, {u"name"_s, u"IssueResolved"_s}}));
    QCOMPARE(settings.at(1).toObject(),
             (QJsonObject{{u"displayName"_s, u"Issue Escalated"_s},
                          {u"name"_s, u"EscalationCreated"_s}}));
    for (const QJsonValue &v : settings)
        QCOMPARE(v.toObject().keys(), (QStringList{u"displayName"_s, u"name"_s}));
    QCOMPARE(m_agent->post(u"/api/v2/settings/dispositions"_s, QJsonObject{{u"operationName"_s, u"x"_s}})
                 .status,
             405);
}

void tst_SimDispositions::settingsFromConfig()
{
    QString error;
    QVERIFY2(m_sim->loadConfigJson(R"({"users":[{"userName":"agent1","password":"agent1",
                                      "phoneNumber":"5001"}],
                                      "dispositions":["Sold",{"name":"NoSale","displayName":"No sale"}]})",
                                   &error),
             qPrintable(error));
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    QJsonArray settings = agent.get(u"/api/v2/settings/dispositions"_s).json["settings"_L1].toArray();
    QCOMPARE(settings,
             (QJsonArray{QJsonObject{{u"displayName"_s, u"Sold"_s}, {u"name"_s, u"Sold"_s}},
                         QJsonObject{{u"displayName"_s, u"No sale"_s}, {u"name"_s, u"NoSale"_s}}}));

    QVERIFY(m_sim->loadConfigJson(R"({"users":[{"userName":"agent1","password":"agent1",
                                     "phoneNumber":"5001"}], "dispositions":[]})"));
    GwsTestClient again(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(again.login());
    const HttpResult r = again.get(u"/api/v2/settings/dispositions"_s);
    QCOMPARE(r.statusCode(), 0);
    QCOMPARE(r.json["settings"_L1].toArray(), QJsonArray());
}

void tst_SimDispositions::liveCallOnCallUri()
{
    const QJsonObject call = answeredCall();
    const QString id = call.value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    const int mark = m_agent->mark();
    QCOMPARE(m_agent->operate(id, u"SetCallDisposition"_s,
                              {{u"disposition"_s, u"IssueResolved"_s}})
                 .statusCode(),
             0);
    const QJsonObject changed = m_agent->waitForNotification(id, u"AttachedDataChanged"_s, mark);
    QCOMPARE(changed["userData"_L1]["DispositionCode"_L1].toString(), u"IssueResolved"_s);
    const QJsonArray r = record();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0)["released"_L1].toBool(), false);
    QCOMPARE(r.at(0)["via"_L1].toString(), u"call"_s);
    QCOMPARE(r.at(0)["callUuid"_L1].toString(), call.value("callUuid"_L1).toString());
}

void tst_SimDispositions::liveCallOnDeviceUriWithKey()
{
    const QJsonObject call = answeredCall();
    const QString id = call.value("id"_L1).toString();
    const int mark = m_agent->mark();
    QCOMPARE(m_agent->deviceOperation(u"SetCallDisposition"_s,
                                      {{u"callUri"_s, m_agent->callUri(id)},
                                       {u"callUuid"_s, call.value("callUuid"_L1)},
                                       {u"disposition"_s, u"SaleCompleted"_s},
                                       {u"dispositionKey"_s, u"Outcome"_s}})
                 .statusCode(),
             0);
    const QJsonObject changed = m_agent->waitForNotification(id, u"AttachedDataChanged"_s, mark);
    QCOMPARE(changed["userData"_L1]["Outcome"_L1].toString(), u"SaleCompleted"_s);
    QVERIFY(!changed["userData"_L1].toObject().contains("DispositionCode"_L1));
    QCOMPARE(record().at(0)["via"_L1].toString(), u"device"_s);
}

void tst_SimDispositions::releasedCallOnDeviceUri()
{
    const QJsonObject call = answeredCall();
    const QString id = call.value("id"_L1).toString();
    QCOMPARE(m_agent->operate(id, u"Hangup"_s).statusCode(), 0);
    QVERIFY(!m_agent->waitForCall(id, u"Released"_s).isEmpty());
    const int mark = m_agent->mark();
    QCOMPARE(m_agent->deviceOperation(u"SetCallDisposition"_s,
                                      {{u"callUri"_s, m_agent->callUri(id)},
                                       {u"callUuid"_s, call.value("callUuid"_L1)},
                                       {u"disposition"_s, u"WrongNumber"_s}})
                 .statusCode(),
             0);
    expectNoCallMessageSince(mark);
    const QJsonArray r = record();
    QCOMPARE(r.size(), 1);
    QCOMPARE(r.at(0)["released"_L1].toBool(), true);
    QCOMPARE(r.at(0)["disposition"_L1].toString(), u"WrongNumber"_s);
    QCOMPARE(r.at(0)["dispositionKey"_L1].toString(), u"DispositionCode"_s);
    QCOMPARE(r.at(0)["legId"_L1].toString(), id);
    // Only the callUuid names the call too, while the agent's leg is live; once released
    // the callUri is needed to tell which leg.
    QCOMPARE(m_agent->deviceOperation(u"SetCallDisposition"_s,
                                      {{u"callUuid"_s, call.value("callUuid"_L1)},
                                       {u"disposition"_s, u"WrongNumber"_s}})
                 .status,
             404);
    QCOMPARE(m_control->deleteResource(u"/sim/dispositions"_s).statusCode(), 0);
    QCOMPARE(record().size(), 0);
}

void tst_SimDispositions::releasedCallOnCallUri()
{
    const QString id = answeredCall().value("id"_L1).toString();
    QCOMPARE(m_control->post(u"/sim/calls/%1/hangup"_s.arg(id), QByteArray()).statusCode(), 0);
    QVERIFY(!m_agent->waitForCall(id, u"Released"_s).isEmpty());
    const int mark = m_agent->mark();
    QCOMPARE(m_agent->operate(id, u"SetCallDisposition"_s, {{u"disposition"_s, u"IssueResolved"_s}})
                 .statusCode(),
             0);
    expectNoCallMessageSince(mark);
    QCOMPARE(record().at(0)["released"_L1].toBool(), true);
    // Other operations still find no call there.
    QCOMPARE(m_agent->operate(id, u"UpdateUserData"_s, {{u"userData"_s, QJsonObject{{u"a"_s, u"b"_s}}}})
                 .status,
             404);
}

void tst_SimDispositions::refused_data()
{
    QTest::addColumn<bool>("onDevice");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    const QJsonObject ok{{u"disposition"_s, u"IssueResolved"_s}};
    auto with = [&](const char *key, const QJsonValue &value) {
        QJsonObject b = ok;
        b.insert(QLatin1String(key), value);
        return b;
    };
    QTest::newRow("call: no disposition") << false << QJsonObject() << 400 << 1;
    QTest::newRow("call: empty disposition") << false << with("disposition", u""_s) << 400 << 1;
    QTest::newRow("call: disposition a number") << false << with("disposition", 5) << 400 << 10;
    QTest::newRow("call: disposition null") << false << with("disposition", QJsonValue()) << 400 << 10;
    QTest::newRow("call: dispositionKey a number") << false << with("dispositionKey", 3) << 400 << 10;
    QTest::newRow("call: dispositionKey empty") << false << with("dispositionKey", u""_s) << 400 << 10;
    QTest::newRow("device: no callUri") << true << ok << 400 << 1;
    QTest::newRow("device: callUri a number") << true << with("callUri", 7) << 400 << 10;
    QTest::newRow("device: callUuid an object") << true << with("callUuid", QJsonObject()) << 400 << 10;
    QTest::newRow("device: unknown call") << true << with("callUri", u"/api/v2/me/calls/nope"_s) << 404 << 6;
    QTest::newRow("device: wrong callUuid") << true << with("callUuid", u"not-this-call"_s) << 400 << 10;
}

void tst_SimDispositions::refused()
{
    QFETCH(bool, onDevice);
    QFETCH(QJsonObject, body);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    const QString id = answeredCall().value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    if (onDevice && body.contains("callUuid"_L1) && !body.contains("callUri"_L1))
        body.insert(u"callUri"_s, m_agent->callUri(id));
    const HttpResult r = onDevice ? m_agent->deviceOperation(u"SetCallDisposition"_s, body)
                                  : m_agent->operate(id, u"SetCallDisposition"_s, body);
    QCOMPARE(r.status, httpStatus);
    QCOMPARE(r.statusCode(), statusCode);
    QCOMPARE(record().size(), 0);
    QVERIFY(!m_agent->call(id)["userData"_L1].toObject().contains("DispositionCode"_L1));
    // An unknown call by its call URI, too.
    QCOMPARE(m_agent->operate(u"nope"_s, u"SetCallDisposition"_s,
                              {{u"disposition"_s, u"IssueResolved"_s}}).status,
             404);
    // The device URI of someone else's device.
    QCOMPARE(m_agent->post(u"/api/v2/me/devices/someone-else"_s,
                           QJsonObject{{u"operationName"_s, u"SetCallDisposition"_s},
                                       {u"callUri"_s, m_agent->callUri(id)},
                                       {u"disposition"_s, u"IssueResolved"_s}})
                 .status,
             404);
}

void tst_SimDispositions::anotherAgentsCallIsNotFound()
{
    const QJsonObject call = answeredCall();
    const QString id = call.value("id"_L1).toString();
    GwsTestClient other(m_sim->baseUrl(), u"agent2"_s, u"agent2"_s);
    QVERIFY(other.login());
    QCOMPARE(other.operate(id, u"SetCallDisposition"_s, {{u"disposition"_s, u"IssueResolved"_s}})
                 .status,
             404);
    QCOMPARE(other.deviceOperation(u"SetCallDisposition"_s,
                                   {{u"callUri"_s, m_agent->callUri(id)},
                                    {u"callUuid"_s, call.value("callUuid"_L1)},
                                    {u"disposition"_s, u"IssueResolved"_s}})
                 .status,
             404);
    QCOMPARE(record().size(), 0);
}

QTEST_GUILESS_MAIN(tst_SimDispositions)
#include "tst_sim_dispositions.moc"
