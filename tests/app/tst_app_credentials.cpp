// Credentials: never written to disk in plain text, never logged.

#include "clientstack.h"
#include "credentialstore.h"
#include "gwssimulator.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
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

// The child process of rememberWithoutKeychain: no session bus, so no keychain. Exits 0
// when remembering failed with a reason, as it must; 1 if it claims to have stored.
int rememberWithoutKeychainChild()
{
    CredentialStore store;
    int result = -1;
    store.write(QUrl(u"https://gws.example.com"_s), u"carol"_s, kPassword,
                [&](bool ok, const QString &error) { result = !ok && !error.isEmpty() ? 0 : 1; });
    if (!QTest::qWaitFor([&] { return result >= 0; }, 20000))
        return 2;
    QSettings().sync();
    return result;
}

const QUrl kServer(u"https://gws.example.com"_s);
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rememberReadForget();
    void rememberWithoutKeychain();
    void logsNeverContainSecrets();

private:
    QTemporaryDir m_home;
};

void TestCredentials::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything this process might write lands under one folder we can search. The
    // keychain daemon (tests/app/with-keyring.sh) was started with its own folders.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", (m_home.path() + u"/data"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", (m_home.path() + u"/cache"_s).toUtf8());
    QCoreApplication::setOrganizationName(u"SoftphoneTest"_s);
    QCoreApplication::setApplicationName(u"tst_app_credentials"_s);
}

// With the keychain the test command provides: remember, read back, forget. No keychain
// reachable is a failure here, not a skip.
void TestCredentials::rememberReadForget()
{
    CredentialStore store;
    bool done = false;
    bool stored = false;
    QString error;
    store.write(kServer, u"carol"_s, kPassword, [&](bool ok, const QString &why) {
        done = true;
        stored = ok;
        error = why;
    });
    QTRY_VERIFY(done);
    QVERIFY2(stored, qPrintable(u"no keychain reachable (run under tests/app/with-keyring.sh): "_s
                                + error));
    QSettings().sync();
    QVERIFY(!anyFileContains(m_home.path(), kPassword.toUtf8()));

    QCOMPARE(store.readNow(kServer, u"carol"_s), kPassword);
    QString readBack;
    bool read = false;
    store.read(kServer, u"carol"_s, [&](const QString &password, const QString &) {
        readBack = password;
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(readBack, kPassword);
    QVERIFY(store.readNow(kServer, u"dave"_s).isEmpty()); // per user
    QVERIFY(store.readNow(QUrl(u"https://other.example.com"_s), u"carol"_s).isEmpty());

    store.remove(kServer, u"carol"_s);
    QTRY_VERIFY(store.readNow(kServer, u"carol"_s).isEmpty());
}

// Without any keychain, remembering fails with a reason and writes no file holding the
// password. Needs a process without the session bus: this executable, run as a child.
void TestCredentials::rememberWithoutKeychain()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + home.filePath(u"no-bus"_s));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--remember-without-keychain"_s});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
    QVERIFY(!anyFileContains(home.path(), kPassword.toUtf8()));
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
        a.control.dial(u"+15550001111"_s);
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

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"SoftphoneTest"_s);
    QCoreApplication::setApplicationName(u"tst_app_credentials"_s);
    if (app.arguments().contains(u"--remember-without-keychain"_s))
        return rememberWithoutKeychainChild();
    TestCredentials test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_app_credentials.moc"
