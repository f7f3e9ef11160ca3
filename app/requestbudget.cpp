#include "requestbudget.h"

#include <QLoggingCategory>
#include <cmath>

Q_LOGGING_CATEGORY(lcBudget, "softphone.budget", QtInfoMsg)

RequestBudget::RequestBudget(double ratePerSecond, int burst, double busyPerSecond,
                             QObject *parent)
    : QObject(parent)
    , m_rate(ratePerSecond)
    , m_capacity(burst)
    , m_tokens(burst)
    , m_busyIntervalMs(1000.0 / busyPerSecond)
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

bool RequestBudget::tryTakeBusy()
{
    if (msUntilBusy() > 0)
        return false;
    m_lastBusyMs = m_clock.elapsed();
    return true;
}

int RequestBudget::msUntilBusy()
{
    if (m_lastBusyMs < 0)
        return 0;
    const double due = double(m_lastBusyMs) + m_busyIntervalMs;
    return std::max(0, int(std::ceil(due - double(m_clock.elapsed()))));
}

int RequestBudget::msUntilNext()
{
    refill();
    if (m_tokens >= 1.0)
        return 0;
    return int(std::ceil((1.0 - m_tokens) * 1000.0 / m_rate));
}
