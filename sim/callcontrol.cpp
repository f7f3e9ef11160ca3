#include "callcontrol.h"

#include "bodyfields.h"
#include "switch.h"

#include <QHash>
#include <QJsonArray>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using Result = CallControl::Result;

Result missing(const QString &what)
{
    return Result::fail(400, GwsStatus::MissingParameter, what + u" is required"_s);
}

Result invalid(const QString &message)
{
    return Result::fail(400, GwsStatus::ValidationError, message);
}

Result wrongState(const QString &message)
{
    return Result::fail(400, GwsStatus::InvalidState, message);
}

// otherCallUri / consultCallUri name a call by its uri; a bare id is accepted too.
QString callIdFromUri(const QString &uri)
{
    const QString path = QUrl(uri).path();
    const QString id = path.section(u'/', -1);
    return id.isEmpty() ? uri : id;
}

// ASCII 0-9 only: QChar::isDigit() also accepts Arabic-Indic and other script digits.
bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool validDtmf(const QString &digits)
{
    if (digits.isEmpty() || digits.size() > 64)
        return false;
    for (const QChar c : digits)
        if (!(isAsciiDigit(c) || c == u'*' || c == u'#'))
            return false;
    return true;
}

} // namespace

CallControl::CallControl(Switch *simSwitch)
    : m_switch(simSwitch)
    , m_telephony(&simSwitch->telephony())
    , m_directory(&simSwitch->directory())
{}

QString CallControl::normalizeNumber(const QString &raw, bool *ok)
{
    QString number;
    for (const QChar c : raw)
        // The separators of the contract (tests/contract), the client's too.
        if (!(c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')'))
            number.append(c);
    bool valid = !number.isEmpty() && number.size() <= 32;
    for (qsizetype i = 0; valid && i < number.size(); ++i) {
        const QChar c = number.at(i);
        valid = isAsciiDigit(c) || c == u'*' || c == u'#' || (c == u'+' && i == 0);
    }
    valid = valid && number != "+"_L1;
    *ok = valid;
    return valid ? number : QString();
}

CallControl::Op CallControl::operation(const QString &name)
{
    static const QHash<QString, Op> ops{
        {u"Answer"_s, &CallControl::answer},
        {u"Hangup"_s, &CallControl::hangup},
        {u"Hold"_s, &CallControl::hold},
        {u"Retrieve"_s, &CallControl::retrieve},
        {u"MuteCall"_s, &CallControl::mute},
        {u"UnmuteCall"_s, &CallControl::unmute},
        {u"SendDtmf"_s, &CallControl::sendDtmf},
        {u"SingleStepTransfer"_s, &CallControl::singleStepTransfer},
        {u"SingleStepConference"_s, &CallControl::singleStepConference},
        {u"InitiateTransfer"_s, &CallControl::initiateTransfer},
        {u"InitiateConference"_s, &CallControl::initiateConference},
        {u"CompleteTransfer"_s, &CallControl::completeTransfer},
        {u"CompleteConference"_s, &CallControl::completeConference},
        {u"RemoveParticipantFromConference"_s, &CallControl::removeParticipant},
        {u"SwapCalls"_s, &CallControl::swapCalls},
        {u"MergeWithOtherCall"_s, &CallControl::mergeWithOtherCall},
        {u"AttachUserData"_s, &CallControl::attachUserData},
        {u"UpdateUserData"_s, &CallControl::attachUserData},
        {u"DeleteUserData"_s, &CallControl::deleteUserData},
        {u"DeleteUserDataPair"_s, &CallControl::deleteUserDataPair},
        {u"SwitchToListenIn"_s, &CallControl::switchToListenIn},
        {u"SwitchToBargeIn"_s, &CallControl::switchToBargeIn},
        {u"MuteMonitoredUser"_s, &CallControl::muteMonitoredUser},
        {u"UnmuteMonitoredUser"_s, &CallControl::unmuteMonitoredUser},
    };
    return ops.value(name, nullptr);
}

Result CallControl::dial(const SimDevice &device, const QJsonObject &body)
{
    if (Result r = BodyFields::check(body, {{"destination", BodyFields::Type::PhoneNumber},
                                            {"userData", BodyFields::Type::UserData}});
        !r.isOk())
        return r;
    QString number;
    Party self;
    self.number = device.phoneNumber;
    if (Result r = destination(body, self, &number); !r.isOk())
        return r;
    const QJsonValue userData = body.value("userData"_L1);

    Connection &c = m_telephony->createConnection(u"Dial"_s);
    c.userData = userData.toObject();
    const bool internal = m_directory->deviceByNumber(number) != nullptr;
    const int pid =
        m_telephony->addAgent(c, device, LegState::Dialing,
                              internal ? u"Internal"_s : u"Outbound"_s, device.phoneNumber, number);
    const QString legId = c.partyByPid(pid)->legId;
    m_switch->addDestination(c, number, u"Internal"_s, device.phoneNumber, device.id, legId);
    m_switch->commit();
    return Result::ok();
}

Result CallControl::perform(const QString &legId, const QString &name, const QJsonObject &body)
{
    const Op op = operation(name);
    if (!op)
        return invalid(u"Unknown operation %1"_s.arg(name));
    // userData is checked by each operation: a KV list to attach, keys to delete.
    if (Result r = BodyFields::check(body, {{"destination", BodyFields::Type::PhoneNumber},
                                            {"digits", BodyFields::Type::String},
                                            {"participant", BodyFields::Type::PhoneNumber},
                                            {"consultCallUri", BodyFields::Type::String},
                                            {"otherCallUri", BodyFields::Type::String},
                                            {"key", BodyFields::Type::String},
                                            {"keys", BodyFields::Type::StringArray}});
        !r.isOk())
        return r;
    Connection *c = m_telephony->connectionOfLeg(legId);
    if (!c)
        return Result::fail(404, GwsStatus::NotFound, u"Call %1 not found"_s.arg(legId));
    const Party *self = c->partyByLeg(legId);
    if (!m_telephony->accepts(*c, *self, name))
        return wrongState(
            u"%1 is not possible now on this %2 call"_s.arg(name, legStateName(self->state)));
    const QString monitoringDevice = self->isMonitor() ? self->deviceId : QString();
    const QString connectionId = c->id;
    const Result r = (this->*op)(*c, self->pid, body);
    if (!r.isOk())
        return r;
    // A supervisor whose monitoring leg left the call (Hangup, a transfer) is not brought
    // back into it.
    if (!monitoringDevice.isEmpty() && !m_telephony->leg(legId))
        if (SimMonitoring *m = m_directory->monitoringState(monitoringDevice))
            m->skippedConnections.insert(connectionId);
    m_switch->commit();
    return r;
}

Result CallControl::answer(Connection &, int pid, const QJsonObject &)
{
    m_telephony->answer(pid);
    return Result::ok();
}

Result CallControl::hangup(Connection &, int pid, const QJsonObject &)
{
    m_telephony->removeParty(pid);
    return Result::ok();
}

Result CallControl::hold(Connection &c, int pid, const QJsonObject &)
{
    c.partyByPid(pid)->state = LegState::Held;
    return Result::ok();
}

Result CallControl::retrieve(Connection &c, int pid, const QJsonObject &)
{
    c.partyByPid(pid)->state = LegState::Established;
    return Result::ok();
}

Result CallControl::mute(Connection &c, int pid, const QJsonObject &)
{
    c.partyByPid(pid)->muted = true;
    return Result::ok();
}

Result CallControl::unmute(Connection &c, int pid, const QJsonObject &)
{
    c.partyByPid(pid)->muted = false;
    return Result::ok();
}

Result CallControl::sendDtmf(Connection &c, int pid, const QJsonObject &body)
{
    const QString digits = body.value("digits"_L1).toString();
    if (digits.isEmpty())
        return missing(u"digits"_s);
    if (!validDtmf(digits))
        return invalid(u"digits may only hold 0-9, * and #"_s);
    m_telephony->recordDtmf(c, *c.partyByPid(pid), digits);
    m_switch->commit();
    m_telephony->publishCallEvent(c, *c.partyByPid(pid), u"DtmfSent"_s);
    return Result::ok();
}

Result CallControl::destination(const QJsonObject &body, const Party &self, QString *number) const
{
    const QJsonValue dest = body.value("destination"_L1);
    // Documented as {"phoneNumber": ...}; a bare string is accepted as well.
    const QString raw =
        dest.isString() ? dest.toString() : dest.toObject().value("phoneNumber"_L1).toString();
    if (raw.trimmed().isEmpty())
        return missing(u"destination.phoneNumber"_s);
    bool ok = false;
    *number = normalizeNumber(raw, &ok);
    if (!ok)
        return invalid(u"Invalid phone number \"%1\""_s.arg(raw));
    if (*number == self.number)
        return wrongState(u"Cannot call your own device"_s);
    return Result::ok();
}

Result CallControl::singleStepTransfer(Connection &c, int pid, const QJsonObject &body)
{
    const Party self = *c.partyByPid(pid);
    QString number;
    if (Result r = destination(body, self, &number); !r.isOk())
        return r;
    if (c.partyByNumber(number))
        return wrongState(u"%1 is already in this call"_s.arg(number));
    QString caller;
    for (const Party &p : c.parties)
        if (p.pid != pid && !p.isMonitor() && caller.isEmpty())
            caller = p.number;
    const QString type = c.hasExternalParty() ? u"Inbound"_s : u"Internal"_s;
    m_telephony->removeParty(pid);
    // The destination rings with the original caller and the call's case data.
    m_switch->addDestination(c, number, type, caller, self.deviceId, self.legId);
    return Result::ok();
}

Result CallControl::singleStepConference(Connection &c, int pid, const QJsonObject &body)
{
    const Party self = *c.partyByPid(pid);
    QString number;
    if (Result r = destination(body, self, &number); !r.isOk())
        return r;
    if (c.partyByNumber(number))
        return wrongState(u"%1 is already in this call"_s.arg(number));
    const QString type = c.hasExternalParty() ? u"Inbound"_s : u"Internal"_s;
    m_switch->addDestination(c, number, type, self.number, self.deviceId, self.legId);
    if (c.ownerLegId.isEmpty())
        c.ownerLegId = self.legId;
    return Result::ok();
}

Result CallControl::initiateTransfer(Connection &c, int pid, const QJsonObject &body)
{
    return initiate(c, pid, body, false);
}

Result CallControl::initiateConference(Connection &c, int pid, const QJsonObject &body)
{
    return initiate(c, pid, body, true);
}

Result CallControl::initiate(Connection &c, int pid, const QJsonObject &body, bool conference)
{
    const Party self = *c.partyByPid(pid);
    QString number;
    if (Result r = destination(body, self, &number); !r.isOk())
        return r;
    const SimDevice *device = m_directory->device(self.deviceId);
    if (!device)
        return Result::fail(500, GwsStatus::InternalError, u"Device not found"_s);
    c.partyByPid(pid)->state = LegState::Held;
    Connection &consult = m_telephony->createConnection(u"Consult"_s);
    consult.consultKind = conference ? ConsultKind::Conference : ConsultKind::Transfer;
    consult.userData = c.userData; // the consulted party sees the case data
    const int kpid = m_telephony->addAgent(consult, *device, LegState::Dialing, u"Consult"_s,
                                           self.number, number);
    Party *k = consult.partyByPid(kpid);
    k->parentLegId = self.legId;
    const QString consultLegId = k->legId;
    m_switch->addDestination(consult, number, u"Consult"_s, self.number, self.deviceId,
                             consultLegId);
    return Result::ok();
}

Result CallControl::completeTransfer(Connection &c, int pid, const QJsonObject &body)
{
    return complete(c, pid, body, false);
}

Result CallControl::completeConference(Connection &c, int pid, const QJsonObject &body)
{
    return complete(c, pid, body, true);
}

Result CallControl::complete(Connection &c, int pid, const QJsonObject &body, bool conference)
{
    const Telephony::ConsultPair pair = m_telephony->consultPair(*c.partyByPid(pid));
    const QString originalLeg = pair.original->legId;
    const QString consultLeg = pair.consult->legId;
    const QString named = callIdFromUri(body.value("consultCallUri"_L1).toString());
    if (!named.isEmpty() && named != consultLeg && named != originalLeg)
        return invalid(u"consultCallUri does not name the consult call of this call"_s);
    Connection *original = m_telephony->connectionOfLeg(originalLeg);
    Connection *consult = m_telephony->connectionOfLeg(consultLeg);
    const int originalPid = original->partyByLeg(originalLeg)->pid;
    m_telephony->removeParty(consult->partyByLeg(consultLeg)->pid);
    if (conference) {
        original->partyByPid(originalPid)->state = LegState::Established;
        if (original->ownerLegId.isEmpty())
            original->ownerLegId = originalLeg;
    } else {
        m_telephony->removeParty(originalPid);
    }
    m_telephony->moveParties(*consult, *original);
    return Result::ok();
}

Result CallControl::removeParticipant(Connection &c, int pid, const QJsonObject &body)
{
    const QJsonValue value = body.value("participant"_L1);
    const QString number =
        value.isObject() ? value.toObject().value("phoneNumber"_L1).toString() : value.toString();
    if (number.isEmpty())
        return missing(u"participant"_s);
    const Party self = *c.partyByPid(pid);
    for (const Party &p : c.parties) {
        // Only parties one sees: a silent supervisor is nobody's participant.
        if (m_telephony->lists(self, p) && p.number == number) {
            m_telephony->removeParty(p.pid);
            return Result::ok();
        }
    }
    return invalid(u"%1 is not a participant of this call"_s.arg(number));
}

Result CallControl::otherCall(const Party &self, const QJsonObject &body, QString *otherLegId) const
{
    // Required, as the call-control reference lists it: a lenient default here would let
    // a client that forgets it pass every test.
    const QString uri = body.value("otherCallUri"_L1).toString();
    if (uri.isEmpty())
        return missing(u"otherCallUri"_s);
    *otherLegId = callIdFromUri(uri);
    const Party *other = m_telephony->leg(*otherLegId);
    if (!other || other->deviceId != self.deviceId || other->legId == self.legId)
        return Result::fail(400, GwsStatus::NotFound,
                            u"otherCallUri does not name another call of yours"_s);
    return Result::ok();
}

Result CallControl::swapCalls(Connection &c, int pid, const QJsonObject &body)
{
    QString otherLegId;
    if (Result r = otherCall(*c.partyByPid(pid), body, &otherLegId); !r.isOk())
        return r;
    Party *other = m_telephony->leg(otherLegId);
    if (other->state != LegState::Held)
        return wrongState(u"The other call is not held"_s);
    other->state = LegState::Established;
    c.partyByPid(pid)->state = LegState::Held;
    return Result::ok();
}

Result CallControl::mergeWithOtherCall(Connection &c, int pid, const QJsonObject &body)
{
    QString otherLegId;
    if (Result r = otherCall(*c.partyByPid(pid), body, &otherLegId); !r.isOk())
        return r;
    Connection *other = m_telephony->connectionOfLeg(otherLegId);
    if (other == &c)
        return wrongState(u"Both calls are already one call"_s);
    const Party *otherLeg = other->partyByLeg(otherLegId);
    if (otherLeg->state != LegState::Held && otherLeg->state != LegState::Established)
        return wrongState(u"The other call is not connected"_s);
    m_telephony->removeParty(otherLeg->pid);
    m_telephony->moveParties(*other, c);
    if (c.ownerLegId.isEmpty())
        c.ownerLegId = c.partyByPid(pid)->legId;
    return Result::ok();
}

Result CallControl::attachUserData(Connection &c, int, const QJsonObject &body)
{
    const QJsonValue value = body.value("userData"_L1);
    if (value.isUndefined())
        return missing(u"userData"_s);
    if (Result r = BodyFields::check(body, {{"userData", BodyFields::Type::UserData}}); !r.isOk())
        return r;
    const QJsonObject data = value.toObject();
    for (auto it = data.begin(); it != data.end(); ++it)
        c.userData.insert(it.key(), it.value());
    return Result::ok();
}

Result CallControl::deleteUserData(Connection &c, int, const QJsonObject &body)
{
    // With `key` (or `keys`, or a userData object naming keys) only those; else all. Their
    // types were checked: a wrong one must not mean "all".
    if (Result r = BodyFields::check(body, {{"userData", BodyFields::Type::Object}}); !r.isOk())
        return r;
    QStringList keys;
    if (body.value("key"_L1).isString())
        keys << body.value("key"_L1).toString();
    for (const QJsonValue &k : body.value("keys"_L1).toArray())
        keys << k.toString();
    keys << body.value("userData"_L1).toObject().keys();
    if (keys.isEmpty())
        c.userData = QJsonObject();
    for (const QString &k : std::as_const(keys))
        c.userData.remove(k);
    return Result::ok();
}

Result CallControl::deleteUserDataPair(Connection &c, int, const QJsonObject &body)
{
    const QString key = body.value("key"_L1).toString();
    if (key.isEmpty())
        return missing(u"key"_s);
    c.userData.remove(key);
    return Result::ok();
}

Result CallControl::switchToListenIn(Connection &c, int pid, const QJsonObject &)
{
    c.partyByPid(pid)->monitorOperation = u"ListenIn"_s; // capabilities allowed it
    return Result::ok();
}

Result CallControl::switchToBargeIn(Connection &c, int pid, const QJsonObject &)
{
    c.partyByPid(pid)->monitorOperation = u"BargeIn"_s;
    return Result::ok();
}

Result CallControl::muteMonitoredUser(Connection &c, int pid, const QJsonObject &)
{
    // The agent is muted on the call; the supervisor hears MonitoredUserMutedStateChange.
    c.monitoredPartyOf(*c.partyByPid(pid))->muted = true;
    return Result::ok();
}

Result CallControl::unmuteMonitoredUser(Connection &c, int pid, const QJsonObject &)
{
    c.monitoredPartyOf(*c.partyByPid(pid))->muted = false;
    return Result::ok();
}

Result CallControl::ringInbound(const QJsonObject &body)
{
    if (Result r = BodyFields::check(body, {{"from", BodyFields::Type::String},
                                            {"to", BodyFields::Type::String},
                                            {"userData", BodyFields::Type::UserData}});
        !r.isOk())
        return r;
    const QString rawFrom = body.value("from"_L1).toString();
    const QString rawTo = body.value("to"_L1).toString();
    if (rawFrom.isEmpty())
        return missing(u"from"_s);
    if (rawTo.isEmpty())
        return missing(u"to"_s);
    bool okFrom = false, okTo = false;
    const QString from = normalizeNumber(rawFrom, &okFrom);
    const QString to = normalizeNumber(rawTo, &okTo);
    if (!okFrom || !okTo)
        return invalid(u"from and to must be phone numbers"_s);
    const SimDevice *device = m_directory->deviceByNumber(to);
    if (!device)
        return Result::fail(404, GwsStatus::NotFound, u"No device has number %1"_s.arg(to));
    if (from == to)
        return invalid(u"from and to must differ"_s);
    const QJsonValue userData = body.value("userData"_L1);

    Connection &c = m_telephony->createConnection(u"Inbound"_s);
    c.userData = userData.toObject();
    m_telephony->addExternal(c, from, LegState::Dialing);
    const int pid = m_telephony->addAgent(c, *device, LegState::Ringing, u"Inbound"_s, from, to);
    const QString legId = c.partyByPid(pid)->legId;
    const QString id = c.id, callUuid = c.callUuid;
    m_switch->commit();
    return Result::ok({{u"id"_s, id}, {u"legId"_s, legId}, {u"callUuid"_s, callUuid}});
}

Result CallControl::farHangup(const QString &id, const QJsonObject &body)
{
    Connection *c = m_telephony->connection(id);
    if (!c)
        c = m_telephony->connectionOfLeg(id);
    if (!c)
        return Result::fail(404, GwsStatus::NotFound, u"No active call %1"_s.arg(id));
    // Without `party` every outside party leaves: a `party` of another type must not.
    if (Result r = BodyFields::check(body, {{"party", BodyFields::Type::String}}); !r.isOk())
        return r;
    const QString connectionId = c->id;
    const QString party = body.value("party"_L1).toString();
    QList<int> leaving;
    for (const Party &p : c->parties)
        if (party.isEmpty() ? !p.isAgent() : p.number == party)
            leaving.append(p.pid);
    if (!party.isEmpty() && leaving.isEmpty())
        return invalid(u"%1 is not in call %2"_s.arg(party, connectionId));
    if (leaving.isEmpty()) // only agents: the whole call ends
        for (const Party &p : c->parties)
            leaving.append(p.pid);
    for (int pid : std::as_const(leaving))
        m_telephony->removeParty(pid);
    m_switch->commit();
    return Result::ok({{u"id"_s, connectionId}});
}
