#pragma once

// How GWS answers a list ("List Devices", "Request Parameters"): the URIs of the
// resources unless `fields` asks for objects; `fields=*` gives whole objects, `fields=a,b`
// objects holding only those fields. Also `subresources` (GET /api/v2/me, /users), and the
// parameters of "Filtering and sorting users": `sortBy`, `order`, `limit`, `offset`, and any
// other query item as a filter `field=value` (which fields filter is the handler's).

#include "httpreply.h"

#include <QList>
#include <QStringList>

class QUrlQuery;

class ListQuery
{
public:
    explicit ListQuery(const QUrlQuery &query);

    // {"uris": [resource.uri...]} or {key: [objects]}, as `fields` asks; with `fields=a,b`
    // the `embedded` subresources (e.g. "devices") stay in each object too.
    HttpReply reply(const QString &key, const QList<QJsonObject> &resources,
                    const QStringList &embedded = {}) const;
    bool wantsObjects() const { return !m_fields.isEmpty(); }
    // Whether to embed the subresource `name` ("devices", "calls", "skills"); `*` is all.
    bool wantsSubresource(const QString &name) const;

    struct Filter
    {
        QString field;
        QString value;
    };
    const QList<Filter> &filters() const { return m_filters; }
    const QStringList &sortBy() const { return m_sortBy; }
    bool descending() const { return m_descending; }
    qsizetype limit() const { return m_limit; } // -1: not given
    qsizetype offset() const { return m_offset; }
    // A malformed `limit`, `offset` or `order`: the 400 answer (statusCode 10) to give.
    bool isMalformed() const { return !m_error.isEmpty(); }
    HttpReply malformedReply() const;

private:
    QStringList m_fields;       // empty: URIs only; "*": every field
    QStringList m_subresources; // "*" or names
    QList<Filter> m_filters;
    QStringList m_sortBy;
    bool m_descending = false;
    qsizetype m_limit = -1;
    qsizetype m_offset = 0;
    QString m_error;
};
