#include "agentstatecontrol.h"

#include "capabilities.h"
#include "directory.h"
#include "telephony.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

AgentStateControl::AgentStateControl(Directory *directory, Telephony *telephony, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_telephony(telephony)
{
    connect(telephony, &Telephony::callEnded, this, &AgentStateControl::onCallEnded);
}

OpResult AgentStateControl::perform(const QString &userName, const QJsonObject &body)
{
    const QJsonValue opValue = body.value("operationName"_L1);
    if (!opValue.isString())
        return OpResult::fail(400, GwsStatus::MissingParameter, u"operationName is required"_s);
    const QString op = opValue.toString();
    // Do Not Disturb included: it is a device operation, not one of this channel.
    if (!Capabilities::agentStateOperations().contains(op))
        return OpResult::fail(400, GwsStatus::ValidationError,
                              u"Unknown operation %1 on the voice channel"_s.arg(op));
    const SimDevice *device = m_directory->deviceOfUser(userName);
    if (!device)
        return OpResult::fail(404, GwsStatus::NotFound, u"Device not found"_s);
    if (!device->sessionStarted)
        return OpResult::fail(400, GwsStatus::InvalidState,
                              u"Start a contact-center session first"_s);

    if (op == "Ready"_L1) {
        m_directory->setAgentState(device->id, u"Ready"_s);
        return OpResult::ok();
    }
    if (op != "NotReady"_L1) { // AfterCallWork and AuxWork are NotReady work modes
        m_directory->setAgentState(device->id, u"NotReady"_s, {}, op);
        return OpResult::ok();
    }
    QString reasonCode;
    if (body.contains("reasonCode"_L1)) {
        const QJsonValue reason = body.value("reasonCode"_L1);
        if (!reason.isString())
            return OpResult::fail(400, GwsStatus::ValidationError,
                                  u"reasonCode must be a string"_s);
        reasonCode = reason.toString();
        // Only the configured reasons exist on this switch (the agent-states settings).
        if (!reasonCode.isEmpty() && !m_directory->notReadyReason(reasonCode))
            return OpResult::fail(400, GwsStatus::InvalidState,
                                  u"Unknown reasonCode %1"_s.arg(reasonCode));
    }
    m_directory->setAgentState(device->id, u"NotReady"_s, reasonCode);
    return OpResult::ok();
}

QJsonObject AgentStateControl::settings() const
{
    auto entry = [](const QString &op, const QString &name, const QString &reason = {}) {
        QJsonObject o{{u"operationName"_s, op}, {u"displayName"_s, name}};
        if (!reason.isEmpty())
            o.insert(u"reasonCode"_s, reason);
        return o;
    };
    QJsonArray list{entry(u"Ready"_s, u"Ready"_s), entry(u"NotReady"_s, u"Not Ready"_s)};
    for (const NotReadyReason &r : m_directory->notReadyReasons())
        list.append(entry(u"NotReady"_s, u"Not Ready - "_s + r.displayName, r.code));
    list.append(entry(u"AfterCallWork"_s, u"AfterCallWork"_s));
    list.append(entry(u"AuxWork"_s, u"AuxWork"_s));
    return QJsonObject{{u"settings"_s, list}};
}

void AgentStateControl::onCallEnded(const QString &deviceId, bool wasConnected)
{
    const SimDevice *device = m_directory->device(deviceId);
    // Wrap-up follows a conversation, not a missed call; an agent who chose NotReady during
    // the call keeps that choice; with calls left the agent is still working.
    if (m_wrapUpMs <= 0 || !wasConnected || !device || !device->sessionStarted ||
        device->userState != "Ready"_L1 || !m_telephony->legsOfDevice(deviceId).isEmpty())
        return;
    m_directory->setAgentState(deviceId, u"NotReady"_s, {}, u"AfterCallWork"_s);
    const quint64 serial = device->stateSerial;
    QTimer::singleShot(m_wrapUpMs, this, [this, deviceId, serial] {
        // Any change meanwhile (the agent chose a state, logged out) ends the wrap-up.
        const SimDevice *d = m_directory->device(deviceId);
        if (d && d->stateSerial == serial && d->workMode == "AfterCallWork"_L1)
            m_directory->setAgentState(deviceId, u"Ready"_s);
    });
}
