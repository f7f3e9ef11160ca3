// https: a server with a certificate we do not trust is refused with a clear message;
// trusting its CA (what --ca-file does) lets the same client through.

#include "clientstack.h"
#include "gwssimulator.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void untrustedCertificateIsRefused();
    void trustedCaLetsTheClientIn();

private:
    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    // The process-wide default as it was: a test that trusts our CA there puts it back,
    // so no other test (or test order) sees the extra trust.
    QSslConfiguration m_defaultSsl = QSslConfiguration::defaultConfiguration();
    std::unique_ptr<GwsSimulator> m_sim;
};

void TestTls::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A fresh self-signed certificate for 127.0.0.1, made at test time.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                                 u"-keyout"_s, u"key.pem"_s, u"-out"_s, u"cert.pem"_s, u"-days"_s,
                                 u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s,
                                 u"subjectAltName=IP:127.0.0.1"_s});
    QVERIFY2(openssl.waitForFinished(30000), "openssl did not finish (scripts/setup.sh installs it)");
    QCOMPARE(openssl.exitCode(), 0);
    QFile keyFile(m_dir.filePath(u"key.pem"_s));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Rsa);
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_dir.filePath(u"cert.pem"_s));
    QCOMPARE(certs.size(), 1);
    m_cert = certs.first();
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(200);
    QVERIFY(m_sim->listenTls(m_cert, key));
    QCOMPARE(m_sim->baseUrl().scheme(), u"https"_s);
}

void TestTls::cleanup()
{
    QSslConfiguration::setDefaultConfiguration(m_defaultSsl);
}

void TestTls::untrustedCertificateIsRefused()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QSignalSpy errors(&a.session, &Session::errorOccurred);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Failed);
    QVERIFY2(errors.last().first().toString().contains(u"certificate"_s),
             qPrintable(errors.last().first().toString()));
}

void TestTls::trustedCaLetsTheClientIn()
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.addCaCertificate(m_cert);
    QSslConfiguration::setDefaultConfiguration(config);
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(a.loginAndWait());
    QVERIFY(a.control.dial(u"+15550600001"_s));
    QTRY_VERIFY(a.firstIn(CallState::Established)); // REST and CometD both over TLS
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_app_tls.moc"
