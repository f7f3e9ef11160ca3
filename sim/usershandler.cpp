#include "usershandler.h"

#include "directory.h"
#include "listquery.h"
#include "telephony.h"
#include "usersquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

HttpReply forbidden(const QString &message)
{
    return HttpReply::error(403, GwsStatus::NoPermission, message);
}

} // namespace

UsersHandler::UsersHandler(const Directory *directory, const Telephony *telephony)
    : m_directory(directory)
    , m_telephony(telephony)
{}

bool UsersHandler::isAdmin(const SimUser &user)
{
    return user.hasRole(u"ROLE_ADMIN"_s) || user.hasRole(u"ROLE_API_USER"_s);
}

bool UsersHandler::mayReadUsers(const SimUser &user) const
{
    return isAdmin(user) ||
           (m_usersListRole == UsersListRole::Supervisor && user.hasRole(u"ROLE_SUPERVISOR"_s));
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
    if (!me)
        return forbidden(u"Unknown user"_s);
    // Devices ("List Devices": "requires contact center admin role") and, by this
    // simulator's switch, maybe the users too.
    if (users && n < 3) {
        if (!mayReadUsers(*me))
            return forbidden(m_usersListRole == UsersListRole::Admin
                                 ? u"The contact-center admin role is required"_s
                                 : u"The supervisor or admin role is required"_s);
        return this->users(parts, query);
    }
    if (!isAdmin(*me))
        return forbidden(u"The contact-center admin role is required"_s);
    return devices(parts, query);
}

HttpReply UsersHandler::users(const QStringList &parts, const ListQuery &query) const
{
    if (parts.size() == 2) {
        const SimUser *user = m_directory->userById(parts[1]);
        if (!user)
            return HttpReply::error(404, GwsStatus::NotFound, u"User not found"_s);
        return HttpReply::ok({{u"user"_s, userWithSubresources(*user, query)}});
    }
    if (const auto refused = UsersQuery::refusal(query))
        return *refused;
    const QList<const SimUser *> page = UsersQuery::select(*m_directory, query);
    QList<QJsonObject> list;
    list.reserve(page.size());
    for (const SimUser *u : page)
        list.append(query.wantsObjects() ? userWithSubresources(*u, query)
                                         : m_directory->userResource(*u));
    return query.reply(u"users"_s, list, {u"devices"_s, u"skills"_s, u"calls"_s});
}

HttpReply UsersHandler::devices(const QStringList &parts, const ListQuery &query) const
{
    QList<QJsonObject> list;
    if (parts[0] == "users"_L1) { // /users/{id}/devices
        const SimUser *user = m_directory->userById(parts[1]);
        if (!user)
            return HttpReply::error(404, GwsStatus::NotFound, u"User not found"_s);
        if (const SimDevice *d = m_directory->deviceOfUser(user->userName))
            list.append(m_directory->deviceResource(*d));
        return query.reply(u"devices"_s, list);
    }
    if (parts.size() == 2) {
        const SimDevice *d = m_directory->device(parts[1]);
        if (!d)
            return HttpReply::error(404, GwsStatus::NotFound, u"Device not found"_s);
        return HttpReply::ok({{u"device"_s, m_directory->deviceResource(*d)}});
    }
    for (const SimDevice &d : m_directory->devices())
        list.append(m_directory->deviceResource(d));
    return query.reply(u"devices"_s, list);
}

QJsonObject UsersHandler::userWithSubresources(const SimUser &user, const ListQuery &query) const
{
    QJsonObject resource = m_directory->userResource(user);
    // "Subresources": without the parameter, no devices and no skills. Each device whole,
    // as /me/devices gives it ("identical in these two contexts").
    if (query.wantsSubresource(u"devices"_s)) {
        QJsonArray devices;
        if (const SimDevice *d = m_directory->deviceOfUser(user.userName))
            devices.append(m_directory->deviceResource(*d));
        resource.insert(u"devices"_s, devices);
    }
    if (query.wantsSubresource(u"skills"_s))
        resource.insert(u"skills"_s, QJsonArray()); // skills are not simulated
    // Extension: each call whole, as /me/calls?fields=* has it for that user.
    if (m_callsSubresource && query.wantsSubresource(u"calls"_s)) {
        QJsonArray calls;
        if (const SimDevice *d = m_directory->deviceOfUser(user.userName))
            for (const auto &leg : m_telephony->legsOfDevice(d->id))
                calls.append(m_telephony->callResource(*leg.first, *leg.second));
        resource.insert(u"calls"_s, calls);
    }
    return resource;
}
