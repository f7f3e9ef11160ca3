#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

// A disposition code the agent can give a call: `name` is what is stored and sent (the
// user data value, SetCallDisposition's `disposition`), `displayName` what the agent reads.
struct Disposition
{
    QString name;
    QString displayName;

    bool operator==(const Disposition &o) const
    {
        return name == o.name && displayName == o.displayName;
    }

    // The settings group "dispositions" (GET /api/v2/settings/dispositions, the GWS
    // "Disposition codes" page): {"key":"name","settings":[{"displayName":..,"name":..}]}.
    // `key` names the field that holds the value (name when absent); entries without it
    // and repeats are skipped; a missing displayName reads as the name.
    static QList<Disposition> listFromSettings(const QJsonObject &body)
    {
        const QString key = body.value(QLatin1String("key")).toString(QStringLiteral("name"));
        QList<Disposition> list;
        const auto settings = body.value(QLatin1String("settings")).toArray();
        for (const auto &v : settings) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(key).toString().trimmed();
            if (name.isEmpty()
                || std::any_of(list.cbegin(), list.cend(),
                               [&name](const Disposition &d) { return d.name == name; }))
                continue;
            const QString shown = o.value(QLatin1String("displayName")).toString().trimmed();
            list.append({name, shown.isEmpty() ? name : shown});
        }
        return list;
    }

    // A local list (QSettings wrapUp/dispositions): each name is its own display name.
    static QList<Disposition> fromNames(const QStringList &names)
    {
        QList<Disposition> list;
        for (const QString &n : names)
            if (!n.trimmed().isEmpty())
                list.append({n, n});
        return list;
    }
};
