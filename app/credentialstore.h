#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

// "Remember me": the password lives in the system keychain (QtKeychain: Secret Service,
// KWallet, ...), never in a file of ours. Without a keychain, remembering fails with a
// message; there is no plain-text fallback.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    explicit CredentialStore(QObject *parent = nullptr);

    using ReadCallback = std::function<void(const QString &password, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    void read(const QUrl &server, const QString &user, ReadCallback done);
    void write(const QUrl &server, const QString &user, const QString &password, WriteCallback done);
    void remove(const QUrl &server, const QString &user);

    // Blocking read for start-up, before any window exists. Empty if none (or no keychain).
    QString readNow(const QUrl &server, const QString &user);

private:
    static QString keyFor(const QUrl &server, const QString &user);
};
