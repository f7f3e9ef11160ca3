#include "switch.h"

#include "monitorlegs.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr int BusyDelayCapMs = 500; // a busy signal comes quicker than an answer

} // namespace

Switch::Switch(QObject *parent)
    : QObject(parent)
{
    connect(&m_telephony, &Telephony::callMessage, this, &Switch::sendCallMessage);
    connect(&m_directory, &Directory::deviceChanged, this, &Switch::sendDeviceState);
}

int Switch::addDestination(Connection &c, const QString &number, const QString &agentCallType,
                           const QString &ani, const QString &byDeviceId, const QString &byLegId)
{
    int pid = 0;
    if (const SimDevice *device = m_directory.deviceByNumber(number)) {
        pid = m_telephony.addAgent(c, *device, LegState::Ringing, agentCallType, ani, number);
    } else {
        pid = m_telephony.addExternal(c, number, LegState::Ringing);
        c.partyByPid(pid)->busy = m_busyNumbers.contains(number);
        scheduleFarSide(pid, c.partyByPid(pid)->busy);
    }
    Party *p = c.partyByPid(pid);
    p->addedByDeviceId = byDeviceId;
    p->addedByLegId = byLegId;
    return pid;
}

void Switch::scheduleFarSide(int pid, bool busy)
{
    const int delay = busy ? qMin(m_answerDelay, BusyDelayCapMs) : m_answerDelay;
    // By pid, not by pointer: the party may have moved to another call, or gone.
    QTimer::singleShot(delay, this, [this, pid, busy] {
        Party *p = m_telephony.party(pid);
        if (!p || p->state != LegState::Ringing)
            return;
        if (busy) {
            const QString number = p->number;
            publishError(p->addedByDeviceId, p->addedByLegId, 2,
                         u"Destination %1 is busy"_s.arg(number));
            m_telephony.removeParty(pid);
        } else {
            m_telephony.answer(pid);
        }
        commit();
    });
}

void Switch::commit()
{
    m_telephony.endDeadConnections();
    m_telephony.repairReferences();
    MonitorLegs::reconcile(m_telephony, m_directory);
    m_telephony.publishDiffs();
}

QJsonObject Switch::serverView(const Connection &c) const
{
    return m_telephony.serverView(
        c, [this](const QString &deviceId) { return m_directory.ownerOfDevice(deviceId); });
}

void Switch::publishError(const QString &deviceId, const QString &legId, int code,
                          const QString &message)
{
    if (deviceId.isEmpty() || !m_errorMessages)
        return; // extension off: the call just changes, as a real GWS shows it
    QJsonObject data{{u"messageType"_s, u"ErrorMessage"_s},
                     {u"errorMessage"_s, message},
                     {u"errorCode"_s, code}};
    if (!legId.isEmpty())
        data.insert(u"callUri"_s, m_telephony.callUri(legId));
    sendCallMessage(deviceId, data);
}

void Switch::sendCallMessage(const QString &deviceId, QJsonObject data)
{
    const SimDevice *device = m_directory.device(deviceId);
    if (!device)
        return;
    data.insert(u"phoneNumber"_s, device->phoneNumber);
    emit notification(device->userName, u"/v2/me/calls"_s, data);
}

void Switch::sendDeviceState(const QString &deviceId)
{
    const SimDevice *device = m_directory.device(deviceId);
    if (!device)
        return;
    const QJsonObject data{{u"messageType"_s, u"DeviceStateChangeMessage"_s},
                           {u"devices"_s, QJsonArray{m_directory.deviceResource(*device)}}};
    emit notification(device->userName, u"/v2/me/devices"_s, data);
}
