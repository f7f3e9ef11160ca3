#pragma once

// Who exists on the simulated switch: users, their devices, and each device's agent state.

#include "simconfig.h"
#include "simdevice.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <vector>

class Directory : public QObject
{
    Q_OBJECT
public:
    explicit Directory(QObject *parent = nullptr);

    void setUsers(const QList<SimUser> &users);
    void setNotReadyReasons(const QList<NotReadyReason> &reasons) { m_reasons = reasons; }
    const QList<NotReadyReason> &notReadyReasons() const { return m_reasons; }
    const NotReadyReason *notReadyReason(const QString &code) const;
    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }

    const QList<SimUser> &users() const { return m_users; }
    const SimUser *user(const QString &userName) const;
    const SimUser *authenticate(const QString &userName, const QString &password) const;
    static QString userId(const QString &userName);
    const SimUser *userById(const QString &id) const;

    const SimDevice *device(const QString &deviceId) const;
    const SimDevice *deviceByNumber(const QString &number) const;
    const SimDevice *deviceOfUser(const QString &userName) const;
    const SimUser *userOfPlace(const QString &place) const;
    QString ownerOfDevice(const QString &deviceId) const;
    const std::vector<SimDevice> &devices() const { return m_devices; }

    void startContactCenterSession(const QString &userName);
    void endContactCenterSession(const QString &userName);
    // Agent state of a started session; every call announces the device.
    void setAgentState(const QString &deviceId, const QString &state,
                       const QString &reasonCode = {}, const QString &workMode = {});
    void setDoNotDisturb(const QString &deviceId, bool on);
    // Supervisor monitoring; both announce the supervisor's device.
    void setMonitoring(const QString &deviceId, const SimMonitoring &monitoring);
    void endMonitoring(const QString &deviceId);
    // The switch's bookkeeping (skipped and claimed calls), which the device does not show.
    SimMonitoring *monitoringState(const QString &deviceId);
    // The device of the supervisor monitoring `targetDeviceId` now, or nullptr.
    const SimDevice *monitorOfDevice(const QString &targetDeviceId) const;

    // The device operations valid now (Capabilities::ofDevice over this device's facts).
    QStringList deviceCapabilities(const SimDevice &device) const;

    QJsonObject userResource(const SimUser &user) const;
    QJsonObject deviceResource(const SimDevice &device) const;

signals:
    // The device resource changed; a DeviceStateChangeMessage is due.
    void deviceChanged(const QString &deviceId);

private:
    SimDevice *mutableDeviceOfUser(const QString &userName);
    SimDevice *mutableDevice(const QString &deviceId);
    void setUserState(SimDevice *device, bool started, const QString &state,
                      const QString &reasonCode = {}, const QString &workMode = {});
    QJsonObject userStateResource(const SimDevice &device) const;

    QList<SimUser> m_users;
    QList<NotReadyReason> m_reasons;
    std::vector<SimDevice> m_devices;
    QString m_baseUrl;
    // Lookups by key into m_users / m_devices (fixed from setUsers on): a contact center
    // of thousands is asked on every request.
    QHash<QString, qsizetype> m_userByName;
    QHash<QString, qsizetype> m_userById;
    QHash<QString, qsizetype> m_userByPlace;
    QHash<QString, size_t> m_deviceById;
    QHash<QString, size_t> m_deviceByNumber;
    QHash<QString, size_t> m_deviceByUser;
};
