#include "credentialstore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCredentials, "softphone.credentials")

namespace {
const QString kService = u"Softphone GWS"_s;
} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

QString CredentialStore::keyFor(const QUrl &server, const QString &user)
{
    return user + u'@' + server.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash).toString();
}

void CredentialStore::read(const QUrl &server, const QString &user, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server, user));
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        if (job->error() == QKeychain::NoError)
            done(job->textData(), {});
        else
            done({}, job->errorString());
    });
    job->start();
}

void CredentialStore::write(const QUrl &server, const QString &user, const QString &password,
                            WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server, user));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [job, done](QKeychain::Job *) {
        const bool ok = job->error() == QKeychain::NoError;
        if (!ok)
            qCWarning(lcCredentials).noquote() << "password not stored:" << job->errorString();
        done(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

void CredentialStore::remove(const QUrl &server, const QString &user)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setInsecureFallback(false);
    job->setKey(keyFor(server, user));
    job->start();
}
