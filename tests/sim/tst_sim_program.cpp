// The gws-sim program: prints where it listens, serves, and stops cleanly on SIGTERM.
#include "gwstestclient.h"
#include "testcertificate.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

using namespace Qt::StringLiterals;

class tst_SimProgram : public QObject
{
    Q_OBJECT

private slots:
    void servesAndQuitsOnSigterm();
    void config();
    void tls();
    void withoutExtension();
    void usersListRole();
    void generatedContactCenter();
    void badArguments_data();
    void badArguments();

private:
    static QUrl startedUrl(QProcess &process);
};

QUrl tst_SimProgram::startedUrl(QProcess &process)
{
    if (!process.waitForStarted(5000))
        return {};
    QByteArray out;
    const bool lineOrExit = QTest::qWaitFor(
        [&] {
            out += process.readAllStandardOutput();
            return out.contains('\n') || process.state() == QProcess::NotRunning;
        },
        10000);
    if (!lineOrExit)
        return {};
    const QRegularExpression re(u"listening on (https?://127\\.0\\.0\\.1:\\d+)"_s);
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(out));
    return m.hasMatch() ? QUrl(m.captured(1)) : QUrl();
}

void tst_SimProgram::servesAndQuitsOnSigterm()
{
    QProcess sim;
    sim.start(QStringLiteral(GWS_SIM_EXECUTABLE),
              {u"--port"_s, u"0"_s, u"--answer-delay"_s, u"50"_s, u"--poll-timeout"_s, u"500"_s});
    const QUrl url = startedUrl(sim);
    QVERIFY(url.isValid());
    QVERIFY(url.port() > 0);

    GwsTestClient agent(url, u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    QVERIFY(agent.startNotifications());
    QCOMPARE(agent.dial(u"+15550001000"_s).statusCode(), 0);
    QVERIFY(!agent.waitForAnyCall(u"Established"_s).isEmpty());
    // The poll timeout from the command line is the one advertised.
    const HttpResult hs = agent.postJson(
        u"/api/v2/notifications"_s, QJsonArray{QJsonObject{{u"channel"_s, u"/meta/handshake"_s}}});
    QCOMPARE(hs.array[0]["advice"_L1]["timeout"_L1].toInt(), 500);

    sim.terminate(); // SIGTERM, with a long-poll held open
    QVERIFY(sim.waitForFinished(5000));
    QCOMPARE(sim.exitStatus(), QProcess::NormalExit);
    QCOMPARE(sim.exitCode(), 0);
}

void tst_SimProgram::config()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write(R"({"users": [{"userName": "jane", "password": "pw", "phoneNumber": "7001"}]})");
    file.close();
    QProcess sim;
    sim.start(QStringLiteral(GWS_SIM_EXECUTABLE), {u"--config"_s, file.fileName()});
    const QUrl url = startedUrl(sim);
    QVERIFY(url.isValid());
    GwsTestClient jane(url, u"jane"_s, u"pw"_s);
    QCOMPARE(jane.get(u"/api/v2/me"_s).status, 200);
    GwsTestClient agent(url, u"agent1"_s, u"agent1"_s);
    QCOMPARE(agent.get(u"/api/v2/me"_s).status, 401);
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
    QCOMPARE(sim.exitCode(), 0);
}

void tst_SimProgram::tls()
{
    QTemporaryDir dir;
    TestCertificate cert;
    QString error;
    QVERIFY2(TestCertificate::generate(dir.path(), &cert, &error), qPrintable(error));
    QProcess sim;
    sim.start(QStringLiteral(GWS_SIM_EXECUTABLE),
              {u"--tls-cert"_s, cert.certificateFile, u"--tls-key"_s, cert.keyFile});
    const QUrl url = startedUrl(sim);
    QCOMPARE(url.scheme(), u"https"_s);
    GwsTestClient agent(url, u"agent1"_s, u"agent1"_s);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(cert.certificate);
    agent.setSslConfiguration(ssl);
    QCOMPARE(agent.get(u"/api/v2/me"_s).status, 200);
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
    QCOMPARE(sim.exitCode(), 0);
}

void tst_SimProgram::withoutExtension()
{
    QProcess sim;
    sim.start(QStringLiteral(GWS_SIM_EXECUTABLE),
              {u"--without-extension"_s, u"agentStateSettings"_s, u"--without-extension"_s,
               u"errorMessages"_s});
    const QUrl url = startedUrl(sim);
    QVERIFY(url.isValid());
    GwsTestClient agent(url, u"agent1"_s, u"agent1"_s);
    const HttpResult r = agent.get(u"/api/v2/settings/agent-states"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.statusCode(), 6);
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
    QCOMPARE(sim.exitCode(), 0);
}

void tst_SimProgram::usersListRole()
{
    QProcess sim;
    sim.start(QStringLiteral(GWS_SIM_EXECUTABLE), {u"--users-list-role"_s, u"admin"_s});
    const QUrl url = startedUrl(sim);
    QVERIFY(url.isValid());
    GwsTestClient super2(url, u"super2"_s, u"super2"_s); // a supervisor, no admin role
    QCOMPARE(super2.get(u"/api/v2/users"_s).status, 403);
    GwsTestClient super1(url, u"super1"_s, u"super1"_s);
    QCOMPARE(super1.get(u"/api/v2/users"_s).status, 200);
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void tst_SimProgram::generatedContactCenter()
{
    QElapsedTimer timer;
    timer.start();
    QProcess sim;
    sim.start(QStringLiteral(GWS_SIM_EXECUTABLE),
              {u"--agents"_s, u"1000"_s, u"--supervisors"_s, u"20"_s,
               u"--max-connections-per-peer"_s, u"4096"_s});
    const QUrl url = startedUrl(sim);
    QVERIFY(url.isValid());
    qInfo("gws-sim with 1,024 users listening after %lld ms", timer.elapsed());
    GwsTestClient sup(url, u"sup20"_s, u"sup20"_s);
    const HttpResult r = sup.get(u"/api/v2/users?fields=userName&roles=ROLE_AGENT"
                                 u"&sortBy=devices.phoneNumber&order=Descending&limit=2"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json["users"_L1][0]["userName"_L1].toString(), u"agent1000"_s);
    QCOMPARE(r.json["users"_L1][1]["userName"_L1].toString(), u"agent0999"_s);
    GwsTestClient agent(url, u"agent1000"_s, u"agent1000"_s);
    QVERIFY(agent.login());
    QCOMPARE(agent.get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0]["phoneNumber"_L1].toString(),
             u"7000"_s);
    sim.terminate();
    QVERIFY(sim.waitForFinished(5000));
}

void tst_SimProgram::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port") << QStringList{u"--port"_s, u"http"_s};
    QTest::newRow("config") << QStringList{u"--config"_s, u"/nonexistent/sim.json"_s};
    QTest::newRow("delay") << QStringList{u"--answer-delay"_s, u"-5"_s};
    QTest::newRow("unknown extension") << QStringList{u"--without-extension"_s, u"activeCalls"_s};
    QTest::newRow("unknown extension on") << QStringList{u"--with-extension"_s, u"activeCalls"_s};
    QTest::newRow("users list role") << QStringList{u"--users-list-role"_s, u"everyone"_s};
    QTest::newRow("agents word") << QStringList{u"--agents"_s, u"many"_s};
    QTest::newRow("too many agents") << QStringList{u"--agents"_s, u"10000"_s};
    QTest::newRow("per-peer cap 0") << QStringList{u"--max-connections-per-peer"_s, u"0"_s};
    QTest::newRow("cert without key") << QStringList{u"--tls-cert"_s, u"/etc/hostname"_s};
    QTest::newRow("missing cert") << QStringList{u"--tls-cert"_s, u"/nonexistent/c.pem"_s,
                                                 u"--tls-key"_s, u"/etc/hostname"_s};
    QTest::newRow("not PEM") << QStringList{u"--tls-cert"_s, u"/etc/hostname"_s, u"--tls-key"_s,
                                            u"/etc/hostname"_s};
}

void tst_SimProgram::badArguments()
{
    QFETCH(QStringList, arguments);
    QProcess sim;
    sim.start(QStringLiteral(GWS_SIM_EXECUTABLE), arguments);
    QVERIFY(sim.waitForFinished(5000));
    QCOMPARE(sim.exitCode(), 2);
    QVERIFY(!sim.readAllStandardError().isEmpty());
}

QTEST_MAIN(tst_SimProgram)
#include "tst_sim_program.moc"
