// A generated contact center (`gws-sim --agents N --supervisors M`, config `generate`):
// who is in it, that it is the same every time, that it starts quickly, and that its users
// log in and are listed as the team board reads them.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonArray allUsers(GwsTestClient &client, const QString &filter = {})
{
    QJsonArray all;
    for (int offset = 0;; offset += 500) {
        const HttpResult r = client.get(u"/api/v2/users?fields=*&limit=500&offset=%1"_s.arg(offset) +
                                        filter);
        const QJsonArray page = r.json.value("users"_L1).toArray();
        for (const QJsonValue &u : page)
            all.append(u);
        if (r.status != 200 || page.size() < 500)
            return all;
    }
}

} // namespace

class tst_SimGenerate : public QObject
{
    Q_OBJECT

private slots:
    void configGenerates();
    void addedToBuiltInUsers();
    void sameEveryTime();
    void thousandAgentsStartQuickly();
    void refused_data();
    void refused();
};

void tst_SimGenerate::configGenerates()
{
    GwsSimulator sim;
    QString error;
    QVERIFY2(sim.loadConfigJson(R"({"generate": {"agents": 300, "supervisors": 3}})", &error),
             qPrintable(error));
    QVERIFY(sim.listen());
    GwsTestClient sup(sim.baseUrl(), u"sup02"_s, u"sup02"_s);
    QVERIFY(sup.login());
    const QJsonArray users = allUsers(sup);
    QCOMPARE(users.size(), 303); // a config's users replace the built-in ones
    QCOMPARE(users.first()["userName"_L1].toString(), u"agent0001"_s);
    QCOMPARE(users.at(299)["userName"_L1].toString(), u"agent0300"_s);
    QCOMPARE(users.at(300)["userName"_L1].toString(), u"sup01"_s);
    QCOMPARE(users.at(300)["roles"_L1].toArray(),
             QJsonArray({u"ROLE_SUPERVISOR"_s, u"ROLE_AGENT"_s}));
    QCOMPARE(users.at(0)["roles"_L1].toArray(), QJsonArray({u"ROLE_AGENT"_s}));
    QSet<QString> lastNames, fullNames;
    for (const QJsonValue &u : users) {
        lastNames.insert(u["lastName"_L1].toString());
        fullNames.insert(u["firstName"_L1].toString() + u' ' + u["lastName"_L1].toString());
    }
    QVERIFY2(lastNames.size() >= 40, qPrintable(QString::number(lastNames.size())));
    QVERIFY2(fullNames.size() >= 250, qPrintable(QString::number(fullNames.size())));
    // Numbers: agents from 6001, supervisors from 5201; the team board's request.
    const HttpResult agents = sup.get(
        u"/api/v2/users?fields=*&subresources=devices&roles=ROLE_AGENT&devices.phoneNumber=6150&limit=100"_s);
    QCOMPARE(agents.json["users"_L1][0]["userName"_L1].toString(), u"agent0150"_s);
    QCOMPARE(
        sup.get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0]["phoneNumber"_L1].toString(),
        u"5202"_s);
    // A generated agent logs in with its name as password, and the board sees it Ready.
    GwsTestClient agent(sim.baseUrl(), u"agent0150"_s, u"agent0150"_s);
    QVERIFY(agent.login());
    const HttpResult listed = sup.get(
        u"/api/v2/users?fields=*&subresources=devices&userName=agent0150&limit=1"_s);
    QCOMPARE(listed.json["users"_L1][0]["devices"_L1][0]["userState"_L1]["state"_L1].toString(),
             u"Ready"_s);
}

void tst_SimGenerate::addedToBuiltInUsers()
{
    GwsSimulator sim;
    QString error;
    QVERIFY2(sim.addGeneratedUsers(20, 2, &error), qPrintable(error));
    QVERIFY(sim.listen());
    GwsTestClient super1(sim.baseUrl(), u"super1"_s, u"super1"_s);
    QVERIFY(super1.login());
    const QJsonArray users = allUsers(super1);
    QCOMPARE(users.size(), 4 + 22);
    QCOMPARE(users.first()["userName"_L1].toString(), u"agent1"_s);
    QCOMPARE(users.last()["userName"_L1].toString(), u"sup02"_s);
    // Added again: the names are taken.
    QVERIFY(!sim.addGeneratedUsers(1, 0, &error));
    QVERIFY(error.contains(u"agent0001"_s));
}

void tst_SimGenerate::sameEveryTime()
{
    QStringList runs[2];
    for (QStringList &names : runs) {
        GwsSimulator sim;
        QVERIFY(sim.addGeneratedUsers(50, 5));
        QVERIFY(sim.listen());
        GwsTestClient super1(sim.baseUrl(), u"super1"_s, u"super1"_s);
        for (const QJsonValue &u :
             allUsers(super1, u"&sortBy=lastName,firstName&roles=ROLE_AGENT"_s))
            names << u["id"_L1].toString() + u["firstName"_L1].toString() +
                         u["lastName"_L1].toString();
    }
    QCOMPARE(runs[0].size(), 4 + 55); // the built-in users have ROLE_AGENT too
    QCOMPARE(runs[0], runs[1]);
}

void tst_SimGenerate::thousandAgentsStartQuickly()
{
    // The bench (bench_sim_scale) prints the real figure; this catches a slow algorithm.
    QElapsedTimer timer;
    timer.start();
    GwsSimulator sim;
    QVERIFY(sim.addGeneratedUsers(1000, 20));
    QVERIFY(sim.listen());
    const qint64 ms = timer.elapsed();
    qInfo("1,020 generated users ready to serve in %lld ms", ms);
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    GwsTestClient sup(sim.baseUrl(), u"sup20"_s, u"sup20"_s);
    QVERIFY(sup.login());
    timer.restart();
    const HttpResult page = sup.get(u"/api/v2/users?fields=*&subresources=devices&roles=ROLE_AGENT"
                                    u"&sortBy=lastName,firstName&limit=100&offset=900"_s);
    qInfo("the board's last page of 100 from 1,024 users in %lld ms", timer.elapsed());
    QCOMPARE(page.json.value("users"_L1).toArray().size(), 100);
}

void tst_SimGenerate::refused_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative") << QByteArray(R"({"generate": {"agents": -1}})") << u"agents"_s;
    QTest::newRow("too many agents") << QByteArray(R"({"generate": {"agents": 10000}})")
                                     << u"9999"_s;
    QTest::newRow("too many supervisors") << QByteArray(R"({"generate": {"supervisors": 100}})")
                                          << u"99"_s;
    QTest::newRow("a word") << QByteArray(R"({"generate": {"agents": "many"}})") << u"generate"_s;
    QTest::newRow("a fraction") << QByteArray(R"({"generate": {"agents": 1.5}})") << u"generate"_s;
    QTest::newRow("not an object") << QByteArray(R"({"generate": 1000})") << u"generate"_s;
    QTest::newRow("nobody") << QByteArray(R"({"generate": {}})") << u"no users"_s;
    QTest::newRow("taken number")
        << QByteArray(R"({"users": [{"userName": "jane", "password": "p", "phoneNumber": "6001"}],
                          "generate": {"agents": 2}})")
        << u"taken"_s;
}

void tst_SimGenerate::refused()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, message);
    GwsSimulator sim;
    QString error;
    QVERIFY(!sim.loadConfigJson(config, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_MAIN(tst_SimGenerate)
#include "tst_sim_generate.moc"
