#include "tlspolicy.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTls, "softphone.tls", QtInfoMsg)

TlsPolicy::TlsPolicy(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
{
    connect(network, &QNetworkAccessManager::sslErrors, this,
            [](QNetworkReply *reply, const QList<QSslError> &errors) {
                // Never ignored: only described, so the refusal says which certificate.
                for (const QSslError &e : errors) {
                    if (!e.certificate().isNull()) {
                        reply->setProperty(kDetailsProperty, describe(e.certificate()));
                        break;
                    }
                }
            });
    connect(network, &QNetworkAccessManager::encrypted, this, [this](QNetworkReply *reply) {
        if (m_pins.isEmpty())
            return;
        const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
        if (m_pins.contains(publicKeyPin(peer)))
            return;
        qCWarning(lcTls).noquote() << "certificate key not pinned:" << describe(peer);
        reply->setProperty(kPinProperty, true);
        reply->setProperty(kDetailsProperty, describe(peer));
        reply->abort(); // before a byte of the request body or credentials is read back
    });
}

void TlsPolicy::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_extraCas.append(certificates);
}

QSslConfiguration TlsPolicy::configuration() const
{
    // Made when asked: the default configuration loads the TLS backend (OpenSSL, some
    // 4 MiB and 15 ms), which a plain-HTTP server (the built-in simulator) never needs.
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(m_extraCas);
    return configuration;
}

void TlsPolicy::setPinnedKeys(const QStringList &sha256Base64)
{
    m_pins = sha256Base64;
}

QString TlsPolicy::publicKeyPin(const QSslCertificate &certificate)
{
    const QByteArray spki = certificate.publicKey().toDer();
    return QString::fromLatin1(QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64());
}

QString TlsPolicy::describe(const QSslCertificate &c)
{
    const auto first = [](const QStringList &list) { return list.value(0); };
    return tr("issued to %1 by %2, valid %3 to %4, SHA-256 fingerprint %5, key pin %6")
        .arg(first(c.subjectInfo(QSslCertificate::CommonName)),
             first(c.issuerInfo(QSslCertificate::CommonName)),
             c.effectiveDate().toString(Qt::ISODate), c.expiryDate().toString(Qt::ISODate),
             QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex(':')),
             publicKeyPin(c));
}
