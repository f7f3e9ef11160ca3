#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

// Tells when the machine comes back from sleep or its network changes, so the session
// reconnects and reads everything again instead of trusting a long-poll that died
// meanwhile (or waiting out its timeout). Network changes come from NetworkManager over
// the system bus, read directly: Qt's QNetworkInformation loads every backend plugin to
// choose one, glib's too, and GIO with it (2.3 MiB resident, for nothing NetworkManager
// does not tell). Sleep is seen as the wall clock running ahead of the monotonic one,
// which stands still while suspended.
class NetworkWatch : public QObject
{
    Q_OBJECT
public:
    explicit NetworkWatch(QObject *parent = nullptr);

    // Asks NetworkManager for its state (D-Bus: not at start-up, when first needed) and
    // starts the sleep check. Where NetworkManager does not run, a sleep is still seen.
    void start();
    // For tests: how often the clocks are compared, the wall clock to compare with, the
    // shortest time between two signals, and a NetworkManager of their own on the session
    // bus instead of the system's.
    void setCheckInterval(int ms) { m_tick.setInterval(ms); }
    void setWallClock(std::function<QDateTime()> clock) { m_wallClock = std::move(clock); }
    void setQuietPeriod(qint64 ms) { m_quietMs = ms; }
    void useSessionBus() { m_sessionBus = true; }

signals:
    void resumed();        // the machine slept and woke up
    void networkChanged(); // the network came back or changed
    // NetworkManager answered start()'s question (true), or cannot be asked (false).
    void networkManagerFound(bool found);

private slots:
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                             const QStringList &invalidated);

private:
    void check();
    void watchNetworkManager();
    void take(const QVariantMap &properties, bool announce);

    void notify(void (NetworkWatch::*signal)());

    QTimer m_tick;
    QElapsedTimer m_sinceNotified; // a flapping network reconnects once, not every flap
    qint64 m_quietMs;
    QElapsedTimer m_monotonic;
    QDateTime m_wallAtStart;
    std::function<QDateTime()> m_wallClock;
    bool m_sessionBus = false;
    bool m_online = false;       // NetworkManager's state is "connected, global"
    QString m_primaryConnection; // its object path: another one is another network
};
