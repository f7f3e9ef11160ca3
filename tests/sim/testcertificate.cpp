#include "testcertificate.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

bool TestCertificate::generate(const QString &directory, TestCertificate *out, QString *error)
{
    out->certificateFile = directory + u"/cert.pem"_s;
    out->keyFile = directory + u"/key.pem"_s;
    QProcess openssl;
    // EC keys take milliseconds where RSA takes a noticeable fraction of a second; the IP
    // subjectAltName is what a client checks for https://127.0.0.1.
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, out->keyFile,
                   u"-out"_s, out->certificateFile, u"-days"_s, u"1"_s, u"-subj"_s,
                   u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit ||
        openssl.exitCode() != 0) {
        *error = u"openssl failed (scripts/setup.sh installs it): "_s +
                 QString::fromLocal8Bit(openssl.readAllStandardError()) + openssl.errorString();
        return false;
    }
    QFile cert(out->certificateFile), key(out->keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *error = u"cannot read what openssl wrote"_s;
        return false;
    }
    out->certificate = QSslCertificate(cert.readAll(), QSsl::Pem);
    out->key = QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem);
    if (out->certificate.isNull() || out->key.isNull()) {
        *error = u"openssl wrote no usable PEM certificate and EC key"_s;
        return false;
    }
    return true;
}
