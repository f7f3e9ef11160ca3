// Only clients of this machine that talk to the simulator by its own address may use it
// (issue 11): a web page in a browser on the same machine could otherwise drive /sim and
// /api by a cross-site POST or DNS rebinding. Foreign Host or Origin: 403 statusCode 5; a
// body that does not say it is JSON: 415 statusCode 10. Raw requests, headers exactly so.
#include "gwssimulator.h"
#include "rawhttp.h"

#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

class tst_SimOrigin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void hostAndOrigin_data();
    void hostAndOrigin();
    void contentType_data();
    void contentType();

private:
    RawHttp::Answer send(const QByteArray &method, const QByteArray &path,
                         const RawHttp::Headers &headers, const QByteArray &body = {});

    std::unique_ptr<GwsSimulator> m_sim;
};

void tst_SimOrigin::initTestCase()
{
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->listen());
}

void tst_SimOrigin::cleanupTestCase()
{
    m_sim.reset();
}

RawHttp::Answer tst_SimOrigin::send(const QByteArray &method, const QByteArray &path,
                                    const RawHttp::Headers &headers, const QByteArray &body)
{
    auto socket = RawHttp::connectTo(m_sim->port());
    if (!socket)
        return {};
    RawHttp::Headers all = headers;
    if (!body.isEmpty())
        all.append({"Content-Length", QByteArray::number(body.size())});
    socket->write(RawHttp::request(method, path, all, body));
    return RawHttp::readAnswer(*socket);
}

void tst_SimOrigin::hostAndOrigin_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("host"); // "PORT" stands for the simulator's port
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<int>("httpStatus");
    for (const QByteArray &path : {QByteArray("/sim/stats"), QByteArray("/api/v2/me")}) {
        const int ok = path.startsWith("/sim") ? 200 : 401; // /api: no credentials here
        QTest::addRow("%s 127.0.0.1", path.constData()) << path << QByteArray("127.0.0.1:PORT") << QByteArray() << ok;
        QTest::addRow("%s localhost", path.constData()) << path << QByteArray("localhost:PORT") << QByteArray() << ok;
        QTest::addRow("%s [::1]", path.constData()) << path << QByteArray("[::1]:PORT") << QByteArray() << ok;
        QTest::addRow("%s own origin", path.constData()) << path << QByteArray("127.0.0.1:PORT")
                                        << QByteArray("http://127.0.0.1:PORT") << ok;
        QTest::addRow("%s no host", path.constData()) << path << QByteArray() << QByteArray() << 403;
        QTest::addRow("%s rebound name", path.constData()) << path << QByteArray("attacker.example:PORT")
                                          << QByteArray() << 403;
        QTest::addRow("%s other port", path.constData()) << path << QByteArray("127.0.0.1:1") << QByteArray() << 403;
        QTest::addRow("%s no port", path.constData()) << path << QByteArray("127.0.0.1") << QByteArray() << 403;
        QTest::addRow("%s foreign origin", path.constData()) << path << QByteArray("127.0.0.1:PORT")
                                            << QByteArray("https://attacker.example") << 403;
        QTest::addRow("%s null origin", path.constData()) << path << QByteArray("127.0.0.1:PORT")
                                         << QByteArray("null") << 403;
    }
}

void tst_SimOrigin::hostAndOrigin()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, origin);
    QFETCH(int, httpStatus);
    const QByteArray port = QByteArray::number(m_sim->port());
    RawHttp::Headers headers;
    if (!host.isEmpty())
        headers.append({"Host", host.replace("PORT", port)});
    if (!origin.isEmpty())
        headers.append({"Origin", origin.replace("PORT", port)});
    const RawHttp::Answer answer = send("GET", path, headers);
    QCOMPARE(answer.status, httpStatus);
    if (httpStatus == 403)
        QCOMPARE(RawHttp::statusCode(answer), 5);
}

void tst_SimOrigin::contentType_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<int>("statusCode");
    // A ring request whose number no device has: 404 once it is read as JSON.
    const QByteArray sim("/sim/calls");
    QTest::newRow("sim json") << sim << QByteArray("application/json") << 404 << 6;
    QTest::newRow("sim json charset") << sim << QByteArray("application/json; charset=UTF-8")
                                      << 404 << 6;
    QTest::newRow("sim none") << sim << QByteArray() << 415 << 10;
    QTest::newRow("sim text/plain") << sim << QByteArray("text/plain") << 415 << 10;
    QTest::newRow("sim form") << sim << QByteArray("application/x-www-form-urlencoded") << 415
                              << 10;
    // /api: refused before credentials are looked at.
    const QByteArray api("/api/v2/me/channels/voice");
    QTest::newRow("api none") << api << QByteArray() << 415 << 10;
    QTest::newRow("api text/plain") << api << QByteArray("text/plain") << 415 << 10;
    QTest::newRow("api json") << api << QByteArray("application/json") << 401 << 20;
}

void tst_SimOrigin::contentType()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, contentType);
    QFETCH(int, httpStatus);
    QFETCH(int, statusCode);
    RawHttp::Headers headers{{"Host", RawHttp::hostOf(m_sim->port())}};
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const RawHttp::Answer answer =
        send("POST", path, headers, R"({"from": "+15551234567", "to": "9999"})");
    QCOMPARE(answer.status, httpStatus);
    QCOMPARE(RawHttp::statusCode(answer), statusCode);
}

QTEST_MAIN(tst_SimOrigin)
#include "tst_sim_origin.moc"
