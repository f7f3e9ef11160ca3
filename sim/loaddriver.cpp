#include "loaddriver.h"

#include "agentstatecontrol.h"
#include "bodyfields.h"
#include "callcontrol.h"
#include "capabilities.h"
#include "contactcentersession.h"
#include "directory.h"
#include "telephony.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int TickMs = 20;
constexpr int MaxCalls = 5000;
constexpr double MaxStateChangesPerSecond = 10000;
// New calls per tick: 200 calls ramp up in a fifth of a second without one long stall.
constexpr int MaxCallsStartedPerTick = 20;

OpResult invalid(const QString &message)
{
    return OpResult::fail(400, GwsStatus::ValidationError, message);
}

// A number field within [min, max], `fallback` when absent; false when out of range (its
// type was checked before).
bool number(const QJsonObject &body, const char *name, double min, double max,
            double fallback, double *value)
{
    const QJsonValue v = body.value(QLatin1String(name));
    *value = v.isUndefined() ? fallback : v.toDouble();
    return *value >= min && *value <= max;
}

double random(double from, double to)
{
    return from + (to - from) * QRandomGenerator::global()->generateDouble();
}

} // namespace

LoadDriver::LoadDriver(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    m_timer.setInterval(TickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &LoadDriver::tick);
}

OpResult LoadDriver::start(const QJsonObject &body)
{
    if (OpResult r = BodyFields::check(body, {{"calls", BodyFields::Type::Number},
                                              {"stateChangesPerSecond", BodyFields::Type::Number},
                                              {"callSeconds", BodyFields::Type::Number},
                                              {"answerSeconds", BodyFields::Type::Number}});
        !r.isOk())
        return r;
    double calls = 0;
    if (!number(body, "calls", 0, MaxCalls, 0, &calls) || calls != std::floor(calls))
        return invalid(u"calls must be a whole number from 0 to %1"_s.arg(MaxCalls));
    double rate = 0, callSeconds = 0, answerSeconds = 0;
    if (!number(body, "stateChangesPerSecond", 0, MaxStateChangesPerSecond, 0, &rate))
        return invalid(u"stateChangesPerSecond must be from 0 to %1"_s.arg(MaxStateChangesPerSecond));
    if (!number(body, "callSeconds", 0.01, 86400, 20, &callSeconds))
        return invalid(u"callSeconds must be from 0.01 to 86400"_s);
    if (!number(body, "answerSeconds", 0, 3600, 1, &answerSeconds))
        return invalid(u"answerSeconds must be from 0 to 3600"_s);
    m_targetCalls = int(calls);
    m_stateRate = rate;
    m_callSeconds = callSeconds;
    m_answerSeconds = answerSeconds;

    m_agents.clear();
    for (const SimUser &u : m_parts.directory->users())
        if (u.hasRole(u"ROLE_AGENT"_s) && !u.hasRole(u"ROLE_SUPERVISOR"_s))
            m_agents.append(u.userName);
    for (const QString &agent : std::as_const(m_agents)) {
        const SimDevice *d = m_parts.directory->deviceOfUser(agent);
        if (d && !d->sessionStarted)
            m_parts.ccSession->perform(agent, {{u"operationName"_s, u"StartContactCenterSession"_s}});
    }
    if (!m_clock.isValid())
        m_clock.start();
    m_lastTickMs = m_clock.elapsed();
    m_stateBudget = 0;
    if (!m_timer.isActive())
        m_timer.start();
    return OpResult::ok({{u"load"_s, status()}});
}

OpResult LoadDriver::stop()
{
    m_timer.stop();
    m_targetCalls = 0;
    m_stateRate = 0;
    for (const LoadCall &call : m_calls) {
        if (m_parts.telephony->leg(call.agentLegId))
            m_parts.control->farHangup(call.agentLegId, {});
        ++m_callsEnded;
    }
    m_calls.clear();
    return OpResult::ok({{u"load"_s, status()}});
}

void LoadDriver::forget()
{
    m_timer.stop();
    m_calls.clear();
    m_agents.clear();
    m_targetCalls = 0;
    m_stateRate = 0;
}

QJsonObject LoadDriver::status() const
{
    return QJsonObject{{u"calls"_s, m_targetCalls},
                       {u"stateChangesPerSecond"_s, m_stateRate},
                       {u"callSeconds"_s, m_callSeconds},
                       {u"answerSeconds"_s, m_answerSeconds},
                       {u"running"_s, m_timer.isActive()},
                       {u"agents"_s, int(m_agents.size())},
                       {u"active"_s, int(m_calls.size())},
                       {u"callsStarted"_s, double(m_callsStarted)},
                       {u"callsEnded"_s, double(m_callsEnded)},
                       {u"stateChanges"_s, double(m_stateChanges)}};
}

void LoadDriver::tick()
{
    const qint64 now = m_clock.elapsed();
    const double seconds = double(now - m_lastTickMs) / 1000.0;
    m_lastTickMs = now;
    advanceCalls(now);
    startCalls(now);
    changeStates(seconds);
}

void LoadDriver::advanceCalls(qint64 nowMs)
{
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        const Party *leg = m_parts.telephony->leg(it->agentLegId);
        if (!leg) { // ended meanwhile (the agent hung up, a transfer...)
            it = m_calls.erase(it);
            ++m_callsEnded;
            continue;
        }
        if (!it->answered && nowMs >= it->answerAtMs) {
            if (leg->state == LegState::Ringing)
                m_parts.control->perform(it->agentLegId, u"Answer"_s, {});
            it->answered = true;
            it->hangUpAtMs = nowMs + qint64(m_callSeconds * 1000 * random(0.5, 1.5));
        } else if (it->answered && nowMs >= it->hangUpAtMs) {
            m_parts.control->farHangup(it->agentLegId, {});
            it = m_calls.erase(it);
            ++m_callsEnded;
            continue;
        }
        ++it;
    }
}

void LoadDriver::startCalls(qint64 nowMs)
{
    for (int started = 0;
         int(m_calls.size()) < m_targetCalls && started < MaxCallsStartedPerTick; ++started) {
        const QString agent = pickAgent(true);
        if (agent.isEmpty())
            return; // everyone is busy or not Ready: later
        const QString caller =
            u"+1555"_s + QString::number(m_nextCaller++ % 10000000).rightJustified(7, u'0');
        const OpResult r = m_parts.control->ringInbound(
            {{u"from"_s, caller},
             {u"to"_s, m_parts.directory->deviceOfUser(agent)->phoneNumber}});
        if (!r.isOk())
            return;
        LoadCall call;
        call.agentLegId = r.fields.value("legId"_L1).toString();
        call.answerAtMs = nowMs + qint64(m_answerSeconds * 1000);
        m_calls.push_back(call);
        ++m_callsStarted;
    }
}

void LoadDriver::changeStates(double seconds)
{
    // A slow tick does not pile up more than a second's worth.
    m_stateBudget = std::min(m_stateBudget + m_stateRate * seconds, m_stateRate + 1);
    const QList<NotReadyReason> &reasons = m_parts.directory->notReadyReasons();
    while (m_stateBudget >= 1) {
        m_stateBudget -= 1;
        const QString agent = pickAgent(false);
        if (agent.isEmpty())
            return;
        QJsonObject op{{u"operationName"_s, u"Ready"_s}};
        if (m_parts.directory->deviceOfUser(agent)->userState == "Ready"_L1) {
            op.insert(u"operationName"_s, u"NotReady"_s);
            if (!reasons.isEmpty())
                op.insert(u"reasonCode"_s,
                          reasons.at(QRandomGenerator::global()->bounded(int(reasons.size()))).code);
        }
        if (m_parts.agentStates->perform(agent, op).isOk())
            ++m_stateChanges;
    }
}

QString LoadDriver::pickAgent(bool mustBeReady) const
{
    if (m_agents.isEmpty())
        return {};
    // Random tries spread the load; then every agent once, from a random place.
    const int count = int(m_agents.size());
    const int from = QRandomGenerator::global()->bounded(count);
    for (int i = 0; i < count + 32; ++i) {
        const QString &agent =
            m_agents.at(i < 32 ? QRandomGenerator::global()->bounded(count) : (from + i) % count);
        const SimDevice *d = m_parts.directory->deviceOfUser(agent);
        if (!d || !d->sessionStarted || hasCall(agent))
            continue;
        if (mustBeReady && (d->userState != "Ready"_L1 || d->doNotDisturb))
            continue;
        return agent;
    }
    return {};
}

bool LoadDriver::hasCall(const QString &userName) const
{
    const SimDevice *d = m_parts.directory->deviceOfUser(userName);
    return d && !m_parts.telephony->legsOfDevice(d->id).isEmpty();
}

OpResult LoadDriver::postForAgents(const QJsonObject &body)
{
    if (OpResult r = BodyFields::check(body, {{"userNames", BodyFields::Type::StringArray},
                                              {"operationName", BodyFields::Type::String}});
        !r.isOk())
        return r;
    if (!body.contains("userNames"_L1) || !body.contains("operationName"_L1))
        return OpResult::fail(400, GwsStatus::MissingParameter,
                              u"userNames and operationName are required"_s);
    const QString op = body.value("operationName"_L1).toString();
    const bool session =
        op == "StartContactCenterSession"_L1 || op == "EndContactCenterSession"_L1;
    if (!session && !Capabilities::agentStateOperations().contains(op))
        return invalid(u"operationName must be a voice-channel operation or "
                       u"Start/EndContactCenterSession"_s);
    QStringList users;
    for (const QJsonValue &v : body.value("userNames"_L1).toArray()) {
        if (!m_parts.directory->deviceOfUser(v.toString()))
            return OpResult::fail(404, GwsStatus::NotFound, u"No user %1"_s.arg(v.toString()));
        users.append(v.toString());
    }
    QJsonObject request = body;
    request.remove(u"userNames"_s);
    for (const QString &user : std::as_const(users)) {
        // As an agent would: start the session first where the operation needs one.
        if (!session && !m_parts.directory->deviceOfUser(user)->sessionStarted)
            m_parts.ccSession->perform(user, {{u"operationName"_s, u"StartContactCenterSession"_s}});
        const OpResult r = session ? m_parts.ccSession->perform(user, request)
                                   : m_parts.agentStates->perform(user, request);
        if (!r.isOk() && r.statusCode != GwsStatus::PartialSuccess)
            return OpResult::fail(r.httpStatus, r.statusCode, user + u": "_s + r.message);
    }
    return OpResult::ok({{u"changed"_s, int(users.size())}});
}
