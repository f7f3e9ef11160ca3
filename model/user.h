#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// The logged-in person, from GET /api/v2/me.
struct User
{
    QString id;
    QString userName;
    QString firstName;
    QString lastName;
    QStringList roles;

    bool isSupervisor() const { return roles.contains(QStringLiteral("ROLE_SUPERVISOR")); }
    QString displayName() const
    {
        const QString full = QString(firstName + QLatin1Char(' ') + lastName).trimmed();
        return full.isEmpty() ? userName : full;
    }

    static User fromJson(const QJsonObject &o)
    {
        User u;
        u.id = o.value(QLatin1String("id")).toString();
        u.userName = o.value(QLatin1String("userName")).toString();
        u.firstName = o.value(QLatin1String("firstName")).toString();
        u.lastName = o.value(QLatin1String("lastName")).toString();
        const QJsonArray roles = o.value(QLatin1String("roles")).toArray();
        for (const QJsonValue &r : roles)
            if (r.isString())
                u.roles.append(r.toString());
        return u;
    }
};
