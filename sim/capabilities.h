#pragma once

// Which operations a call leg or a device allows right now. The same rules refuse
// requests, so a client that trusts `capabilities` never sends an operation the simulator
// refuses.

#include <QStringList>

class Telephony;
struct Connection;
struct Party;
struct SimDevice;
struct SimUser;

class Capabilities
{
public:
    static QStringList of(const Telephony &telephony, const Connection &c, const Party &leg);
    // The device operations valid now (POST /api/v2/me/devices/{id}): Do Not Disturb and,
    // for supervisors, monitoring. Agent state is no device capability.
    static QStringList ofDevice(const SimDevice &device, const SimUser *user);
    // The operations of POST /api/v2/me/channels/voice.
    static const QStringList &agentStateOperations();
    // POST /api/v2/me/devices/{id}: DoNotDisturbOn/Off, then the monitoring operations.
    static const QStringList &deviceOperations();
    static const QStringList &monitoringOperations();
    // Every call operation the simulator knows (on /api/v2/me/calls/{id}).
    static const QStringList &callOperations();
    // The consult pair a leg belongs to: its own original call or its consult call.
    struct Pair
    {
        const Party *original = nullptr;
        const Party *consult = nullptr;
        bool isValid() const { return original && consult; }
    };
    static Pair consultPair(const Telephony &telephony, const Party &leg);
    // The pair can be completed: the consulted party has answered.
    static bool completable(const Pair &pair);

private:
    static QStringList ofMonitor(const Connection &c, const Party &leg);
};
