#pragma once

// The contact-center directory: GET /api/v2/users, /users/{id}, /users/{id}/devices,
// /devices and /devices/{id}. The docs ("Working with roles") give these to the
// contact-center admin role: users with ROLE_ADMIN or ROLE_API_USER read them; anyone
// else (a supervisor without admin too) gets 403, statusCode 5.

#include "httpreply.h"

#include <QStringList>

class Directory;
class ListQuery;
struct SimUser;

class UsersHandler
{
public:
    explicit UsersHandler(const Directory *directory);

    static bool isAdmin(const SimUser &user);

    // `parts`: the path below /api/v2, split at '/', e.g. ["users", id, "devices"].
    HttpReply handle(const QStringList &parts, bool get, const QString &userName,
                     const ListQuery &query) const;

private:
    const Directory *m_directory;
};
