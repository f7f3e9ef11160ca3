// The switch core without HTTP: a Switch owns the Directory and the Telephony and runs the
// commit pipeline (sim/README.md "Inside"). Driven here through its parts, as the
// operations drive it, to show what a commit publishes and to whom.
#include "simconfig.h"
#include "switch.h"

#include <QJsonArray>
#include <QtTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Sent
{
    QString userName;
    QString channel;
    QJsonObject data;
};

const QString Outside = u"+15551234567"_s;

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &v : array.toArray())
        list << v.toString();
    return list;
}

} // namespace

class tst_SimSwitch : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void commitPublishesToTheDevicesUser();
    void nothingIsPublishedBeforeTheCommit();
    void callWithoutPartnerEndsOnCommit();
    void monitoringLegJoinsOnCommit();
    void busyNumberFailsWithAnErrorMessage();
    void serverViewNamesTheUsers();

private:
    const SimDevice &device(const QString &userName) const;
    // agent1 rings from an outside number; returns the leg id.
    QString ringAgent1(Connection **where = nullptr);
    QList<Sent> sentTo(const QString &userName, const QString &channel) const;

    std::unique_ptr<Switch> m_switch;
    QList<Sent> m_sent;
    QList<QPair<QString, bool>> m_ended; // callEnded: device, wasConnected
};

void tst_SimSwitch::init()
{
    m_sent.clear();
    m_ended.clear();
    m_switch = std::make_unique<Switch>();
    m_switch->directory().setUsers(SimConfig::builtIn().users);
    connect(m_switch.get(), &Switch::notification, this,
            [this](const QString &userName, const QString &channel, const QJsonObject &data) {
                m_sent.append({userName, channel, data});
            });
    connect(&m_switch->telephony(), &Telephony::callEnded, this,
            [this](const QString &deviceId, bool wasConnected) {
                m_ended.append({deviceId, wasConnected});
            });
}

const SimDevice &tst_SimSwitch::device(const QString &userName) const
{
    const SimDevice *d = m_switch->directory().deviceOfUser(userName);
    Q_ASSERT(d);
    return *d;
}

QString tst_SimSwitch::ringAgent1(Connection **where)
{
    Telephony &calls = m_switch->telephony();
    const SimDevice &agent = device(u"agent1"_s);
    Connection &c = calls.createConnection(u"Inbound"_s);
    calls.addExternal(c, Outside, LegState::Dialing);
    const int pid =
        calls.addAgent(c, agent, LegState::Ringing, u"Inbound"_s, Outside, agent.phoneNumber);
    if (where)
        *where = &c;
    return c.partyByPid(pid)->legId;
}

QList<Sent> tst_SimSwitch::sentTo(const QString &userName, const QString &channel) const
{
    QList<Sent> list;
    for (const Sent &s : m_sent)
        if (s.userName == userName && s.channel == channel)
            list.append(s);
    return list;
}

// The Telephony names a device; the Switch sends it to that device's user, with the number.
void tst_SimSwitch::commitPublishesToTheDevicesUser()
{
    const QString legId = ringAgent1();
    m_switch->commit();
    QCOMPARE(m_sent.size(), 1);
    const Sent &sent = m_sent.first();
    QCOMPARE(sent.userName, u"agent1"_s);
    QCOMPARE(sent.channel, u"/v2/me/calls"_s);
    QCOMPARE(sent.data.value("messageType"_L1).toString(), u"CallStateChangeMessage"_s);
    QCOMPARE(sent.data.value("notificationType"_L1).toString(), u"StatusChange"_s);
    QCOMPARE(sent.data.value("phoneNumber"_L1).toString(), device(u"agent1"_s).phoneNumber);
    const QJsonObject call = sent.data.value("call"_L1).toObject();
    QCOMPARE(call.value("id"_L1).toString(), legId);
    QCOMPARE(call.value("state"_L1).toString(), u"Ringing"_s);
    // Capabilities are computed anew for each published resource.
    QCOMPARE(strings(call.value("capabilities"_L1)).mid(0, 2),
             (QStringList{u"Answer"_s, u"Hangup"_s}));

    m_sent.clear();
    m_switch->commit(); // nothing changed: nothing to say
    QVERIFY(m_sent.isEmpty());
}

void tst_SimSwitch::nothingIsPublishedBeforeTheCommit()
{
    Connection *c = nullptr;
    ringAgent1(&c);
    m_switch->telephony().answer(c->parties.back().pid);
    QVERIFY(m_sent.isEmpty());
    m_switch->commit();
    QCOMPARE(m_sent.size(), 1); // one leg, its latest state
    QCOMPARE(m_sent.first().data.value("call"_L1).toObject().value("state"_L1).toString(),
             u"Established"_s);
}

void tst_SimSwitch::callWithoutPartnerEndsOnCommit()
{
    Connection *c = nullptr;
    const QString legId = ringAgent1(&c);
    const QString connectionId = c->id;
    m_switch->telephony().answer(c->parties.back().pid);
    m_switch->commit();
    m_sent.clear();

    m_switch->telephony().removeParty(c->parties.front().pid); // the caller hangs up
    m_switch->commit();
    QVERIFY(m_switch->telephony().activeConnections().isEmpty());
    QCOMPARE(m_sent.size(), 1);
    const QJsonObject call = m_sent.first().data.value("call"_L1).toObject();
    QCOMPARE(call.value("id"_L1).toString(), legId);
    QCOMPARE(call.value("state"_L1).toString(), u"Released"_s);
    QVERIFY(call.value("capabilities"_L1).toArray().isEmpty());
    QCOMPARE(m_ended, (QList<QPair<QString, bool>>{{device(u"agent1"_s).id, true}}));
    // Ended calls stay in the history, for GET /sim/calls/{id}.
    QVERIFY(m_switch->telephony().findAny(connectionId));
}

// Who monitors whom is the Directory's; the legs follow on the next commit (MonitorLegs).
void tst_SimSwitch::monitoringLegJoinsOnCommit()
{
    SimMonitoring monitoring;
    monitoring.targetDeviceId = device(u"agent1"_s).id;
    monitoring.operation = u"ListenIn"_s;
    monitoring.scope = u"Call"_s;
    monitoring.mode = u"AllCalls"_s;
    m_switch->directory().setMonitoring(device(u"super1"_s).id, monitoring);
    QCOMPARE(sentTo(u"super1"_s, u"/v2/me/devices"_s).size(), 1); // the device, at once

    Connection *c = nullptr;
    ringAgent1(&c);
    m_switch->commit();
    QVERIFY(sentTo(u"super1"_s, u"/v2/me/calls"_s).isEmpty()); // only connected calls

    m_switch->telephony().answer(c->parties.back().pid);
    m_switch->commit();
    const QList<Sent> toSupervisor = sentTo(u"super1"_s, u"/v2/me/calls"_s);
    QCOMPARE(toSupervisor.size(), 1);
    const QJsonObject leg = toSupervisor.first().data.value("call"_L1).toObject();
    QCOMPARE(leg.value("state"_L1).toString(), u"Established"_s);
    // The ListenIn leg's offer of the documented sample (Capabilities::ofCall alone is
    // tst_sim_capabilities'): SwitchToBargeIn, no Mute/UnmuteMonitoredUser.
    const QStringList caps = strings(leg.value("capabilities"_L1));
    QVERIFY(caps.contains(u"SwitchToBargeIn"_s));
    QVERIFY(caps.contains(u"Hold"_s));
    QVERIFY(!caps.contains(u"SwitchToListenIn"_s));
    QVERIFY(!caps.contains(u"MuteMonitoredUser"_s));
    QVERIFY(c->monitorOf(device(u"super1"_s).id));
}

// The far side is the Switch's: a busy number refuses after a short delay, with an
// ErrorMessage to the caller before the call's own news.
void tst_SimSwitch::busyNumberFailsWithAnErrorMessage()
{
    const QString busy = u"+15550000000"_s;
    m_switch->setBusyNumbers({busy});
    m_switch->setExternalAnswerDelay(0);
    Telephony &calls = m_switch->telephony();
    const SimDevice &agent = device(u"agent1"_s);
    Connection &c = calls.createConnection(u"Dial"_s);
    const int pid =
        calls.addAgent(c, agent, LegState::Dialing, u"Outbound"_s, agent.phoneNumber, busy);
    const QString legId = c.partyByPid(pid)->legId;
    m_switch->addDestination(c, busy, u"Internal"_s, agent.phoneNumber, agent.id, legId);
    m_switch->commit();
    QCOMPARE(m_sent.size(), 1); // Dialing
    m_sent.clear();

    QTRY_COMPARE(m_sent.size(), 2);
    QCOMPARE(m_sent.at(0).data.value("messageType"_L1).toString(), u"ErrorMessage"_s);
    QCOMPARE(m_sent.at(0).data.value("errorCode"_L1).toInt(), 2);
    QCOMPARE(m_sent.at(0).data.value("callUri"_L1).toString(), calls.callUri(legId));
    QCOMPARE(m_sent.at(0).userName, u"agent1"_s);
    QCOMPARE(m_sent.at(1).data.value("call"_L1).toObject().value("state"_L1).toString(),
             u"Released"_s);
    QVERIFY(calls.activeConnections().isEmpty());
}

void tst_SimSwitch::serverViewNamesTheUsers()
{
    Connection *c = nullptr;
    ringAgent1(&c);
    m_switch->commit();
    const QJsonArray parties = m_switch->serverView(*c).value("parties"_L1).toArray();
    QCOMPARE(parties.size(), 2);
    QCOMPARE(parties.at(0).toObject().value("kind"_L1).toString(), u"External"_s);
    QVERIFY(!parties.at(0).toObject().contains("userName"_L1));
    QCOMPARE(parties.at(1).toObject().value("userName"_L1).toString(), u"agent1"_s);
}

QTEST_GUILESS_MAIN(tst_SimSwitch)
#include "tst_sim_switch.moc"
