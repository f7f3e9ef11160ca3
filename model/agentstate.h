#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One choice the agent can make about availability: an operation on
// /api/v2/me/channels/voice, with an optional NotReady reason code.
struct AgentStateOption
{
    QString operationName; // Ready, NotReady, AfterCallWork
    QString displayName;   // "Not Ready - Lunch"
    QString reasonCode;    // NotReady only; empty for none

    // What the menu shows: the server's wording where it is a person's ("Not Ready - Lunch"),
    // our translated words where it only names a system state: agentStateLabel() of the
    // state this option asks for, so the menu and the state button say the same.
    QString label() const;

    bool operator==(const AgentStateOption &o) const
    {
        return operationName == o.operationName && reasonCode == o.reasonCode;
    }

    // The settings group "agent-states" (GET /api/v2/settings/agent-states): entries with
    // operationName, displayName and optional reasonCode; malformed entries are skipped.
    static QList<AgentStateOption> listFromSettings(const QJsonObject &body)
    {
        QList<AgentStateOption> list;
        const auto settings = body.value(QLatin1String("settings")).toArray();
        for (const auto &v : settings) {
            const QJsonObject o = v.toObject();
            AgentStateOption option;
            option.operationName = o.value(QLatin1String("operationName")).toString();
            option.displayName = o.value(QLatin1String("displayName")).toString();
            option.reasonCode = o.value(QLatin1String("reasonCode")).toString();
            if (option.operationName.isEmpty())
                continue;
            if (option.displayName.isEmpty())
                option.displayName = option.operationName;
            list.append(option);
        }
        return list;
    }

    static QString defaultsDisplayName(const QString &operationName)
    {
        for (const AgentStateOption &o : defaults())
            if (o.operationName == operationName)
                return o.displayName;
        return {};
    }

    // What any GWS offers without settings: the three system states.
    static QList<AgentStateOption> defaults()
    {
        return {{QStringLiteral("Ready"), QStringLiteral("Ready"), {}},
                {QStringLiteral("NotReady"), QStringLiteral("Not Ready"), {}},
                {QStringLiteral("AfterCallWork"), QStringLiteral("After Call Work"), {}}};
    }
};
