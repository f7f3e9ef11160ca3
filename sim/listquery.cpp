#include "listquery.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

QStringList commaList(const QUrlQuery &query, const QString &name)
{
    QStringList list =
        query.queryItemValue(name, QUrl::FullyDecoded).split(u',', Qt::SkipEmptyParts);
    for (QString &item : list)
        item = item.trimmed();
    list.removeAll(QString());
    return list;
}

} // namespace

ListQuery::ListQuery(const QUrlQuery &query)
    : m_fields(commaList(query, u"fields"_s))
    , m_subresources(commaList(query, u"subresources"_s))
{}

HttpReply ListQuery::reply(const QString &key, const QList<QJsonObject> &resources) const
{
    QJsonArray list;
    if (m_fields.isEmpty()) {
        for (const QJsonObject &r : resources)
            list.append(r.value("uri"_L1));
        return HttpReply::ok({{u"uris"_s, list}});
    }
    const bool all = m_fields.contains("*"_L1);
    for (const QJsonObject &r : resources) {
        if (all) {
            list.append(r);
            continue;
        }
        QJsonObject only; // a field the resource lacks is left out, as absent
        for (const QString &field : m_fields)
            if (r.contains(field))
                only.insert(field, r.value(field));
        list.append(only);
    }
    return HttpReply::ok({{key, list}});
}

bool ListQuery::wantsSubresource(const QString &name) const
{
    return m_subresources.contains("*"_L1) || m_subresources.contains(name);
}
