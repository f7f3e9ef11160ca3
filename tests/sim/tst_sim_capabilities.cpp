// The capability rules alone (sim/capabilities.h), as sim/README.md "Capabilities" and
// "Agent state" list them: pure functions of a small value, so no switch and no HTTP here.
// The HTTP suites (tst_sim_operations, tst_sim_supervisor...) check that the switch fills
// the value in from its calls.
#include "capabilities.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList userDataOps{u"AttachUserData"_s, u"UpdateUserData"_s, u"DeleteUserData"_s,
                              u"DeleteUserDataPair"_s};

CallCapabilityInput ownLeg(LegState state)
{
    CallCapabilityInput in;
    in.state = state;
    in.participantCount = 2;
    return in;
}

CallCapabilityInput consultPair(LegState state, bool conference, bool otherConnected)
{
    CallCapabilityInput in = ownLeg(state);
    in.inConsultPair = true;
    in.consultIsConference = conference;
    in.otherPairCallConnected = otherConnected;
    return in;
}

CallCapabilityInput monitoringLeg(const QString &mode)
{
    CallCapabilityInput in = ownLeg(LegState::Established);
    in.isMonitoringLeg = true;
    in.monitoringMode = mode;
    in.monitoredUserOnCall = true;
    return in;
}

} // namespace

class tst_SimCapabilities : public QObject
{
    Q_OBJECT

private slots:
    void ownLegByState_data();
    void ownLegByState();
    void heldOffersRetrieveNotHold();
    void mutedOffersUnmute();
    void consultPairOffersComplete_data();
    void consultPairOffersComplete();
    void noNewConsultationFromAPair();
    void otherHeldCallOffersSwapAndMerge();
    void conferenceOwnerRemovesParticipants_data();
    void conferenceOwnerRemovesParticipants();
    void monitoringLegByMode_data();
    void monitoringLegByMode();
    void monitoringLegMutesTheAgent();
    void monitoringLegInConference();
    void monitoringLegHeld();
    void device_data();
    void device();
    void everyRuleNamesAKnownOperation();
};

// Every state of an agent's own leg, nothing else set: the table's first column.
void tst_SimCapabilities::ownLegByState_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("Ringing") << int(LegState::Ringing)
                             << QStringList{u"Answer"_s, u"Hangup"_s} + userDataOps;
    QTest::newRow("Dialing") << int(LegState::Dialing)
                             << QStringList{u"Hangup"_s, u"SendDtmf"_s} + userDataOps;
    QTest::newRow("Held") << int(LegState::Held)
                          << QStringList{u"Retrieve"_s, u"Hangup"_s} + userDataOps;
    QTest::newRow("Established") << int(LegState::Established)
                                 << QStringList{u"Hangup"_s,
                                                u"Hold"_s,
                                                u"SendDtmf"_s,
                                                u"MuteCall"_s,
                                                u"SingleStepTransfer"_s,
                                                u"SingleStepConference"_s,
                                                u"InitiateTransfer"_s,
                                                u"InitiateConference"_s} +
                                        userDataOps;
}

void tst_SimCapabilities::ownLegByState()
{
    QFETCH(int, state);
    QFETCH(QStringList, expected);
    QCOMPARE(Capabilities::ofCall(ownLeg(LegState(state))), expected);
}

void tst_SimCapabilities::heldOffersRetrieveNotHold()
{
    const QStringList ops = Capabilities::ofCall(ownLeg(LegState::Held));
    QVERIFY(ops.contains(u"Retrieve"_s));
    QVERIFY(!ops.contains(u"Hold"_s));
    QVERIFY(!ops.contains(u"MuteCall"_s));
    QVERIFY(!Capabilities::ofCall(ownLeg(LegState::Established)).contains(u"Retrieve"_s));
}

void tst_SimCapabilities::mutedOffersUnmute()
{
    CallCapabilityInput in = ownLeg(LegState::Established);
    in.muted = true;
    const QStringList ops = Capabilities::ofCall(in);
    QVERIFY(ops.contains(u"UnmuteCall"_s));
    QVERIFY(!ops.contains(u"MuteCall"_s));
}

// Complete* on either call of the pair, Held or Established, once the other one is
// connected; which one as the consultation was initiated.
void tst_SimCapabilities::consultPairOffersComplete_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("conference");
    QTest::addColumn<bool>("otherConnected");
    QTest::addColumn<QString>("expected"); // empty: no Complete*
    const int held = int(LegState::Held), established = int(LegState::Established);
    QTest::newRow("original held, transfer") << held << false << true << u"CompleteTransfer"_s;
    QTest::newRow("original held, conference") << held << true << true << u"CompleteConference"_s;
    QTest::newRow("consult established, transfer")
        << established << false << true << u"CompleteTransfer"_s;
    QTest::newRow("consult established, conference")
        << established << true << true << u"CompleteConference"_s;
    QTest::newRow("consulted party not answered yet") << held << false << false << QString();
    QTest::newRow("consult still dialing") << int(LegState::Dialing) << true << true << QString();
}

void tst_SimCapabilities::consultPairOffersComplete()
{
    QFETCH(int, state);
    QFETCH(bool, conference);
    QFETCH(bool, otherConnected);
    QFETCH(QString, expected);
    const QStringList ops =
        Capabilities::ofCall(consultPair(LegState(state), conference, otherConnected));
    const QStringList completes{u"CompleteTransfer"_s, u"CompleteConference"_s};
    for (const QString &complete : completes)
        QCOMPARE(ops.contains(complete), complete == expected);
}

void tst_SimCapabilities::noNewConsultationFromAPair()
{
    const QStringList ops = Capabilities::ofCall(consultPair(LegState::Established, false, true));
    for (const QString &op : {u"SingleStepTransfer"_s, u"SingleStepConference"_s,
                              u"InitiateTransfer"_s, u"InitiateConference"_s})
        QVERIFY2(!ops.contains(op), qPrintable(op));
}

void tst_SimCapabilities::otherHeldCallOffersSwapAndMerge()
{
    CallCapabilityInput in = ownLeg(LegState::Established);
    QVERIFY(!Capabilities::ofCall(in).contains(u"SwapCalls"_s));
    in.otherCallHeld = true;
    QStringList ops = Capabilities::ofCall(in);
    QVERIFY(ops.contains(u"SwapCalls"_s));
    QVERIFY(ops.contains(u"MergeWithOtherCall"_s));
    // The held call itself is retrieved, not swapped.
    in.state = LegState::Held;
    ops = Capabilities::ofCall(in);
    QVERIFY(!ops.contains(u"SwapCalls"_s));
    QVERIFY(!ops.contains(u"MergeWithOtherCall"_s));
}

void tst_SimCapabilities::conferenceOwnerRemovesParticipants_data()
{
    QTest::addColumn<bool>("owner");
    QTest::addColumn<int>("participants");
    QTest::addColumn<bool>("expected");
    QTest::newRow("owner, 3 parties") << true << 3 << true;
    QTest::newRow("owner, 4 parties") << true << 4 << true;
    QTest::newRow("owner, 2 parties") << true << 2 << false;
    QTest::newRow("not the owner, 3 parties") << false << 3 << false;
}

void tst_SimCapabilities::conferenceOwnerRemovesParticipants()
{
    QFETCH(bool, owner);
    QFETCH(int, participants);
    QFETCH(bool, expected);
    CallCapabilityInput in = ownLeg(LegState::Established);
    in.conferenceOwner = owner;
    in.participantCount = participants;
    QCOMPARE(Capabilities::ofCall(in).contains(u"RemoveParticipantFromConference"_s), expected);
    in.state = LegState::Held; // held, the owner cannot
    QVERIFY(!Capabilities::ofCall(in).contains(u"RemoveParticipantFromConference"_s));
}

// As the documented samples show the supervisor's leg: an ordinary Established leg's
// operations but its own mute, RemoveParticipantFromConference, and the switches valid now
// (SwitchToListenIn from Coach or BargeIn, SwitchToBargeIn from ListenIn or Coach).
void tst_SimCapabilities::monitoringLegByMode_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QStringList>("expected");
    // gws-samples/call-supervisor-switched-to-listenin.json, exactly.
    const QStringList sample{u"AttachUserData"_s, u"InitiateConference"_s, u"UpdateUserData"_s,
                             u"Hold"_s, u"SingleStepTransfer"_s, u"DeleteUserData"_s,
                             u"SingleStepConference"_s, u"Hangup"_s, u"DeleteUserDataPair"_s,
                             u"SendDtmf"_s, u"InitiateTransfer"_s, u"SwitchToBargeIn"_s,
                             u"RemoveParticipantFromConference"_s};
    QStringList common = sample;
    common.removeAll(u"SwitchToBargeIn"_s);
    QTest::newRow("ListenIn") << u"ListenIn"_s << sample;
    QTest::newRow("Coach") << u"Coach"_s
                           << (QStringList(common) << u"SwitchToListenIn"_s << u"SwitchToBargeIn"_s);
    QTest::newRow("BargeIn") << u"BargeIn"_s << (QStringList(common) << u"SwitchToListenIn"_s);
}

void tst_SimCapabilities::monitoringLegByMode()
{
    QFETCH(QString, mode);
    QFETCH(QStringList, expected);
    QStringList ops = Capabilities::ofCall(monitoringLeg(mode));
    ops.sort();
    expected.sort();
    QCOMPARE(ops, expected);
}

void tst_SimCapabilities::monitoringLegMutesTheAgent()
{
    // No documented capabilities list shows Mute/UnmuteMonitoredUser: not offered, but
    // accepted when valid.
    CallCapabilityInput in = monitoringLeg(u"ListenIn"_s);
    QVERIFY(!Capabilities::ofCall(in).contains(u"MuteMonitoredUser"_s));
    QVERIFY(Capabilities::acceptsOnCall(in, u"MuteMonitoredUser"_s));
    QVERIFY(!Capabilities::acceptsOnCall(in, u"UnmuteMonitoredUser"_s));
    in.monitoredUserMuted = true;
    QVERIFY(Capabilities::acceptsOnCall(in, u"UnmuteMonitoredUser"_s));
    QVERIFY(!Capabilities::acceptsOnCall(in, u"MuteMonitoredUser"_s));
    // The extension lists the one valid now.
    in.offerMonitoredUserMute = true;
    QStringList ops = Capabilities::ofCall(in);
    QVERIFY(ops.contains(u"UnmuteMonitoredUser"_s));
    QVERIFY(!ops.contains(u"MuteMonitoredUser"_s));
    // The agent left the call (scope Call): nobody to mute.
    in.monitoredUserOnCall = false;
    ops = Capabilities::ofCall(in);
    QVERIFY(!ops.contains(u"UnmuteMonitoredUser"_s));
    QVERIFY(!ops.contains(u"MuteMonitoredUser"_s));
    QVERIFY(!Capabilities::acceptsOnCall(in, u"UnmuteMonitoredUser"_s));
    // A monitoring leg's mute is the mode's, whatever the leg says; an agent's leg never
    // mutes someone else.
    in.muted = true;
    QVERIFY(!Capabilities::acceptsOnCall(in, u"UnmuteCall"_s));
    QVERIFY(!Capabilities::acceptsOnCall(in, u"MuteCall"_s));
    QVERIFY(!Capabilities::acceptsOnCall(ownLeg(LegState::Established), u"MuteMonitoredUser"_s));
}

void tst_SimCapabilities::monitoringLegInConference()
{
    // The sample offers it on a call of two parties; the supervisor needs no ownership.
    CallCapabilityInput in = monitoringLeg(u"BargeIn"_s);
    QVERIFY(Capabilities::ofCall(in).contains(u"RemoveParticipantFromConference"_s));
    in.participantCount = 3;
    QVERIFY(Capabilities::ofCall(in).contains(u"RemoveParticipantFromConference"_s));
}

void tst_SimCapabilities::monitoringLegHeld()
{
    // A supervisor who held its leg retrieves it or leaves; no switch while held.
    CallCapabilityInput in = monitoringLeg(u"Coach"_s);
    in.state = LegState::Held;
    QStringList ops = Capabilities::ofCall(in);
    ops.sort();
    QStringList expected = QStringList{u"Retrieve"_s, u"Hangup"_s} + userDataOps;
    expected.sort();
    QCOMPARE(ops, expected);
}

void tst_SimCapabilities::device_data()
{
    QTest::addColumn<bool>("started");
    QTest::addColumn<bool>("dnd");
    QTest::addColumn<bool>("supervisor");
    QTest::addColumn<bool>("monitoring");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("logged out") << false << false << true << true << QStringList();
    QTest::newRow("agent") << true << false << false << false << QStringList{u"DoNotDisturbOn"_s};
    QTest::newRow("agent in DND") << true << true << false << false
                                  << QStringList{u"DoNotDisturbOff"_s};
    QTest::newRow("supervisor") << true << false << true << false
                                << QStringList{u"DoNotDisturbOn"_s, u"ListenIn"_s, u"Coach"_s,
                                               u"BargeIn"_s};
    QTest::newRow("supervisor monitoring")
        << true << false << true << true
        << QStringList{u"DoNotDisturbOn"_s, u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s,
                       u"CancelSupervisorMonitoring"_s};
}

void tst_SimCapabilities::device()
{
    QFETCH(bool, started);
    QFETCH(bool, dnd);
    QFETCH(bool, supervisor);
    QFETCH(bool, monitoring);
    QFETCH(QStringList, expected);
    DeviceCapabilityInput in;
    in.sessionStarted = started;
    in.doNotDisturb = dnd;
    in.supervisor = supervisor;
    in.monitoring = monitoring;
    const QStringList ops = Capabilities::ofDevice(in);
    QCOMPARE(ops, expected);
    for (const QString &op : ops) {
        QVERIFY2(Capabilities::deviceOperations().contains(op), qPrintable(op));
        // Agent state is the voice channel's, never a device capability.
        QVERIFY2(!Capabilities::agentStateOperations().contains(op), qPrintable(op));
    }
}

// Whatever the facts, the rules only offer operations the simulator knows.
void tst_SimCapabilities::everyRuleNamesAKnownOperation()
{
    const QString modes[] = {u"ListenIn"_s, u"Coach"_s, u"BargeIn"_s};
    for (int state = 0; state <= int(LegState::Held); ++state) {
        for (int bits = 0; bits < 64; ++bits) {
            CallCapabilityInput in = ownLeg(LegState(state));
            in.muted = bits & 1;
            in.inConsultPair = bits & 2;
            in.consultIsConference = bits & 4;
            in.otherPairCallConnected = bits & 8;
            in.otherCallHeld = bits & 16;
            in.conferenceOwner = bits & 32;
            in.participantCount = 3;
            in.isMonitoringLeg = bits & 1;
            in.offerMonitoredUserMute = bits & 32;
            in.monitoringMode = modes[bits % 3];
            in.monitoredUserOnCall = bits & 8;
            in.monitoredUserMuted = bits & 16;
            for (const QString &op : Capabilities::ofCall(in))
                QVERIFY2(Capabilities::callOperations().contains(op), qPrintable(op));
        }
    }
}

QTEST_APPLESS_MAIN(tst_SimCapabilities)
#include "tst_sim_capabilities.moc"
