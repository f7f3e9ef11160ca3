// TLS trust of one client, without touching the process-wide default: an extra CA, pinned
// public keys (--pin-sha256, in curl's --pinnedpubkey form), and a refusal that says which
// certificate it was.

#include "clientstack.h"
#include "gwssimulator.h"
#include "tlspolicy.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class TestPinning : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pinMatchesOpenssl();
    void pinnedKeyLetsTheClientIn();
    void otherKeyIsRefusedWithDetails();
    void untrustedCertificateIsDescribed();

private:
    QString opensslPin();

    QTemporaryDir m_dir;
    QSslCertificate m_cert;
    std::unique_ptr<GwsSimulator> m_sim;
};

void TestPinning::initTestCase()
{
    QVERIFY(m_dir.isValid());
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
    QVERIFY(m_sim->listenTls(m_cert, key));
}

QString TestPinning::opensslPin()
{
    // The pin as curl documents computing it, by another implementation than ours.
    QProcess shell;
    shell.setWorkingDirectory(m_dir.path());
    shell.start(u"sh"_s, {u"-c"_s, u"openssl x509 -in cert.pem -pubkey -noout | openssl pkey "
                                   u"-pubin -outform der | openssl dgst -sha256 -binary | base64"_s});
    if (!shell.waitForFinished(30000) || shell.exitCode() != 0)
        return {};
    return QString::fromLatin1(shell.readAllStandardOutput().trimmed());
}

void TestPinning::pinMatchesOpenssl()
{
    const QString expected = opensslPin();
    QVERIFY(!expected.isEmpty());
    QCOMPARE(TlsPolicy::publicKeyPin(m_cert), expected);
}

void TestPinning::pinnedKeyLetsTheClientIn()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    TlsPolicy tls(&a.network);
    tls.addCaCertificates({m_cert});
    tls.setPinnedKeys({u"AAAA"_s, opensslPin()});
    a.client.setSslConfiguration(tls.configuration());
    QVERIFY(a.loginAndWait()); // REST and CometD both
    QVERIFY(a.session.dial(u"+15550600002"_s));
    QTRY_VERIFY(a.firstIn(CallState::Dialing) || a.firstIn(CallState::Established));
}

void TestPinning::otherKeyIsRefusedWithDetails()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    TlsPolicy tls(&a.network);
    tls.addCaCertificates({m_cert}); // trusted, but not the pinned key
    tls.setPinnedKeys({u"47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="_s});
    a.client.setSslConfiguration(tls.configuration());
    QSignalSpy errors(&a.session, &Session::errorOccurred);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Failed);
    const QString message = errors.last().first().toString();
    QVERIFY2(message.contains(u"pinned"_s), qPrintable(message));
    QVERIFY2(message.contains(TlsPolicy::publicKeyPin(m_cert)), qPrintable(message));
    QVERIFY(message.contains(u"127.0.0.1"_s)); // whose certificate it was
}

void TestPinning::untrustedCertificateIsDescribed()
{
    ClientStack a(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    TlsPolicy tls(&a.network); // no extra CA: the self-signed certificate is not trusted
    a.client.setSslConfiguration(tls.configuration());
    QSignalSpy errors(&a.session, &Session::errorOccurred);
    a.session.login();
    QTRY_COMPARE(a.session.status(), Session::Status::Failed);
    const QString message = errors.last().first().toString();
    const QString fingerprint =
        QString::fromLatin1(m_cert.digest(QCryptographicHash::Sha256).toHex(':'));
    QVERIFY2(message.contains(u"certificate"_s) && message.contains(fingerprint),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestPinning)
#include "tst_app_pinning.moc"
