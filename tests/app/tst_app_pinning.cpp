// TLS trust of one client, without touching the process-wide default: an extra CA, pinned
// public keys (--pin-sha256, in curl's --pinnedpubkey form), and a refusal that says which
// certificate it was.

#include "clientstack.h"
#include "gwssimulator.h"
#include "testcertificate.h"
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
    // The simulator tests' self-signed certificate for 127.0.0.1, made by openssl now.
    TestCertificate made;
    QString error;
    QVERIFY2(TestCertificate::generate(m_dir.path(), &made, &error), qPrintable(error));
    m_cert = made.certificate;
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listenTls(m_cert, made.key));
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
    QVERIFY(a.control.dial(u"+15550600002"_s));
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
