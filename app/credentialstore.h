#pragma once

#include "passwordstore.h"

#include <QObject>

// "Remember me": the password lives in the system keychain (QtKeychain: Secret Service,
// KWallet, ...), never in a file of ours. Without a keychain, remembering fails with a
// message; there is no plain-text fallback.
class CredentialStore : public QObject, public PasswordStore
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    void read(const QUrl &server, const QString &user, ReadCallback done) override;
    void write(const QUrl &server, const QString &user, const QString &password,
               WriteCallback done) override;
    void remove(const QUrl &server, const QString &user) override;

private:
    static QString keyFor(const QUrl &server, const QString &user);
};
