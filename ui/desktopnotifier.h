#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// One desktop notification. `id` is ours (RingingAlerts uses the call's id); actions are
// (key, label) pairs, shown as buttons where the desktop supports actions.
struct DesktopNotification
{
    QString id;
    QString summary;
    QString body;
    QList<std::pair<QString, QString>> actions;
};

// Where notifications go: the desktop's notification server in the program
// (FreedesktopNotifier), a fake in tests.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows `notification`, replacing the one with the same id if it is still shown.
    virtual void show(const DesktopNotification &notification) = 0;
    // Takes it off the screen (nothing if it is gone already).
    virtual void close(const QString &id) = 0;

signals:
    void actionInvoked(const QString &id, const QString &actionKey);
    // The user dismissed it, or it expired: not emitted for close().
    void dismissed(const QString &id);
};

// Freedesktop notifications over the D-Bus session bus (org.freedesktop.Notifications:
// Notify, CloseNotification, ActionInvoked, NotificationClosed), which GNOME, KDE, XFCE
// and the others implement. Connects to the bus on the first show(), not at start-up.
// Without a session bus or notification server it shows nothing and says so once.
class FreedesktopNotifier : public DesktopNotifier
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);

    void show(const DesktopNotification &notification) override;
    void close(const QString &id) override;

    // The problem that kept the last notification off the screen; empty when it showed.
    QString problem() const;

private slots:
    // Slots for QDBusConnection::connect, which matches D-Bus signals by slot signature.
    void onActionInvoked(uint serverId, const QString &actionKey);
    void onClosed(uint serverId, uint reason);

private:
    struct Entry
    {
        uint serverId = 0;   // the server's id, once Notify answered
        bool pending = false; // a Notify is out: the next waits for its id to replace
        bool closed = false; // closed while a Notify was out: close it when it answers
        std::optional<DesktopNotification> next; // shown while a Notify was out
    };

    bool connectBus();
    void send(const DesktopNotification &notification, uint replacesId);
    void onNotified(const QString &id, uint serverId, const QString &error);
    void closeOnServer(uint serverId);
    QString idOf(uint serverId) const;

    bool m_connected = false;
    bool m_noBus = false;  // no session bus to send notifications on
    QString m_refusal;     // the server's error for the last notification; empty: shown
    QHash<QString, Entry> m_entries; // by our id
    QList<uint> m_closing;           // server ids we closed: no dismissed() for them
};
