#pragma once

// Loopback-only control endpoints under /sim for tests, demos and benchmarks: ring a device
// from an outside number, hang up from the far side, look at the server's view, count
// requests, inject faults, expire sessions, send notification bursts, and see the
// SetCallDisposition requests accepted (GET/DELETE /sim/dispositions), keep a contact
// center busy (GET/POST/DELETE /sim/load) and post agents' own operations for them
// (POST /sim/agents/state).

#include "httpreply.h"

class CallControl;
class CallDisposition;
class CometdHub;
class FaultInjector;
class HungRequests;
class LoadDriver;
class NotificationBurst;
class RequestStats;
class SessionStore;
class Switch;
class QHttpServerRequest;

class ControlHandler
{
public:
    struct Parts
    {
        const Switch *simSwitch = nullptr;
        CallControl *control = nullptr;
        RequestStats *stats = nullptr;
        FaultInjector *faults = nullptr;
        SessionStore *sessions = nullptr;
        CometdHub *cometd = nullptr;
        NotificationBurst *burst = nullptr;
        HungRequests *hung = nullptr;
        CallDisposition *dispositions = nullptr;
        LoadDriver *load = nullptr;
    };
    explicit ControlHandler(const Parts &parts);

    HttpReply handle(const QHttpServerRequest &request);

private:
    HttpReply calls(const QStringList &parts, bool get, bool post, const QJsonObject &body);
    HttpReply faults(bool get, bool post, bool del, const QJsonObject &body);
    // The settings and counts, with `held`: requests the hang fault holds now.
    QJsonObject faultState() const;
    HttpReply invalidateSessions(const QJsonObject &body);

    Parts m_parts;
};
