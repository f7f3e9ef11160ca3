#include "requestbudget.h"

#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcBudget, "softphone.budget", QtInfoMsg)

RequestBudget::RequestBudget(double ratePerSecond, int burst, QObject *parent)
    : QObject(parent)
    , m_rate(ratePerSecond)
    , m_capacity(burst)
    , m_tokens(burst)
{
    m_clock.start();
}

void RequestBudget::refill()
{
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(m_capacity, m_tokens + double(now - m_lastMs) * m_rate / 1000.0);
    m_lastMs = now;
}

bool RequestBudget::tryTake()
{
    refill();
    if (m_tokens >= 1.0) {
        m_tokens -= 1.0;
        return true;
    }
    if (m_throttled++ == 0)
        qCWarning(lcBudget) << "more than" << m_rate
                            << "requests a second wanted; holding requests back";
    return false;
}

int RequestBudget::msUntilNext()
{
    refill();
    if (m_tokens >= 1.0)
        return 0;
    return int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}
