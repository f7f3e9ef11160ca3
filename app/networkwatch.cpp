#include "networkwatch.h"

#include <QLoggingCategory>
#include <QNetworkInformation>

Q_LOGGING_CATEGORY(lcNetworkWatch, "softphone.networkwatch", QtInfoMsg)

namespace {
// A minute between looks costs nothing; a sleep shorter than the slack is not worth a
// reconnect (the long-poll survives it).
constexpr int kCheckMs = 60000;
constexpr qint64 kSlackMs = 20000;
constexpr qint64 kQuietMs = 10000; // at most one signal this often
} // namespace

NetworkWatch::NetworkWatch(QObject *parent)
    : QObject(parent)
    , m_wallClock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(kCheckMs);
    connect(&m_tick, &QTimer::timeout, this, &NetworkWatch::check);
}

bool NetworkWatch::start()
{
    m_monotonic.start();
    m_wallAtStart = m_wallClock();
    m_tick.start();
    // NetworkManager's backend first: it speaks D-Bus, already loaded. Asked by features,
    // Qt loads every backend to compare them, glib's with GIO (some 2.5 MiB resident): that
    // only where NetworkManager does not run.
    if (!QNetworkInformation::loadBackendByName(u"networkmanager")
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcNetworkWatch) << "no network-information backend; network changes are not seen";
        return false;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    qCDebug(lcNetworkWatch) << "network-information backend:" << info->backendName();
    connect(info, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                qCInfo(lcNetworkWatch) << "network reachability:" << reachability;
                if (reachability == QNetworkInformation::Reachability::Online)
                    notify(&NetworkWatch::networkChanged);
            });
    // From Wi-Fi to cable and the like: the old connection's long-poll is gone with it.
    connect(info, &QNetworkInformation::transportMediumChanged, this,
            [this, info](QNetworkInformation::TransportMedium medium) {
                qCInfo(lcNetworkWatch) << "network medium:" << medium;
                if (info->reachability() == QNetworkInformation::Reachability::Online)
                    notify(&NetworkWatch::networkChanged);
            });
    return true;
}

void NetworkWatch::check()
{
    const QDateTime wall = m_wallClock();
    const qint64 wallMs = m_wallAtStart.msecsTo(wall);
    const qint64 monoMs = m_monotonic.restart();
    m_wallAtStart = wall;
    // Suspended time passes on the wall clock only. (A wall clock set back by hand is not
    // a sleep; one set forward looks like one and costs one harmless reconnect.)
    if (wallMs - monoMs > kSlackMs) {
        qCInfo(lcNetworkWatch) << "woke up after about" << (wallMs - monoMs) / 1000 << "s asleep";
        notify(&NetworkWatch::resumed);
    }
}

void NetworkWatch::notify(void (NetworkWatch::*signal)())
{
    if (m_sinceNotified.isValid() && m_sinceNotified.elapsed() < kQuietMs)
        return;
    m_sinceNotified.start();
    emit(this->*signal)();
}
