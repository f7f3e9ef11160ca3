#include "requeststats.h"

using namespace Qt::StringLiterals;

QJsonObject RequestStats::toJson() const
{
    QJsonObject ops;
    for (auto it = m_operations.cbegin(); it != m_operations.cend(); ++it)
        ops.insert(it.key(), it.value());
    return QJsonObject{{u"requests"_s, m_requests}, {u"operations"_s, ops}};
}
