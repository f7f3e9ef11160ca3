#pragma once

// Call-control operations as GWS accepts them: validates each request against the leg's
// state and capabilities, then changes the calls and commits them on the Switch. A refusal
// is immediate (HTTP 4xx, non-zero statusCode); an accepted operation's outcome arrives as
// notifications.

#include "opresult.h"

#include <QJsonObject>
#include <QString>

class Directory;
class Switch;
class Telephony;
struct Connection;
struct Party;
struct SimDevice;

class CallControl
{
public:
    using Result = OpResult;

    explicit CallControl(Switch *simSwitch);

    // POST /api/v2/me/devices/{id}/calls {"operationName":"Dial", ...}
    Result dial(const SimDevice &device, const QJsonObject &body);
    // POST /api/v2/me/calls/{legId} {"operationName": operation, ...}
    Result perform(const QString &legId, const QString &operation, const QJsonObject &body);
    // POST /sim/calls {"from","to","userData"}: an outside caller rings a device.
    Result ringInbound(const QJsonObject &body);
    // POST /sim/calls/{id}/hangup [{"party": number}]: the far side hangs up.
    Result farHangup(const QString &connectionOrLegId, const QJsonObject &body);

    // Strips the decoration people type (spaces, dashes, dots, brackets) and checks what
    // is left: an optional leading '+', then up to 32 of 0-9 * # (ASCII only).
    static QString normalizeNumber(const QString &raw, bool *ok);

private:
    using Op = Result (CallControl::*)(Connection &c, int pid, const QJsonObject &body);
    static Op operation(const QString &name);

    Result answer(Connection &c, int pid, const QJsonObject &body);
    Result hangup(Connection &c, int pid, const QJsonObject &body);
    Result hold(Connection &c, int pid, const QJsonObject &body);
    Result retrieve(Connection &c, int pid, const QJsonObject &body);
    Result mute(Connection &c, int pid, const QJsonObject &body);
    Result unmute(Connection &c, int pid, const QJsonObject &body);
    Result sendDtmf(Connection &c, int pid, const QJsonObject &body);
    Result singleStepTransfer(Connection &c, int pid, const QJsonObject &body);
    Result singleStepConference(Connection &c, int pid, const QJsonObject &body);
    Result initiateTransfer(Connection &c, int pid, const QJsonObject &body);
    Result initiateConference(Connection &c, int pid, const QJsonObject &body);
    Result completeTransfer(Connection &c, int pid, const QJsonObject &body);
    Result completeConference(Connection &c, int pid, const QJsonObject &body);
    Result removeParticipant(Connection &c, int pid, const QJsonObject &body);
    Result swapCalls(Connection &c, int pid, const QJsonObject &body);
    Result mergeWithOtherCall(Connection &c, int pid, const QJsonObject &body);
    Result attachUserData(Connection &c, int pid, const QJsonObject &body);
    Result deleteUserData(Connection &c, int pid, const QJsonObject &body);
    Result deleteUserDataPair(Connection &c, int pid, const QJsonObject &body);
    // A supervisor's monitoring leg ("SwitchToListenIn", "MuteMonitoredUser" pages).
    Result switchToListenIn(Connection &c, int pid, const QJsonObject &body);
    Result switchToBargeIn(Connection &c, int pid, const QJsonObject &body);
    Result muteMonitoredUser(Connection &c, int pid, const QJsonObject &body);
    Result unmuteMonitoredUser(Connection &c, int pid, const QJsonObject &body);

    Result destination(const QJsonObject &body, const Party &self, QString *number) const;
    Result initiate(Connection &c, int pid, const QJsonObject &body, bool conference);
    Result complete(Connection &c, int pid, const QJsonObject &body, bool conference);
    // The same agent's other call named by otherCallUri (or the only held one).
    Result otherCall(const Party &self, const QJsonObject &body, QString *otherLegId) const;

    Switch *m_switch; // addDestination and commit; the parts below are its own
    Telephony *m_telephony;
    Directory *m_directory;
};
