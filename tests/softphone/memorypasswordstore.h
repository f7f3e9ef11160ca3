#pragma once

// A password store in memory for tests: answers later from the event loop, as the
// keychain does, and lets a test see (and seed) what is remembered.

#include "passwordstore.h"

#include <QHash>
#include <QObject>

#include <functional>

class MemoryPasswordStore : public QObject, public PasswordStore
{
public:
    void read(const QUrl &server, const QString &user, ReadCallback done) override
    {
        if (onRead)
            onRead();
        const QString password = m_passwords.value(key(server, user));
        QMetaObject::invokeMethod(this, [done, password] { done(password, {}); },
                                  Qt::QueuedConnection);
    }
    void write(const QUrl &server, const QString &user, const QString &password,
               WriteCallback done) override
    {
        m_passwords.insert(key(server, user), password);
        QMetaObject::invokeMethod(this, [done] { done(true, {}); }, Qt::QueuedConnection);
    }
    void remove(const QUrl &server, const QString &user) override
    {
        m_passwords.remove(key(server, user));
    }

    bool contains(const QUrl &server, const QString &user) const
    {
        return m_passwords.contains(key(server, user));
    }
    QString stored(const QUrl &server, const QString &user) const
    {
        return m_passwords.value(key(server, user));
    }
    void seed(const QUrl &server, const QString &user, const QString &password)
    {
        m_passwords.insert(key(server, user), password);
    }

    std::function<void()> onRead; // called as each read begins

private:
    static QString key(const QUrl &server, const QString &user)
    {
        return user + u'@' + server.toString();
    }

    QHash<QString, QString> m_passwords;
};
