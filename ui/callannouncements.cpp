#include "callannouncements.h"

#include "agentavailability.h"
#include "alertsettings.h"
#include "announcer.h"
#include "callmodel.h"
#include "device.h"
#include "session.h"

#include <QSettings>

CallAnnouncements::CallAnnouncements(Session *session, AgentAvailability *availability,
                                     Announcer *announcer, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_announcer(announcer)
{
    CallModel *model = session->calls();
    connect(model, &QAbstractItemModel::rowsInserted, this, &CallAnnouncements::onCallsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CallAnnouncements::onCallsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &CallAnnouncements::onCallsChanged);
    connect(model, &QAbstractItemModel::dataChanged, this, &CallAnnouncements::onRowsChanged);
    connect(session, &Session::statusChanged, this, &CallAnnouncements::onStatusChanged);
    connect(availability, &AgentAvailability::stateChanged, this,
            &CallAnnouncements::onAgentStateChanged);
    connect(session, &Session::deviceChanged, this, &CallAnnouncements::onAgentStateChanged);
    // What is there already is not news.
    m_nameKeys = AlertSettings::load(QSettings()).callerNameKeys;
    for (const Call &call : model->calls())
        m_calls.insert(call.id, seen(call, m_nameKeys));
    m_online = session->status() == Session::Status::Online;
}

CallAnnouncements::Seen CallAnnouncements::seen(const Call &call, const QStringList &nameKeys)
{
    Seen s;
    s.state = call.state;
    s.consult = !call.parentCallUri.isEmpty();
    // A consultation carries the caller's case data; its party is the one consulted.
    if (!s.consult)
        s.party = callerNameFromCaseData(call.userData, nameKeys).trimmed();
    if (s.party.isEmpty())
        s.party = call.remoteParty();
    if (s.party.isEmpty())
        s.party = tr("unknown caller");
    for (const Participant &p : call.participants)
        s.participants.append(p.displayNumber());
    s.supervised = call.supervision() == CallSupervision::SupervisorListening;
    return s;
}

void CallAnnouncements::onCallsChanged()
{
    const QList<Call> calls = m_session->calls()->calls();
    // The keys the agent set in Settings for the caller's name, read again when a call
    // appears (not on every tick of a call's clock).
    for (const Call &call : calls) {
        if (!m_calls.contains(call.id)) {
            m_nameKeys = AlertSettings::load(QSettings()).callerNameKeys;
            break;
        }
    }
    QHash<QString, Seen> now;
    for (const Call &call : calls) {
        if (!call.monitoring) // a supervisor's silent leg: their own doing, nothing to hear
            now.insert(call.id, compare(call));
    }
    // Gone: only a call the agent was talking on is news (ringing ones are in the history,
    // a consultation's end is its transfer or conference), and only while connected.
    const bool connected = m_session->status() == Session::Status::Online;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        const bool talking = it->state == CallState::Established || it->state == CallState::Held;
        if (!now.contains(it.key()) && connected && talking && !it->consult)
            m_announcer->announce(tr("Call with %1 ended").arg(it->party));
    }
    m_calls = std::move(now);
}

CallAnnouncements::Seen CallAnnouncements::compare(const Call &call)
{
    Seen current = seen(call, m_nameKeys);
    const Seen before = m_calls.value(call.id);
    current.supervisionSaid = before.supervisionSaid;
    onCallChanged(before, current);
    return current;
}

void CallAnnouncements::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // The clock's tick changes durations only: nothing to say.
    if (topLeft.column() == CallModel::DurationColumn && bottomRight.column() == CallModel::DurationColumn)
        return;
    const CallModel *model = m_session->calls();
    // A participant row belongs to its call's row.
    const int first = topLeft.parent().isValid() ? topLeft.parent().row() : topLeft.row();
    const int last = bottomRight.parent().isValid() ? bottomRight.parent().row() : bottomRight.row();
    for (int row = first; row <= last; ++row) {
        const Call *call = model->callAt(model->index(row, 0));
        if (!call || call->monitoring)
            continue;
        if (!m_calls.contains(call->id)) // rows came: the full pass says it
            return onCallsChanged();
        m_calls.insert(call->id, compare(*call));
    }
}

void CallAnnouncements::onCallChanged(const Seen &before, Seen &now)
{
    if (before.state == CallState::Unknown) { // first seen
        if (now.state == CallState::Ringing)
            m_announcer->announce(tr("Call from %1").arg(now.party));
        announceSupervision(now);
        return;
    }
    // Parties joining or leaving a call already up (a conference), not those it starts with.
    const auto up = [](CallState s) { return s == CallState::Established || s == CallState::Held; };
    QStringList joined;
    QStringList left;
    if (up(before.state) && up(now.state)) {
        for (const QString &party : now.participants)
            if (!party.isEmpty() && !before.participants.contains(party))
                joined.append(party);
        for (const QString &party : before.participants)
            if (!party.isEmpty() && !now.participants.contains(party))
                left.append(party);
    }
    if (before.state != now.state) {
        switch (now.state) {
        case CallState::Established:
            if (before.state == CallState::Ringing)
                m_announcer->announce(tr("Call from %1 answered").arg(now.party));
            else if (before.state == CallState::Dialing)
                m_announcer->announce(now.consult
                                          ? tr("Consultation with %1 answered").arg(now.party)
                                          : tr("%1 answered").arg(now.party));
            else if (before.state == CallState::Held && joined.isEmpty()) // else a conference
                m_announcer->announce(tr("Call with %1 retrieved").arg(now.party));
            break;
        case CallState::Held:
            m_announcer->announce(tr("Call with %1 on hold").arg(now.party));
            break;
        default: break;
        }
    }
    for (const QString &party : std::as_const(joined))
        m_announcer->announce(tr("%1 joined the call").arg(party));
    for (const QString &party : std::as_const(left))
        m_announcer->announce(tr("%1 left the call").arg(party));
    announceSupervision(now);
}

void CallAnnouncements::announceSupervision(Seen &call)
{
    // The documented field cannot tell listening from coaching: the words say both.
    if (call.supervised && !call.supervisionSaid) {
        call.supervisionSaid = true;
        m_announcer->announce(tr("A supervisor is listening or coaching on the call with %1")
                                  .arg(call.party));
    }
}

void CallAnnouncements::onStatusChanged()
{
    switch (m_session->status()) {
    case Session::Status::Online:
        if (std::exchange(m_lost, false))
            m_announcer->announce(tr("Connected to the server again"));
        m_online = true;
        break;
    case Session::Status::Reconnecting:
    case Session::Status::Failed:
        if (m_online && !m_lost) {
            m_lost = true;
            m_announcer->announce(tr("Connection to the server lost"));
        }
        break;
    case Session::Status::LoggedOut:
        // The next login starts afresh: its first state and calls are not news.
        m_online = m_lost = false;
        m_agentState.clear();
        break;
    case Session::Status::LoggingIn: break;
    }
}

void CallAnnouncements::onAgentStateChanged()
{
    const Device &device = m_session->device();
    const UserState &state = device.userState;
    if (!state.isLoggedIn()) {
        m_agentState.clear(); // logged out of the contact center: the next state is a start
        return;
    }
    const QString label = agentStateLabel(state);
    const bool dndChanged = device.doNotDisturb != m_doNotDisturb;
    const bool known = !m_agentState.isEmpty();
    m_doNotDisturb = device.doNotDisturb;
    if (label != std::exchange(m_agentState, label) && known)
        m_announcer->announce(tr("Your state: %1").arg(label));
    if (dndChanged && known)
        m_announcer->announce(device.doNotDisturb ? tr("Do Not Disturb on")
                                                  : tr("Do Not Disturb off"));
}
