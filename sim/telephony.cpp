#include "telephony.h"

#include "capabilities.h"
#include "simdevice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr size_t HistorySize = 200;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QString consultKindName(ConsultKind kind)
{
    switch (kind) {
    case ConsultKind::Transfer: return u"Transfer"_s;
    case ConsultKind::Conference: return u"Conference"_s;
    case ConsultKind::None: break;
    }
    return {};
}

// Fields whose change is a StatusChange; participants and userData have their own types.
QJsonObject statusPart(QJsonObject resource)
{
    resource.remove(u"duration"_s);
    resource.remove(u"participants"_s);
    resource.remove(u"userData"_s);
    return resource;
}

// MuteMonitoredUser changes the flag and the Mute/UnmuteMonitoredUser capability.
QJsonObject withoutMutedFlag(QJsonObject status)
{
    status.remove(u"monitoredUserMuted"_s);
    status.remove(u"capabilities"_s);
    return status;
}

} // namespace

Telephony::Telephony(QObject *parent)
    : QObject(parent)
{}

Telephony::~Telephony() = default;

void Telephony::clear()
{
    m_active.clear();
    m_history.clear();
    m_published.clear();
    m_facts.clear();
}

QString Telephony::newId() const
{
    // Shaped like GWS ids: 32 upper-case alphanumerics.
    return QUuid::createUuid().toString(QUuid::Id128).toUpper();
}

Connection *Telephony::connection(const QString &id)
{
    for (const auto &c : m_active)
        if (c->id == id)
            return c.get();
    return nullptr;
}

Connection *Telephony::connectionOfLeg(const QString &legId)
{
    for (const auto &c : m_active)
        if (c->partyByLeg(legId))
            return c.get();
    return nullptr;
}

const Connection *Telephony::connectionOfLeg(const QString &legId) const
{
    return const_cast<Telephony *>(this)->connectionOfLeg(legId);
}

Party *Telephony::leg(const QString &legId)
{
    Connection *c = connectionOfLeg(legId);
    return c ? c->partyByLeg(legId) : nullptr;
}

const Party *Telephony::leg(const QString &legId) const
{
    return const_cast<Telephony *>(this)->leg(legId);
}

Party *Telephony::party(int pid, Connection **where)
{
    for (const auto &c : m_active) {
        if (Party *p = c->partyByPid(pid)) {
            if (where)
                *where = c.get();
            return p;
        }
    }
    return nullptr;
}

const Party *Telephony::consultOf(const QString &legId) const
{
    for (const auto &c : m_active)
        for (const Party &p : c->parties)
            if (p.isAgent() && p.parentLegId == legId)
                return &p;
    return nullptr;
}

Telephony::ConsultPair Telephony::consultPair(const Party &leg) const
{
    ConsultPair pair;
    if (!leg.parentLegId.isEmpty()) {
        pair.original = this->leg(leg.parentLegId);
        pair.consult = &leg;
    } else if (const Party *consult = consultOf(leg.legId)) {
        pair.original = &leg;
        pair.consult = consult;
    }
    return pair.isValid() ? pair : ConsultPair{};
}

CallCapabilityInput Telephony::capabilityInput(const Connection &c, const Party &leg) const
{
    CallCapabilityInput in;
    in.state = leg.state;
    in.muted = leg.muted;
    in.participantCount = c.partyCount();
    if (leg.isMonitor()) {
        in.isMonitoringLeg = true;
        in.monitoringMode = leg.monitorOperation;
        in.offerMonitoredUserMute = m_offerMonitoredUserMute;
        if (const Party *agent = c.monitoredPartyOf(leg)) {
            in.monitoredUserOnCall = true;
            in.monitoredUserMuted = agent->muted;
        }
    }
    if (const ConsultPair pair = consultPair(leg); pair.isValid()) {
        in.inConsultPair = true;
        const Connection *consultCall = connectionOfLeg(pair.consult->legId);
        in.consultIsConference = consultCall && consultCall->consultKind == ConsultKind::Conference;
        const Party *other = pair.original == &leg ? pair.consult : pair.original;
        in.otherPairCallConnected =
            other->state == LegState::Established || other->state == LegState::Held;
    }
    for (const auto &other : legsOfDevice(leg.deviceId))
        in.otherCallHeld = in.otherCallHeld || (other.second->legId != leg.legId &&
                                                other.second->state == LegState::Held);
    in.conferenceOwner = c.ownerLegId == leg.legId;
    return in;
}

QStringList Telephony::capabilities(const Connection &c, const Party &leg) const
{
    return Capabilities::ofCall(capabilityInput(c, leg));
}

bool Telephony::accepts(const Connection &c, const Party &leg, const QString &operation) const
{
    return Capabilities::acceptsOnCall(capabilityInput(c, leg), operation);
}

QList<QPair<const Connection *, const Party *>>
Telephony::legsOfDevice(const QString &deviceId) const
{
    QList<QPair<const Connection *, const Party *>> legs;
    for (const auto &c : m_active)
        for (const Party &p : c->parties)
            if (p.isAgent() && p.deviceId == deviceId)
                legs.append({c.get(), &p});
    return legs;
}

QList<const Connection *> Telephony::activeConnections() const
{
    QList<const Connection *> list;
    for (const auto &c : m_active)
        list.append(c.get());
    return list;
}

const Connection *Telephony::findAny(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    // Current parties first: a leg that moved by a join is found where it is now.
    for (const auto &c : m_active)
        if (c->id == id || c->partyByLeg(id))
            return c.get();
    auto inFormer = [&id](const Connection &c) {
        return std::any_of(c.formerParties.begin(), c.formerParties.end(),
                           [&id](const Party &p) { return p.legId == id && p.movedTo.isEmpty(); });
    };
    for (const auto &c : m_active)
        if (inFormer(*c))
            return c.get();
    for (auto it = m_history.rbegin(); it != m_history.rend(); ++it)
        if ((*it)->id == id || inFormer(**it))
            return it->get();
    return nullptr;
}

bool Telephony::lists(const Party &viewer, const Party &party) const
{
    return party.visibleTo(viewer) &&
           (m_monitorsInParticipants || !party.isMonitor() || viewer.isMonitor());
}

QString Telephony::callUri(const QString &legId) const
{
    return m_baseUrl + u"/api/v2/me/calls/"_s + legId;
}

QJsonObject Telephony::participant(const QString &number)
{
    QString digits;
    for (const QChar c : number)
        if (c >= u'0' && c <= u'9')
            digits.append(c);
    return QJsonObject{{u"phoneNumber"_s, number},
                       {u"formattedPhoneNumber"_s, number},
                       {u"digits"_s, digits},
                       // Like GWS: only numbers given in E.164 form have one.
                       {u"e164Number"_s, number.startsWith(u'+') ? number : QString()}};
}

QJsonObject Telephony::callResource(const Connection &c, const Party &leg) const
{
    QJsonArray participants;
    bool listenedIn = false;     // a supervisor listens to or coaches this agent
    bool monitoredMuted = false; // the agent this monitoring leg follows has muted
    for (const Party &p : c.parties) {
        if (lists(leg, p))
            participants.append(participant(p.number));
        if (p.isMonitor() && p.monitoredDeviceId == leg.deviceId && !leg.isMonitor() &&
            p.monitorOperation != "BargeIn"_L1)
            listenedIn = true;
        if (leg.isMonitor() && !p.isMonitor() && p.deviceId == leg.monitoredDeviceId)
            monitoredMuted = monitoredMuted || p.muted;
    }
    QJsonArray allowed;
    for (const QString &op : capabilities(c, leg))
        allowed.append(op);
    const qint64 seconds = qMax<qint64>(0, (now() - leg.sinceMs) / 1000);
    QJsonObject r{
        {u"id"_s, leg.legId},
        {u"uri"_s, callUri(leg.legId)},
        {u"path"_s, QString(u"/calls/"_s + leg.legId)},
        {u"state"_s, legStateName(leg.state)},
        {u"callUuid"_s, c.callUuid},
        {u"connId"_s, c.connId},
        {u"deviceUri"_s, QString(m_baseUrl + u"/api/v2/devices/"_s + leg.deviceId)},
        {u"participants"_s, participants},
        {u"dnis"_s, leg.dnis},
        {u"ani"_s, leg.ani},
        {u"callType"_s, leg.callType},
        {u"capabilities"_s, allowed},
        {u"userData"_s, c.userData},
        {u"duration"_s, QString::number(seconds)},
        // A listening-in supervisor is muted ("SwitchToListenIn" sample).
        {u"mute"_s, leg.muted || leg.monitorOperation == "ListenIn"_L1 ? u"On"_s : u"Off"_s},
        {u"supervisorListeningIn"_s, listenedIn},
        {u"monitoredUserMuted"_s, monitoredMuted}};
    if (!leg.parentLegId.isEmpty())
        r.insert(u"parentCallUri"_s, callUri(leg.parentLegId));
    return r;
}

QJsonObject Telephony::serverView(const Connection &c, const UserOfDevice &userOfDevice) const
{
    auto partyView = [&userOfDevice](const Party &p) {
        QJsonObject o{{u"phoneNumber"_s, p.number},
                      {u"kind"_s, p.isAgent() ? u"Agent"_s : u"External"_s},
                      {u"state"_s, legStateName(p.state)}};
        if (p.isAgent()) {
            o.insert(u"legId"_s, p.legId);
            o.insert(u"deviceId"_s, p.deviceId);
            o.insert(u"userName"_s, userOfDevice(p.deviceId));
            o.insert(u"callType"_s, p.callType);
            o.insert(u"mute"_s, p.muted ? u"On"_s : u"Off"_s);
            o.insert(u"ani"_s, p.ani);
            o.insert(u"dnis"_s, p.dnis);
            if (!p.parentLegId.isEmpty())
                o.insert(u"parentCallId"_s, p.parentLegId);
        }
        if (p.leftMs) {
            o.insert(u"leftAt"_s, isoTime(p.leftMs));
            if (!p.movedTo.isEmpty())
                o.insert(u"movedTo"_s, p.movedTo);
        }
        if (p.busy)
            o.insert(u"busy"_s, true);
        if (p.isMonitor()) {
            o.insert(u"kind"_s, u"Monitor"_s);
            o.insert(u"monitoredDeviceId"_s, p.monitoredDeviceId);
            o.insert(u"monitorOperation"_s, p.monitorOperation);
        }
        return o;
    };
    QJsonArray parties, former, legs, dtmfEvents;
    QString dtmf;
    for (const Party &p : c.parties) {
        parties.append(partyView(p));
        if (p.isAgent())
            legs.append(callResource(c, p));
    }
    for (const Party &p : c.formerParties)
        former.append(partyView(p));
    for (const DtmfRecord &d : c.dtmf) {
        dtmf += d.digits;
        dtmfEvents.append(QJsonObject{
            {u"legId"_s, d.legId}, {u"phoneNumber"_s, d.phoneNumber}, {u"digits"_s, d.digits}});
    }
    QJsonObject view{{u"id"_s, c.id},
                     {u"callUuid"_s, c.callUuid},
                     {u"connId"_s, c.connId},
                     {u"origin"_s, c.origin},
                     {u"state"_s, c.endedMs ? u"Released"_s : u"Active"_s},
                     {u"createdAt"_s, isoTime(c.createdMs)},
                     {u"userData"_s, c.userData},
                     {u"dtmf"_s, dtmf},
                     {u"dtmfEvents"_s, dtmfEvents},
                     {u"parties"_s, parties},
                     {u"formerParties"_s, former},
                     {u"legs"_s, legs}};
    if (c.endedMs)
        view.insert(u"endedAt"_s, isoTime(c.endedMs));
    if (!c.ownerLegId.isEmpty())
        view.insert(u"conferenceOwner"_s, c.ownerLegId);
    if (c.consultKind != ConsultKind::None)
        view.insert(u"consult"_s, consultKindName(c.consultKind));
    return view;
}

Connection &Telephony::createConnection(const QString &origin)
{
    auto c = std::make_unique<Connection>();
    c->id = newId();
    c->callUuid = newId();
    c->connId = QString::number(QRandomGenerator::global()->generate64() | (1ull << 60), 16)
                    .right(16)
                    .rightJustified(16, u'0');
    c->origin = origin;
    c->createdMs = now();
    m_active.push_back(std::move(c));
    return *m_active.back();
}

int Telephony::addAgent(Connection &c, const SimDevice &device, LegState state,
                        const QString &callType, const QString &ani, const QString &dnis)
{
    Party p;
    p.pid = m_nextPid++;
    p.legId = newId();
    p.deviceId = device.id;
    p.number = device.phoneNumber;
    p.state = state;
    p.callType = callType;
    p.ani = ani;
    p.dnis = dnis;
    p.sinceMs = now();
    p.agentStateSerial = device.stateSerial;
    c.parties.push_back(p);
    return p.pid;
}

int Telephony::addMonitor(Connection &c, const SimDevice &supervisor, const Party &agentLeg,
                          const QString &operation)
{
    const Party agent = agentLeg; // a copy: adding a party may move the others
    const int pid =
        addAgent(c, supervisor, LegState::Established, agent.callType, agent.ani, agent.dnis);
    Party *p = c.partyByPid(pid);
    p->monitoredDeviceId = agent.deviceId;
    p->monitorOperation = operation;
    return pid;
}

int Telephony::addExternal(Connection &c, const QString &number, LegState state)
{
    Party p;
    p.pid = m_nextPid++;
    p.number = number;
    p.state = state;
    p.sinceMs = now();
    c.parties.push_back(p);
    return p.pid;
}

void Telephony::removeParty(int pid)
{
    Connection *c = nullptr;
    if (party(pid, &c))
        c->removeParty(pid, now());
}

void Telephony::answer(int pid)
{
    Connection *c = nullptr;
    Party *p = party(pid, &c);
    if (!p)
        return;
    p->state = LegState::Established;
    for (Party &other : c->parties)
        if (other.state == LegState::Dialing)
            other.state = LegState::Established;
}

void Telephony::moveParties(Connection &from, Connection &to)
{
    const std::vector<Party> moving = from.parties;
    for (const Party &p : moving) {
        from.removeParty(p.pid, now(), to.id);
        to.parties.push_back(p);
    }
}

void Telephony::recordDtmf(Connection &c, const Party &sender, const QString &digits)
{
    c.dtmf.append(DtmfRecord{sender.legId, sender.number, digits});
}

QList<Connection *> Telephony::connections()
{
    QList<Connection *> list;
    for (const auto &c : m_active)
        list.append(c.get());
    return list;
}

void Telephony::endDeadConnections()
{
    // A call needs two parties, one of them ours: a call between two outside numbers
    // (after a transfer) goes on in the network where we no longer see it. Monitoring
    // supervisors do not count: they follow a call, they do not hold it up.
    for (auto it = m_active.begin(); it != m_active.end();) {
        Connection &c = **it;
        if (c.partyCount() >= 2 && c.agentCount() > 0) {
            ++it;
            continue;
        }
        const qint64 t = now();
        while (!c.parties.empty())
            c.removeParty(c.parties.front().pid, t);
        c.endedMs = t;
        m_history.push_back(std::move(*it));
        it = m_active.erase(it);
        while (m_history.size() > HistorySize)
            m_history.pop_front();
    }
}

void Telephony::repairReferences()
{
    for (const auto &c : m_active) {
        for (Party &p : c->parties) {
            // A consult whose original call is gone is an ordinary call now.
            if (!p.parentLegId.isEmpty()) {
                const Party *parent = leg(p.parentLegId);
                if (!parent || parent->deviceId != p.deviceId)
                    p.parentLegId.clear();
            }
        }
        if (!c->ownerLegId.isEmpty() && !c->partyByLeg(c->ownerLegId))
            c->ownerLegId.clear();
    }
}

bool Telephony::ConnectionFacts::sameAs(const ConnectionFacts &o) const
{
    const auto sameParty = [](const Party &a, const Party &b) {
        return a.pid == b.pid && a.legId == b.legId && a.deviceId == b.deviceId &&
               a.number == b.number && a.state == b.state && a.callType == b.callType &&
               a.ani == b.ani && a.dnis == b.dnis && a.muted == b.muted &&
               a.parentLegId == b.parentLegId && a.monitoredDeviceId == b.monitoredDeviceId &&
               a.monitorOperation == b.monitorOperation;
    };
    return ownerLegId == o.ownerLegId && consultKind == o.consultKind &&
           std::equal(parties.begin(), parties.end(), o.parties.begin(), o.parties.end(),
                      sameParty) &&
           userData == o.userData;
}

QSet<QString> Telephony::changedDevices()
{
    QSet<QString> devices;
    QHash<QString, ConnectionFacts> facts;
    facts.reserve(qsizetype(m_active.size()));
    const auto addDevices = [&devices](const ConnectionFacts &f) {
        for (const Party &p : f.parties)
            if (p.isAgent())
                devices.insert(p.deviceId);
    };
    for (const auto &c : m_active) {
        ConnectionFacts now{c->parties, c->userData, c->ownerLegId, c->consultKind};
        const auto before = m_facts.constFind(c->id);
        if (before == m_facts.cend() || !before->sameAs(now)) {
            addDevices(now);
            if (before != m_facts.cend())
                addDevices(*before);
        }
        facts.insert(c->id, std::move(now));
    }
    for (auto it = m_facts.cbegin(); it != m_facts.cend(); ++it)
        if (!facts.contains(it.key()))
            addDevices(it.value()); // the connection ended
    m_facts = std::move(facts);
    return devices;
}

void Telephony::publishDiffs()
{
    // With many calls on the switch, each commit changes a few: the other legs keep the
    // resource they had (their time aside, which no notification is sent for).
    const QSet<QString> dirtyDevices = changedDevices();
    const bool everything = m_publishedEpoch != m_resourceEpoch;
    m_publishedEpoch = m_resourceEpoch;
    QHash<QString, Published> current;
    current.reserve(m_published.size() + 4);
    struct Pending
    {
        QString legId;
        QStringList types;
    };
    QList<Pending> changes;
    for (const auto &c : m_active) {
        for (const Party &p : c->parties) {
            if (!p.isAgent())
                continue;
            const auto before = m_published.constFind(p.legId);
            if (!everything && before != m_published.cend() && !dirtyDevices.contains(p.deviceId)) {
                current.insert(p.legId, *before);
                continue;
            }
            Published now{p.deviceId,         0,          callResource(*c, p), p.isMonitor(),
                          p.agentStateSerial, p.sinceMs};
            QStringList types;
            if (before == m_published.cend()) {
                now.order = ++m_publishOrder;
                types << u"StatusChange"_s;
            } else {
                now.order = before->order;
                const QJsonObject &old = before->resource;
                const QJsonObject oldStatus = statusPart(old);
                const QJsonObject newStatus = statusPart(now.resource);
                if (oldStatus == newStatus) {
                    // nothing
                } else if (old.value("monitoredUserMuted"_L1) !=
                               now.resource.value("monitoredUserMuted"_L1) &&
                           withoutMutedFlag(oldStatus) == withoutMutedFlag(newStatus)) {
                    // Only the monitored agent's mute changed: the documented event for it.
                    types << u"MonitoredUserMutedStateChange"_s;
                } else {
                    types << u"StatusChange"_s;
                }
                if (old.value("participants"_L1) != now.resource.value("participants"_L1))
                    types << u"ParticipantsUpdated"_s;
                if (types.isEmpty() &&
                    old.value("userData"_L1) != now.resource.value("userData"_L1))
                    types << u"AttachedDataChanged"_s;
            }
            current.insert(p.legId, now);
            if (!types.isEmpty())
                changes.append({p.legId, types});
        }
    }
    // Legs that are gone: one last StatusChange saying Released, oldest first.
    QList<Published> released;
    for (auto it = m_published.cbegin(); it != m_published.cend(); ++it)
        if (!current.contains(it.key()))
            released.append(it.value());
    std::sort(released.begin(), released.end(),
              [](const Published &a, const Published &b) { return a.order < b.order; });
    m_published = current;

    for (const Published &gone : std::as_const(released)) {
        QJsonObject call = gone.resource;
        call.insert(u"duration"_s, QString::number(qMax<qint64>(0, (now() - gone.sinceMs) / 1000)));
        call.insert(u"state"_s, u"Released"_s);
        call.insert(u"capabilities"_s, QJsonArray());
        call.insert(u"supervisorListeningIn"_s, false); // nobody listens to a call that ended
        call.remove(u"parentCallUri"_s);
        emit callMessage(gone.deviceId, callMessageData(u"StatusChange"_s, call, gone.monitor));
    }
    for (const Pending &change : std::as_const(changes)) {
        const Published &p = m_published[change.legId];
        for (const QString &type : change.types)
            emit callMessage(p.deviceId, callMessageData(type, p.resource, p.monitor));
    }
    // Last, so that whatever follows (wrap-up) is told after the call's own news.
    for (const Published &gone : std::as_const(released)) {
        if (gone.monitor)
            continue; // a supervisor who stops listening has not finished a call
        const QString state = gone.resource.value("state"_L1).toString();
        emit callEnded(gone.deviceId, state == "Established"_L1 || state == "Held"_L1,
                       gone.agentStateSerial);
    }
}

void Telephony::publishCallEvent(const Connection &c, const Party &leg,
                                 const QString &notificationType)
{
    emit callMessage(leg.deviceId,
                     callMessageData(notificationType, callResource(c, leg), leg.isMonitor()));
}

QJsonObject Telephony::callMessageData(const QString &notificationType, const QJsonObject &call,
                                       bool monitor) const
{
    QJsonObject data{{u"messageType"_s, u"CallStateChangeMessage"_s},
                     {u"notificationType"_s, notificationType},
                     {u"call"_s, call}};
    if (!monitor && !m_callExtensions.isEmpty())
        data.insert(u"extensions"_s, m_callExtensions);
    return data;
}
