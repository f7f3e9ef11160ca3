#pragma once

// POST /sim/burst for benchmarks: `count` CallStateChangeMessage notifications for one user,
// queued at once for every CometD client of that user, each stamped with the time it was
// queued (simSentAtMs) and its place in the burst (simSeq), so a client can measure its
// throughput and per-notification latency.

#include "opresult.h"

class CometdHub;
class Directory;
class Telephony;

class NotificationBurst
{
public:
    NotificationBurst(const Directory *directory, const Telephony *telephony, CometdHub *cometd);

    OpResult run(const QJsonObject &body);

private:
    // The call the burst is about: the user's first call, or a made-up one.
    QJsonObject callOf(const QString &deviceId) const;

    const Directory *m_directory;
    const Telephony *m_telephony;
    CometdHub *m_cometd;
};
