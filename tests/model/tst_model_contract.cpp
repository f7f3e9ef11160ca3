// The client's side of tests/contract/contract.json: number and DTMF checks against every
// example, the message types and call states it must know, and call/device resources
// built from the contract's field list. The simulator's side is tests/sim/tst_sim_contract.

#include "call.h"
#include "device.h"
#include "notification.h"
#include "validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject contract()
{
    QFile file(QString::fromUtf8(CONTRACT_JSON));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing %s", CONTRACT_JSON);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad contract: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Rows of one example table; a row the client is known to get wrong is marked.
void addExamples(const char *table)
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("deviation");
    const QJsonArray rows = contract().value(QLatin1String(table)).toArray();
    QVERIFY(rows.size() > 5);
    for (const QJsonValue &row : rows) {
        const QString input = row["input"_L1].toString();
        QTest::addRow("%s", qPrintable(u"\"%1\""_s.arg(input)))
            << input << row["valid"_L1].toBool() << row["normalized"_L1].toString()
            << row["knownDeviation"_L1]["client"_L1].toString();
    }
}

// A value of the contract's type name, for building a resource.
QJsonValue sample(const QString &type, const QString &field)
{
    if (type == "string"_L1)
        return field == "state"_L1 ? u"Established"_s : u"x-"_s + field;
    if (type == "number"_L1)
        return 7;
    if (type == "array"_L1)
        return QJsonArray{};
    if (type == "object"_L1)
        return QJsonObject{};
    qFatal("unknown type %s", qPrintable(type));
    return {};
}

QJsonObject resource(const QString &kind)
{
    const QJsonObject spec = contract()["resources"_L1][kind].toObject();
    QJsonObject out;
    for (const char *part : {"required", "optional"}) {
        const QJsonObject fields = spec.value(QLatin1String(part)).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it)
            out.insert(it.key(), sample(it.value().toString(), it.key()));
    }
    return out;
}

} // namespace

class tst_ModelContract : public QObject
{
    Q_OBJECT
private slots:
    void numbers_data() { addExamples("numbers"); }
    void numbers();
    void dtmf_data() { addExamples("dtmf"); }
    void dtmf();
    void callStates();
    void notificationTypes();
    void callResource();
    void deviceResource();
};

void tst_ModelContract::numbers()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);
    QFETCH(QString, deviation);
    if (!deviation.isEmpty())
        QEXPECT_FAIL("", qPrintable(deviation), Abort);
    QString error;
    const auto result = Validation::normalizeDestination(input, &error);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, normalized);
    else
        QVERIFY(!error.isEmpty()); // a reason for the user
}

void tst_ModelContract::dtmf()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, deviation);
    if (!deviation.isEmpty())
        QEXPECT_FAIL("", qPrintable(deviation), Abort);
    QString error;
    QCOMPARE(Validation::isValidDtmf(input, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void tst_ModelContract::callStates()
{
    const QJsonArray states = contract().value("callStates"_L1).toArray();
    QVERIFY(!states.isEmpty());
    for (const QJsonValue &s : states) {
        const CallState state = callStateFromString(s.toString());
        QVERIFY2(state != CallState::Unknown, qPrintable(s.toString()));
        QCOMPARE(callStateToString(state), s.toString());
    }
}

// Every documented notification type reaches the client as what it is.
void tst_ModelContract::notificationTypes()
{
    const QJsonObject byChannel = contract().value("notifications"_L1).toObject();
    const QJsonObject calls = byChannel["/v2/me/calls"_L1].toObject();
    const QJsonArray types = calls["notificationTypes"_L1].toArray();
    QVERIFY(types.size() >= 4);
    for (const QJsonValue &type : types) {
        const QJsonObject data{{u"messageType"_s, calls["messageType"_L1]},
                               {u"notificationType"_s, type},
                               {u"call"_s, resource(u"call"_s)}};
        const auto n = parseNotification(data);
        QVERIFY2(n, qPrintable(type.toString()));
        const auto *c = std::get_if<CallNotification>(&*n);
        QVERIFY2(c, qPrintable(type.toString()));
        QCOMPARE(c->notificationType, type.toString());
    }
    const QJsonObject devices = byChannel["/v2/me/devices"_L1].toObject();
    const QJsonObject data{{u"messageType"_s, devices["messageType"_L1]},
                           {u"devices"_s, QJsonArray{resource(u"device"_s)}}};
    const auto n = parseNotification(data);
    QVERIFY(n);
    const auto *d = std::get_if<DeviceNotification>(&*n);
    QVERIFY(d);
    QCOMPARE(d->devices.size(), 1);
}

// A call with every contract field, of the contract's type, is read; without a required
// field that identifies it, it is refused.
void tst_ModelContract::callResource()
{
    const QJsonObject call = resource(u"call"_s);
    QVERIFY(call.contains("id"_L1));
    const auto parsed = parseCall(call);
    QVERIFY(parsed);
    QCOMPARE(parsed->id, call["id"_L1].toString());
    QCOMPARE(parsed->state, CallState::Established);
    QCOMPARE(parsed->callType, call["callType"_L1].toString());
    QCOMPARE(parsed->uri, call["uri"_L1].toString());
    QJsonObject anonymous = call;
    anonymous.remove(u"id"_s);
    anonymous.remove(u"uri"_s);
    QVERIFY(!parseCall(anonymous));
}

void tst_ModelContract::deviceResource()
{
    const QJsonObject device = resource(u"device"_s);
    const auto parsed = parseDevice(device);
    QVERIFY(parsed);
    QCOMPARE(parsed->id, device["id"_L1].toString());
    QCOMPARE(parsed->phoneNumber, device["phoneNumber"_L1].toString());
    QJsonObject anonymous = device;
    anonymous.remove(u"id"_s);
    QVERIFY(!parseDevice(anonymous));
}

QTEST_GUILESS_MAIN(tst_ModelContract)
#include "tst_model_contract.moc"
