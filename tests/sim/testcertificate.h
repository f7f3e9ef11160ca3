#pragma once

// A self-signed certificate for 127.0.0.1, made by the openssl program at test time (no
// key material in the repository), for the simulator's TLS tests.

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

struct TestCertificate
{
    QString certificateFile; // PEM
    QString keyFile;         // PEM, EC P-256
    QSslCertificate certificate;
    QSslKey key;

    // Writes cert.pem and key.pem into `directory`; on failure says why in `error`.
    static bool generate(const QString &directory, TestCertificate *out, QString *error);
};
