#pragma once

// How GWS answers a list ("List Devices", "Request Parameters"): the URIs of the
// resources unless `fields` asks for objects; `fields=*` gives whole objects, `fields=a,b`
// objects holding only those fields. Also `subresources` of GET /api/v2/me.

#include "httpreply.h"

#include <QList>
#include <QStringList>

class QUrlQuery;

class ListQuery
{
public:
    explicit ListQuery(const QUrlQuery &query);

    // {"uris": [resource.uri...]} or {key: [objects]}, as `fields` asks.
    HttpReply reply(const QString &key, const QList<QJsonObject> &resources) const;
    // GET /api/v2/me?subresources=*: whether to embed `name` ("devices", "calls").
    bool wantsSubresource(const QString &name) const;

private:
    QStringList m_fields;       // empty: URIs only; "*": every field
    QStringList m_subresources; // "*" or names
};
