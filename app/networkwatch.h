#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

// Tells when the machine comes back from sleep or its network changes, so the session
// reconnects and reads everything again instead of trusting a long-poll that died
// meanwhile (or waiting out its timeout). Network changes come from QNetworkInformation
// where the platform has a backend (NetworkManager on Linux); sleep is seen as the wall
// clock running ahead of the monotonic one, which stands still while suspended.
class NetworkWatch : public QObject
{
    Q_OBJECT
public:
    explicit NetworkWatch(QObject *parent = nullptr);

    // Loads the network-information backend (D-Bus: not at start-up, when first needed)
    // and starts the sleep check. False if the platform has no backend (sleep still seen).
    bool start();
    // For tests: how often the clocks are compared, and the wall clock to compare with.
    void setCheckInterval(int ms) { m_tick.setInterval(ms); }
    void setWallClock(std::function<QDateTime()> clock) { m_wallClock = std::move(clock); }

signals:
    void resumed();        // the machine slept and woke up
    void networkChanged(); // the network came back or changed

private:
    void check();

    void notify(void (NetworkWatch::*signal)());

    QTimer m_tick;
    QElapsedTimer m_sinceNotified; // a flapping network reconnects once, not every flap
    QElapsedTimer m_monotonic;
    QDateTime m_wallAtStart;
    std::function<QDateTime()> m_wallClock;
};
