#pragma once

#include <QElapsedTimer>
#include <QObject>

// A token bucket shared by every request to one server, REST and CometD alike: whatever
// goes wrong (a loop nobody foresaw, a server that answers instantly with errors), the
// softphone sends at most `ratePerSecond` requests a second after a burst of `burst`.
// A storm becomes impossible by construction; the first throttling is logged once.
class RequestBudget : public QObject
{
    Q_OBJECT
public:
    explicit RequestBudget(double ratePerSecond = 10, int burst = 20, QObject *parent = nullptr);

    // Takes a token if one is there.
    bool tryTake();
    // How long until a token will be there (0 if one is there now).
    int msUntilNext();
    int throttledCount() const { return m_throttled; }

private:
    void refill();

    double m_rate;
    double m_capacity;
    double m_tokens;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    int m_throttled = 0;
};
