#pragma once

// Which users GET /api/v2/users lists, in which order, which page: "Filtering and sorting
// users" (GWS 8.5.2). Filters are exact field values (firstName, lastName, userName,
// enabled, roles, and the subresource fields devices.phoneNumber, skills.name,
// skills.level), all of them must match; `sortBy` is a comma list with one `order` for all
// fields, Ascending by default; "The limit parameter in this request is mandatory" with
// either. `offset` and the name `order` are our reading of Genesys' own supervisor client
// (the page on pagination was not available). Ties keep the configuration's order, so
// pages never overlap or skip a user.

#include "listquery.h"

#include <QList>
#include <optional>

class Directory;
struct SimUser;

class UsersQuery
{
public:
    // The 400 answer when the query cannot be served: sortBy or a filter without `limit`
    // (statusCode 1), a field that cannot sort, statistics (not simulated), a malformed
    // number or order (statusCode 10).
    static std::optional<HttpReply> refusal(const ListQuery &query);
    // The users of the page asked for.
    static QList<const SimUser *> select(const Directory &directory, const ListQuery &query);

    static const QStringList &filterFields();
    static const QStringList &sortFields();
};
