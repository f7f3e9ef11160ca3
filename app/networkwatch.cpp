#include "networkwatch.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcNetworkWatch, "softphone.networkwatch", QtInfoMsg)

namespace {
// A minute between looks costs nothing; a sleep shorter than the slack is not worth a
// reconnect (the long-poll survives it).
constexpr int kCheckMs = 60000;
constexpr qint64 kSlackMs = 20000;
constexpr qint64 kQuietMs = 10000; // at most one signal this often

// NetworkManager's D-Bus API: its State property, and the value meaning "connected, with
// a route out" (NM_STATE_CONNECTED_GLOBAL).
const QString kNmService = u"org.freedesktop.NetworkManager"_s;
const QString kNmPath = u"/org/freedesktop/NetworkManager"_s;
const QString kDBusProperties = u"org.freedesktop.DBus.Properties"_s;
constexpr uint kNmConnectedGlobal = 70;
} // namespace

NetworkWatch::NetworkWatch(QObject *parent)
    : QObject(parent)
    , m_quietMs(kQuietMs)
    , m_wallClock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(kCheckMs);
    connect(&m_tick, &QTimer::timeout, this, &NetworkWatch::check);
}

void NetworkWatch::start()
{
    m_monotonic.start();
    m_wallAtStart = m_wallClock();
    m_tick.start();
    watchNetworkManager();
}

// Its state now (asked without blocking), and every change after (PropertiesChanged,
// believed only from the bus name's owner: QtDBus matches the sender).
void NetworkWatch::watchNetworkManager()
{
    QDBusConnection bus = m_sessionBus ? QDBusConnection::sessionBus() : QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        qCInfo(lcNetworkWatch) << "no D-Bus bus to ask NetworkManager; network changes are not seen";
        emit networkManagerFound(false);
        return;
    }
    bus.connect(kNmService, kNmPath, kDBusProperties, u"PropertiesChanged"_s, this,
                SLOT(onPropertiesChanged(QString,QVariantMap,QStringList)));
    QDBusMessage getAll = QDBusMessage::createMethodCall(kNmService, kNmPath, kDBusProperties, u"GetAll"_s);
    getAll << kNmService;
    getAll.setAutoStartService(false); // asked, not started: a stopped one stays stopped
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(getAll), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<QVariantMap> reply = *call;
        if (reply.isError()) {
            qCInfo(lcNetworkWatch).noquote() << "NetworkManager does not answer ("
                                             << reply.error().name()
                                             << "); network changes are not seen";
            emit networkManagerFound(false);
            return;
        }
        take(reply.value(), false);
        emit networkManagerFound(true);
    });
}

void NetworkWatch::onPropertiesChanged(const QString &interface, const QVariantMap &changed,
                                       const QStringList &)
{
    if (interface == kNmService)
        take(changed, true);
}

// Worth a reconnect: the network came back (State became "connected, global"), or another
// connection became the primary one while connected (Wi-Fi to cable, one Wi-Fi to another).
void NetworkWatch::take(const QVariantMap &properties, bool announce)
{
    bool cameBack = false;
    bool otherConnection = false;
    if (const auto state = properties.constFind(u"State"_s); state != properties.cend()) {
        const bool online = state->toUInt() == kNmConnectedGlobal;
        cameBack = online && !m_online;
        if (announce && online != m_online)
            qCInfo(lcNetworkWatch).nospace()
                << "network " << (online ? "connected" : "not connected")
                << " (NetworkManager's state " << state->toUInt() << ")";
        m_online = online;
    }
    if (const auto primary = properties.constFind(u"PrimaryConnection"_s);
        primary != properties.cend()) {
        const QString path = primary->value<QDBusObjectPath>().path();
        otherConnection = path != m_primaryConnection && !path.isEmpty() && path != u"/"_s;
        if (announce && otherConnection)
            qCInfo(lcNetworkWatch) << "primary network connection:" << path;
        m_primaryConnection = path;
    }
    if (announce && m_online && (cameBack || otherConnection))
        notify(&NetworkWatch::networkChanged);
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
    if (m_sinceNotified.isValid() && m_sinceNotified.elapsed() < m_quietMs)
        return;
    m_sinceNotified.start();
    emit(this->*signal)();
}
