#pragma once

// The simulator's configuration: who can log in and how the far side behaves.
// Built-in defaults, replaceable by a JSON file (format in sim/README.md).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

struct SimUser
{
    QString userName;
    QString password;
    QString firstName;
    QString lastName;
    QStringList roles;
    QString phoneNumber; // the number of the user's device
    QString place;       // StartContactCenterSession's place; default Place_<phoneNumber>

    bool hasRole(const QString &role) const { return roles.contains(role); }
};

struct NotReadyReason
{
    QString code;        // sent by the client as reasonCode
    QString displayName; // shown to the agent
};

// A disposition code the agent can set on a call ("Disposition codes" page): `name` is
// what is stored in the call's user data, `displayName` what the agent reads.
struct SimDisposition
{
    QString name;
    QString displayName;
};

struct SimConfig
{
    QList<SimUser> users;
    int externalAnswerDelayMs = 1000;
    int pollTimeoutMs = 30000;
    QStringList busyNumbers;               // destinations that fail asynchronously
    QList<NotReadyReason> notReadyReasons; // the reasonCodes NotReady accepts
    // AfterCallWork after a call ("wrapUpSeconds", fractions allowed); 0: off; -1 ("untimed"):
    // until the agent changes state.
    int wrapUpMs = 0;
    QList<SimDisposition> dispositions; // GET /api/v2/settings/dispositions
    // Who may read GET /api/v2/users (and /users/{id}): "supervisor" (ROLE_SUPERVISOR or
    // the admin roles) or "admin" (ROLE_ADMIN, ROLE_API_USER). The docs do not say.
    QString usersListRole = QStringLiteral("supervisor");

    static const QStringList &usersListRoles(); // the values of usersListRole

    // A contact center for load: appends `agents` agents (agent0001/agent0001 ...,
    // numbers 6001 up, ROLE_AGENT) and `supervisors` supervisors (sup01/sup01 ..., 5201 up,
    // ROLE_SUPERVISOR and ROLE_AGENT), with varied names, the same every time. False (and
    // why) beyond 9999 agents or 99 supervisors, or when a name, number or place is taken.
    bool generateUsers(int agents, int supervisors, QString *error);
    static constexpr int MaxGeneratedAgents = 9999;
    static constexpr int MaxGeneratedSupervisors = 99;

    static SimConfig builtIn();
    // Parses a whole config document; on failure returns false and says why.
    static bool fromJson(const QByteArray &json, SimConfig *config, QString *error);
    static bool fromFile(const QString &fileName, SimConfig *config, QString *error);
};
