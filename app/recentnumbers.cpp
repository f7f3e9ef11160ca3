#include "recentnumbers.h"

namespace {
constexpr int kKept = 10;
}

void RecentNumbers::setNumbers(const QStringList &numbers)
{
    m_numbers = numbers.mid(0, kKept);
    emit changed();
}

void RecentNumbers::remember(const QString &number)
{
    m_numbers.removeAll(number);
    m_numbers.prepend(number);
    while (m_numbers.size() > kKept)
        m_numbers.removeLast();
    emit changed();
}
