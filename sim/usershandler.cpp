#include "usershandler.h"

#include "directory.h"
#include "telephony.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

UsersHandler::UsersHandler(const Directory *directory, const Telephony *telephony)
    : m_directory(directory)
    , m_telephony(telephony)
{}

QJsonObject UsersHandler::device(const SimDevice &d) const
{
    QJsonObject o = m_directory->deviceResource(d);
    // Not GWS: lets a team view say "on a call" without a calls resource per agent.
    o.insert(u"activeCalls"_s, int(m_telephony->legsOfDevice(d.id).size()));
    return o;
}

HttpReply UsersHandler::handle(const QStringList &parts, bool get, const QString &userName) const
{
    const int n = int(parts.size());
    const bool users = parts[0] == "users"_L1;
    if (!(users ? n <= 3 && (n < 3 || parts[2] == "devices"_L1) : n <= 2))
        return HttpReply::error(404, GwsStatus::NotFound, u"Resource not found"_s);
    if (!get)
        return HttpReply::error(405, GwsStatus::Forbidden, u"Method not allowed"_s);
    const SimUser *me = m_directory->user(userName);
    if (!me || !me->hasRole(u"ROLE_SUPERVISOR"_s))
        return HttpReply::error(403, GwsStatus::NoPermission, u"Supervisors only"_s);

    if (!users) {
        if (n == 2) {
            const SimDevice *d = m_directory->device(parts[1]);
            if (!d)
                return HttpReply::error(404, GwsStatus::NotFound, u"Device not found"_s);
            return HttpReply::ok({{u"device"_s, device(*d)}});
        }
        // ?fields=* asks for every field, which is what every answer here has.
        QJsonArray list;
        for (const SimDevice &d : m_directory->devices())
            list.append(device(d));
        return HttpReply::ok({{u"devices"_s, list}});
    }
    if (n == 1) {
        QJsonArray list;
        for (const SimUser &u : m_directory->users())
            list.append(m_directory->userResource(u));
        return HttpReply::ok({{u"users"_s, list}});
    }
    const SimUser *user = nullptr;
    for (const SimUser &u : m_directory->users())
        if (Directory::userId(u.userName) == parts[1])
            user = &u;
    if (!user)
        return HttpReply::error(404, GwsStatus::NotFound, u"User not found"_s);
    if (n == 2)
        return HttpReply::ok({{u"user"_s, m_directory->userResource(*user)}});
    QJsonArray list;
    if (const SimDevice *d = m_directory->deviceOfUser(user->userName))
        list.append(device(*d));
    return HttpReply::ok({{u"devices"_s, list}});
}
