// TeamReader against a GWS look-alike whose user list carries no `devices` (a server that
// ignores `subresources`, or lists only the user fields): the per-user device fallback,
// its pace, and its end on 403; a list answered by URI only is an error, never an empty team;
// a server that refuses the undocumented `subresources=calls` with 400 is asked without it.

#include "gwsclient.h"
#include "teammodel.h"
#include "teamreader.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

class UsersServer
{
public:
    UsersServer()
    {
        clock.start();
        server.route(u"/api/v2/users"_s, [this](const QHttpServerRequest &request) {
            ++listed;
            const QString subresources = QUrlQuery(request.url()).queryItemValue(u"subresources"_s);
            asked.append(subresources);
            if (refuseCalls && subresources.split(u',').contains(u"calls"_s))
                return QHttpServerResponse(
                    QJsonObject{{u"statusCode"_s, 1}, {u"statusMessage"_s, u"Unknown subresource"_s}},
                    QHttpServerResponse::StatusCode::BadRequest);
            if (urisOnly)
                return QHttpServerResponse(QJsonObject{
                    {u"statusCode"_s, 0}, {u"uris"_s, QJsonArray{u"http://x/api/v2/users/u1"_s}}});
            QJsonArray users;
            for (int i = 1; i <= 12; ++i)
                users.append(QJsonObject{{u"id"_s, u"u%1"_s.arg(i)},
                                         {u"userName"_s, u"user%1"_s.arg(i)},
                                         {u"firstName"_s, u"First%1"_s.arg(i)},
                                         {u"lastName"_s, u"Last%1"_s.arg(i)},
                                         {u"roles"_s, QJsonArray{u"ROLE_AGENT"_s}}});
            return QHttpServerResponse(QJsonObject{{u"statusCode"_s, 0}, {u"users"_s, users}});
        });
        server.route(u"/api/v2/users/<arg>/devices"_s, [this](const QString &id) {
            deviceReads.append({clock.elapsed(), id});
            if (devicesForbidden)
                return QHttpServerResponse(
                    QJsonObject{{u"statusCode"_s, 5}, {u"statusMessage"_s, u"No permission"_s}},
                    QHttpServerResponse::StatusCode::Forbidden);
            const QJsonObject state{{u"state"_s, u"Ready"_s}, {u"displayName"_s, u"Ready"_s}};
            return QHttpServerResponse(QJsonObject{
                {u"statusCode"_s, 0},
                {u"devices"_s, QJsonArray{QJsonObject{{u"id"_s, QString(u"dev-"_s + id)},
                                                      {u"phoneNumber"_s, QString(u"70"_s + id.mid(1))},
                                                      {u"userState"_s, state}}}}});
        });
        port = server.listen(QHostAddress::LocalHost);
    }

    QHttpServer server;
    QElapsedTimer clock;
    quint16 port = 0;
    int listed = 0;
    bool urisOnly = false;
    bool devicesForbidden = false;
    bool refuseCalls = false;
    QStringList asked; // each list request's `subresources`
    QList<std::pair<qint64, QString>> deviceReads;
};

} // namespace

class TestTeamReader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void devicesOfShownUsersReadOneByOne();
    void forbiddenDeviceFallbackStops();
    void listByUriOnlyIsAnError();
    void callsSubresourceRefusedIsDroppedOnce();

private:
    std::unique_ptr<UsersServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<GwsClient> m_client;
    std::unique_ptr<TeamModel> m_team;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<TeamReader> m_reader;
};

void TestTeamReader::init()
{
    m_server = std::make_unique<UsersServer>();
    QVERIFY(m_server->port != 0);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<GwsClient>(m_network.get());
    m_client->setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(m_server->port)));
    m_client->setCredentials(u"boss"_s, u"boss"_s);
    m_team = std::make_unique<TeamModel>();
    m_team->setTickInterval(0);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_team.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_reader = std::make_unique<TeamReader>(m_client.get(), m_team.get());
    m_reader->setCadence(200, 50);
}

void TestTeamReader::cleanup()
{
    m_reader.reset();
    m_tester.reset();
    m_team.reset();
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

void TestTeamReader::devicesOfShownUsersReadOneByOne()
{
    m_reader->setShownUsers({u"u3"_s, u"u7"_s, u"u9"_s});
    m_reader->start();
    QTRY_COMPARE(m_team->rowCount(), 12);
    QTRY_COMPARE(m_team->index(m_team->rowOf(u"u9"_s), 0).data(TeamModel::PhoneNumberRole)
                     .toString(),
                 u"709"_s);
    QCOMPARE(m_team->index(m_team->rowOf(u"u3"_s), 0).data(TeamModel::AgentStateRole).toString(),
             u"Ready"_s);
    // Only the users shown, one at a time, at most two a second.
    QStringList read;
    for (const auto &r : std::as_const(m_server->deviceReads))
        read.append(r.second);
    QCOMPARE(read, (QStringList{u"u3"_s, u"u7"_s, u"u9"_s}));
    for (int i = 1; i < m_server->deviceReads.size(); ++i)
        QVERIFY(m_server->deviceReads.at(i).first - m_server->deviceReads.at(i - 1).first >= 480);
    // The next read of the list keeps what the fallback found: no flicker to "No device".
    QSignalSpy changed(m_team.get(), &QAbstractItemModel::dataChanged);
    const int listed = m_server->listed;
    QTRY_VERIFY(m_server->listed >= listed + 2);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_team->index(m_team->rowOf(u"u3"_s), 0).data(TeamModel::PhoneNumberRole).toString(),
             u"703"_s);
    // Asked for the agents' calls, got none: no "On a call" count the board cannot back.
    QCOMPARE(m_server->asked.first(), u"devices,calls"_s);
    QVERIFY(!m_team->callsKnown());
    for (const TeamModel::StateCount &c : m_team->stateCounts())
        QVERIFY(c.key != TeamModel::StateKey::OnCall);
}

void TestTeamReader::forbiddenDeviceFallbackStops()
{
    m_server->devicesForbidden = true; // "List Devices": admin role only
    m_reader->start();
    QTRY_COMPARE(m_server->deviceReads.size(), 1);
    const int listed = m_server->listed;
    QTRY_VERIFY(m_server->listed >= listed + 3);
    QCOMPARE(m_server->deviceReads.size(), 1); // never asked again
    QVERIFY(m_reader->error().isEmpty());      // the list itself reads fine
    QCOMPARE(m_team->rowCount(), 12);
    QCOMPARE(m_team->count(TeamModel::StateKey::NoDevice), 12);
}

void TestTeamReader::listByUriOnlyIsAnError()
{
    m_server->urisOnly = true;
    m_reader->start();
    QTRY_VERIFY(!m_reader->error().isEmpty());
    QVERIFY(m_reader->error().contains(u"users"_s));
    QCOMPARE(m_team->rowCount(), 0);
    QVERIFY(m_reader->isRunning()); // still trying
    m_server->urisOnly = false;
    QTRY_COMPARE_WITH_TIMEOUT(m_team->rowCount(), 12, 10000);
    QVERIFY(m_reader->error().isEmpty());
}

void TestTeamReader::callsSubresourceRefusedIsDroppedOnce()
{
    m_server->refuseCalls = true;
    QSignalSpy errors(m_reader.get(), &TeamReader::errorChanged);
    m_reader->start();
    QTRY_COMPARE(m_team->rowCount(), 12);
    const int listed = m_server->listed;
    // (The devices of five users come first, 0.5 s apart.)
    QTRY_VERIFY_WITH_TIMEOUT(m_server->listed >= listed + 1, 10000);
    // One refusal, the same page asked again at once without `calls`, and never with it again.
    QCOMPARE(m_server->asked.at(0), u"devices,calls"_s);
    QCOMPARE(m_server->asked.count(u"devices,calls"_s), 1);
    QCOMPARE(m_server->asked.at(1), u"devices"_s);
    QVERIFY(!m_reader->asksForCalls());
    QCOMPARE(errors.count(), 0); // not a failure of the board
    QVERIFY(!m_team->callsKnown());
    QCOMPARE(m_team->stateCounts().size(), TeamModel::stateKeys().size() - 1);
    // A new start may face another server: asked again, refused again, once.
    m_reader->stop();
    m_server->asked.clear();
    m_reader->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_server->asked.size() >= 3, 10000);
    QCOMPARE(m_server->asked.count(u"devices,calls"_s), 1);
}

QTEST_GUILESS_MAIN(TestTeamReader)
#include "tst_app_teamreader.moc"
