#include "directory.h"

#include "capabilities.h"

#include <QJsonArray>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Name-based UUIDs keep ids stable between runs, so logs and configs stay comparable.
QString stableId(const QString &kind, const QString &name)
{
    static const QUuid ns(u"6f1c2a54-3b1e-4d7e-9a36-0c5f5a3d2b10"_s);
    return QUuid::createUuidV5(ns, QString(kind + u':' + name)).toString(QUuid::WithoutBraces);
}

// As the documented samples name them: "Not Ready", "AfterCallWork", "AuxWork".
QString displayName(const QString &state, const QString &workMode)
{
    if (!workMode.isEmpty())
        return workMode;
    if (state == "NotReady"_L1)
        return u"Not Ready"_s;
    if (state == "LoggedOut"_L1)
        return u"Logged Out"_s;
    return state;
}

} // namespace

Directory::Directory(QObject *parent)
    : QObject(parent)
{}

void Directory::setUsers(const QList<SimUser> &users)
{
    m_users = users;
    m_devices.clear();
    m_devices.reserve(size_t(users.size()));
    m_userByName.clear();
    m_userById.clear();
    m_userByPlace.clear();
    m_deviceById.clear();
    m_deviceByNumber.clear();
    m_deviceByUser.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        const SimUser &u = m_users.at(i);
        m_userByName.insert(u.userName, i);
        m_userById.insert(userId(u.userName), i);
        m_userByPlace.insert(u.place, i);
        SimDevice d;
        d.id = stableId(u"device"_s, u.phoneNumber);
        d.phoneNumber = u.phoneNumber;
        d.userName = u.userName;
        m_deviceById.insert(d.id, m_devices.size());
        m_deviceByNumber.insert(d.phoneNumber, m_devices.size());
        m_deviceByUser.insert(d.userName, m_devices.size());
        m_devices.push_back(d);
    }
}

const NotReadyReason *Directory::notReadyReason(const QString &code) const
{
    for (const NotReadyReason &r : m_reasons)
        if (r.code == code)
            return &r;
    return nullptr;
}

const SimUser *Directory::user(const QString &userName) const
{
    const auto it = m_userByName.constFind(userName);
    return it == m_userByName.cend() ? nullptr : &m_users.at(*it);
}

const SimUser *Directory::authenticate(const QString &userName, const QString &password) const
{
    const SimUser *u = user(userName);
    return u && u->password == password ? u : nullptr;
}

QString Directory::userId(const QString &userName)
{
    return stableId(u"user"_s, userName);
}

const SimUser *Directory::userById(const QString &id) const
{
    const auto it = m_userById.constFind(id);
    return it == m_userById.cend() ? nullptr : &m_users.at(*it);
}

const SimDevice *Directory::device(const QString &deviceId) const
{
    const auto it = m_deviceById.constFind(deviceId);
    return it == m_deviceById.cend() ? nullptr : &m_devices[*it];
}

const SimDevice *Directory::deviceByNumber(const QString &number) const
{
    const auto it = m_deviceByNumber.constFind(number);
    return it == m_deviceByNumber.cend() ? nullptr : &m_devices[*it];
}

const SimDevice *Directory::deviceOfUser(const QString &userName) const
{
    const auto it = m_deviceByUser.constFind(userName);
    return it == m_deviceByUser.cend() ? nullptr : &m_devices[*it];
}

const SimUser *Directory::userOfPlace(const QString &place) const
{
    const auto it = m_userByPlace.constFind(place);
    return it == m_userByPlace.cend() ? nullptr : &m_users.at(*it);
}

SimDevice *Directory::mutableDeviceOfUser(const QString &userName)
{
    return const_cast<SimDevice *>(deviceOfUser(userName));
}

SimDevice *Directory::mutableDevice(const QString &deviceId)
{
    return const_cast<SimDevice *>(device(deviceId));
}

QString Directory::ownerOfDevice(const QString &deviceId) const
{
    const SimDevice *d = device(deviceId);
    return d ? d->userName : QString();
}

void Directory::startContactCenterSession(const QString &userName)
{
    // Agents start Ready so that demo calls reach them; a second start keeps the state.
    if (SimDevice *d = mutableDeviceOfUser(userName)) {
        if (d->sessionStarted)
            setUserState(d, true, d->userState, d->reasonCode, d->workMode);
        else
            setUserState(d, true, u"Ready"_s);
    }
}

void Directory::endContactCenterSession(const QString &userName)
{
    if (SimDevice *d = mutableDeviceOfUser(userName)) {
        d->monitoring = SimMonitoring(); // told by the device notification below
        setUserState(d, false, u"LoggedOut"_s);
    }
}

void Directory::setAgentState(const QString &deviceId, const QString &state,
                              const QString &reasonCode, const QString &workMode)
{
    if (SimDevice *d = mutableDevice(deviceId))
        setUserState(d, d->sessionStarted, state, reasonCode, workMode);
}

void Directory::setDoNotDisturb(const QString &deviceId, bool on)
{
    if (SimDevice *d = mutableDevice(deviceId)) {
        d->doNotDisturb = on;
        emit deviceChanged(d->id);
    }
}

void Directory::setMonitoring(const QString &deviceId, const SimMonitoring &monitoring)
{
    if (SimDevice *d = mutableDevice(deviceId)) {
        d->monitoring = monitoring;
        emit deviceChanged(d->id);
    }
}

void Directory::endMonitoring(const QString &deviceId)
{
    SimDevice *d = mutableDevice(deviceId);
    if (!d || !d->monitoring.isActive())
        return;
    d->monitoring = SimMonitoring();
    emit deviceChanged(d->id);
}

SimMonitoring *Directory::monitoringState(const QString &deviceId)
{
    SimDevice *d = mutableDevice(deviceId);
    return d ? &d->monitoring : nullptr;
}

const SimDevice *Directory::monitorOfDevice(const QString &targetDeviceId) const
{
    for (const SimDevice &d : m_devices)
        if (d.monitoring.isActive() && d.monitoring.targetDeviceId == targetDeviceId)
            return &d;
    return nullptr;
}

void Directory::setUserState(SimDevice *device, bool started, const QString &state,
                             const QString &reasonCode, const QString &workMode)
{
    device->sessionStarted = started;
    device->userState = state;
    // A reason and a work mode belong to NotReady only.
    const bool notReady = state == "NotReady"_L1;
    device->reasonCode = notReady ? reasonCode : QString();
    device->workMode = notReady ? workMode : QString();
    ++device->stateSerial;
    // Always announce: a client that starts its session again expects to hear its state.
    emit deviceChanged(device->id);
}

QStringList Directory::deviceCapabilities(const SimDevice &device) const
{
    const SimUser *owner = user(device.userName);
    DeviceCapabilityInput in;
    in.sessionStarted = device.sessionStarted;
    in.doNotDisturb = device.doNotDisturb;
    in.supervisor = owner && owner->hasRole(u"ROLE_SUPERVISOR"_s);
    in.monitoring = device.monitoring.isActive();
    return Capabilities::ofDevice(in);
}

QJsonObject Directory::userResource(const SimUser &user) const
{
    const QString id = userId(user.userName);
    QJsonArray roles;
    for (const QString &r : user.roles)
        roles.append(r);
    return QJsonObject{{u"id"_s, id},
                       {u"userName"_s, user.userName},
                       {u"firstName"_s, user.firstName},
                       {u"lastName"_s, user.lastName},
                       {u"roles"_s, roles},
                       {u"enabled"_s, true},
                       {u"uri"_s, QString(m_baseUrl + u"/api/v2/users/"_s + id)},
                       {u"path"_s, QString(u"/users/"_s + id)}};
}

QJsonObject Directory::userStateResource(const SimDevice &device) const
{
    // {id, displayName, state, workMode?, reason?} as the documented samples have it.
    QString name = displayName(device.userState, device.workMode);
    if (!device.reasonCode.isEmpty()) {
        const NotReadyReason *reason = notReadyReason(device.reasonCode);
        name += u" - "_s + (reason ? reason->displayName : device.reasonCode);
    }
    const QString key = device.userState + u':' + device.workMode + u':' + device.reasonCode;
    QJsonObject state{{u"id"_s, stableId(u"state"_s, key).toUpper()},
                      {u"displayName"_s, name},
                      {u"state"_s, device.userState}};
    if (!device.workMode.isEmpty())
        state.insert(u"workMode"_s, device.workMode);
    if (!device.reasonCode.isEmpty())
        state.insert(u"reason"_s, device.reasonCode);
    return state;
}

QJsonObject Directory::deviceResource(const SimDevice &device) const
{
    QJsonArray capabilities;
    for (const QString &op : deviceCapabilities(device))
        capabilities.append(op);
    QJsonObject resource{
        {u"id"_s, device.id},
        {u"deviceState"_s, u"Active"_s},
        {u"userState"_s, userStateResource(device)},
        {u"phoneNumber"_s, device.phoneNumber},
        {u"e164Number"_s, device.phoneNumber},
        {u"telephonyNetwork"_s, u"Private"_s},
        {u"doNotDisturb"_s, device.doNotDisturb ? u"On"_s : u"Off"_s},
        {u"voiceEnvironmentUri"_s,
         QString(m_baseUrl + u"/api/v2/voice-environments/"_s + stableId(u"env"_s, u"sim"_s))},
        {u"capabilities"_s, capabilities},
        {u"uri"_s, QString(m_baseUrl + u"/api/v2/devices/"_s + device.id)},
        {u"path"_s, QString(u"/devices/"_s + device.id)}};
    // As the 8.5.2 ListenIn sample shows it; absent when not monitoring.
    const SimMonitoring &m = device.monitoring;
    if (m.isActive())
        resource.insert(
            u"supervisorMonitoringState"_s,
            QJsonObject{{u"state"_s, m.operation},
                        {u"mode"_s, m.mode},
                        {u"scope"_s, m.scope},
                        {u"targetDeviceUri"_s,
                         QString(m_baseUrl + u"/api/v2/devices/"_s + m.targetDeviceId)}});
    return resource;
}
