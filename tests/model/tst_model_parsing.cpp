#include "call.h"
#include "device.h"
#include "notification.h"
#include "participant.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fixtureBytes(const QString &name)
{
    QFile file(QDir(QString::fromUtf8(MODEL_FIXTURES_DIR)).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonObject fixture(const QString &name)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(fixtureBytes(name), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad fixture %s: %s", qPrintable(name), qPrintable(error.errorString()));
    return doc.object();
}

QJsonValue json(const char *text)
{
    // Wrapped so that scalars parse too.
    const QByteArray wrapped = QByteArray("[") + text + "]";
    return QJsonDocument::fromJson(wrapped).array().at(0);
}

const QStringList allFixtures = {
    u"call-dialing-participant-objects.json"_s, u"call-dialing-participant-strings.json"_s,
    u"call-resource-established.json"_s,        u"device-state-notready.json"_s,
    u"device-state-ready.json"_s,               u"device-state-aftercallwork.json"_s,
    u"device-state-auxwork.json"_s,             u"device-dnd-on-supervisor.json"_s,
    u"device-monitoring-listenin.json"_s,       u"call-supervisor-switched-to-listenin.json"_s,
    u"devices-list-fields.json"_s,              u"devices-list-uris.json"_s,
};

// The one device of a documented DeviceStateChangeMessage fixture.
Device deviceOf(const QString &file)
{
    const auto n = parseNotification(fixture(file).value("data"_L1));
    const auto *devices = n ? std::get_if<DeviceNotification>(&*n) : nullptr;
    if (!devices || devices->devices.size() != 1)
        qFatal("fixture %s has no single device", qPrintable(file));
    return devices->devices.first();
}

// Every value that differs from `value` by one cut: a key dropped, an array entry
// dropped, an object or array cut after its first half, a string cut in half or emptied.
QList<QJsonValue> partialValues(const QJsonValue &value)
{
    QList<QJsonValue> out;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QStringList keys = object.keys();
        QJsonObject head;
        for (qsizetype i = 0; i < keys.size() / 2; ++i)
            head.insert(keys.at(i), object.value(keys.at(i)));
        if (!keys.isEmpty())
            out << head;
        for (const QString &key : keys) {
            QJsonObject without = object;
            without.remove(key);
            out << without;
            for (const QJsonValue &part : partialValues(object.value(key))) {
                QJsonObject changed = object;
                changed.insert(key, part);
                out << changed;
            }
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        QJsonArray head;
        for (qsizetype i = 0; i < array.size() / 2; ++i)
            head.append(array.at(i));
        if (!array.isEmpty())
            out << head;
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonArray without = array;
            without.removeAt(i);
            out << without;
            for (const QJsonValue &part : partialValues(array.at(i))) {
                QJsonArray changed = array;
                changed.replace(i, part);
                out << changed;
            }
        }
    } else if (value.isString() && !value.toString().isEmpty()) {
        const QString text = value.toString();
        out << QJsonValue(text.left(text.size() / 2)) << QJsonValue(QString());
    }
    return out;
}

} // namespace

class tst_ModelParsing : public QObject
{
    Q_OBJECT
private slots:
    void callNotificationFixtures_data();
    void callNotificationFixtures();
    void callResourceFixture();
    void participantShapesAgree();
    void participants_data();
    void participants();
    void deviceFixtures_data();
    void deviceFixtures();
    void duration_data();
    void duration();
    void flags_data();
    void flags();
    void workModes();
    void doNotDisturbAndMonitoringState();
    void supervisorCallAfterSwitch();
    void deviceList();
    void idFromOwnUri();
    void monitoringLegFromCapabilities_data();
    void monitoringLegFromCapabilities();
    void supervisionFromDocumentedFields_data();
    void supervisionFromDocumentedFields();
    void callerNameFromCaseData();
    void malformedCall_data();
    void malformedCall();
    void wrongTypesGiveDefaults();
    void extraFieldsIgnored();
    void truncatedFixtures_data();
    void truncatedFixtures();
    void notifications_data();
    void notifications();
    void malformedDevice_data();
    void malformedDevice();
    void callStateNames_data();
    void callStateNames();
    void remoteParty_data();
    void remoteParty();
    void liveDuration_data();
    void liveDuration();
    void wrapUpTimeFromExtensions_data();
    void wrapUpTimeFromExtensions();
};

void tst_ModelParsing::callNotificationFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("phoneNumber");
    QTest::addColumn<QString>("participant");
    QTest::addColumn<QString>("path");

    QTest::newRow("participant objects")
        << u"call-dialing-participant-objects.json"_s << u"012PUFMMS0ASNAK48O7GK2LAES000004"_s
        << u"15000"_s << u"15002"_s << u"/calls/012PUFMMS0ASNAK48O7GK2LAES000004"_s;
    QTest::newRow("participant strings")
        << u"call-dialing-participant-strings.json"_s << u"013V08JRL498H1OI04000VTAES00000G"_s
        << u"5005"_s << u"5001"_s << QString(); // no path: it is optional
}

void tst_ModelParsing::callNotificationFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, phoneNumber);
    QFETCH(QString, participant);
    QFETCH(QString, path);

    const QJsonObject event = fixture(file);
    QCOMPARE(event.value("channel"_L1).toString(), u"/v2/me/calls"_s);
    QString error;
    const auto parsed = parseNotification(event.value("data"_L1), &error);
    QVERIFY2(parsed, qPrintable(error));
    const auto *n = std::get_if<CallNotification>(&*parsed);
    QVERIFY(n);
    QCOMPARE(n->notificationType, u"StatusChange"_s);
    QCOMPARE(n->phoneNumber, phoneNumber);

    const Call &call = n->call;
    QCOMPARE(call.id, id);
    QCOMPARE(call.state, CallState::Dialing);
    QCOMPARE(call.callType, u"Internal"_s);
    QCOMPARE(call.durationSeconds, 0);
    QVERIFY(!call.muted);
    QVERIFY(!call.monitoring);
    QCOMPARE(call.path, path);
    QCOMPARE(call.dnis, participant);
    QVERIFY(call.uri.endsWith(id));
    QVERIFY(call.receivedAt.isValid());
    QCOMPARE(call.capabilities.size(), 6);
    QVERIFY(call.can(u"Hangup"_s));
    QVERIFY(!call.can(u"Hold"_s));
    QCOMPARE(call.participants.size(), 1);
    QCOMPARE(call.participants.first().phoneNumber, participant);
    QCOMPARE(call.participants.first().displayNumber(), participant);
    QCOMPARE(call.remoteParty(), participant);
}

void tst_ModelParsing::callResourceFixture()
{
    QString error;
    const auto call = parseCall(fixture(u"call-resource-established.json"_s), &error);
    QVERIFY2(call, qPrintable(error));
    QCOMPARE(call->id, u"01RCC3N118B1V0SL8O7GK2LAES000010"_s);
    QCOMPARE(call->state, CallState::Established);
    QCOMPARE(call->durationSeconds, 7); // "duration": "7"
    QCOMPARE(call->recordingState, u"Stopped"_s);
    QCOMPARE(call->userData.value(u"AccountNumber"_s).toString(), u"12345678"_s);
    QCOMPARE(call->capabilities.size(), 12);
    QVERIFY(call->can(u"InitiateConference"_s));
    QCOMPARE(call->connId, u"0071027198180020"_s);
    QCOMPARE(call->participants.size(), 1);
    QCOMPARE(call->participants.first().e164Number, QString());
    QCOMPARE(call->remoteParty(), u"15001"_s);
}

// The same participants written in both documented shapes parse to the same list.
void tst_ModelParsing::participantShapesAgree()
{
    const QJsonValue objects = json(R"([
        {"phoneNumber": "5001", "formattedPhoneNumber": "50 01", "digits": "5001", "e164Number": "+15001"},
        {"phoneNumber": "5002", "digits": "5002"}])");
    const QJsonValue strings = json(R"(["5001", "5002"])");
    const QJsonValue info = json(R"([
        {"formattedPhoneNumber": "50 01", "digits": "5001", "e164Number": "+15001"},
        {"digits": "5002"}])");

    const QList<Participant> fromObjects = parseParticipants(objects, QJsonValue());
    const QList<Participant> fromStrings = parseParticipants(strings, info);
    QCOMPARE(fromObjects.size(), 2);
    QCOMPARE(fromStrings, fromObjects);
    QCOMPARE(fromObjects.at(0).displayNumber(), u"50 01"_s);
    QCOMPARE(fromObjects.at(1).displayNumber(), u"5002"_s);

    // And the two fixtures give the same shape: one participant, number and digits set.
    const auto a = parseNotification(
        fixture(u"call-dialing-participant-objects.json"_s).value("data"_L1));
    const auto b = parseNotification(
        fixture(u"call-dialing-participant-strings.json"_s).value("data"_L1));
    QVERIFY(a && b);
    const Participant pa = std::get<CallNotification>(*a).call.participants.value(0);
    const Participant pb = std::get<CallNotification>(*b).call.participants.value(0);
    QCOMPARE(pa, (Participant{u"15002"_s, u"15002"_s, u"15002"_s, QString()}));
    QCOMPARE(pb, (Participant{u"5001"_s, u"5001"_s, u"5001"_s, u"5001"_s}));
}

void tst_ModelParsing::participants_data()
{
    QTest::addColumn<QString>("participants");
    QTest::addColumn<QString>("info");
    QTest::addColumn<QStringList>("numbers"); // displayNumber() of each parsed entry

    QTest::newRow("missing") << QString() << QString() << QStringList();
    QTest::newRow("not an array") << u"\"5001\""_s << QString() << QStringList();
    QTest::newRow("empty array") << u"[]"_s << u"[]"_s << QStringList();
    QTest::newRow("numbers as numbers") << u"[5001, {\"phoneNumber\": 5002}]"_s << QString()
                                        << QStringList{u"5001"_s, u"5002"_s};
    QTest::newRow("junk entries skipped")
        << u"[null, true, [], {}, {\"digits\": 7}, \"5003\"]"_s << QString()
        << QStringList{u"7"_s, u"5003"_s};
    QTest::newRow("info shorter") << u"[\"5001\", \"5002\"]"_s
                                  << u"[{\"formattedPhoneNumber\": \"50-01\"}]"_s
                                  << QStringList{u"50-01"_s, u"5002"_s};
    QTest::newRow("info not objects") << u"[\"5001\"]"_s << u"[\"x\"]"_s
                                      << QStringList{u"5001"_s};
    QTest::newRow("info only") << QString() << u"[{\"digits\": \"5001\"}]"_s
                               << QStringList{u"5001"_s};
}

void tst_ModelParsing::participants()
{
    QFETCH(QString, participants);
    QFETCH(QString, info);
    QFETCH(QStringList, numbers);

    const auto value = [](const QString &text) {
        return text.isNull() ? QJsonValue(QJsonValue::Undefined) : json(text.toUtf8().constData());
    };
    const QList<Participant> parsed = parseParticipants(value(participants), value(info));
    QStringList shown;
    for (const Participant &p : parsed)
        shown.append(p.displayNumber());
    QCOMPARE(shown, numbers);
}

void tst_ModelParsing::deviceFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("userState");
    QTest::addColumn<QString>("phoneNumber");
    QTest::addColumn<QStringList>("capabilities");

    QTest::newRow("ready") << u"device-state-ready.json"_s
                           << u"74152ed8-858f-4a33-9e96-36213a678d30"_s << u"Ready"_s
                           << u"5000"_s << QStringList{u"ForwardCallsOn"_s};
    QTest::newRow("not ready") << u"device-state-notready.json"_s
                               << u"efe1ab32-53f9-43ce-b65e-5768c61f7d4a"_s << u"NotReady"_s
                               << u"5005"_s
                               << QStringList{u"DoNotDisturbOn"_s, u"ForwardCallsOn"_s,
                                              u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s};
}

void tst_ModelParsing::deviceFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, userState);
    QFETCH(QString, phoneNumber);
    QFETCH(QStringList, capabilities);

    const QJsonObject event = fixture(file);
    QString error;
    const auto parsed = parseNotification(event.value("data"_L1), &error);
    QVERIFY2(parsed, qPrintable(error));
    const auto *n = std::get_if<DeviceNotification>(&*parsed);
    QVERIFY(n);
    QCOMPARE(n->devices.size(), 1);
    const Device &d = n->devices.first();
    QCOMPARE(d.id, id);
    QCOMPARE(d.deviceState, u"Active"_s);
    QCOMPARE(d.userState.state, userState);
    QVERIFY(!d.userState.displayName.isEmpty());
    QVERIFY(!d.userState.id.isEmpty());
    QCOMPARE(d.phoneNumber, phoneNumber);
    QCOMPARE(d.e164Number, phoneNumber);
    QVERIFY(!d.doNotDisturb);
    QCOMPARE(d.capabilities, capabilities);
}

void tst_ModelParsing::workModes()
{
    // After-call work and aux work are NotReady with a work mode ("AfterCallWork",
    // "AuxWork" pages), never states of their own.
    const Device acw = deviceOf(u"device-state-aftercallwork.json"_s);
    QCOMPARE(acw.userState.state, u"NotReady"_s);
    QCOMPARE(acw.userState.workMode, u"AfterCallWork"_s);
    QVERIFY(acw.userState.isAfterCallWork());
    QCOMPARE(agentStateLabel(acw.userState), u"After Call Work"_s);
    const Device aux = deviceOf(u"device-state-auxwork.json"_s);
    QCOMPARE(aux.userState.workMode, u"AuxWork"_s);
    QVERIFY(!aux.userState.isAfterCallWork());
    QCOMPARE(agentStateLabel(aux.userState), u"Aux Work"_s);
    const Device ready = deviceOf(u"device-state-ready.json"_s);
    QVERIFY(ready.userState.workMode.isEmpty());
    QCOMPARE(agentStateLabel(ready.userState), u"Ready"_s);
    // Device capabilities are device operations only: no agent-state operation in them.
    QVERIFY(!ready.can(u"Ready"_s) && !ready.can(u"NotReady"_s));
}

void tst_ModelParsing::doNotDisturbAndMonitoringState()
{
    const Device dnd = deviceOf(u"device-dnd-on-supervisor.json"_s);
    QVERIFY(dnd.doNotDisturb);
    QVERIFY(dnd.can(u"DoNotDisturbOff"_s));
    QVERIFY(!dnd.monitoring.isActive());

    // 8.5.2 sample: supervisorMonitoringState is an object.
    const Device monitoring = deviceOf(u"device-monitoring-listenin.json"_s);
    QCOMPARE(monitoring.monitoring.state, u"ListenIn"_s);
    QCOMPARE(monitoring.monitoring.mode, u"AllCalls"_s);
    QCOMPARE(monitoring.monitoring.scope, u"Call"_s);
    QCOMPARE(idFromUri(monitoring.monitoring.targetDeviceUri),
             u"9c14cad7-17c4-48d0-8492-7cf0ff92c224"_s);
    QVERIFY(monitoring.can(u"CancelSupervisorMonitoring"_s));

    // The older attribute table: a string state beside supervisorMonitoringMode.
    const auto older = parseDevice(json(R"({"id": "d1", "supervisorMonitoringState": "Coach",
        "supervisorMonitoringMode": "NextCall", "supervisorMonitoringScope": "Agent"})"));
    QVERIFY(older);
    QCOMPARE(older->monitoring.state, u"Coach"_s);
    QCOMPARE(older->monitoring.mode, u"NextCall"_s);
    QCOMPARE(older->monitoring.scope, u"Agent"_s);
    const auto none = parseDevice(json(R"({"id": "d1", "supervisorMonitoringState": "None"})"));
    QVERIFY(none && !none->monitoring.isActive());
}

void tst_ModelParsing::supervisorCallAfterSwitch()
{
    const auto n = parseNotification(
        fixture(u"call-supervisor-switched-to-listenin.json"_s).value("data"_L1));
    QVERIFY(n);
    const auto *c = std::get_if<CallNotification>(&*n);
    QVERIFY(c);
    QVERIFY(c->call.monitoring); // SwitchToBargeIn offered
    QVERIFY(c->call.muted);      // a listening supervisor is muted
    QCOMPARE(c->call.participants.size(), 2);
}

void tst_ModelParsing::deviceList()
{
    // GET /me/devices?fields=*: devices without `uri` or `userState`, as documented.
    const QJsonArray devices = fixture(u"devices-list-fields.json"_s).value("devices"_L1).toArray();
    QCOMPARE(devices.size(), 2);
    QStringList ids;
    for (const QJsonValue &v : devices) {
        const auto d = parseDevice(v);
        QVERIFY(d);
        ids.append(d->id);
    }
    QCOMPARE(ids, (QStringList{u"0c754c1f-7a65-4a7f-9a2b-c5bb5c983653"_s,
                               u"1fd21300-303d-401f-9b4c-0d9c2801433e"_s}));
    // Without fields=* there are only URIs: nothing to parse as a device.
    const QJsonObject uris = fixture(u"devices-list-uris.json"_s);
    QVERIFY(!uris.contains(u"devices"_s));
    QCOMPARE(idFromUri(uris.value("uris"_L1).toArray().first().toString()),
             u"0c754c1f-7a65-4a7f-9a2b-c5bb5c983653"_s);
}

void tst_ModelParsing::idFromOwnUri()
{
    const auto call = parseCall(json(R"({"uri": "http://127.0.0.1:8080/api/v2/me/calls/abc123",
                                         "state": "Ringing"})"));
    QVERIFY(call);
    QCOMPARE(call->id, u"abc123"_s);
    const auto device = parseDevice(json(R"({"uri": "http://h/api/v2/devices/dev-9/"})"));
    QVERIFY(device);
    QCOMPARE(device->id, u"dev-9"_s);
    QVERIFY(!parseCall(json(R"({"state": "Ringing"})"))); // neither id nor uri
}

void tst_ModelParsing::duration_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("seconds");

    QTest::newRow("string") << u"\"7\""_s << 7;
    QTest::newRow("number") << u"7"_s << 7;
    QTest::newRow("fraction") << u"7.9"_s << 7;
    QTest::newRow("padded string") << u"\" 12 \""_s << 12;
    QTest::newRow("negative") << u"-3"_s << 0;
    QTest::newRow("huge") << u"1e300"_s << std::numeric_limits<int>::max();
    QTest::newRow("not a number") << u"\"abc\""_s << 0;
    QTest::newRow("empty string") << u"\"\""_s << 0;
    QTest::newRow("null") << u"null"_s << 0;
    QTest::newRow("bool") << u"true"_s << 0;
    QTest::newRow("object") << u"{}"_s << 0;
}

void tst_ModelParsing::duration()
{
    QFETCH(QString, value);
    QFETCH(int, seconds);

    const QByteArray text = "{\"id\": \"c1\", \"duration\": " + value.toUtf8() + "}";
    const auto call = parseCall(QJsonDocument::fromJson(text).object());
    QVERIFY(call);
    QCOMPARE(call->durationSeconds, seconds);
}

void tst_ModelParsing::flags_data()
{
    QTest::addColumn<QString>("mute");
    QTest::addColumn<bool>("muted");

    QTest::newRow("On") << u"\"On\""_s << true;
    QTest::newRow("Off") << u"\"Off\""_s << false;
    QTest::newRow("on") << u"\"on\""_s << true;
    QTest::newRow("bool true") << u"true"_s << true;
    QTest::newRow("bool false") << u"false"_s << false;
    QTest::newRow("other text") << u"\"Maybe\""_s << false;
    QTest::newRow("array") << u"[\"On\"]"_s << false;
}

void tst_ModelParsing::flags()
{
    QFETCH(QString, mute);
    QFETCH(bool, muted);

    const QByteArray text = "{\"id\": \"c1\", \"mute\": " + mute.toUtf8()
        + ", \"supervisorListeningIn\": " + mute.toUtf8() + ", \"monitoring\": true}";
    const auto call = parseCall(QJsonDocument::fromJson(text).object());
    QVERIFY(call);
    QCOMPARE(call->muted, muted);
    QCOMPARE(call->supervisorListeningIn, muted);
    // The undocumented `monitoring` flag is not read: only the server's offer of the
    // monitoring operations makes a monitoring leg.
    QVERIFY(!call->monitoring);
}

void tst_ModelParsing::monitoringLegFromCapabilities_data()
{
    QTest::addColumn<QString>("capabilities");
    QTest::addColumn<bool>("monitoring");
    QTest::newRow("switch to barge in") << u"[\"Hangup\", \"SwitchToBargeIn\"]"_s << true;
    QTest::newRow("switch to listen in") << u"[\"SwitchToListenIn\"]"_s << true;
    QTest::newRow("mute monitored user") << u"[\"MuteMonitoredUser\"]"_s << true;
    QTest::newRow("unmute monitored user") << u"[\"UnmuteMonitoredUser\"]"_s << true;
    QTest::newRow("agent's call") << u"[\"Hangup\", \"Hold\", \"SendDtmf\"]"_s << false;
    QTest::newRow("none") << u"[]"_s << false;
}

void tst_ModelParsing::monitoringLegFromCapabilities()
{
    QFETCH(QString, capabilities);
    QFETCH(bool, monitoring);
    const QByteArray text = "{\"id\": \"c1\", \"capabilities\": " + capabilities.toUtf8() + "}";
    const auto call = parseCall(QJsonDocument::fromJson(text).object());
    QVERIFY(call);
    QCOMPARE(call->monitoring, monitoring);
}

void tst_ModelParsing::supervisionFromDocumentedFields_data()
{
    QTest::addColumn<QByteArray>("call");
    QTest::addColumn<int>("supervision");
    // The Call Resource page's sample: the agent's leg while a supervisor listens in.
    QTest::newRow("agent's leg, listened in")
        << QByteArray(R"({"id": "c1", "supervisorListeningIn": true, "capabilities": ["Hold"]})")
        << int(CallSupervision::SupervisorListening);
    QTest::newRow("agent's leg, alone")
        << QByteArray(R"({"id": "c1", "supervisorListeningIn": false})") << int(CallSupervision::None);
    // SwitchToBargeIn: from ListenIn or Coach; SwitchToListenIn: from Coach or BargeIn.
    QTest::newRow("coaching") << QByteArray(R"({"id": "c1", "capabilities":
        ["Hangup", "SwitchToListenIn", "SwitchToBargeIn"]})") << int(CallSupervision::YouCoach);
    QTest::newRow("barged in (MuteMonitoredUser page)") << QByteArray(R"({"id": "c1",
        "capabilities": ["Hangup", "SwitchToListenIn", "RemoveParticipantFromConference"]})")
        << int(CallSupervision::YouBargedIn);
    QTest::newRow("monitoring, mode not told")
        << QByteArray(R"({"id": "c1", "capabilities": ["MuteMonitoredUser"]})")
        << int(CallSupervision::YouMonitor);
}

void tst_ModelParsing::supervisionFromDocumentedFields()
{
    QFETCH(QByteArray, call);
    QFETCH(int, supervision);
    const auto parsed = parseCall(QJsonDocument::fromJson(call).object());
    QVERIFY(parsed);
    QCOMPARE(int(parsed->supervision()), supervision);

    // The documented samples: the supervisor's leg after SwitchToListenIn, an agent's call.
    const auto n = parseNotification(
        fixture(u"call-supervisor-switched-to-listenin.json"_s).value("data"_L1));
    QVERIFY(n);
    QCOMPARE(std::get<CallNotification>(*n).call.supervision(), CallSupervision::YouListenIn);
    const auto agent = parseCall(fixture(u"call-resource-established.json"_s));
    QVERIFY(agent);
    QCOMPARE(agent->supervision(), CallSupervision::None);
}

void tst_ModelParsing::callerNameFromCaseData()
{
    const auto call = parseCall(fixture(u"call-resource-established.json"_s));
    QVERIFY(call);
    // The sample's case data has an AccountNumber and no name.
    QCOMPARE(::callerNameFromCaseData(call->userData, {u"CustomerName"_s}), QString());
    QCOMPARE(::callerNameFromCaseData(call->userData, {u"CustomerName"_s, u"AccountNumber"_s}),
             u"12345678"_s);
    const QVariantMap data{{u"CustomerName"_s, u"  "_s}, {u"Name"_s, u"Jane  Doe"_s}};
    QCOMPARE(::callerNameFromCaseData(data, {u"CustomerName"_s, u"Name"_s}), u"Jane Doe"_s);
}

void tst_ModelParsing::malformedCall_data()
{
    QTest::addColumn<QJsonValue>("value");

    QTest::newRow("undefined") << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("null") << json("null");
    QTest::newRow("number") << json("42");
    QTest::newRow("string") << json("\"call\"");
    QTest::newRow("array") << json(R"([{"id": "c1"}])");
    QTest::newRow("empty object") << json("{}");
    QTest::newRow("missing id") << json(R"({"state": "Ringing"})");
    QTest::newRow("numeric id") << json(R"({"id": 12})");
    QTest::newRow("null id") << json(R"({"id": null})");
    QTest::newRow("object id") << json(R"({"id": {"id": "c1"}})");
    QTest::newRow("empty id") << json(R"({"id": ""})");
}

void tst_ModelParsing::malformedCall()
{
    QFETCH(QJsonValue, value);
    QString error;
    QVERIFY(!parseCall(value, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!parseCall(value)); // no error pointer: still fine
}

void tst_ModelParsing::wrongTypesGiveDefaults()
{
    const auto call = parseCall(json(R"({
        "id": "c1", "state": 3, "uri": [], "callType": {}, "participants": "5001",
        "participantsInfo": 7, "capabilities": {"Hold": true}, "userData": ["a"],
        "duration": {}, "mute": 1, "supervisorListeningIn": "yes", "monitoring": null,
        "dnis": 5001, "parentCallUri": false})"));
    QVERIFY(call);
    QCOMPARE(call->id, u"c1"_s);
    QCOMPARE(call->state, CallState::Unknown);
    QCOMPARE(call->uri, QString());
    QCOMPARE(call->callType, QString());
    QVERIFY(call->participants.isEmpty());
    QVERIFY(call->capabilities.isEmpty());
    QVERIFY(call->userData.isEmpty());
    QCOMPARE(call->durationSeconds, 0);
    QVERIFY(call->muted); // a non-zero number reads as on
    QVERIFY(!call->supervisorListeningIn);
    QVERIFY(!call->monitoring);
    QCOMPARE(call->dnis, u"5001"_s); // numbers as numbers still read as text
    QCOMPARE(call->parentCallUri, QString());
    QCOMPARE(call->remoteParty(), u"5001"_s);

    const auto mixed = parseCall(json(R"({"id": "c2", "capabilities": ["Hold", 3, null, "Answer"]})"));
    QVERIFY(mixed);
    QCOMPARE(mixed->capabilities, (QStringList{u"Hold"_s, u"Answer"_s}));
}

void tst_ModelParsing::extraFieldsIgnored()
{
    QJsonObject resource = fixture(u"call-resource-established.json"_s);
    const auto plain = parseCall(resource);
    resource.insert(u"extensions"_s, QJsonObject{{u"BusinessCall"_s, 0}});
    resource.insert(u"metrics"_s, QJsonObject{{u"x"_s, 1}});
    resource.insert(u"futureField"_s, QJsonArray{1, 2, 3});
    const auto extended = parseCall(resource);
    QVERIFY(plain && extended);
    QVERIFY(plain->sameContent(*extended));
}

void tst_ModelParsing::truncatedFixtures_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : allFixtures)
        QTest::newRow(qPrintable(file)) << file;
}

// A message cut short arrives as a smaller JSON value (a long-poll answer split by the
// stream keeps only whole elements, and a server may drop fields), so cut the parsed
// value, not its text: every variant lacks one key, one array entry, the tail of one
// object or array, or part of one string. None may yield a call or device without an id.
void tst_ModelParsing::truncatedFixtures()
{
    QFETCH(QString, file);
    const QJsonObject whole = fixture(file);
    const QList<QJsonValue> variants = partialValues(whole);
    QVERIFY(variants.size() > 10);

    int checked = 0; // variants that parsed into something whose id was checked
    int refused = 0; // variants whose call or device was refused
    for (const QJsonValue &value : variants) {
        const QJsonObject object = value.toObject();
        if (const auto call = parseCall(value)) {
            QVERIFY(!call->id.isEmpty());
            ++checked;
        } else if (object.contains("state"_L1)) {
            ++refused;
        }
        if (const auto n = parseNotification(object.value("data"_L1))) {
            if (const auto *c = std::get_if<CallNotification>(&*n)) {
                QVERIFY(!c->call.id.isEmpty());
                ++checked;
            } else if (const auto *d = std::get_if<DeviceNotification>(&*n)) {
                for (const Device &device : d->devices)
                    QVERIFY(!device.id.isEmpty());
                ++checked;
            }
        } else if (object.contains("data"_L1)) {
            ++refused;
        }
        for (const QJsonValue &entry : object.value("devices"_L1).toArray()) {
            if (const auto device = parseDevice(entry)) {
                QVERIFY(!device->id.isEmpty());
                ++checked;
            } else {
                ++refused;
            }
        }
    }
    // Most variants still parse, and their ids were checked. A notification or a device
    // list without its ids or payload is refused at least once (a call resource is not: it
    // has its id twice, in `id` and `uri`, and one cut removes one). The URI list has
    // nothing to parse.
    if (whole.contains("uris"_L1))
        return;
    QVERIFY2(checked > variants.size() / 2,
             qPrintable(u"%1 of %2 variants checked"_s.arg(checked).arg(variants.size())));
    if (!whole.contains("state"_L1))
        QVERIFY2(refused > 0, qPrintable(u"%1 variants, none refused"_s.arg(variants.size())));
}

void tst_ModelParsing::notifications_data()
{
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<QString>("kind"); // null, call, device, error, unknown
    QTest::addColumn<QString>("detail");

    QTest::newRow("not an object") << json("\"x\"") << u"null"_s << QString();
    QTest::newRow("array") << json(R"([{"messageType": "CallStateChangeMessage"}])")
                           << u"null"_s << QString();
    QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << u"null"_s << QString();
    QTest::newRow("call without call")
        << json(R"({"messageType": "CallStateChangeMessage"})") << u"null"_s << QString();
    QTest::newRow("call without id")
        << json(R"({"messageType": "CallStateChangeMessage", "call": {"state": "Ringing"}})")
        << u"null"_s << QString();
    QTest::newRow("call ok")
        << json(R"({"messageType": "CallStateChangeMessage", "notificationType":
                    "ParticipantsUpdated", "call": {"id": "c1", "state": "Held"}})")
        << u"call"_s << u"ParticipantsUpdated"_s;
    QTest::newRow("devices not array")
        << json(R"({"messageType": "DeviceStateChangeMessage", "devices": {}})") << u"null"_s
        << QString();
    QTest::newRow("devices with junk")
        << json(R"({"messageType": "DeviceStateChangeMessage",
                    "devices": [1, {"deviceState": "Active"}, {"id": "d1"}, null]})")
        << u"device"_s << u"d1"_s;
    QTest::newRow("error numeric code")
        << json(R"({"messageType": "ErrorMessage", "errorMessage": "Hold failed",
                    "errorCode": 2, "callUri": "http://h/api/v2/me/calls/c1"})")
        << u"error"_s << u"Hold failed|2|http://h/api/v2/me/calls/c1"_s;
    QTest::newRow("error string code")
        << json(R"({"messageType": "PasswordChangeError", "errorMessage": "Weak",
                    "errorCode": "10"})")
        << u"error"_s << u"Weak|10|"_s;
    QTest::newRow("error without type")
        << json(R"({"errorMessage": "Oops", "errorCode": []})") << u"error"_s << u"Oops|0|"_s;
    QTest::newRow("errorMessage not a string")
        << json(R"({"messageType": "ErrorMessage", "errorMessage": 5})") << u"unknown"_s
        << u"ErrorMessage"_s;
    QTest::newRow("unknown type") << json(R"({"messageType": "AgentStatistics", "x": 1})")
                                  << u"unknown"_s << u"AgentStatistics"_s;
    QTest::newRow("no type") << json("{}") << u"unknown"_s << QString();
}

void tst_ModelParsing::notifications()
{
    QFETCH(QJsonValue, data);
    QFETCH(QString, kind);
    QFETCH(QString, detail);

    QString error;
    const auto n = parseNotification(data, &error);
    if (kind == "null"_L1) {
        QVERIFY(!n);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(n, qPrintable(error));
    if (kind == "call"_L1) {
        const auto *c = std::get_if<CallNotification>(&*n);
        QVERIFY(c);
        QCOMPARE(c->notificationType, detail);
        QCOMPARE(c->call.state, CallState::Held);
    } else if (kind == "device"_L1) {
        const auto *d = std::get_if<DeviceNotification>(&*n);
        QVERIFY(d);
        QCOMPARE(d->devices.size(), 1);
        QCOMPARE(d->devices.first().id, detail);
    } else if (kind == "error"_L1) {
        const auto *e = std::get_if<ErrorNotification>(&*n);
        QVERIFY(e);
        QCOMPARE(u"%1|%2|%3"_s.arg(e->errorMessage).arg(e->errorCode).arg(e->callUri), detail);
    } else {
        const auto *u = std::get_if<UnknownNotification>(&*n);
        QVERIFY(u);
        QCOMPARE(u->messageType, detail);
    }
}

void tst_ModelParsing::malformedDevice_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("null") << json("null");
    QTest::newRow("array") << json(R"([{"id": "d1"}])");
    QTest::newRow("no id") << json(R"({"deviceState": "Active"})");
    QTest::newRow("numeric id") << json(R"({"id": 1})");
}

void tst_ModelParsing::malformedDevice()
{
    QFETCH(QJsonValue, value);
    QString error;
    QVERIFY(!parseDevice(value, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ModelParsing::callStateNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<CallState>("state");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("Ringing") << u"Ringing"_s << CallState::Ringing << u"Ringing"_s;
    QTest::newRow("Dialing") << u"Dialing"_s << CallState::Dialing << u"Dialing"_s;
    QTest::newRow("Established") << u"Established"_s << CallState::Established
                                 << u"Established"_s;
    QTest::newRow("Held") << u"Held"_s << CallState::Held << u"Held"_s;
    QTest::newRow("Released") << u"Released"_s << CallState::Released << u"Released"_s;
    QTest::newRow("lower case") << u"held"_s << CallState::Held << u"Held"_s;
    QTest::newRow("Unknown") << u"Unknown"_s << CallState::Unknown << u"Unknown"_s;
    QTest::newRow("garbage") << u"Ringin"_s << CallState::Unknown << u"Unknown"_s;
    QTest::newRow("empty") << QString() << CallState::Unknown << u"Unknown"_s;
}

void tst_ModelParsing::callStateNames()
{
    QFETCH(QString, text);
    QFETCH(CallState, state);
    QFETCH(QString, canonical);
    QCOMPARE(callStateFromString(text), state);
    QCOMPARE(callStateToString(state), canonical);
}

void tst_ModelParsing::remoteParty_data()
{
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("party");

    QTest::newRow("participant wins") << uR"({"id":"c","participants":[{"phoneNumber":"1"}],"dnis":"2","ani":"3"})"_s << u"1"_s;
    QTest::newRow("outbound dnis") << uR"({"id":"c","callType":"Outbound","dnis":"2","ani":"3"})"_s << u"2"_s;
    QTest::newRow("inbound ani") << uR"({"id":"c","callType":"Inbound","dnis":"2","ani":"3"})"_s << u"3"_s;
    QTest::newRow("inbound no ani") << uR"({"id":"c","callType":"Inbound","dnis":"2"})"_s << u"2"_s;
    QTest::newRow("nothing") << uR"({"id":"c"})"_s << QString();
}

void tst_ModelParsing::remoteParty()
{
    QFETCH(QString, resource);
    QFETCH(QString, party);
    const auto call = parseCall(QJsonDocument::fromJson(resource.toUtf8()).object());
    QVERIFY(call);
    QCOMPARE(call->remoteParty(), party);
}

void tst_ModelParsing::liveDuration_data()
{
    QTest::addColumn<CallState>("state");
    QTest::addColumn<int>("elapsed");
    QTest::addColumn<int>("expected");

    QTest::newRow("established counts") << CallState::Established << 5 << 12;
    QTest::newRow("held counts") << CallState::Held << 60 << 67;
    QTest::newRow("ringing stays") << CallState::Ringing << 5 << 7;
    QTest::newRow("dialing stays") << CallState::Dialing << 5 << 7;
    QTest::newRow("clock behind") << CallState::Established << -30 << 7;
}

void tst_ModelParsing::liveDuration()
{
    QFETCH(CallState, state);
    QFETCH(int, elapsed);
    QFETCH(int, expected);

    Call call;
    call.id = u"c"_s;
    call.state = state;
    call.durationSeconds = 7;
    call.receivedAt = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    QCOMPARE(call.liveDurationSeconds(call.receivedAt.addSecs(elapsed)), expected);
}

// T-Server's expected after-call work, beside the call in the notification (the
// SetCallDisposition page's sample: "extensions": {"WrapUpTime": 0, "BusinessCall": 0}).
void tst_ModelParsing::wrapUpTimeFromExtensions_data()
{
    QTest::addColumn<QJsonValue>("extensions");
    QTest::addColumn<int>("seconds");
    QTest::newRow("number") << QJsonValue(QJsonObject{{u"WrapUpTime"_s, 30}}) << 30;
    QTest::newRow("numeric string") << QJsonValue(QJsonObject{{u"WrapUpTime"_s, u"45"_s}}) << 45;
    QTest::newRow("none") << QJsonValue(QJsonObject{{u"WrapUpTime"_s, 0}, {u"BusinessCall"_s, 0}})
                          << 0;
    QTest::newRow("untimed") << QJsonValue(QJsonObject{{u"WrapUpTime"_s, u"untimed"_s}}) << 0;
    QTest::newRow("negative") << QJsonValue(QJsonObject{{u"WrapUpTime"_s, -5}}) << 0;
    QTest::newRow("not told") << QJsonValue(QJsonObject{{u"BusinessCall"_s, 1}}) << -1;
    QTest::newRow("no extensions") << QJsonValue() << -1;
    QTest::newRow("extensions not an object") << QJsonValue(u"x"_s) << -1;
}

void tst_ModelParsing::wrapUpTimeFromExtensions()
{
    QFETCH(QJsonValue, extensions);
    QFETCH(int, seconds);
    QJsonObject data = fixture(u"call-dialing-participant-strings.json"_s).value("data"_L1).toObject();
    if (extensions.isUndefined())
        data.remove(u"extensions"_s);
    else
        data.insert(u"extensions"_s, extensions);
    const auto parsed = parseNotification(data);
    QVERIFY(parsed);
    const auto *n = std::get_if<CallNotification>(&*parsed);
    QVERIFY(n);
    QCOMPARE(n->call.wrapUpSeconds, seconds);
    // A call resource alone (GET /me/calls) says nothing about it.
    QCOMPARE(parseCall(data.value("call"_L1))->wrapUpSeconds, -1);
}

QTEST_GUILESS_MAIN(tst_ModelParsing)
#include "tst_model_parsing.moc"
