// The simulator's side of tests/contract/contract.json, over HTTP: every number example
// dialled, every DTMF example sent, each operation's required attributes left out, and
// the resources and notifications it serves checked against the contract's fields and
// types. The client's side is tests/model/tst_model_contract.

#include "gwssimulator.h"
#include "gwstestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

QJsonObject contract()
{
    QFile file(QString::fromUtf8(CONTRACT_JSON));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", CONTRACT_JSON);
    return QJsonDocument::fromJson(file.readAll()).object();
}

void addExamples(const char *table)
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("deviation");
    const QJsonArray rows = contract().value(QLatin1String(table)).toArray();
    QVERIFY(rows.size() > 5);
    for (const QJsonValue &row : rows) {
        const QString input = row["input"_L1].toString();
        QTest::addRow("%s", qPrintable(u"\"%1\""_s.arg(input)))
            << input << row["valid"_L1].toBool() << row["normalized"_L1].toString()
            << row["code"_L1].toInt(-1) << row["knownDeviation"_L1]["sim"_L1].toString();
    }
}

bool hasType(const QJsonValue &v, const QString &type)
{
    return (type == "string"_L1 && v.isString()) || (type == "number"_L1 && v.isDouble())
        || (type == "array"_L1 && v.isArray()) || (type == "object"_L1 && v.isObject());
}

// Empty when `resource` has every required field and each present field its type.
QString fieldProblems(const QJsonObject &resource, const QString &kind)
{
    const QJsonObject spec = contract()["resources"_L1][kind].toObject();
    QStringList problems;
    for (const char *part : {"required", "optional"}) {
        const QJsonObject fields = spec.value(QLatin1String(part)).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!resource.contains(it.key())) {
                if (part == std::string_view("required"))
                    problems << it.key() + u" missing"_s;
            } else if (!hasType(resource.value(it.key()), it.value().toString())) {
                problems << it.key() + u" not a "_s + it.value().toString();
            }
        }
    }
    return problems.join(u", "_s);
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

} // namespace

class tst_SimContract : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void numbers_data() { addExamples("numbers"); }
    void numbers();
    void dtmf_data() { addExamples("dtmf"); }
    void dtmf();
    void requiredAttributes_data();
    void requiredAttributes();
    void resourcesAndNotifications();

private:
    QString establishedCall(); // an outbound call of agent1, answered by the far side
    QString callOffering(const QString &operation); // a call whose capabilities list it
    void hangUpAll();

    std::unique_ptr<GwsSimulator> m_sim;
    std::unique_ptr<GwsTestClient> m_agent;
};

void tst_SimContract::init()
{
    m_sim = std::make_unique<GwsSimulator>();
    m_sim->setExternalAnswerDelay(50);
    QVERIFY(m_sim->listen());
    m_agent = std::make_unique<GwsTestClient>(m_sim->baseUrl(), u"agent1"_s, u"agent1"_s);
    QVERIFY(m_agent->login());
    QVERIFY(m_agent->startNotifications());
}

void tst_SimContract::cleanup()
{
    m_agent.reset();
    m_sim.reset();
}

QString tst_SimContract::establishedCall()
{
    const int from = m_agent->mark();
    if (m_agent->dial(u"+15550007777"_s).statusCode() != 0)
        return {};
    const QString id = m_agent
                           ->waitForEvent(
                               [](const QJsonObject &e) {
                                   return e["data"_L1]["call"_L1]["state"_L1] == "Established"_L1;
                               },
                               5000, from)
                           .value("data"_L1)["call"_L1]["id"_L1]
                           .toString();
    return id;
}

QString tst_SimContract::callOffering(const QString &operation)
{
    const auto offers = [&](const QString &id) {
        return strings(m_agent->call(id).value("capabilities"_L1)).contains(operation);
    };
    const QString id = establishedCall();
    if (id.isEmpty() || offers(id))
        return id;
    int from = m_agent->mark();
    if (operation == "RemoveParticipantFromConference"_L1) {
        // A conference: the far side brought in by SingleStepConference.
        m_agent->operate(id, u"SingleStepConference"_s,
                         {{u"destination"_s, QJsonObject{{u"phoneNumber"_s, u"+15550008888"_s}}}});
        return QTest::qWaitFor([&] { return offers(id); }) ? id : QString();
    }
    // Swap and merge: this call held, a second one established.
    m_agent->operate(id, u"Hold"_s);
    if (m_agent->waitForCall(id, u"Held"_s, 5000, from).isEmpty())
        return {};
    const QString second = establishedCall();
    return !second.isEmpty() && QTest::qWaitFor([&] { return offers(second); }) ? second
                                                                                : QString();
}

void tst_SimContract::hangUpAll()
{
    for (const QJsonValue &call : m_agent->calls())
        QCOMPARE(m_agent->operate(call["id"_L1].toString(), u"Hangup"_s).statusCode(), 0);
    QTRY_VERIFY(m_agent->calls().isEmpty());
}

void tst_SimContract::numbers()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(int, code);
    QFETCH(QString, deviation);
    const HttpResult r = m_agent->dial(input);
    if (!deviation.isEmpty())
        QEXPECT_FAIL("", qPrintable(deviation), Abort);
    QCOMPARE(r.status, valid ? 200 : 400);
    QCOMPARE(r.statusCode(), valid ? 0 : code);
    if (!valid)
        return;
    // The number dialled is the normalized one.
    const QJsonArray calls = m_agent->calls();
    QCOMPARE(calls.size(), 1);
    QStringList numbers;
    for (const QJsonValue &p : calls.at(0)["participants"_L1].toArray())
        numbers << p["phoneNumber"_L1].toString();
    QVERIFY2(numbers.contains(normalized), qPrintable(numbers.join(u' ')));
    hangUpAll();
}

void tst_SimContract::dtmf()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(int, code);
    QFETCH(QString, deviation);
    const QString id = establishedCall();
    QVERIFY(!id.isEmpty());
    const HttpResult r = m_agent->operate(id, u"SendDtmf"_s, {{u"digits"_s, input}});
    if (!deviation.isEmpty())
        QEXPECT_FAIL("", qPrintable(deviation), Abort);
    QCOMPARE(r.status, valid ? 200 : 400);
    QCOMPARE(r.statusCode(), valid ? 0 : code);
}

void tst_SimContract::requiredAttributes_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("deviation");
    const QJsonObject ops = contract()["operations"_L1].toObject();
    int rows = 0;
    for (const char *kind : {"device", "call"}) {
        const QJsonObject byName = ops.value(QLatin1String(kind)).toObject();
        for (auto it = byName.begin(); it != byName.end(); ++it) {
            for (const QString &attribute : strings(it.value()["required"_L1])) {
                QTest::addRow("%s %s", qPrintable(it.key()), qPrintable(attribute))
                    << it.key() << attribute
                    << it.value()["knownDeviation"_L1]["sim"_L1].toString();
                ++rows;
            }
        }
    }
    QVERIFY(rows >= 8);
}

// Left out, a required attribute is refused as missing (400, statusCode 1).
void tst_SimContract::requiredAttributes()
{
    QFETCH(QString, operation);
    QFETCH(QString, deviation);
    HttpResult r;
    if (operation == "Dial"_L1) {
        r = m_agent->post(u"/api/v2/me/devices/"_s + m_agent->deviceId() + u"/calls"_s,
                          QJsonObject{{u"operationName"_s, operation}});
    } else {
        // Offered now, so a refusal can only be for the missing attribute.
        const QString id = callOffering(operation);
        QVERIFY2(!id.isEmpty(), "no call offering the operation");
        r = m_agent->operate(id, operation);
    }
    if (!deviation.isEmpty())
        QEXPECT_FAIL("", qPrintable(deviation), Abort);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.statusCode(), contract()["statusCodes"_L1]["missingParameter"_L1].toInt());
}

// What the simulator serves has the contract's fields and types, and every notification it
// sent during an ordinary call is of a contract type.
void tst_SimContract::resourcesAndNotifications()
{
    const QString id = establishedCall();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_agent->operate(id, u"AttachUserData"_s, {{u"userData"_s, QJsonObject{{u"k"_s, u"v"_s}}}})
                 .statusCode(),
             0);
    QCOMPARE(m_agent->operate(id, u"SendDtmf"_s, {{u"digits"_s, u"1"_s}}).statusCode(), 0);
    QVERIFY(!m_agent->waitForNotification(id, u"DtmfSent"_s).isEmpty());
    const QJsonObject call = m_agent->call(id);
    QVERIFY(!call.isEmpty());
    QCOMPARE(fieldProblems(call, u"call"_s), QString());
    const QJsonArray devices = m_agent->get(u"/api/v2/me/devices?fields=*"_s).json["devices"_L1].toArray();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(fieldProblems(devices.at(0).toObject(), u"device"_s), QString());
    hangUpAll();

    const QJsonObject byChannel = contract()["notifications"_L1].toObject();
    const QStringList states = strings(contract()["callStates"_L1]);
    int seen = 0;
    for (const QJsonObject &e : m_agent->events()) {
        const QString channel = e["channel"_L1].toString();
        const QJsonObject data = e["data"_L1].toObject();
        QVERIFY2(byChannel.contains(channel), qPrintable(channel));
        const QJsonObject spec = byChannel[channel].toObject();
        QCOMPARE(data["messageType"_L1].toString(), spec["messageType"_L1].toString());
        if (data.contains("call"_L1)) {
            QVERIFY(strings(spec["notificationTypes"_L1])
                        .contains(data["notificationType"_L1].toString()));
            QVERIFY(states.contains(data["call"_L1]["state"_L1].toString()));
            QCOMPARE(fieldProblems(data["call"_L1].toObject(), u"call"_s), QString());
        } else {
            for (const QJsonValue &d : data["devices"_L1].toArray())
                QCOMPARE(fieldProblems(d.toObject(), u"device"_s), QString());
        }
        ++seen;
    }
    QVERIFY(seen >= 5); // dialing, established, user data, DTMF, released, device
}

QTEST_MAIN(tst_SimContract)
#include "tst_sim_contract.moc"
