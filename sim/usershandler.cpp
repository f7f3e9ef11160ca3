#include "usershandler.h"

#include "directory.h"
#include "listquery.h"

using namespace Qt::StringLiterals;

UsersHandler::UsersHandler(const Directory *directory)
    : m_directory(directory)
{}

bool UsersHandler::isAdmin(const SimUser &user)
{
    return user.hasRole(u"ROLE_ADMIN"_s) || user.hasRole(u"ROLE_API_USER"_s);
}

HttpReply UsersHandler::handle(const QStringList &parts, bool get, const QString &userName,
                               const ListQuery &query) const
{
    const int n = int(parts.size());
    const bool users = parts[0] == "users"_L1;
    if (!(users ? n <= 3 && (n < 3 || parts[2] == "devices"_L1) : n <= 2))
        return HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s);
    if (!get)
        return HttpReply::error(405, GwsStatus::Forbidden, u"Method not allowed"_s);
    const SimUser *me = m_directory->user(userName);
    if (!me || !isAdmin(*me))
        return HttpReply::error(403, GwsStatus::NoPermission,
                                u"The contact-center admin role is required"_s);

    if (!users) {
        if (n == 2) {
            const SimDevice *d = m_directory->device(parts[1]);
            if (!d)
                return HttpReply::error(404, GwsStatus::NotFound, u"Device not found"_s);
            return HttpReply::ok({{u"device"_s, m_directory->deviceResource(*d)}});
        }
        QList<QJsonObject> list;
        for (const SimDevice &d : m_directory->devices())
            list.append(m_directory->deviceResource(d));
        return query.reply(u"devices"_s, list);
    }
    if (n == 1) {
        QList<QJsonObject> list;
        for (const SimUser &u : m_directory->users())
            list.append(m_directory->userResource(u));
        return query.reply(u"users"_s, list);
    }
    const SimUser *user = nullptr;
    for (const SimUser &u : m_directory->users())
        if (Directory::userId(u.userName) == parts[1])
            user = &u;
    if (!user)
        return HttpReply::error(404, GwsStatus::NotFound, u"User not found"_s);
    if (n == 2)
        return HttpReply::ok({{u"user"_s, m_directory->userResource(*user)}});
    QList<QJsonObject> list;
    if (const SimDevice *d = m_directory->deviceOfUser(user->userName))
        list.append(m_directory->deviceResource(*d));
    return query.reply(u"devices"_s, list);
}
