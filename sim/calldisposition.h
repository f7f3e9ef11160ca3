#pragma once

// Disposition codes as GWS 8.5 documents them: the settings group
// (GET /api/v2/settings/dispositions, "Disposition codes" page) and the SetCallDisposition
// voice operation ("SetCallDisposition" page, HTCC/API/CallsSetCallDisposition), sent on
// the call (/api/v2/me/calls/{id}) or, as the page's own sample does, on the device
// (/api/v2/me/devices/{id} with callUri and callUuid). On a live call the disposition
// goes into the call's user data under `dispositionKey` (default DispositionCode) and the
// owner hears AttachedDataChanged; on a released call the answer is statusCode 0 and
// nothing is notified (GWS sends an EventUserEvent to the T-Server). Each accepted one is
// kept for GET /sim/dispositions, a simulator extension for tests.

#include "opresult.h"
#include "simconfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

class Switch;
struct SimDevice;

class CallDisposition
{
public:
    explicit CallDisposition(Switch *simSwitch);

    void setDispositions(const QList<SimDisposition> &dispositions) { m_codes = dispositions; }
    // {"key":"name","settings":[{"displayName":...,"name":...}, ...]}
    QJsonObject settings() const;

    // POST /api/v2/me/calls/{legId}: the leg is the device's, live or released.
    OpResult onCall(const SimDevice &device, const QString &legId, const QJsonObject &body);
    // POST /api/v2/me/devices/{id}: the call named by callUri and/or callUuid.
    OpResult onDevice(const SimDevice &device, const QJsonObject &body);

    // Accepted SetCallDisposition requests, oldest first (the last 100).
    QJsonArray record() const { return m_record; }
    void clear() { m_record = QJsonArray(); }

private:
    OpResult set(const SimDevice &device, const QString &legId, const QString &callUuid,
                 const QJsonObject &body, const QString &via);

    Switch *m_switch;
    QList<SimDisposition> m_codes;
    QJsonArray m_record;
};
