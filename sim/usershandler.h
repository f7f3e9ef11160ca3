#pragma once

// What a supervisor may read about the team: GET /api/v2/users, /users/{id},
// /users/{id}/devices and /devices (?fields=*), /devices/{id}. Other roles get 403.
// Devices carry the simulator's `activeCalls` extension (the user's live call legs).

#include "httpreply.h"

#include <QStringList>

class Directory;
class Telephony;
struct SimDevice;

class UsersHandler
{
public:
    UsersHandler(const Directory *directory, const Telephony *telephony);

    // `parts`: the path below /api/v2, split at '/', e.g. ["users", id, "devices"].
    HttpReply handle(const QStringList &parts, bool get, const QString &userName) const;

private:
    QJsonObject device(const SimDevice &device) const;

    const Directory *m_directory;
    const Telephony *m_telephony;
};
