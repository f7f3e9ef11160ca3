#include "passwordstore.h"

#include <QEventLoop>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPasswordStore, "softphone.credentials")

QString PasswordStore::readNow(const QUrl &server, const QString &user)
{
    QEventLoop loop;
    QString password;
    bool answered = false;
    read(server, user, [&](const QString &found, const QString &error) {
        password = found;
        if (!error.isEmpty())
            qCInfo(lcPasswordStore).noquote() << "no remembered password:" << error;
        answered = true;
        loop.quit();
    });
    if (!answered) // a store may answer at once, before the loop runs
        loop.exec();
    return password;
}
