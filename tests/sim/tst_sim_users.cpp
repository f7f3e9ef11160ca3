// GET /api/v2/users as the GWS pages describe it, over HTTP: URIs unless `fields` asks for
// objects ("Request Parameters"), `subresources=devices|skills|*` on the list and on one
// user ("Subresources"), filters by exact field value, `sortBy` with one order for all
// fields, and `limit` (mandatory with either) with `offset` ("Filtering and sorting users";
// offset and `order` as Genesys' own supervisor client sends them).
#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Last names that tie, differ only in case, and sort differently with case: the order
// below is the configuration's, which ties keep.
const char *const Config = R"({"users": [
  {"userName": "a01", "password": "p", "firstName": "Anna", "lastName": "adams", "phoneNumber": "7001"},
  {"userName": "a02", "password": "p", "firstName": "Yann", "lastName": "Brown", "phoneNumber": "7002"},
  {"userName": "a03", "password": "p", "firstName": "Xavier", "lastName": "Adams", "phoneNumber": "7003"},
  {"userName": "a04", "password": "p", "firstName": "Anna", "lastName": "Brown", "phoneNumber": "7004"},
  {"userName": "a05", "password": "p", "firstName": "Anna", "lastName": "Brown", "phoneNumber": "7005"},
  {"userName": "a06", "password": "p", "firstName": "Bob", "lastName": "clark", "phoneNumber": "7006"},
  {"userName": "a07", "password": "p", "firstName": "Carl", "lastName": "Dunn", "phoneNumber": "7007"},
  {"userName": "s01", "password": "p", "firstName": "Sue", "lastName": "Boss", "phoneNumber": "7100",
   "roles": ["ROLE_SUPERVISOR", "ROLE_AGENT"]},
  {"userName": "s02", "password": "p", "firstName": "Sam", "lastName": "Chief", "phoneNumber": "7101",
   "roles": ["ROLE_SUPERVISOR"]},
  {"userName": "adm", "password": "p", "firstName": "Ada", "lastName": "Admin", "phoneNumber": "7200",
   "roles": ["ROLE_ADMIN"]}
]})";

const QStringList AllInConfigOrder{u"a01"_s, u"a02"_s, u"a03"_s, u"a04"_s, u"a05"_s,
                                   u"a06"_s, u"a07"_s, u"s01"_s, u"s02"_s, u"adm"_s};
// sortBy=lastName,firstName: case aside, then case, then the configuration's order.
const QStringList AllByName{u"a01"_s, u"a03"_s, u"adm"_s, u"s01"_s, u"a04"_s,
                            u"a05"_s, u"a02"_s, u"s02"_s, u"a06"_s, u"a07"_s};
const QStringList AgentsByName{u"a01"_s, u"a03"_s, u"s01"_s, u"a04"_s,
                               u"a05"_s, u"a02"_s, u"a06"_s, u"a07"_s};

QStringList userNames(const HttpResult &r)
{
    QStringList names;
    for (const QJsonValue &v : r.json.value("users"_L1).toArray())
        names << v["userName"_L1].toString();
    return names;
}

QStringList reversed(QStringList list)
{
    std::reverse(list.begin(), list.end());
    return list;
}

} // namespace

class tst_SimUsers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void urisByDefault();
    void fields_data();
    void fields();
    void devicesOfListedUsers();
    void listedDeviceShowsMonitoring();
    void callsOfListedUsersAreAnExtension();
    void subresources_data();
    void subresources();
    void filters_data();
    void filters();
    void sort_data();
    void sort();
    void pages();
    void boardRequest();
    void refused_data();
    void refused();
    void whoMayRead_data();
    void whoMayRead();
    void usersListRoleInConfig();

private:
    HttpResult list(const QString &query) { return m_admin->get(u"/api/v2/users?"_s + query); }

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_admin;
};

void tst_SimUsers::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    QString error;
    QVERIFY2(m_sim->loadConfigJson(Config, &error), qPrintable(error));
    QVERIFY(m_sim->listen());
    m_admin = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"adm"_s, u"p"_s);
    QVERIFY(m_admin->login());
}

void tst_SimUsers::cleanup()
{
    m_admin.reset();
    m_sim.reset();
}

void tst_SimUsers::urisByDefault()
{
    // "Web Services returns a list of the corresponding object URI's", paged as asked.
    HttpResult r = m_admin->get(u"/api/v2/users"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.keys(), QStringList({u"statusCode"_s, u"uris"_s}));
    const QJsonArray uris = r.json.value("uris"_L1).toArray();
    QCOMPARE(uris.size(), 10);
    const QString a01 = list(u"fields=id&userName=a01&limit=1"_s).json["users"_L1][0]["id"_L1].toString();
    QVERIFY(!a01.isEmpty());
    QCOMPARE(uris.first().toString(), m_sim->baseUrl().toString() + u"/api/v2/users/"_s + a01);
    // subresources alone do not make objects of a list.
    QCOMPARE(list(u"subresources=devices"_s).json.keys(), QStringList({u"statusCode"_s, u"uris"_s}));
    r = list(u"limit=2&offset=1"_s);
    QCOMPARE(r.json.value("uris"_L1).toArray().size(), 2);
    QCOMPARE(r.json.value("uris"_L1)[0], uris.at(1));
}

void tst_SimUsers::fields_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("keys"); // of each listed user, sorted
    const QStringList user{u"enabled"_s, u"firstName"_s, u"id"_s,       u"lastName"_s,
                           u"path"_s,    u"roles"_s,     u"uri"_s,      u"userName"_s};
    QTest::newRow("*") << u"fields=*"_s << user;
    QTest::newRow("id,userName") << u"fields=id,userName"_s << QStringList{u"id"_s, u"userName"_s};
    QTest::newRow("with devices") << u"fields=id,userName&subresources=devices"_s
                                  << QStringList{u"devices"_s, u"id"_s, u"userName"_s};
    QTest::newRow("* with skills") << u"fields=*&subresources=skills"_s
                                   << (QStringList(user) << u"skills"_s);
    // `*` takes the extension `calls` too (on by default).
    QStringList all = QStringList(user) << u"calls"_s << u"devices"_s << u"skills"_s;
    all.sort();
    QTest::newRow("* with *") << u"fields=*&subresources=*"_s << all;
}

void tst_SimUsers::fields()
{
    QFETCH(QString, query);
    QFETCH(QStringList, keys);
    const HttpResult r = list(query);
    QCOMPARE(r.status, 200);
    QCOMPARE(userNames(r), AllInConfigOrder);
    for (const QJsonValue &v : r.json.value("users"_L1).toArray()) {
        QStringList got = v.toObject().keys();
        got.sort();
        keys.sort();
        QCOMPARE(got, keys);
    }
}

void tst_SimUsers::devicesOfListedUsers()
{
    // Each listed user's devices are whole devices, as that user's /me/devices has them.
    GwsTestClient a04(m_sim->baseUrl(), u"a04"_s, u"p"_s);
    QVERIFY(a04.login());
    QCOMPARE(a04.voice(u"NotReady"_s, {{u"reasonCode"_s, u"Lunch"_s}}).statusCode(), 0);
    const QJsonObject own = a04.get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1][0].toObject();
    QCOMPARE(own["userState"_L1]["reason"_L1].toString(), u"Lunch"_s);

    const HttpResult r = list(u"fields=*&subresources=devices&lastName=Brown&limit=10"_s);
    QCOMPARE(userNames(r), QStringList({u"a02"_s, u"a04"_s, u"a05"_s}));
    const QJsonArray users = r.json.value("users"_L1).toArray();
    for (const QJsonValue &u : users)
        QCOMPARE(u["devices"_L1].toArray().size(), 1);
    QCOMPARE(users.at(1)["devices"_L1][0].toObject(), own);
    // Someone who never logged in: the device is there, LoggedOut, with no capabilities.
    const QJsonObject other = users.at(0)["devices"_L1][0].toObject();
    QCOMPARE(other["phoneNumber"_L1].toString(), u"7002"_s);
    QCOMPARE(other["userState"_L1]["state"_L1].toString(), u"LoggedOut"_s);
    QVERIFY(other["capabilities"_L1].toArray().isEmpty());
    QVERIFY(!users.at(0).toObject().contains("skills"_L1));
}

void tst_SimUsers::listedDeviceShowsMonitoring()
{
    // A supervisor's device in the list carries supervisorMonitoringState while monitoring.
    GwsTestClient s01(m_sim->baseUrl(), u"s01"_s, u"p"_s);
    QVERIFY(s01.login());
    const QString a07Device = list(u"fields=*&subresources=devices&userName=a07&limit=1"_s)
                                  .json["users"_L1][0]["devices"_L1][0]["id"_L1]
                                  .toString();
    QCOMPARE(s01.deviceOperation(u"ListenIn"_s, {{u"targetDeviceUri"_s, s01.deviceUri(a07Device)}})
                 .statusCode(),
             0);
    const QString query = u"fields=*&subresources=devices&roles=ROLE_SUPERVISOR&limit=5"_s;
    QJsonObject device = list(query).json["users"_L1][0]["devices"_L1][0].toObject();
    QCOMPARE(device["supervisorMonitoringState"_L1]["state"_L1].toString(), u"ListenIn"_s);
    QCOMPARE(device["supervisorMonitoringState"_L1]["targetDeviceUri"_L1].toString(),
             s01.deviceUri(a07Device));
    QCOMPARE(s01.deviceOperation(u"CancelSupervisorMonitoring"_s).statusCode(), 0);
    device = list(query).json["users"_L1][0]["devices"_L1][0].toObject();
    QVERIFY(!device.contains("supervisorMonitoringState"_L1));
}

void tst_SimUsers::callsOfListedUsersAreAnExtension()
{
    // Extension usersCallsSubresource: each user's calls, as that user's /me/calls has them.
    GwsTestClient a04(m_sim->baseUrl(), u"a04"_s, u"p"_s);
    QVERIFY(a04.login());
    QCOMPARE(a04.dial(u"7006"_s).statusCode(), 0);
    const QJsonArray own = a04.calls();
    QCOMPARE(own.size(), 1);
    const QString query = u"fields=*&subresources=devices,calls&lastName=Brown&limit=10"_s;
    QJsonArray users = list(query).json.value("users"_L1).toArray();
    QCOMPARE(users.size(), 3);
    QCOMPARE(users.at(1)["userName"_L1].toString(), u"a04"_s);
    QCOMPARE(users.at(1)["calls"_L1].toArray().size(), 1);
    QCOMPARE(users.at(1)["calls"_L1][0]["id"_L1], own.at(0)["id"_L1]);
    QCOMPARE(users.at(1)["calls"_L1][0]["state"_L1], own.at(0)["state"_L1]);
    QCOMPARE(users.at(0)["calls"_L1].toArray(), QJsonArray()); // none: an empty list
    // Not asked for: not there.
    QVERIFY(!list(u"fields=*&subresources=devices&lastName=Brown&limit=10"_s)
                 .json["users"_L1][1].toObject().contains("calls"_L1));
    // Switched off: ignored like any unknown subresource, as a documented GWS would.
    QVERIFY(m_sim->setExtensionEnabled(u"usersCallsSubresource"_s, false));
    const HttpResult off = list(query);
    QCOMPARE(off.status, 200);
    users = off.json.value("users"_L1).toArray();
    QCOMPARE(users.size(), 3);
    QVERIFY(!users.at(1).toObject().contains("calls"_L1));
    QCOMPARE(users.at(1)["devices"_L1].toArray().size(), 1);
}

void tst_SimUsers::subresources_data()
{
    // GET /users/{id}: "If the subresources parameter is not included in the request, you
    // receive everything except the "skills" collection and "devices" collection."
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("devices");
    QTest::addColumn<bool>("skills");
    QTest::newRow("none") << QString() << false << false;
    QTest::newRow("devices") << u"?subresources=devices"_s << true << false;
    QTest::newRow("skills") << u"?subresources=skills"_s << false << true;
    QTest::newRow("skills,devices") << u"?subresources=skills,devices"_s << true << true;
    QTest::newRow("*") << u"?subresources=*"_s << true << true;
}

void tst_SimUsers::subresources()
{
    QFETCH(QString, query);
    QFETCH(bool, devices);
    QFETCH(bool, skills);
    const QString id =
        list(u"fields=id&userName=a06&limit=1"_s).json["users"_L1][0]["id"_L1].toString();
    const HttpResult r = m_admin->get(u"/api/v2/users/"_s + id + query);
    QCOMPARE(r.status, 200);
    const QJsonObject user = r.json.value("user"_L1).toObject();
    QCOMPARE(user["userName"_L1].toString(), u"a06"_s);
    QCOMPARE(user.contains("devices"_L1), devices);
    QCOMPARE(user.contains("skills"_L1), skills);
    if (devices) {
        QCOMPARE(user["devices"_L1].toArray().size(), 1);
        QCOMPARE(user["devices"_L1][0]["phoneNumber"_L1].toString(), u"7006"_s);
        QVERIFY(user["devices"_L1][0].toObject().contains("userState"_L1));
    }
    if (skills)
        QCOMPARE(user["skills"_L1].toArray(), QJsonArray()); // skills are not simulated
}

void tst_SimUsers::filters_data()
{
    // "The list of user properties which can be used for filtering: firstName, lastName,
    // userName, enabled, roles" and the subresource fields; exact values, all must match.
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("roles=ROLE_AGENT")
        << u"roles=ROLE_AGENT"_s
        << QStringList{u"a01"_s, u"a02"_s, u"a03"_s, u"a04"_s, u"a05"_s, u"a06"_s, u"a07"_s, u"s01"_s};
    QTest::newRow("roles=ROLE_SUPERVISOR") << u"roles=ROLE_SUPERVISOR"_s
                                           << QStringList{u"s01"_s, u"s02"_s};
    QTest::newRow("firstName") << u"firstName=Anna"_s
                               << QStringList{u"a01"_s, u"a04"_s, u"a05"_s};
    QTest::newRow("lastName") << u"lastName=Brown"_s << QStringList{u"a02"_s, u"a04"_s, u"a05"_s};
    QTest::newRow("lastName is exact") << u"lastName=brown"_s << QStringList();
    QTest::newRow("userName") << u"userName=a06"_s << QStringList{u"a06"_s};
    QTest::newRow("enabled=true") << u"enabled=true"_s << AllInConfigOrder;
    QTest::newRow("enabled=false") << u"enabled=false"_s << QStringList();
    QTest::newRow("devices.phoneNumber") << u"devices.phoneNumber=7005"_s << QStringList{u"a05"_s};
    QTest::newRow("skills.name") << u"skills.name=Sales"_s << QStringList();
    QTest::newRow("two fields") << u"firstName=Anna&lastName=Brown"_s
                                << QStringList{u"a04"_s, u"a05"_s};
    QTest::newRow("roles and name") << u"roles=ROLE_AGENT&firstName=Bob"_s << QStringList{u"a06"_s};
    QTest::newRow("no such field: not a filter") << u"colour=blue"_s << AllInConfigOrder;
    QTest::newRow("encoded") << u"lastName=%42rown"_s << QStringList{u"a02"_s, u"a04"_s, u"a05"_s};
}

void tst_SimUsers::filters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    for (const QString &fields : {u"fields=*&"_s, QString()}) {
        const HttpResult r = list(fields + query + u"&limit=100"_s);
        QCOMPARE(r.status, 200);
        if (fields.isEmpty()) // the same users as URIs
            QCOMPARE(r.json.value("uris"_L1).toArray().size(), expected.size());
        else
            QCOMPARE(userNames(r), expected);
    }
}

void tst_SimUsers::sort_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("lastName,firstName") << u"sortBy=lastName,firstName"_s << AllByName;
    QTest::newRow("Ascending") << u"sortBy=lastName,firstName&order=Ascending"_s << AllByName;
    // One order for all fields; ties reversed as well, so Descending is Ascending backwards.
    QTest::newRow("Descending") << u"sortBy=lastName,firstName&order=Descending"_s
                                << reversed(AllByName);
    QTest::newRow("userName") << u"sortBy=userName"_s
                              << QStringList{u"a01"_s, u"a02"_s, u"a03"_s, u"a04"_s, u"a05"_s,
                                             u"a06"_s, u"a07"_s, u"adm"_s, u"s01"_s, u"s02"_s};
    QTest::newRow("phoneNumber Descending")
        << u"sortBy=devices.phoneNumber&order=Descending"_s << reversed(AllInConfigOrder);
    QTest::newRow("firstName, ties in config order")
        << u"sortBy=firstName&roles=ROLE_AGENT"_s
        << QStringList{u"a01"_s, u"a04"_s, u"a05"_s, u"a06"_s, u"a07"_s, u"s01"_s, u"a03"_s, u"a02"_s};
    QTest::newRow("order alone keeps the list's order") << u"order=Descending"_s << AllInConfigOrder;
    QTest::newRow("agents by name") << u"roles=ROLE_AGENT&sortBy=lastName,firstName"_s
                                    << AgentsByName;
}

void tst_SimUsers::sort()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const HttpResult r = list(u"fields=userName&limit=100&"_s + query);
    QCOMPARE(r.status, 200);
    QCOMPARE(userNames(r), expected);
}

void tst_SimUsers::pages()
{
    // Pages of a sorted, filtered list follow on without overlap; past the end, none.
    const QString base = u"fields=userName&roles=ROLE_AGENT&sortBy=lastName,firstName&limit=3"_s;
    QCOMPARE(userNames(list(base)), AgentsByName.mid(0, 3));
    QCOMPARE(userNames(list(base + u"&offset=3"_s)), AgentsByName.mid(3, 3));
    QCOMPARE(userNames(list(base + u"&offset=6"_s)), AgentsByName.mid(6));
    const HttpResult past = list(base + u"&offset=8"_s);
    QCOMPARE(past.status, 200);
    QCOMPARE(past.json.value("users"_L1).toArray(), QJsonArray());
    QCOMPARE(userNames(list(u"fields=userName&limit=4&offset=8"_s)),
             QStringList({u"s02"_s, u"adm"_s}));
}

void tst_SimUsers::boardRequest()
{
    // What the team board sends, page after page until a short one.
    QStringList names;
    for (int offset = 0; offset < 100; offset += 3) {
        const HttpResult r = list(u"fields=*&subresources=devices&roles=ROLE_AGENT"
                                  u"&sortBy=lastName,firstName&order=Ascending&limit=3&offset="_s +
                                  QString::number(offset));
        QCOMPARE(r.status, 200);
        const QJsonArray users = r.json.value("users"_L1).toArray();
        for (const QJsonValue &u : users) {
            names << u["userName"_L1].toString();
            QVERIFY(u["devices"_L1][0]["userState"_L1]["state"_L1].isString());
        }
        if (users.size() < 3)
            break;
    }
    QCOMPARE(names, AgentsByName);
}

void tst_SimUsers::refused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("statusCode");
    // "The limit parameter in this request is mandatory."
    QTest::newRow("sortBy without limit") << u"sortBy=lastName"_s << 1;
    QTest::newRow("filter without limit") << u"fields=*&roles=ROLE_AGENT"_s << 1;
    QTest::newRow("offset without limit") << u"offset=3"_s << 1;
    QTest::newRow("limit 0") << u"limit=0"_s << 10;
    QTest::newRow("limit word") << u"limit=ten"_s << 10;
    QTest::newRow("limit negative") << u"limit=-5"_s << 10;
    QTest::newRow("offset negative") << u"limit=5&offset=-1"_s << 10;
    QTest::newRow("order unknown") << u"limit=5&sortBy=lastName&order=Up"_s << 10;
    QTest::newRow("sortBy unknown field") << u"limit=5&sortBy=id"_s << 10;
    QTest::newRow("statistics filter") << u"limit=5&statistics.channels.voice.state=Ready"_s << 10;
    QTest::newRow("statistics sort") << u"limit=5&sortBy=statistics.channels.voice.state"_s << 10;
}

void tst_SimUsers::refused()
{
    QFETCH(QString, query);
    QFETCH(int, statusCode);
    const HttpResult r = list(query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), statusCode);
    QVERIFY(!r.json.value("statusMessage"_L1).toString().isEmpty());
}

void tst_SimUsers::whoMayRead_data()
{
    // The docs name no role for /users ("Get a Specific User": a feature only); "List
    // Devices" requires the contact-center admin role for /devices and /users/{id}/devices.
    QTest::addColumn<QString>("role"); // the simulator's usersListRole
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("users"); // may read /users and /users/{id}
    QTest::newRow("supervisor: agent") << u"supervisor"_s << u"a01"_s << false;
    QTest::newRow("supervisor: supervisor") << u"supervisor"_s << u"s02"_s << true;
    QTest::newRow("supervisor: admin") << u"supervisor"_s << u"adm"_s << true;
    QTest::newRow("admin: agent") << u"admin"_s << u"a01"_s << false;
    QTest::newRow("admin: supervisor") << u"admin"_s << u"s02"_s << false;
    QTest::newRow("admin: admin") << u"admin"_s << u"adm"_s << true;
}

void tst_SimUsers::whoMayRead()
{
    QFETCH(QString, role);
    QFETCH(QString, user);
    QFETCH(bool, users);
    QVERIFY(m_sim->setUsersListRole(role));
    const QString a01 =
        list(u"fields=id&userName=a01&limit=1"_s).json["users"_L1][0]["id"_L1].toString();
    const QString device = list(u"fields=*&subresources=devices&userName=a01&limit=1"_s)
                               .json["users"_L1][0]["devices"_L1][0]["id"_L1]
                               .toString();
    QVERIFY(!a01.isEmpty() && !device.isEmpty());
    GwsTestClient client(m_sim->baseUrl(), user, u"p"_s);
    const bool admin = user == "adm"_L1;
    const QList<std::pair<QString, bool>> paths{
        {u"/api/v2/users"_s, users},
        {u"/api/v2/users?fields=*&subresources=devices&roles=ROLE_AGENT&limit=100"_s, users},
        {u"/api/v2/users/"_s + a01 + u"?subresources=devices"_s, users},
        {u"/api/v2/users/"_s + a01 + u"/devices"_s, admin},
        {u"/api/v2/devices?fields=*"_s, admin},
        {u"/api/v2/devices/"_s + device, admin}};
    for (const auto &[path, allowed] : paths) {
        const HttpResult r = client.get(path);
        QVERIFY2(r.status == (allowed ? 200 : 403), qPrintable(path));
        QCOMPARE(r.statusCode(), allowed ? 0 : 5);
    }
}

void tst_SimUsers::usersListRoleInConfig()
{
    QByteArray config = Config;
    config.insert(config.lastIndexOf('}'), ", \"usersListRole\": \"admin\"");
    QVERIFY(m_sim->loadConfigJson(config));
    GwsTestClient supervisor(m_sim->baseUrl(), u"s02"_s, u"p"_s);
    QCOMPARE(supervisor.get(u"/api/v2/users"_s).status, 403);
    QVERIFY(!m_sim->setUsersListRole(u"agent"_s));
    QString error;
    config = Config;
    config.insert(config.lastIndexOf('}'), ", \"usersListRole\": \"everyone\"");
    QVERIFY(!m_sim->loadConfigJson(config, &error));
    QVERIFY(error.contains(u"usersListRole"_s));
    QVERIFY(m_sim->setUsersListRole(u"supervisor"_s));
    QCOMPARE(supervisor.get(u"/api/v2/users"_s).status, 200);
}

QTEST_MAIN(tst_SimUsers)
#include "tst_sim_users.moc"
