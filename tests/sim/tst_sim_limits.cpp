// What a hostile or broken client may cost the simulator (issue 11): bodies over the limit
// are refused from Content-Length or as they arrive (chunked too), slow or idle connections
// are cut, and one peer address holds a bounded number of connections. Raw sockets, so that
// each test sends exactly the bytes an attacker would; short limits so that it runs fast.
#include "gwssimulator.h"
#include "gwstestclient.h"
#include "rawhttp.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkReply>
#include <QtTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxBody = 64 * 1024;
constexpr int HeaderTimeoutMs = 300;
constexpr int BodyTimeoutMs = 300;
constexpr int IdleTimeoutMs = 600;
constexpr int MaxPerPeer = 8;

} // namespace

class tst_SimLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void contentLengthOverLimitRefusedBeforeBody_data();
    void contentLengthOverLimitRefusedBeforeBody();
    void chunkedBodyCutPastLimit();
    void headersTooLarge();
    void slowHeadersCut();
    void silentConnectionCut();
    void slowBodyCut();
    void slowChunkedBodyCut();
    void idleKeepAliveCut();
    void heldLongPollNotCut();
    void connectionsPerPeerCapped();

private:
    quint16 port() const { return m_sim->port(); }
    int requestsReceived();

    std::unique_ptr<GwsSimulator> m_sim;
};

void tst_SimLimits::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    ConnectionLimits limits;
    limits.maxBodySize = MaxBody;
    limits.headerTimeoutMs = HeaderTimeoutMs;
    limits.bodyTimeoutMs = BodyTimeoutMs;
    limits.idleTimeoutMs = IdleTimeoutMs;
    limits.maxConnectionsPerPeer = MaxPerPeer;
    m_sim->setConnectionLimits(limits);
    m_sim->setPollTimeout(1500);
    QVERIFY(m_sim->listen());
}

void tst_SimLimits::cleanup()
{
    m_sim.reset();
}

int tst_SimLimits::requestsReceived()
{
    GwsTestClient control(m_sim->baseUrl(), QString(), QString());
    return control.get(u"/sim/stats"_s).json.value("requests"_L1).toInt(-1);
}

void tst_SimLimits::contentLengthOverLimitRefusedBeforeBody_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("api") << QByteArray("/api/v2/me");
    QTest::newRow("notifications") << QByteArray("/api/v2/notifications");
    QTest::newRow("sim") << QByteArray("/sim/calls");
}

void tst_SimLimits::contentLengthOverLimitRefusedBeforeBody()
{
    QFETCH(QByteArray, path);
    auto socket = RawHttp::connectTo(port());
    QVERIFY(socket);
    // 100 MB announced, not a byte of it sent: the answer must not wait for the body.
    socket->write(RawHttp::request("POST", path,
                                   {{"Host", RawHttp::hostOf(port())},
                                    {"Content-Type", "application/json"},
                                    {"Content-Length", "104857600"}}));
    const RawHttp::Answer answer = RawHttp::readAnswer(*socket, 3000);
    QCOMPARE(answer.status, 413);
    QCOMPARE(RawHttp::statusCode(answer), 10);
    QVERIFY(answer.closed);
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
    QCOMPARE(requestsReceived(), 1); // only the stats request itself reached a handler
}

void tst_SimLimits::chunkedBodyCutPastLimit()
{
    auto socket = RawHttp::connectTo(port());
    QVERIFY(socket);
    socket->write(RawHttp::request("POST", "/api/v2/me",
                                   {{"Host", RawHttp::hostOf(port())},
                                    {"Content-Type", "application/json"},
                                    {"Transfer-Encoding", "chunked"}}));
    const QByteArray chunk = "4000\r\n" + QByteArray(0x4000, ' ') + "\r\n"; // 16 KiB
    qint64 sent = 0;
    // Up to 64 times the limit; the server must cut long before (the kernel may take some
    // of it into its buffers before the server reads).
    while (socket->state() == QAbstractSocket::ConnectedState && sent < 64 * MaxBody) {
        socket->write(chunk);
        sent += chunk.size();
        QTest::qWait(1); // let the server read
        QVERIFY(m_sim->pendingRequestBytes() <= MaxBody + 1024);
    }
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
    QCOMPARE(m_sim->pendingRequestBytes(), 0);
    QCOMPARE(requestsReceived(), 1);
}

void tst_SimLimits::headersTooLarge()
{
    auto socket = RawHttp::connectTo(port());
    QVERIFY(socket);
    socket->write("GET /api/v2/me HTTP/1.1\r\nX-Padding: " + QByteArray(128 * 1024, 'a'));
    const RawHttp::Answer answer = RawHttp::readAnswer(*socket, 3000);
    QCOMPARE(answer.status, 431);
    QVERIFY(answer.closed);
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
}

void tst_SimLimits::slowHeadersCut()
{
    // Slowloris: many connections, each with headers that never end.
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < MaxPerPeer; ++i) {
        sockets.push_back(RawHttp::connectTo(port()));
        QVERIFY(sockets.back());
        sockets.back()->write("GET /api/v2/me HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
    }
    QTRY_COMPARE(m_sim->openConnectionCount(), MaxPerPeer);
    QElapsedTimer elapsed;
    elapsed.start();
    for (const auto &socket : sockets) {
        socket->write("a"); // a byte now and then does not keep it open
        QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState,
                                  HeaderTimeoutMs * 10);
        QVERIFY(socket->readAll().startsWith("HTTP/1.1 408"));
    }
    QVERIFY(elapsed.elapsed() >= HeaderTimeoutMs / 2);
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
}

void tst_SimLimits::silentConnectionCut()
{
    auto socket = RawHttp::connectTo(port());
    QVERIFY(socket);
    QTRY_COMPARE(m_sim->openConnectionCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState,
                              HeaderTimeoutMs * 10);
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
}

void tst_SimLimits::slowBodyCut()
{
    auto socket = RawHttp::connectTo(port());
    QVERIFY(socket);
    socket->write(RawHttp::request("POST", "/sim/calls",
                                   {{"Host", RawHttp::hostOf(port())},
                                    {"Content-Type", "application/json"},
                                    {"Content-Length", "100"}},
                                   "{\"from\":"));
    const RawHttp::Answer answer = RawHttp::readAnswer(*socket, BodyTimeoutMs * 10);
    QCOMPARE(answer.status, 408);
    QVERIFY(answer.closed);
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
}

void tst_SimLimits::slowChunkedBodyCut()
{
    auto socket = RawHttp::connectTo(port());
    QVERIFY(socket);
    socket->write(RawHttp::request("POST", "/sim/calls",
                                   {{"Host", RawHttp::hostOf(port())},
                                    {"Content-Type", "application/json"},
                                    {"Transfer-Encoding", "chunked"}},
                                   "2\r\n{}\r\n")); // and never the last chunk
    const RawHttp::Answer answer = RawHttp::readAnswer(*socket, BodyTimeoutMs * 10);
    QCOMPARE(answer.status, 408);
    QVERIFY(answer.closed);
}

void tst_SimLimits::idleKeepAliveCut()
{
    auto socket = RawHttp::connectTo(port());
    QVERIFY(socket);
    socket->write(RawHttp::request("GET", "/sim/stats", {{"Host", RawHttp::hostOf(port())}}));
    const RawHttp::Answer answer = RawHttp::readAnswer(*socket, 3000);
    QCOMPARE(answer.status, 200);
    QVERIFY(!answer.closed); // kept alive for the next request...
    QElapsedTimer elapsed;
    elapsed.start();
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState,
                              IdleTimeoutMs * 10);
    QVERIFY(elapsed.elapsed() >= IdleTimeoutMs / 2); // ...but not for ever
    QTRY_COMPARE(m_sim->openConnectionCount(), 0);
}

void tst_SimLimits::heldLongPollNotCut()
{
    // A long-poll is held for 1.5 s, five times the idle, header and body timeouts.
    GwsTestClient agent(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(agent.login());
    const HttpResult hs = agent.postJson(
        u"/api/v2/notifications"_s,
        QJsonArray{QJsonObject{{u"channel"_s, u"/meta/handshake"_s}, {u"version"_s, u"1.0"_s}}});
    const QString clientId = hs.array.at(0)["clientId"_L1].toString();
    QVERIFY(!clientId.isEmpty());
    QElapsedTimer elapsed;
    elapsed.start();
    const HttpResult poll = agent.postJson(
        u"/api/v2/notifications"_s,
        QJsonArray{QJsonObject{{u"channel"_s, u"/meta/connect"_s},
                               {u"clientId"_s, clientId},
                               {u"connectionType"_s, u"long-polling"_s}}});
    QCOMPARE(poll.status, 200);
    QCOMPARE(poll.array.last()["successful"_L1].toBool(), true);
    QVERIFY2(elapsed.elapsed() >= 1400, "the poll was answered before its timeout");
}

void tst_SimLimits::connectionsPerPeerCapped()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < MaxPerPeer + 3; ++i) {
        sockets.push_back(RawHttp::connectTo(port()));
        QVERIFY(sockets.back());
    }
    QTRY_COMPARE(m_sim->openConnectionCount(), MaxPerPeer);
    // The three beyond the cap are answered 503 and closed; the others stay.
    for (int i = MaxPerPeer; i < MaxPerPeer + 3; ++i) {
        QTRY_COMPARE(sockets[i]->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(sockets[i]->readAll().startsWith("HTTP/1.1 503"));
    }
    for (int i = 0; i < MaxPerPeer; ++i)
        QCOMPARE(sockets[i]->state(), QAbstractSocket::ConnectedState);
    // A connection that goes makes room for a new one.
    sockets.front()->abort();
    QTRY_COMPARE(m_sim->openConnectionCount(), MaxPerPeer - 1);
    auto again = RawHttp::connectTo(port());
    QVERIFY(again);
    again->write(RawHttp::request("GET", "/sim/stats", {{"Host", RawHttp::hostOf(port())}}));
    QCOMPARE(RawHttp::readAnswer(*again).status, 200);
}

QTEST_MAIN(tst_SimLimits)
#include "tst_sim_limits.moc"
