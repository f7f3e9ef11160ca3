#include "agentavailability.h"

#include "gwsclient.h"
#include "gwspath.h"
#include "session.h"

#include <QLoggingCategory>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAvailability, "softphone.availability", QtInfoMsg)

AgentAvailability::AgentAvailability(Session *session, GwsClient *client, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
{
    connect(m_session, &Session::deviceChanged, this, &AgentAvailability::onDeviceChanged);
    connect(m_session, &Session::contactCenterSessionStarted, this, [this] {
        if (m_agentStates == AgentStateOption::defaults())
            fetchAgentStates();
    });
    connect(m_session, &Session::attemptReplaced, this, [this] {
        if (!isChanging())
            return;
        const bool stateWasOut = m_stateOut;
        m_stateOut = m_dndOut = false; // their answers belonged to the attempt that ended
        emit changingChanged();
        if (stateWasOut)
            emit stateRequestFinished(false, tr("the connection to the server was lost"));
    });
}

void AgentAvailability::onDeviceChanged()
{
    const UserState &state = m_session->device().userState;
    if (state.state != m_lastState.state || state.workMode != m_lastState.workMode
        || state.displayName != m_lastState.displayName || !m_stateSince.isValid())
        m_stateSince = QDateTime::currentDateTimeUtc();
    m_lastState = state;
    emit stateChanged();
}

void AgentAvailability::fetchAgentStates()
{
    // Our reading of the documented "agent-states" settings group; a server without it
    // leaves the three system states.
    connect(m_client->get(u"/settings/agent-states"_s), &GwsRequest::finished,
            m_session->attemptContext(), [this](const GwsResult &r) {
                if (!r.ok()) {
                    qCInfo(lcAvailability).noquote()
                        << "no agent-states settings, using the system states:" << r.describe();
                    return;
                }
                const QList<AgentStateOption> options = AgentStateOption::listFromSettings(r.body);
                if (!options.isEmpty()) {
                    m_agentStates = options;
                    emit agentStatesChanged();
                }
            });
}

bool AgentAvailability::setAgentState(const AgentStateOption &option)
{
    if (m_session->status() != Session::Status::Online || m_stateOut)
        return false;
    QJsonObject body{{u"operationName"_s, option.operationName}};
    if (!option.reasonCode.isEmpty())
        body[u"reasonCode"_s] = option.reasonCode;
    m_stateOut = true;
    emit changingChanged();
    const QString operation = option.operationName;
    connect(m_client->post(u"/me/channels/voice"_s, body), &GwsRequest::finished,
            m_session->attemptContext(), [this, operation](const GwsResult &r) {
                m_stateOut = false;
                emit changingChanged();
                if (!r.ok())
                    report(tr("Changing your state (%1) failed: %2").arg(operation, r.describe()));
                emit stateRequestFinished(r.ok(), r.ok() ? QString() : r.describe());
            });
    return true;
}

bool AgentAvailability::setDoNotDisturb(bool on)
{
    // A device operation ("DoNotDisturbOn" page), not an agent state.
    const QString operation = on ? u"DoNotDisturbOn"_s : u"DoNotDisturbOff"_s;
    const QString deviceId = m_session->device().id;
    if (m_session->status() != Session::Status::Online || deviceId.isEmpty() || m_dndOut)
        return false;
    m_dndOut = true;
    emit changingChanged();
    const QString path = gwsPath(u"/me/devices", deviceId);
    connect(m_client->post(path, {{u"operationName"_s, operation}}), &GwsRequest::finished,
            m_session->attemptContext(), [this, operation](const GwsResult &r) {
                m_dndOut = false;
                emit changingChanged();
                if (!r.ok())
                    report(tr("%1 failed: %2").arg(operation, r.describe()));
            });
    return true;
}

void AgentAvailability::report(const QString &message)
{
    qCWarning(lcAvailability).noquote() << message;
    emit errorOccurred(message);
}
