#include "usersquery.h"

#include "directory.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {

bool isStatistic(const QString &field)
{
    return field.startsWith("statistics."_L1);
}

// The values a field has for one user: roles and device numbers may be several; users
// have no skills here, so skills.* have none and match nothing.
QStringList valuesOf(const Directory &directory, const SimUser &user, const QString &field)
{
    if (field == "userName"_L1)
        return {user.userName};
    if (field == "firstName"_L1)
        return {user.firstName};
    if (field == "lastName"_L1)
        return {user.lastName};
    if (field == "enabled"_L1)
        return {u"true"_s}; // every simulated user is enabled
    if (field == "roles"_L1)
        return user.roles;
    if (field == "devices.phoneNumber"_L1) {
        const SimDevice *d = directory.deviceOfUser(user.userName);
        return d ? QStringList{d->phoneNumber} : QStringList{};
    }
    return {};
}

} // namespace

const QStringList &UsersQuery::filterFields()
{
    static const QStringList fields{u"firstName"_s,          u"lastName"_s,    u"userName"_s,
                                    u"enabled"_s,            u"roles"_s,       u"devices.phoneNumber"_s,
                                    u"skills.name"_s,        u"skills.level"_s};
    return fields;
}

const QStringList &UsersQuery::sortFields()
{
    // The page's list, statistics aside (not simulated).
    static const QStringList fields{u"userName"_s, u"firstName"_s,           u"lastName"_s,
                                    u"enabled"_s,  u"roles"_s,               u"devices.phoneNumber"_s,
                                    u"skills.name"_s, u"skills.level"_s};
    return fields;
}

std::optional<HttpReply> UsersQuery::refusal(const ListQuery &query)
{
    if (query.isMalformed())
        return query.malformedReply();
    bool filtered = false;
    for (const ListQuery::Filter &f : query.filters()) {
        if (isStatistic(f.field))
            return HttpReply::error(400, GwsStatus::ValidationError,
                                    u"%1: statistics are not simulated"_s.arg(f.field));
        filtered = filtered || filterFields().contains(f.field);
    }
    for (const QString &field : query.sortBy()) {
        if (isStatistic(field))
            return HttpReply::error(400, GwsStatus::ValidationError,
                                    u"%1: statistics are not simulated"_s.arg(field));
        if (!sortFields().contains(field))
            return HttpReply::error(400, GwsStatus::ValidationError,
                                    u"Cannot sort users by %1"_s.arg(field));
    }
    if ((filtered || !query.sortBy().isEmpty() || query.offset() > 0) && query.limit() < 0)
        return HttpReply::error(400, GwsStatus::MissingParameter,
                                u"limit is required with sortBy, filters or offset"_s);
    return std::nullopt;
}

QList<const SimUser *> UsersQuery::select(const Directory &directory, const ListQuery &query)
{
    QList<ListQuery::Filter> filters;
    for (const ListQuery::Filter &f : query.filters())
        if (filterFields().contains(f.field))
            filters.append(f); // other parameters are not filters: left alone
    QList<const SimUser *> users;
    for (const SimUser &u : directory.users()) {
        const bool match = std::all_of(filters.cbegin(), filters.cend(), [&](const auto &f) {
            return valuesOf(directory, u, f.field).contains(f.value);
        });
        if (match)
            users.append(&u);
    }

    const QStringList &sortBy = query.sortBy();
    if (!sortBy.isEmpty()) {
        // One key per sort field and user, computed once; a field of several values
        // (roles) sorts by all of them, in the order the user has them.
        std::vector<QStringList> keys(users.size());
        for (qsizetype i = 0; i < users.size(); ++i)
            for (const QString &field : sortBy)
                keys[i].append(valuesOf(directory, *users[i], field).join(u','));
        std::vector<qsizetype> order(users.size());
        std::iota(order.begin(), order.end(), 0);
        // Names compare as people read them (case aside), then case decides, then the
        // configuration's order: a total order, so pages never overlap.
        auto compare = [&](qsizetype a, qsizetype b, Qt::CaseSensitivity cs) {
            for (qsizetype k = 0; k < sortBy.size(); ++k)
                if (const int c = QString::compare(keys[a][k], keys[b][k], cs))
                    return c;
            return 0;
        };
        const bool descending = query.descending();
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            int c = compare(a, b, Qt::CaseInsensitive);
            if (c == 0)
                c = compare(a, b, Qt::CaseSensitive);
            if (c == 0)
                c = a < b ? -1 : (a > b ? 1 : 0);
            return descending ? c > 0 : c < 0;
        });
        QList<const SimUser *> sorted;
        sorted.reserve(users.size());
        for (qsizetype i : order)
            sorted.append(users[i]);
        users = sorted;
    }

    const qsizetype from = qMin(query.offset(), users.size());
    const qsizetype count = query.limit() < 0 ? users.size() - from : query.limit();
    return users.mid(from, count);
}
