#include "aftercallwork.h"

#include "agentavailability.h"
#include "callmodel.h"
#include "gwsclient.h"
#include "session.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAfterCallWork, "softphone.aftercallwork", QtInfoMsg)

namespace {

// A call the agent talked on: the supervisor's monitoring legs are not the agent's calls.
bool isHandled(const Call &call)
{
    return (call.state == CallState::Established || call.state == CallState::Held)
           && !call.monitoring;
}

// The agent-state operation that gives `state` back (the reason kept).
AgentStateOption optionFor(const UserState &state)
{
    if (state.state == "NotReady"_L1 && state.workMode == "AuxWork"_L1)
        return {u"AuxWork"_s, {}, {}};
    if (state.state == "NotReady"_L1)
        return {u"NotReady"_s, {}, state.reason};
    return {u"Ready"_s, {}, {}};
}

} // namespace

AfterCallWork::AfterCallWork(Session *session, GwsClient *client, AgentAvailability *availability,
                             QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_availability(availability)
{
    CallModel *calls = m_session->calls();
    connect(calls, &QAbstractItemModel::rowsInserted, this, &AfterCallWork::onCallsChanged);
    connect(calls, &QAbstractItemModel::rowsRemoved, this, &AfterCallWork::onCallsChanged);
    connect(calls, &QAbstractItemModel::dataChanged, this, &AfterCallWork::onCallsChanged);
    connect(calls, &QAbstractItemModel::modelReset, this, &AfterCallWork::onCallsChanged);
    connect(m_session, &Session::deviceChanged, this, &AfterCallWork::onDeviceChanged);
    connect(m_availability, &AgentAvailability::stateRequestFinished, this,
            [this](bool ok, const QString &error) {
                if (m_returning)
                    returnFinished(ok, error);
            });
    connect(m_session, &Session::attemptReplaced, this, [this] {
        if (!m_extending)
            return;
        m_extending = false; // its answer belonged to the attempt that ended
        emit changed();
    });
    onDeviceChanged();
}

void AfterCallWork::onCallsChanged()
{
    const UserState &now = m_session->device().userState;
    QSet<QString> present;
    for (const Call &call : m_session->calls()->calls()) {
        if (!isHandled(call))
            continue;
        present.insert(call.id);
        if (call.wrapUpSeconds >= 0)
            m_wrapUpSeconds = call.wrapUpSeconds;
        if (m_connected.contains(call.id))
            continue;
        // A handled call began: what the agent was doing is what Done gives back. In ACW
        // (a call taken during the last one's wrap-up), the state before that still holds.
        m_callSinceAcw = true;
        if (now.isLoggedIn() && !now.isAfterCallWork()) {
            m_previous = now;
            m_knowPrevious = true;
            emit changed();
        }
    }
    m_connected = present; // calls that left are forgotten
}

void AfterCallWork::onDeviceChanged()
{
    const bool inAcw = m_session->device().userState.isAfterCallWork();
    if (inAcw == m_active)
        return; // still in ACW (e.g. Extend announced again) or still out of it
    m_active = inAcw;
    m_deadline = {};
    if (inAcw) {
        // The server's wrap-up after the call that ended: timed when that call announced a
        // WrapUpTime. ACW the agent chose during a call, or without a call, is untimed.
        bool onCall = false;
        for (const Call &call : m_session->calls()->calls())
            onCall = onCall || isHandled(call);
        if (m_callSinceAcw && !onCall) {
            m_callSinceAcw = false;
            if (m_wrapUpSeconds > 0)
                m_deadline = QDateTime::currentDateTimeUtc().addSecs(m_wrapUpSeconds);
        }
        qCInfo(lcAfterCallWork).noquote()
            << "after-call work began;" << (m_deadline.isValid()
                                                ? u"ends at %1"_s.arg(m_deadline.toString(Qt::ISODate))
                                                : u"untimed"_s);
    }
    emit changed();
}

int AfterCallWork::secondsLeft(const QDateTime &now) const
{
    if (!isTimed())
        return -1;
    const qint64 ms = now.msecsTo(m_deadline);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

QString AfterCallWork::extendBlockedReason() const
{
    if (!m_active)
        return tr("Extend: you are not in after-call work");
    if (!isTimed())
        return tr("Extend: this after-call work has no time limit");
    if (m_session->status() != Session::Status::Online)
        return tr("Extend: not connected to the server");
    if (m_extending)
        return tr("Extend: asking the server...");
    return {};
}

bool AfterCallWork::extend()
{
    if (!extendBlockedReason().isEmpty())
        return false;
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    const int seconds = qMax(0, secondsLeft(sentAt)) + m_extendSeconds;
    // The documented operation and parameter, a string of seconds.
    const QJsonObject body{{u"operationName"_s, u"AfterCallWork"_s},
                           {u"wrapUpTime"_s, QString::number(seconds)}};
    m_extending = true;
    emit changed();
    connect(m_client->post(u"/me/channels/voice"_s, body), &GwsRequest::finished,
            m_session->attemptContext(), [this, sentAt, seconds](const GwsResult &r) {
                m_extending = false;
                if (r.ok()) {
                    // The server's timer starts when it takes the request: a little after
                    // sentAt, so this deadline is never later than the server's.
                    m_deadline = sentAt.addSecs(seconds);
                    qCInfo(lcAfterCallWork).noquote()
                        << "after-call work extended to" << seconds << "s";
                } else {
                    report(tr("Extending your after-call work failed: %1").arg(r.describe()));
                }
                emit changed();
            });
    return true;
}

AgentStateOption AfterCallWork::returnState() const
{
    const AgentStateOption wanted = m_knowPrevious ? optionFor(m_previous)
                                                   : AgentStateOption{u"Ready"_s, {}, {}};
    // The server's own entry when it lists one (its display name, a custom operation).
    for (const AgentStateOption &offered : m_availability->agentStates())
        if (offered == wanted)
            return offered;
    return wanted;
}

QString AfterCallWork::returnStateName() const
{
    if (m_knowPrevious)
        return agentStateLabel(m_previous);
    UserState ready;
    ready.state = u"Ready"_s;
    return agentStateLabel(ready);
}

bool AfterCallWork::finish()
{
    if (m_returning)
        return false;
    if (!m_active) {
        emit finished(true); // the server already ended ACW: the agent's state stays
        return true;
    }
    const AgentStateOption back = returnState();
    if (!m_availability->setAgentState(back)) {
        const QString why = m_session->status() != Session::Status::Online
                                ? tr("not connected to the server")
                                : tr("another change of state is under way");
        report(tr("Could not return you to %1: %2. Your wrap-up is kept: press Done to try again.")
                   .arg(returnStateName(), why));
        emit finished(false);
        return true;
    }
    qCInfo(lcAfterCallWork).noquote() << "after-call work done, back to" << back.operationName
                                      << back.reasonCode;
    m_returning = true;
    emit changed();
    return true;
}

void AfterCallWork::returnFinished(bool ok, const QString &error)
{
    m_returning = false;
    if (!ok)
        report(tr("Could not return you to %1: %2. Your wrap-up is kept: press Done to try again.")
                   .arg(returnStateName(), error));
    emit changed();
    emit finished(ok);
}

void AfterCallWork::report(const QString &message)
{
    qCWarning(lcAfterCallWork).noquote() << message;
    emit errorOccurred(message);
}
