#pragma once

// The contact-center directory: GET /api/v2/users (filtered, sorted, paged: UsersQuery),
// /users/{id}, /users/{id}/devices, /devices and /devices/{id}. "List Devices" gives the
// device lists to the contact-center admin role: users with ROLE_ADMIN or ROLE_API_USER
// read them; anyone else gets 403, statusCode 5. Who may read /users (with its devices
// subresource) the docs do not say: a supervisor by default (as Genesys' own supervisor
// client did), or the admin only (UsersListRole::Admin), so that both paths are tested.

#include "httpreply.h"

#include <QStringList>

class Directory;
class ListQuery;
class Telephony;
struct SimUser;

enum class UsersListRole { Supervisor, Admin };

class UsersHandler
{
public:
    UsersHandler(const Directory *directory, const Telephony *telephony);

    static bool isAdmin(const SimUser &user);
    void setUsersListRole(UsersListRole role) { m_usersListRole = role; }
    bool mayReadUsers(const SimUser &user) const;
    // The extension "usersCallsSubresource" (on by default): `subresources=calls` (or `*`)
    // gives each user its calls, as Genesys' own supervisor client asked for them; the docs
    // show no such shape. Off: `calls` is ignored like any unknown subresource name.
    void setCallsSubresource(bool on) { m_callsSubresource = on; }

    // `parts`: the path below /api/v2, split at '/', e.g. ["users", id, "devices"].
    HttpReply handle(const QStringList &parts, bool get, const QString &userName,
                     const ListQuery &query) const;

private:
    HttpReply users(const QStringList &parts, const ListQuery &query) const;
    HttpReply devices(const QStringList &parts, const ListQuery &query) const;
    // The user resource with the subresources the query asks for (devices, skills, calls).
    QJsonObject userWithSubresources(const SimUser &user, const ListQuery &query) const;

    const Directory *m_directory;
    const Telephony *m_telephony;
    bool m_callsSubresource = true;
    UsersListRole m_usersListRole = UsersListRole::Supervisor;
};
