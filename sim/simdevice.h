#pragma once

// A user's device on the simulated switch and its agent state, as plain values: the
// Directory keeps them, the switch's other parts read them without knowing the Directory.

#include <QSet>
#include <QString>

// A supervisor's monitoring of one agent's device (ListenIn, Coach or BargeIn).
struct SimMonitoring
{
    QString targetDeviceId; // empty: not monitoring
    QString operation;      // ListenIn, Coach, BargeIn: the mode of calls joined from now on
    QString scope;          // Agent: leave the call with the agent; Call: stay until it ends
    QString mode;           // NextCall: one call, then monitoring ends; AllCalls
    // Calls not to join: in progress when NextCall monitoring began, or left by Hangup.
    QSet<QString> skippedConnections;
    QString claimedLegId; // NextCall: the monitoring leg of that one call, once joined

    bool isActive() const { return !targetDeviceId.isEmpty(); }
};

struct SimDevice
{
    QString id; // stable across restarts, derived from the phone number
    QString phoneNumber;
    QString userName;
    bool sessionStarted = false;                     // StartContactCenterSession seen
    QString userState = QStringLiteral("LoggedOut"); // Ready, NotReady, LoggedOut
    QString reasonCode;                              // NotReady with a reason
    QString workMode;                                // NotReady: AfterCallWork, AuxWork or none
    bool doNotDisturb = false;
    quint64 stateSerial = 0;  // bumped on every userState change; a wrap-up timer checks it
    SimMonitoring monitoring; // supervisors only
};
