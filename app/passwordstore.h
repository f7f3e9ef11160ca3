#pragma once

#include <QString>
#include <QUrl>
#include <functional>

// Where "Remember me" keeps an agent's password, one per server and user. The program
// uses the system keychain (CredentialStore); tests hand the Application an in-memory one.
class PasswordStore
{
public:
    using ReadCallback = std::function<void(const QString &password, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    PasswordStore() = default;
    PasswordStore(const PasswordStore &) = delete;
    PasswordStore &operator=(const PasswordStore &) = delete;
    virtual ~PasswordStore() = default;

    // Each may answer later, from the event loop. An empty password read: none stored.
    virtual void read(const QUrl &server, const QString &user, ReadCallback done) = 0;
    virtual void write(const QUrl &server, const QString &user, const QString &password,
                       WriteCallback done) = 0;
    virtual void remove(const QUrl &server, const QString &user) = 0;

    // read() waited for in a local event loop; empty if none (or no store). For tools
    // and tests: the application reads asynchronously, with its window alive.
    QString readNow(const QUrl &server, const QString &user);
};
