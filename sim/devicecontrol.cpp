#include "devicecontrol.h"

#include "capabilities.h"
#include "directory.h"
#include "supervisorcontrol.h"

using namespace Qt::StringLiterals;

DeviceControl::DeviceControl(Directory *directory, SupervisorControl *supervisor)
    : m_directory(directory)
    , m_supervisor(supervisor)
{}

OpResult DeviceControl::perform(const QString &userName, const QString &deviceId,
                                const QJsonObject &body)
{
    const QJsonValue opValue = body.value("operationName"_L1);
    if (!opValue.isString())
        return OpResult::fail(400, GwsStatus::MissingParameter, u"operationName is required"_s);
    const QString op = opValue.toString();
    const SimDevice *device = m_directory->deviceOfUser(userName);
    if (!device || device->id != deviceId)
        return OpResult::fail(404, GwsStatus::NotFound, u"Device not found"_s);
    // Agent state included: it belongs to /api/v2/me/channels/voice.
    if (!Capabilities::deviceOperations().contains(op))
        return OpResult::fail(400, GwsStatus::ValidationError,
                              u"Unknown device operation %1"_s.arg(op));
    if (Capabilities::monitoringOperations().contains(op))
        return m_supervisor->perform(userName, deviceId, body);
    if (!m_directory->deviceCapabilities(*device).contains(op))
        return OpResult::fail(400, GwsStatus::InvalidState,
                              device->sessionStarted ? u"%1 is not possible now"_s.arg(op)
                                                     : u"Start a contact-center session first"_s);
    m_directory->setDoNotDisturb(device->id, op == "DoNotDisturbOn"_L1);
    return OpResult::ok();
}
