#include "desktopnotifier.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : DesktopNotifier(parent)
{
}

QString FreedesktopNotifier::problem() const
{
    // Worded when asked, so it is said in the language shown now.
    if (m_noBus)
        return tr("No desktop notifications: no D-Bus session bus");
    if (!m_refusal.isEmpty())
        return tr("No desktop notifications: %1").arg(m_refusal);
    return {};
}

bool FreedesktopNotifier::connectBus()
{
    if (m_connected)
        return true;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_noBus = true;
        return false;
    }
    m_noBus = false;
    bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                SLOT(onActionInvoked(uint,QString)));
    bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                SLOT(onClosed(uint,uint)));
    m_connected = true;
    return true;
}

void FreedesktopNotifier::show(const DesktopNotification &notification)
{
    if (!connectBus())
        return;
    Entry &entry = m_entries[notification.id];
    entry.closed = false;
    if (entry.pending) {
        entry.next = notification; // replaces the one out once the server has named it
        return;
    }
    entry.pending = true;
    send(notification, entry.serverId);
}

void FreedesktopNotifier::send(const DesktopNotification &notification, uint replacesId)
{
    QStringList actions;
    for (const auto &[key, label] : notification.actions)
        actions << key << label;
    // Critical: a ringing call stays on screen until it stops ringing (we close it then),
    // and is shown even in the desktop's do-not-disturb mode.
    const QVariantMap hints{{u"urgency"_s, QVariant::fromValue(uchar(2))},
                            {u"desktop-entry"_s, u"softphone"_s}};
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << QCoreApplication::applicationName() << replacesId << u"softphone"_s
         << notification.summary << notification.body.toHtmlEscaped() << actions << hints
         << int(0); // never expires on its own
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    const QString id = notification.id;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, id, watcher] {
        watcher->deleteLater();
        const QDBusPendingReply<uint> reply = *watcher;
        onNotified(id, reply.isError() ? 0 : reply.value(),
                   reply.isError() ? reply.error().message() : QString());
    });
}

void FreedesktopNotifier::onNotified(const QString &id, uint serverId, const QString &error)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->pending = false;
    m_refusal = error;
    if (!error.isEmpty()) {
        m_entries.erase(it);
        return;
    }
    if (it->closed) { // closed before the server answered
        closeOnServer(serverId);
        m_entries.erase(it);
        return;
    }
    it->serverId = serverId;
    if (const std::optional<DesktopNotification> next = std::exchange(it->next, std::nullopt)) {
        it->pending = true;
        send(*next, serverId);
    }
}

void FreedesktopNotifier::close(const QString &id)
{
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->pending) { // closed once the server has answered with its id
        it->closed = true;
        it->next.reset();
        return;
    }
    if (it->serverId)
        closeOnServer(it->serverId);
    m_entries.erase(it);
}

void FreedesktopNotifier::closeOnServer(uint serverId)
{
    m_closing.append(serverId);
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, u"CloseNotification"_s);
    call << serverId;
    QDBusConnection::sessionBus().asyncCall(call);
}

QString FreedesktopNotifier::idOf(uint serverId) const
{
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (it->serverId == serverId)
            return it.key();
    return {};
}

void FreedesktopNotifier::onActionInvoked(uint serverId, const QString &actionKey)
{
    const QString id = idOf(serverId);
    if (!id.isEmpty())
        emit actionInvoked(id, actionKey);
}

void FreedesktopNotifier::onClosed(uint serverId, uint reason)
{
    Q_UNUSED(reason)
    if (m_closing.removeOne(serverId))
        return; // we closed it
    const QString id = idOf(serverId);
    if (id.isEmpty())
        return; // another program's notification
    m_entries.remove(id);
    emit dismissed(id);
}
