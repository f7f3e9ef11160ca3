#pragma once

#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>

class QNetworkAccessManager;

// What this client trusts, for its own network manager only (never the process-wide
// default): extra CA certificates (--ca-file) and, optionally, pinned public keys
// (--pin-sha256, the base64 SHA-256 of the certificate's SubjectPublicKeyInfo, as curl's
// --pinnedpubkey). A refused certificate is described (subject, issuer, validity,
// fingerprint) on the reply, for the message the agent sees.
class TlsPolicy : public QObject
{
    Q_OBJECT
public:
    explicit TlsPolicy(QNetworkAccessManager *network, QObject *parent = nullptr);

    void addCaCertificates(const QList<QSslCertificate> &certificates);
    void setPinnedKeys(const QStringList &sha256Base64);
    // The configuration every HTTPS request of this client carries.
    QSslConfiguration configuration() const;

    static QString publicKeyPin(const QSslCertificate &certificate);
    static QString describe(const QSslCertificate &certificate);
    // Reply properties set on refusal (read by GwsRequest and CometdClient).
    static constexpr const char *kDetailsProperty = "tlsRefusalDetails";
    static constexpr const char *kPinProperty = "tlsPinRefused";

private:
    QList<QSslCertificate> m_extraCas;
    QStringList m_pins;
};
