#include "listquery.h"

#include <QJsonArray>
#include <QUrlQuery>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QStringList commaList(const QString &value)
{
    QStringList list = value.split(u',', Qt::SkipEmptyParts);
    for (QString &item : list)
        item = item.trimmed();
    list.removeAll(QString());
    return list;
}

// A whole number from `min` up, or -1.
qsizetype count(const QString &text, qsizetype min)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    return ok && n >= min && n <= std::numeric_limits<int>::max() ? qsizetype(n) : -1;
}

} // namespace

ListQuery::ListQuery(const QUrlQuery &query)
{
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        if (name == "fields"_L1) {
            m_fields = commaList(value);
        } else if (name == "subresources"_L1) {
            m_subresources = commaList(value);
        } else if (name == "sortBy"_L1) {
            m_sortBy = commaList(value);
        } else if (name == "order"_L1) {
            // "Default sort order is Ascending"; the parameter's name is Genesys' client's.
            if (value == "Descending"_L1)
                m_descending = true;
            else if (value != "Ascending"_L1)
                m_error = u"order must be Ascending or Descending"_s;
        } else if (name == "limit"_L1) {
            m_limit = count(value, 1);
            if (m_limit < 0)
                m_error = u"limit must be a whole number from 1"_s;
        } else if (name == "offset"_L1) {
            m_offset = count(value, 0);
            if (m_offset < 0)
                m_error = u"offset must be a whole number from 0"_s;
        } else {
            m_filters.append({name, value});
        }
    }
}

HttpReply ListQuery::malformedReply() const
{
    return HttpReply::error(400, GwsStatus::ValidationError, m_error);
}

HttpReply ListQuery::reply(const QString &key, const QList<QJsonObject> &resources,
                           const QStringList &embedded) const
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
        for (const QString &field : m_fields + embedded)
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
