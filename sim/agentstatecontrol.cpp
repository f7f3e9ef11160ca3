#include "agentstatecontrol.h"

#include "capabilities.h"
#include "directory.h"
#include "telephony.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

AgentStateControl::AgentStateControl(Directory *directory, Telephony *telephony, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_telephony(telephony)
{
    connect(telephony, &Telephony::callEnded, this, &AgentStateControl::onCallEnded);
    setWrapUpTime(0);
}

void AgentStateControl::setWrapUpTime(int ms)
{
    m_wrapUpMs = ms < 0 ? UntimedWrapUp : ms;
    // T-Server's extension in EventEstablished ("Emulated After-Call Work"): "untimed", or
    // whole seconds (a fraction rounds up: our tests use sub-second wrap-ups).
    const QJsonValue seconds = m_wrapUpMs < 0 ? QJsonValue(u"untimed"_s)
                                              : QJsonValue(int((qint64(m_wrapUpMs) + 999) / 1000));
    m_telephony->setCallExtensions({{u"WrapUpTime"_s, seconds}});
}

qint64 AgentStateControl::wrapUpTimeLeft(const QString &deviceId) const
{
    const SimDevice *device = m_directory->device(deviceId);
    if (!device || device->workMode != "AfterCallWork"_L1)
        return -1;
    const auto clock = m_clocks.constFind(deviceId);
    if (clock == m_clocks.cend() || clock->stateSerial != device->stateSerial)
        return 0;
    return qMax<qint64>(1, clock->end.remainingTime());
}

// wrapUpTime of AfterCallWork ("AgentStateAfterCallWork", GWS 8.5.2): "passed to T-Server
// in extensions to change/cancel agent wrap-up time", a string of seconds; "0" cancels the
// timer (untimed). Absent: untimed, as before the parameter existed.
static bool readWrapUpTime(const QJsonObject &body, qint64 *ms, QString *why)
{
    *ms = 0;
    if (!body.contains("wrapUpTime"_L1))
        return true;
    constexpr qint64 MaxSeconds = 24 * 3600;
    const QJsonValue v = body.value("wrapUpTime"_L1);
    bool ok = false;
    qint64 seconds = -1;
    if (v.isString()) {
        const QString text = v.toString();
        const bool digits = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(),
                                                           [](QChar c) { return c.isDigit(); });
        seconds = digits ? text.toLongLong(&ok) : -1;
    } else if (v.isDouble()) { // a whole number is read too: peers differ
        const double d = v.toDouble();
        ok = d >= 0 && d <= double(MaxSeconds) && d == std::floor(d);
        seconds = ok ? qint64(d) : -1;
    }
    if (!ok || seconds < 0 || seconds > MaxSeconds) {
        *why = u"wrapUpTime must be a whole number of seconds from 0 to %1"_s.arg(MaxSeconds);
        return false;
    }
    *ms = seconds * 1000;
    return true;
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
    if (op == "AfterCallWork"_L1) {
        qint64 ms = 0;
        QString why;
        if (!readWrapUpTime(body, &ms, &why))
            return OpResult::fail(400, GwsStatus::ValidationError, why);
        startWrapUp(device->id, ms);
        return OpResult::ok();
    }
    if (op != "NotReady"_L1) { // AuxWork, like AfterCallWork, is a NotReady work mode
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

void AgentStateControl::onCallEnded(const QString &deviceId, bool wasConnected,
                                    quint64 stateSerialAtStart)
{
    const SimDevice *device = m_directory->device(deviceId);
    // Wrap-up follows a conversation, not a missed call; with calls left the agent is
    // still working. It follows a Ready agent, and one who was NotReady (with a reason,
    // or in an earlier wrap-up) when the call began and still is; an agent who chose
    // NotReady during the call keeps that choice.
    if (m_wrapUpMs == 0 || !wasConnected || !device || !device->sessionStarted ||
        !m_telephony->legsOfDevice(deviceId).isEmpty())
        return;
    const bool unchanged = device->stateSerial == stateSerialAtStart;
    if (device->userState != "Ready"_L1 && !(device->userState == "NotReady"_L1 && unchanged))
        return;
    startWrapUp(deviceId, m_wrapUpMs);
}

void AgentStateControl::startWrapUp(const QString &deviceId, qint64 ms)
{
    m_directory->setAgentState(deviceId, u"NotReady"_s, {}, u"AfterCallWork"_s);
    const SimDevice *device = m_directory->device(deviceId);
    if (!device || ms <= 0) {
        m_clocks.remove(deviceId);
        return;
    }
    const quint64 serial = device->stateSerial;
    m_clocks.insert(deviceId, {serial, QDeadlineTimer(ms)});
    QTimer::singleShot(int(ms), this, [this, deviceId, serial] {
        // Any change meanwhile (the agent chose a state, logged out, a new wrap-up time)
        // ends this wrap-up's clock.
        const SimDevice *d = m_directory->device(deviceId);
        if (!d || d->stateSerial != serial)
            return;
        m_clocks.remove(deviceId);
        if (d->workMode == "AfterCallWork"_L1)
            m_directory->setAgentState(deviceId, u"Ready"_s);
    });
}
