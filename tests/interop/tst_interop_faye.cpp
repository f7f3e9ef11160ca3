// Our CometdClient against a third-party Bayeux server: Faye (npm `faye`) in a node
// process on loopback (faye_server.js). Handshake, subscribe, receive what is published,
// and carry on when the server is killed and started again on the same port.

#include "cometdclient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kCallsChannel = u"/v2/me/calls"_s;
constexpr int kStartTimeoutMs = 15000; // node start-up on a busy machine
constexpr int kBayeuxTimeoutMs = 15000;
} // namespace

class TestInteropFaye : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void handshakeSubscribeReceive();
    void carriesOnAfterServerRestart();

private:
    bool startFaye(int port);
    bool killFaye();
    bool publish(const QString &channel, const QJsonObject &data);
    static QJsonObject callEvent(const QString &id, const QString &state);

    QString m_node;
    QString m_script;
    std::unique_ptr<QProcess> m_faye;
    QByteArray m_fayeStdout;
    QByteArray m_log; // Faye's traffic and our client's problems, shown on failure
    int m_port = 0;
    QNetworkAccessManager m_network; // the client's
    QNetworkAccessManager m_control; // the test's /publish requests
    std::unique_ptr<CometdClient> m_client;
};

void TestInteropFaye::initTestCase()
{
    // Fail loudly rather than skip: scripts/setup.sh installs node and the npm packages.
    const QString node = QStringLiteral(NODE_EXECUTABLE);
    m_node = QFileInfo(node).isAbsolute() ? node : QStandardPaths::findExecutable(node);
    QVERIFY2(!m_node.isEmpty(),
             qPrintable(u"node (%1) not found; run scripts/setup.sh"_s.arg(node)));
    const QDir dir(QStringLiteral(INTEROP_DIR));
    m_script = dir.filePath(u"faye_server.js"_s);
    QVERIFY2(QFileInfo::exists(m_script), qPrintable(m_script + u" is missing"_s));
    QVERIFY2(QFileInfo::exists(dir.filePath(u"node_modules/faye/package.json"_s)),
             qPrintable(u"%1 lacks the npm package faye; run scripts/setup.sh"_s
                            .arg(dir.filePath(u"node_modules"_s))));
}

void TestInteropFaye::init()
{
    m_log.clear();
    m_port = 0;
    QVERIFY(startFaye(0));

    m_client = std::make_unique<CometdClient>(&m_network);
    m_client->setEndpoint(QUrl(u"http://127.0.0.1:%1/faye"_s.arg(m_port)));
    m_client->setSubscriptions({kCallsChannel});
    m_client->setBackoff(100, 1000);
    connect(m_client.get(), &CometdClient::problem, this,
            [this](const QString &text) { m_log += "client problem: " + text.toUtf8() + '\n'; });
}

void TestInteropFaye::cleanup()
{
    if (m_client)
        m_client->stop();
    m_client.reset();
    killFaye();
    if (QTest::currentTestFailed())
        qWarning().noquote() << "Faye server log and client problems:\n"
                             << QString::fromUtf8(m_log);
}

bool TestInteropFaye::startFaye(int port)
{
    m_faye = std::make_unique<QProcess>();
    m_fayeStdout.clear();
    connect(m_faye.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_fayeStdout += m_faye->readAllStandardOutput(); });
    connect(m_faye.get(), &QProcess::readyReadStandardError, this,
            [this] { m_log += m_faye->readAllStandardError(); });
    m_faye->start(m_node, {m_script, QString::number(port)});
    if (!m_faye->waitForStarted(kStartTimeoutMs)) {
        qWarning().noquote() << "cannot start" << m_node << m_script << m_faye->errorString();
        return false;
    }
    // faye_server.js prints "listening <port>" once it accepts connections.
    const auto listeningPort = [this]() -> int {
        const int at = m_fayeStdout.indexOf("listening ");
        const int end = m_fayeStdout.indexOf('\n', at);
        return at < 0 || end < 0 ? 0 : m_fayeStdout.mid(at + 10, end - at - 10).trimmed().toInt();
    };
    const bool up = QTest::qWaitFor(
        [&] { return listeningPort() > 0 || m_faye->state() != QProcess::Running; },
        kStartTimeoutMs);
    const int actual = up ? listeningPort() : 0;
    if (actual <= 0 || (port != 0 && actual != port)) {
        qWarning().noquote() << "Faye server did not come up on port" << port << "; stdout:"
                             << m_fayeStdout << "stderr:" << m_log;
        return false;
    }
    m_port = actual;
    return true;
}

bool TestInteropFaye::killFaye()
{
    if (!m_faye)
        return true;
    // A crash, not a shutdown: the held long-poll breaks and every client is forgotten.
    m_faye->kill();
    const bool ok = m_faye->waitForFinished(5000);
    m_log += m_faye->readAllStandardError();
    m_faye.reset();
    return ok;
}

// Publishes through Faye's server-side client; true once Faye has accepted the message.
bool TestInteropFaye::publish(const QString &channel, const QJsonObject &data)
{
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1/publish"_s.arg(m_port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    const QJsonObject body{{u"channel"_s, channel}, {u"data"_s, data}};
    QNetworkReply *reply =
        m_control.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(6000); // the transfer timeout ends it before this does
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        qWarning().noquote() << "publish answered" << status << reply->errorString()
                             << reply->readAll();
    return status == 200;
}

QJsonObject TestInteropFaye::callEvent(const QString &id, const QString &state)
{
    return QJsonObject{
        {u"messageType"_s, u"CallStateChangeMessage"_s},
        {u"notificationType"_s, u"StatusChange"_s},
        {u"phoneNumber"_s, u"5001"_s},
        {u"call"_s, QJsonObject{{u"id"_s, id}, {u"state"_s, state}}},
    };
}

void TestInteropFaye::handshakeSubscribeReceive()
{
    QSignalSpy states(m_client.get(), &CometdClient::stateChanged);
    QSignalSpy handshaken(m_client.get(), &CometdClient::handshaken);
    QSignalSpy messages(m_client.get(), &CometdClient::message);

    m_client->start();
    QTRY_COMPARE_WITH_TIMEOUT(handshaken.size(), 1, kBayeuxTimeoutMs);
    QCOMPARE(m_client->state(), CometdClient::State::Connected);
    QVERIFY(!m_client->clientId().isEmpty());
    QCOMPARE(states.last().at(0).value<CometdClient::State>(), CometdClient::State::Connected);

    // A channel we did not subscribe to stays silent; ours arrives, data intact.
    QVERIFY(publish(u"/v2/me/devices"_s, QJsonObject{{u"messageType"_s, u"Other"_s}}));
    const QJsonObject dialing = callEvent(u"c1"_s, u"Dialing"_s);
    QVERIFY(publish(kCallsChannel, dialing));
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty(), kBayeuxTimeoutMs);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).at(0).toString(), kCallsChannel);
    QCOMPARE(messages.at(0).at(1).toJsonValue().toObject(), dialing);

    // The connect loop carries on: a second message arrives on the next poll.
    const QJsonObject established = callEvent(u"c1"_s, u"Established"_s);
    QVERIFY(publish(kCallsChannel, established));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, kBayeuxTimeoutMs);
    QCOMPARE(messages.at(1).at(1).toJsonValue().toObject(), established);
    QCOMPARE(handshaken.size(), 1);
    QCOMPARE(m_client->state(), CometdClient::State::Connected);
}

void TestInteropFaye::carriesOnAfterServerRestart()
{
    QSignalSpy handshaken(m_client.get(), &CometdClient::handshaken);
    QSignalSpy messages(m_client.get(), &CometdClient::message);

    m_client->start();
    QTRY_COMPARE_WITH_TIMEOUT(handshaken.size(), 1, kBayeuxTimeoutMs);
    const QString firstClientId = m_client->clientId();
    QVERIFY(publish(kCallsChannel, callEvent(u"before"_s, u"Ringing"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, kBayeuxTimeoutMs);

    // Kill the server: the held /meta/connect breaks and the client starts retrying.
    const int port = m_port;
    QVERIFY(killFaye());
    QTRY_COMPARE_WITH_TIMEOUT(m_client->state(), CometdClient::State::Reconnecting,
                              kBayeuxTimeoutMs);

    // Same port, new process: Faye knows no clients, answers "401::Unknown client" with
    // advice reconnect=handshake, and the client must handshake and subscribe again.
    QVERIFY(startFaye(port));
    QTRY_COMPARE_WITH_TIMEOUT(handshaken.size(), 2, kBayeuxTimeoutMs);
    QCOMPARE(m_client->state(), CometdClient::State::Connected);
    QVERIFY(!m_client->clientId().isEmpty());
    QVERIFY(m_client->clientId() != firstClientId);

    const QJsonObject after = callEvent(u"after"_s, u"Ringing"_s);
    QVERIFY(publish(kCallsChannel, after));
    QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 2, kBayeuxTimeoutMs);
    QCOMPARE(messages.at(1).at(0).toString(), kCallsChannel);
    QCOMPARE(messages.at(1).at(1).toJsonValue().toObject(), after);
    QCOMPARE(m_client->state(), CometdClient::State::Connected);
}

QTEST_GUILESS_MAIN(TestInteropFaye)
#include "tst_interop_faye.moc"
