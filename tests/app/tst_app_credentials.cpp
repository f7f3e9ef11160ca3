// Credentials: never written to disk in plain text, never logged.

#include "clientstack.h"
#include "credentialstore.h"
#include "gwssimulator.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString kPassword = u"Zq9-Secr3t!pw"_s;
QStringList g_messages;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(QString::fromLatin1(context.category) + u' ' + message);
}

bool anyFileContains(const QString &root, const QByteArray &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rememberMeNeverFallsBackToPlainText();
    void logsNeverContainSecrets();

private:
    QTemporaryDir m_home;
};

void TestCredentials::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything this process might write lands under one folder we can search.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + u"/data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_home.path() + u"/cache"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"SoftphoneTest"_s);
    QCoreApplication::setApplicationName(u"tst_app_credentials"_s);
}

void TestCredentials::rememberMeNeverFallsBackToPlainText()
{
    CredentialStore store;
    bool done = false;
    bool stored = false;
    store.write(QUrl(u"https://gws.example.com"_s), u"carol"_s, kPassword,
                [&](bool ok, const QString &error) {
                    done = true;
                    stored = ok;
                    if (!ok)
                        QVERIFY(!error.isEmpty()); // a reason the UI can show
                });
    QTRY_VERIFY(done);
    QSettings().sync();
    // With or without a keychain daemon on this machine, no file of ours holds the password.
    QVERIFY(!anyFileContains(m_home.path(), kPassword.toUtf8()));
    if (stored) {
        QCOMPARE(store.readNow(QUrl(u"https://gws.example.com"_s), u"carol"_s), kPassword);
        store.remove(QUrl(u"https://gws.example.com"_s), u"carol"_s);
    }
}

void TestCredentials::logsNeverContainSecrets()
{
    GwsSimulator sim;
    const QByteArray config = R"({"users":[{"userName":"carol","password":")" + kPassword.toUtf8()
                              + R"(","phoneNumber":"7001"}]})";
    QString error;
    QVERIFY2(sim.loadConfigJson(config, &error), qPrintable(error));
    QVERIFY(sim.listen());

    // Everything the client side can log, at the most verbose level. (The in-process
    // simulator's own Qt HTTP server debug log is the server's business, not ours.)
    QLoggingCategory::setFilterRules(u"softphone.*.debug=true\nqt.network.*.debug=true"_s);
    g_messages.clear();
    const auto previous = qInstallMessageHandler(capture);
    {
        ClientStack a(sim.baseUrl(), u"carol"_s, kPassword);
        a.session.login();
        QVERIFY(QTest::qWaitFor([&] { return a.session.status() == Session::Status::Online; }, 5000));
        a.session.dial(u"+15550001111"_s);
        QVERIFY(QTest::qWaitFor([&] { return a.calls.callCount() > 0; }, 5000));
        ClientStack wrong(sim.baseUrl(), u"carol"_s, kPassword + u"x"_s);
        wrong.session.login();
        QVERIFY(QTest::qWaitFor([&] { return wrong.session.status() == Session::Status::Failed; }, 5000));
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(!g_messages.isEmpty()); // the logging really ran
    const QString basic = QString::fromLatin1((u"carol:"_s + kPassword).toUtf8().toBase64());
    for (const QString &m : std::as_const(g_messages)) {
        QVERIFY2(!m.contains(kPassword), qPrintable(m));
        QVERIFY2(!m.contains(basic.left(12)), qPrintable(m));
        QVERIFY2(!m.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(m));
    }
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_app_credentials.moc"
