// 200 CometD clients of 200 users long-polling one simulator at once on loopback: each gets
// exactly its own notifications, none of another's, none twice.
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int Clients = 200;

QString userName(int i)
{
    return u"user%1"_s.arg(i);
}

QString number(int i)
{
    return QString::number(6000 + i);
}

QString caller(int i)
{
    return u"+1555%1"_s.arg(i, 7, 10, QLatin1Char('0'));
}

// The device number an event was meant for.
QString addressee(const QJsonObject &event)
{
    const QJsonObject data = event.value("data"_L1).toObject();
    if (data.contains("devices"_L1))
        return data.value("devices"_L1)[0]["phoneNumber"_L1].toString();
    return data.value("phoneNumber"_L1).toString();
}

int countOf(const GwsTestClient &client, const QString &channel)
{
    int n = 0;
    for (const QJsonObject &e : client.events())
        n += e.value("channel"_L1) == channel;
    return n;
}

} // namespace

class tst_SimConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void eachClientGetsItsOwnCall();
    void eachClientGetsItsOwnDevice();

private:
    void checkAddressees();

    std::unique_ptr<GwsSimulator> m_sim;
    std::vector<std::unique_ptr<GwsTestClient>> m_clients;
    std::unique_ptr<GwsTestClient> m_control;
};

void tst_SimConcurrency::initTestCase()
{
    QJsonArray users;
    for (int i = 0; i < Clients; ++i)
        users.append(QJsonObject{
            {u"userName"_s, userName(i)}, {u"password"_s, u"pw"_s}, {u"phoneNumber"_s, number(i)}});
    m_sim = std::make_unique<GwsSimulator>();
    QVERIFY(m_sim->loadConfigJson(QJsonDocument(QJsonObject{{u"users"_s, users}}).toJson()));
    QVERIFY(m_sim->listen());
    m_control = std::make_unique<GwsTestClient>(m_sim->baseUrl(), QString(), QString());
    // Each client has its own network manager, hence its own connections: 200 long-polls
    // held open at the same time.
    for (int i = 0; i < Clients; ++i) {
        auto client = std::make_unique<GwsTestClient>(m_sim->baseUrl(), userName(i), u"pw"_s);
        QVERIFY(client->login());
        QVERIFY(client->startNotifications());
        m_clients.push_back(std::move(client));
    }
    QCOMPARE(m_sim->cometdClientCount(), Clients);
}

void tst_SimConcurrency::cleanupTestCase()
{
    m_clients.clear();
    m_control.reset();
    m_sim.reset();
}

void tst_SimConcurrency::checkAddressees()
{
    for (int i = 0; i < Clients; ++i)
        for (const QJsonObject &e : m_clients[i]->events())
            QCOMPARE(addressee(e), number(i));
}

void tst_SimConcurrency::eachClientGetsItsOwnCall()
{
    QStringList legs;
    for (int i = 0; i < Clients; ++i) {
        const HttpResult r = m_control->post(
            u"/sim/calls"_s, QJsonObject{{u"from"_s, caller(i)}, {u"to"_s, number(i)}});
        QCOMPARE(r.status, 200);
        legs << r.json.value("legId"_L1).toString();
    }
    auto allArrived = [&] {
        for (const auto &c : m_clients)
            if (countOf(*c, u"/v2/me/calls"_s) < 1)
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allArrived(), 30000);
    for (int i = 0; i < Clients; ++i) {
        QCOMPARE(countOf(*m_clients[i], u"/v2/me/calls"_s), 1);
        const QJsonObject call =
            m_clients[i]->events().constLast()["data"_L1]["call"_L1].toObject();
        QCOMPARE(call.value("id"_L1).toString(), legs.at(i));
        QCOMPARE(call.value("state"_L1).toString(), u"Ringing"_s);
        QCOMPARE(call.value("participants"_L1)[0]["phoneNumber"_L1].toString(), caller(i));
    }
    checkAddressees();
}

void tst_SimConcurrency::eachClientGetsItsOwnDevice()
{
    // The clients' own requests this time, in the reverse order.
    for (int i = Clients - 1; i >= 0; --i)
        QCOMPARE(m_clients[i]->voice(u"NotReady"_s).status, 200);
    auto allArrived = [&] {
        for (const auto &c : m_clients)
            if (countOf(*c, u"/v2/me/devices"_s) < 1)
                return false;
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allArrived(), 30000);
    for (const auto &c : m_clients)
        QCOMPARE(countOf(*c, u"/v2/me/devices"_s), 1);
    checkAddressees();
}

QTEST_MAIN(tst_SimConcurrency)
#include "tst_sim_concurrency.moc"
