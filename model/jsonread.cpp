#include "jsonread_p.h"

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace JsonRead {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Phone numbers sent as JSON numbers must not turn into "5.001e+03".
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return {};
}

int integer(const QJsonValue &value, int fallback)
{
    double d = 0;
    if (value.isDouble()) {
        d = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        d = value.toString().trimmed().toDouble(&ok);
        if (!ok)
            return fallback;
    } else {
        return fallback;
    }
    if (!std::isfinite(d))
        return fallback;
    constexpr double lo = std::numeric_limits<int>::min();
    constexpr double hi = std::numeric_limits<int>::max();
    return static_cast<int>(std::trunc(std::clamp(d, lo, hi)));
}

bool flag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        return s.compare("On"_L1, Qt::CaseInsensitive) == 0
            || s.compare("true"_L1, Qt::CaseInsensitive) == 0;
    }
    if (value.isDouble())
        return value.toDouble() != 0;
    return false;
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray(); // empty for a non-array
    for (const QJsonValue &entry : array) {
        if (entry.isString())
            result.append(entry.toString());
    }
    return result;
}

} // namespace JsonRead
