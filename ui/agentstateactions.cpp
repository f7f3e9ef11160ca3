#include "agentstateactions.h"

#include "agentavailability.h"
#include "session.h"

#include <QAction>

using namespace Qt::StringLiterals;

AgentStateActions::AgentStateActions(Session *session, AgentAvailability *availability,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_availability(availability)
    , m_dnd(new QAction(tr("Do Not Disturb"), this))
{
    m_dnd->setObjectName(u"doNotDisturb"_s);
    m_dnd->setCheckable(true);
    m_dnd->setToolTip(tr("Take no calls on this device, whatever your state"));
    connect(m_dnd, &QAction::triggered, this, [this](bool on) {
        m_availability->setDoNotDisturb(on);
        update(); // the check mark follows the server, not the click
    });
    connect(m_availability, &AgentAvailability::agentStatesChanged, this, &AgentStateActions::rebuild);
    connect(m_availability, &AgentAvailability::changingChanged, this, &AgentStateActions::update);
    connect(m_availability, &AgentAvailability::stateChanged, this, &AgentStateActions::update);
    connect(m_session, &Session::statusChanged, this, &AgentStateActions::update);
    rebuild();
}

void AgentStateActions::rebuild()
{
    qDeleteAll(std::exchange(m_states, {}));
    const QList<AgentStateOption> options = m_availability->agentStates();
    for (const AgentStateOption &option : options) {
        auto *action = new QAction(option.displayName, this);
        // From the wire names, never from translated text.
        action->setObjectName(u"state_"_s + option.operationName + u'_' + option.reasonCode);
        connect(action, &QAction::triggered, this,
                [this, option] { m_availability->setAgentState(option); });
        m_states.append(action);
    }
    update();
    emit rebuilt();
}

void AgentStateActions::update()
{
    const Device &device = m_session->device();
    const bool possible = m_session->status() == Session::Status::Online && !device.id.isEmpty()
                          && !m_availability->isChanging();
    for (QAction *action : std::as_const(m_states))
        action->setEnabled(possible);
    m_dnd->setChecked(device.doNotDisturb);
    // A device operation, offered in the device's capabilities when possible now.
    m_dnd->setEnabled(possible
                      && device.can(device.doNotDisturb ? u"DoNotDisturbOff"_s
                                                        : u"DoNotDisturbOn"_s));
}
