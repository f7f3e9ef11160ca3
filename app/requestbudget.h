#pragma once

#include <QElapsedTimer>
#include <QObject>

// A token bucket shared by every request to one server, REST and CometD alike: whatever
// goes wrong (a loop nobody foresaw, a server that answers instantly with errors), the
// softphone sends at most `ratePerSecond` requests a second after a burst of `burst`.
// A storm becomes impossible by construction; the first throttling is logged once.
// A long-poll that follows an answer which carried events is what the channel is for, not
// a fault loop: it is paced at `busyPerSecond` (one every 4 ms by default) instead of
// drawing on the budget. So busy traffic is not held to the fault rate (a poll every
// 100 ms added 50-100 ms to every event at 1,000 events a second), and a server that
// answers every poll at once with an event still gets at most busyPerSecond of them.
class RequestBudget : public QObject
{
    Q_OBJECT
public:
    explicit RequestBudget(double ratePerSecond = 10, int burst = 20, double busyPerSecond = 250,
                           QObject *parent = nullptr);

    // Takes a token if one is there.
    bool tryTake();
    // The next poll of a busy channel (see above): true if its turn has come.
    bool tryTakeBusy();
    int msUntilBusy();
    // How long until a token will be there (0 if one is there now).
    int msUntilNext();
    int throttledCount() const { return m_throttled; }

private:
    void refill();

    double m_rate;
    double m_capacity;
    double m_tokens;
    double m_busyIntervalMs;
    qint64 m_lastBusyMs = -1;
    QElapsedTimer m_clock;
    qint64 m_lastMs = 0;
    int m_throttled = 0;
};
