#include "simconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

SimUser makeUser(const QString &name, const QString &first, const QString &last,
                 const QStringList &roles, const QString &number)
{
    return SimUser{name, name, first, last, roles, number, u"Place_"_s + number};
}

bool isPhoneNumber(const QString &number)
{
    if (number.isEmpty() || number.size() > 32)
        return false;
    for (qsizetype i = 0; i < number.size(); ++i) {
        const QChar c = number.at(i);
        // ASCII only: QChar::isDigit() would let Arabic-Indic and other digits in.
        if (!((c >= u'0' && c <= u'9') || (c == u'+' && i == 0)))
            return false;
    }
    return true;
}

bool parseUser(const QJsonValue &value, int index, SimUser *user, QString *error)
{
    const QString where = u"users[%1]"_s.arg(index);
    if (!value.isObject()) {
        *error = where + u" is not an object"_s;
        return false;
    }
    const QJsonObject o = value.toObject();
    user->userName = o.value("userName"_L1).toString();
    user->password = o.value("password"_L1).toString();
    user->firstName = o.value("firstName"_L1).toString(user->userName);
    user->lastName = o.value("lastName"_L1).toString();
    user->phoneNumber = o.value("phoneNumber"_L1).toString();
    const QJsonArray roles = o.value("roles"_L1).toArray();
    for (const QJsonValue &r : roles)
        user->roles.append(r.toString());
    if (user->roles.isEmpty())
        user->roles = {u"ROLE_AGENT"_s};
    if (user->userName.isEmpty() || user->password.isEmpty()) {
        *error = where + u" needs userName and password"_s;
        return false;
    }
    if (!isPhoneNumber(user->phoneNumber)) {
        *error = where + u" needs a phoneNumber of digits"_s;
        return false;
    }
    user->place = o.value("place"_L1).toString(u"Place_"_s + user->phoneNumber);
    if (user->place.isEmpty()) {
        *error = where + u": place must not be empty"_s;
        return false;
    }
    return true;
}

// Names for generated users: index arithmetic over two coprime list sizes gives varied
// pairs, the same on every run.
const char *const FirstNames[] = {
    "Aisha", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas",
    "Keiko", "Liam", "Maria", "Nikos", "Olga", "Pedro", "Quinn", "Rosa", "Sven", "Tara",
    "Umar", "Vera", "Wen", "Ximena", "Yusuf", "Zoe", "Amir", "Beatriz", "Chen", "Dalia",
    "Emeka", "Freya", "Gustavo", "Hana", "Ivan", "Jasmin", "Kofi", "Lena", "Mateo", "Nadia",
    "Oscar"};
const char *const LastNames[] = {
    "Abbott", "Bauer", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad",
    "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov",
    "Quintero", "Rossi", "Schmidt", "Tanaka", "Uysal", "Varga", "Wagner", "Xu", "Yilmaz",
    "Zhang", "Almeida", "Brennan", "Costa", "Dvorak", "Evans", "Ferreira", "Gallagher",
    "Horvat", "Ibrahim", "Jovanovic", "Kim", "Lindqvist", "Martins", "Novak", "O'Brien",
    "Popescu", "Reyes", "Santos", "Takahashi", "Ueda", "Vasquez", "Weber", "Young"};

QString generatedName(const char *const *names, size_t count, int index)
{
    return QString::fromLatin1(names[size_t(index) % count]);
}

} // namespace

bool SimConfig::generateUsers(int agents, int supervisors, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    if (agents < 0 || agents > MaxGeneratedAgents || supervisors < 0 ||
        supervisors > MaxGeneratedSupervisors) {
        why = u"generate: agents must be 0 to %1 and supervisors 0 to %2"_s.arg(
            MaxGeneratedAgents).arg(MaxGeneratedSupervisors);
        return false;
    }
    QSet<QString> names, numbers, places;
    for (const SimUser &u : std::as_const(users)) {
        names.insert(u.userName);
        numbers.insert(u.phoneNumber);
        places.insert(u.place);
    }
    const size_t firsts = std::size(FirstNames), lasts = std::size(LastNames);
    QList<SimUser> added;
    added.reserve(agents + supervisors);
    for (int i = 1; i <= agents; ++i) {
        const QString name = u"agent%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        added.append(makeUser(name, generatedName(FirstNames, firsts, i * 7),
                              generatedName(LastNames, lasts, i * 3 + i / 41), {u"ROLE_AGENT"_s},
                              QString::number(6000 + i)));
    }
    for (int i = 1; i <= supervisors; ++i) {
        const QString name = u"sup%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        added.append(makeUser(name, generatedName(FirstNames, firsts, i * 11 + 5),
                              generatedName(LastNames, lasts, i * 13 + 7),
                              {u"ROLE_SUPERVISOR"_s, u"ROLE_AGENT"_s}, QString::number(5200 + i)));
    }
    for (const SimUser &u : std::as_const(added)) {
        if (names.contains(u.userName) || numbers.contains(u.phoneNumber) ||
            places.contains(u.place)) {
            why = u"generate: %1 (%2) is taken by a configured user"_s.arg(u.userName,
                                                                         u.phoneNumber);
            return false;
        }
    }
    users += added;
    return true;
}

SimConfig SimConfig::builtIn()
{
    SimConfig c;
    c.users = {
        makeUser(u"agent1"_s, u"Alice"_s, u"Agent"_s, {u"ROLE_AGENT"_s}, u"5001"_s),
        makeUser(u"agent2"_s, u"Bob"_s, u"Agent"_s, {u"ROLE_AGENT"_s}, u"5002"_s),
        // super1 administers too, so the demo's team view can list users and devices;
        // super2 does not, for the degraded path (403 on the directory).
        makeUser(u"super1"_s, u"Sue"_s, u"Supervisor"_s,
                 {u"ROLE_SUPERVISOR"_s, u"ROLE_AGENT"_s, u"ROLE_ADMIN"_s}, u"5100"_s),
        makeUser(u"super2"_s, u"Sam"_s, u"Supervisor"_s, {u"ROLE_SUPERVISOR"_s, u"ROLE_AGENT"_s},
                 u"5101"_s),
    };
    c.notReadyReasons = {
        {u"Break"_s, u"Break"_s}, {u"Lunch"_s, u"Lunch"_s}, {u"Training"_s, u"Training"_s}};
    // The first two are the documented sample's ("Disposition codes" page).
    c.dispositions = {{u"IssueResolved"_s, u"Issue Resolved"_s},
                      {u"EscalationCreated"_s, u"Issue Escalated"_s},
                      {u"CallbackScheduled"_s, u"Callback Scheduled"_s},
                      {u"SaleCompleted"_s, u"Sale Completed"_s},
                      {u"WrongNumber"_s, u"Wrong Number"_s}};
    return c;
}

bool SimConfig::fromJson(const QByteArray &json, SimConfig *config, QString *error)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        why = parseError.error != QJsonParseError::NoError
                  ? u"invalid JSON: "_s + parseError.errorString()
                  : u"the config must be a JSON object"_s;
        return false;
    }
    const QJsonObject root = doc.object();
    SimConfig c = builtIn();
    const QJsonArray users = root.value("users"_L1).toArray();
    const QJsonValue generate = root.value("generate"_L1);
    if (users.isEmpty() && generate.isUndefined()) {
        why = u"the config needs a non-empty \"users\" array or \"generate\""_s;
        return false;
    }
    c.users.clear();
    QSet<QString> names, numbers, places;
    for (int i = 0; i < users.size(); ++i) {
        SimUser u;
        if (!parseUser(users.at(i), i, &u, &why))
            return false;
        if (names.contains(u.userName) || numbers.contains(u.phoneNumber) ||
            places.contains(u.place)) {
            why = u"users[%1]: userName, phoneNumber and place must be unique"_s.arg(i);
            return false;
        }
        names.insert(u.userName);
        numbers.insert(u.phoneNumber);
        places.insert(u.place);
        c.users.append(u);
    }
    if (!generate.isUndefined()) {
        // {"agents": 1000, "supervisors": 20}: whole numbers, both optional.
        const QJsonObject g = generate.toObject();
        const auto count = [&g](const char *key, int *n) {
            const QJsonValue v = g.value(QLatin1String(key));
            *n = v.isUndefined() ? 0 : v.toInt(-1);
            return v.isUndefined() || (v.isDouble() && v.toDouble() == *n);
        };
        int agents = 0, supervisors = 0;
        if (!generate.isObject() || !count("agents", &agents) ||
            !count("supervisors", &supervisors)) {
            why = u"generate must be {\"agents\": N, \"supervisors\": M}"_s;
            return false;
        }
        if (!c.generateUsers(agents, supervisors, &why))
            return false;
        if (c.users.isEmpty()) {
            why = u"the config has no users"_s;
            return false;
        }
    }
    c.externalAnswerDelayMs =
        qMax(0, root.value("externalAnswerDelayMs"_L1).toInt(c.externalAnswerDelayMs));
    c.pollTimeoutMs = qMax(0, root.value("pollTimeoutMs"_L1).toInt(c.pollTimeoutMs));
    // Seconds as people think of wrap-up; fractions let tests wait less.
    // "untimed": after-call work until the agent changes state.
    const QJsonValue wrapUp = root.value("wrapUpSeconds"_L1);
    c.wrapUpMs = wrapUp == "untimed"_L1 ? -1 : qMax(0, qRound(wrapUp.toDouble(0) * 1000));
    for (const QJsonValue &v : root.value("busyNumbers"_L1).toArray())
        c.busyNumbers.append(v.toString());
    if (root.contains("notReadyReasons"_L1)) {
        c.notReadyReasons.clear();
        for (const QJsonValue &v : root.value("notReadyReasons"_L1).toArray()) {
            // Either "Break" or {"code": "Break", "displayName": "Coffee break"}.
            const QJsonObject o = v.toObject();
            const QString code = v.isString() ? v.toString() : o.value("code"_L1).toString();
            if (code.isEmpty())
                continue;
            c.notReadyReasons.append({code, o.value("displayName"_L1).toString(code)});
        }
    }
    if (root.contains("dispositions"_L1)) {
        // Either "IssueResolved" or {"name": "IssueResolved", "displayName": "Issue Resolved"};
        // an empty list is a server that has none configured.
        c.dispositions.clear();
        for (const QJsonValue &v : root.value("dispositions"_L1).toArray()) {
            const QJsonObject o = v.toObject();
            const QString name = v.isString() ? v.toString() : o.value("name"_L1).toString();
            if (!name.isEmpty())
                c.dispositions.append({name, o.value("displayName"_L1).toString(name)});
        }
    }
    const QJsonValue listRole = root.value("usersListRole"_L1);
    c.usersListRole = listRole.toString(c.usersListRole);
    if (!(listRole.isUndefined() || listRole.isString()) ||
        !usersListRoles().contains(c.usersListRole)) {
        why = u"usersListRole must be \"supervisor\" or \"admin\""_s;
        return false;
    }
    *config = c;
    return true;
}

const QStringList &SimConfig::usersListRoles()
{
    static const QStringList roles{u"supervisor"_s, u"admin"_s};
    return roles;
}

bool SimConfig::fromFile(const QString &fileName, SimConfig *config, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = fileName + u": "_s + file.errorString();
        return false;
    }
    QString why;
    if (!fromJson(file.readAll(), config, &why)) {
        if (error)
            *error = fileName + u": "_s + why;
        return false;
    }
    return true;
}
