// The simulator over TLS: a certificate generated at test time with openssl; a client that
// trusts it gets through (REST and CometD), one that does not is refused.
#include "gwssimulator.h"
#include "gwstestclient.h"
#include "testcertificate.h"

#include <QNetworkReply>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class tst_SimTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void trustedClientGetsThrough();
    void untrustedClientRefused_data();
    void untrustedClientRefused();
    void plainHttpGetsNoAnswer();
    void nullCertificateRefused();

private:
    QSslConfiguration trusting() const;

    QTemporaryDir m_dir;
    TestCertificate m_cert;
    std::unique_ptr<GwsSimulator> m_sim;
};

void tst_SimTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(TestCertificate::generate(m_dir.path(), &m_cert, &error), qPrintable(error));
}

void tst_SimTls::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(50);
    QVERIFY(m_sim->listenTls(m_cert.certificate, m_cert.key));
    QCOMPARE(m_sim->baseUrl().scheme(), u"https"_s);
    QCOMPARE(m_sim->baseUrl().host(), u"127.0.0.1"_s);
}

void tst_SimTls::cleanup()
{
    m_sim.reset();
}

QSslConfiguration tst_SimTls::trusting() const
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(m_cert.certificate); // self-signed: its own CA
    return ssl;
}

void tst_SimTls::trustedClientGetsThrough()
{
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    agent.setSslConfiguration(trusting());
    QVERIFY(agent.login());
    QVERIFY(agent.startNotifications());
    QCOMPARE(agent.dial(u"+15550003000"_s).statusCode(), 0);
    const QJsonObject call = agent.waitForAnyCall(u"Established"_s);
    QVERIFY(!call.isEmpty());
    QVERIFY(call.value("uri"_L1).toString().startsWith("https://127.0.0.1:"_L1));
}

void tst_SimTls::untrustedClientRefused_data()
{
    QTest::addColumn<bool>("otherCa");
    QTest::newRow("system CAs") << false;
    QTest::newRow("another CA") << true;
}

void tst_SimTls::untrustedClientRefused()
{
    QFETCH(bool, otherCa);
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    if (otherCa) {
        QTemporaryDir dir;
        TestCertificate other;
        QString error;
        QVERIFY2(TestCertificate::generate(dir.path(), &other, &error), qPrintable(error));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(other.certificate);
        agent.setSslConfiguration(ssl);
    }
    const HttpResult r = agent.get(u"/api/v2/me"_s);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.networkError, int(QNetworkReply::SslHandshakeFailedError));
    // The server goes on serving those who trust it.
    GwsTestClient trusted(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    trusted.setSslConfiguration(trusting());
    QCOMPARE(trusted.get(u"/api/v2/me"_s).status, 200);
}

void tst_SimTls::plainHttpGetsNoAnswer()
{
    QUrl plain = m_sim->baseUrl();
    plain.setScheme(u"http"_s);
    GwsTestClient agent(plain, u"agent1"_s, u"agent1"_s);
    const HttpResult r = agent.get(u"/api/v2/me"_s);
    QVERIFY(r.status != 200);
}

void tst_SimTls::nullCertificateRefused()
{
    GwsSimulator sim;
    QVERIFY(!sim.listenTls(QSslCertificate(), m_cert.key));
    QVERIFY(!sim.listenTls(m_cert.certificate, QSslKey()));
}

QTEST_MAIN(tst_SimTls)
#include "tst_sim_tls.moc"
