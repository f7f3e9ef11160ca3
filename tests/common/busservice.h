#pragma once

// A D-Bus service of the test's own on the session bus (CTest runs such tests under
// dbus-run-session), on a connection of its own: to the code under test it is another
// program. Its object and name are given back, and its connection closed, when it goes.

#include <QDBusConnection>
#include <QObject>
#include <QString>

class BusService
{
public:
    explicit BusService(const QString &connectionName)
        : m_connectionName(connectionName)
        , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName))
    {}
    ~BusService()
    {
        if (!m_service.isEmpty())
            m_bus.unregisterService(m_service);
        if (!m_path.isEmpty())
            m_bus.unregisterObject(m_path);
        QDBusConnection::disconnectFromBus(m_connectionName);
    }
    BusService(const BusService &) = delete;
    BusService &operator=(const BusService &) = delete;

    QDBusConnection &bus() { return m_bus; }
    // Serves `object` at `path`; false if the bus refused.
    [[nodiscard]] bool publish(const QString &path, QObject *object,
                               QDBusConnection::RegisterOptions options)
    {
        m_path = path;
        return m_bus.registerObject(path, object, options);
    }
    // Owns the well-known name `service`; false if the bus refused.
    [[nodiscard]] bool own(const QString &service)
    {
        m_service = service;
        return m_bus.registerService(service);
    }

private:
    QString m_connectionName;
    QDBusConnection m_bus;
    QString m_path;
    QString m_service;
};
