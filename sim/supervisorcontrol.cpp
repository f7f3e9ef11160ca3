#include "supervisorcontrol.h"

#include "bodyfields.h"
#include "capabilities.h"
#include "switch.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

OpResult fail(int httpStatus, int statusCode, const QString &message)
{
    return OpResult::fail(httpStatus, statusCode, message);
}

// An attribute that must be one of `allowed` when given; `fallback` when absent.
bool choice(const QJsonObject &body, const QString &name, const QStringList &allowed,
            const QString &fallback, QString *value)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined()) { // present, it is a string (BodyFields::check)
        *value = fallback;
        return true;
    }
    *value = v.toString();
    return allowed.contains(*value);
}

} // namespace

SupervisorControl::SupervisorControl(Switch *simSwitch)
    : m_switch(simSwitch)
    , m_directory(&simSwitch->directory())
    , m_telephony(&simSwitch->telephony())
{}

OpResult SupervisorControl::perform(const QString &userName, const QString &deviceId,
                                    const QJsonObject &body)
{
    const QJsonValue opValue = body.value("operationName"_L1);
    if (!opValue.isString())
        return fail(400, GwsStatus::MissingParameter, u"operationName is required"_s);
    const QString op = opValue.toString();
    const SimDevice *device = m_directory->deviceOfUser(userName);
    if (!device || device->id != deviceId)
        return fail(404, GwsStatus::NotFound, u"Device not found"_s);
    if (!Capabilities::monitoringOperations().contains(op))
        return fail(400, GwsStatus::ValidationError, u"Unknown operation %1"_s.arg(op));
    if (OpResult r = BodyFields::check(body, {{"targetDeviceUri", BodyFields::Type::String},
                                              {"phoneNumber", BodyFields::Type::String},
                                              {"supervisorMonitoringScope", BodyFields::Type::String},
                                              {"supervisorMonitoringMode", BodyFields::Type::String}});
        !r.isOk())
        return r;
    const SimUser *user = m_directory->user(userName);
    if (!user || !user->hasRole(u"ROLE_SUPERVISOR"_s))
        return fail(403, GwsStatus::NoPermission, u"%1 needs the supervisor role"_s.arg(op));
    if (!m_directory->deviceCapabilities(*device).contains(op))
        return fail(400, GwsStatus::InvalidState,
                    device->sessionStarted ? u"Not monitoring"_s
                                           : u"Start a contact-center session first"_s);
    if (op == "CancelSupervisorMonitoring"_L1)
        m_directory->endMonitoring(device->id);
    else if (OpResult r = monitor(device->id, op, body); !r.isOk())
        return r;
    m_switch->commit(); // legs join, change or leave now
    return OpResult::ok();
}

OpResult SupervisorControl::monitor(const QString &supervisorDeviceId, const QString &operation,
                                    const QJsonObject &body)
{
    const SimMonitoring current = m_directory->device(supervisorDeviceId)->monitoring;
    QString target = current.targetDeviceId;
    const QJsonValue uri = body.value("targetDeviceUri"_L1);
    const QJsonValue number = body.value("phoneNumber"_L1);
    if (uri.isString() && !uri.toString().isEmpty()) {
        // {base}/api/v2/devices/{id}; a bare device id is accepted too.
        const QString path = QUrl(uri.toString()).path();
        target = path.section(u'/', -1);
        if (target.isEmpty() || !m_directory->device(target))
            return fail(400, GwsStatus::NotFound, u"targetDeviceUri names no device"_s);
    } else if (!uri.isUndefined() && !uri.isNull() && !uri.isString()) {
        return fail(400, GwsStatus::ValidationError, u"targetDeviceUri must be a string"_s);
    } else if (number.isString() && !number.toString().isEmpty()) {
        // The later Coach/ListenIn pages: "phoneNumber: The monitored phone number".
        const SimDevice *byNumber = m_directory->deviceByNumber(number.toString().trimmed());
        if (!byNumber)
            return fail(400, GwsStatus::NotFound, u"phoneNumber names no device"_s);
        target = byNumber->id;
    } else if (!number.isUndefined() && !number.isNull() && !number.isString()) {
        return fail(400, GwsStatus::ValidationError, u"phoneNumber must be a string"_s);
    }
    // While monitoring, a switch of mode may leave the target out.
    if (target.isEmpty())
        return fail(400, GwsStatus::MissingParameter,
                    u"targetDeviceUri (or phoneNumber) is required"_s);
    if (target == supervisorDeviceId)
        return fail(400, GwsStatus::InvalidState, u"A supervisor cannot monitor itself"_s);
    // Devices API 8.5.1: "only one supervisor at a time may monitor a given device".
    if (const SimDevice *other = m_directory->monitorOfDevice(target);
        other && other->id != supervisorDeviceId)
        return fail(400, GwsStatus::InvalidState,
                    u"%1 is already monitored by another supervisor"_s.arg(
                        m_directory->device(target)->phoneNumber));
    const bool sameTarget = current.isActive() && current.targetDeviceId == target;

    SimMonitoring m = sameTarget ? current : SimMonitoring();
    m.targetDeviceId = target;
    m.operation = operation;
    if (!choice(body, u"supervisorMonitoringScope"_s, {u"Agent"_s, u"Call"_s},
                sameTarget ? current.scope : u"Call"_s, &m.scope))
        return fail(400, GwsStatus::ValidationError,
                    u"supervisorMonitoringScope must be Agent or Call"_s);
    if (!choice(body, u"supervisorMonitoringMode"_s, {u"NextCall"_s, u"AllCalls"_s},
                sameTarget ? current.mode : u"AllCalls"_s, &m.mode))
        return fail(400, GwsStatus::ValidationError,
                    u"supervisorMonitoringMode must be NextCall or AllCalls"_s);
    if (m.mode == "NextCall"_L1 && !(sameTarget && current.mode == "NextCall"_L1)) {
        // The next call, not one in progress now.
        m.claimedLegId.clear();
        for (const auto &leg : m_telephony->legsOfDevice(target))
            m.skippedConnections.insert(leg.first->id);
    }
    m_directory->setMonitoring(supervisorDeviceId, m);
    return OpResult::ok();
}
