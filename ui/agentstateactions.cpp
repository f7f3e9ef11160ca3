#include "agentstateactions.h"

#include "agentavailability.h"
#include "operationcontext.h"
#include "session.h"

#include <QAction>
#include <QActionGroup>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace {

// Whether the server's state is the one this option sets.
bool isCurrent(const AgentStateOption &option, const UserState &state)
{
    if (option.operationName == u"AfterCallWork")
        return state.isAfterCallWork();
    if (option.operationName != state.state)
        return false;
    if (option.operationName != u"NotReady")
        return true;
    if (!state.workMode.isEmpty()) // After Call Work, Aux Work: another option
        return false;
    return state.reason == option.reasonCode
           || (!option.reasonCode.isEmpty() && state.displayName == option.displayName);
}

} // namespace

AgentStateActions::AgentStateActions(Session *session, AgentAvailability *availability,
                                     QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_availability(availability)
    , m_dnd(new QAction(this))
{
    m_dnd->setObjectName(u"doNotDisturb"_s);
    m_dnd->setCheckable(true);
    connect(m_dnd, &QAction::triggered, this, [this](bool on) {
        m_availability->setDoNotDisturb(on);
        update(); // the check mark follows the server, not the click
    });
    connect(m_availability, &AgentAvailability::agentStatesChanged, this, &AgentStateActions::rebuild);
    connect(m_availability, &AgentAvailability::changingChanged, this, &AgentStateActions::update);
    connect(m_availability, &AgentAvailability::stateChanged, this, &AgentStateActions::update);
    connect(m_session, &Session::statusChanged, this, &AgentStateActions::update);
    connect(m_session, &Session::deviceChanged, this, &AgentStateActions::update);
    rebuild();
    retranslate();
}

void AgentStateActions::retranslate()
{
    m_dnd->setText(tr("Do Not Disturb"));
    update(); // the tips and the reasons
}

void AgentStateActions::rebuild()
{
    qDeleteAll(std::exchange(m_states, {}));
    delete m_group;
    // One of them at a time, shown as radio items; the server says which (update).
    m_group = new QActionGroup(this);
    m_group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_options = m_availability->agentStates();
    // Ready and a plain Not Ready have keys of their own (F7, F8): free in the call table,
    // and not typed text. A Not Ready without a reason if the server offers one, else its first.
    int notReady = -1;
    for (int i = 0; i < m_options.size(); ++i) {
        if (m_options[i].operationName != u"NotReady")
            continue;
        if (notReady < 0)
            notReady = i;
        if (m_options[i].reasonCode.isEmpty()) {
            notReady = i;
            break;
        }
    }
    bool readyKeyed = false;
    for (int i = 0; i < m_options.size(); ++i) {
        const AgentStateOption option = m_options[i];
        auto *action = new QAction(option.label(), this);
        // From the wire names, never from translated text.
        action->setObjectName(u"state_"_s + option.operationName + u'_' + option.reasonCode);
        action->setCheckable(true); // the current state is marked
        m_group->addAction(action);
        if (option.operationName == u"Ready" && !readyKeyed) {
            action->setShortcut(QKeySequence(Qt::Key_F7));
            readyKeyed = true;
        } else if (i == notReady) {
            action->setShortcut(QKeySequence(Qt::Key_F8));
        }
        connect(action, &QAction::triggered, this, [this, option] {
            m_availability->setAgentState(option);
            update(); // the check mark follows the server, not the click
        });
        m_states.append(action);
    }
    update();
    emit rebuilt();
}

QString AgentStateActions::obstacle() const
{
    const OperationContext c = sessionContext(*m_session);
    if (!c.online) {
        OperationContext shown = c;
        shown.reconnectInSeconds = -1; // no countdown that nothing here would keep current
        return offlineReason(shown);
    }
    if (!c.hasDevice)
        return tr("wait: your phone device is not known yet");
    if (m_availability->isChanging())
        return tr("wait: the server has not answered your last change yet");
    return {};
}

void AgentStateActions::update()
{
    const Device &device = m_session->device();
    const QString blocked = obstacle();
    //: A disabled agent-state control's tip: the state, then why, e.g. "Ready: offline: reconnecting"
    const QString why = tr("%1: %2");
    for (int i = 0; i < m_states.size(); ++i) {
        QAction *action = m_states[i];
        const bool current = device.userState.isLoggedIn()
                             && isCurrent(m_options.value(i), device.userState);
        action->setChecked(current);
        QString reason = blocked;
        if (reason.isEmpty() && current)
            reason = tr("you are in this state already");
        const QString name = m_options.value(i).label();
        action->setText(name); // in the language of the moment
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        const QString tip = tr("Set your state to %1").arg(name);
        action->setEnabled(reason.isEmpty());
        action->setStatusTip(reason.isEmpty() ? tip : why.arg(name, reason));
        action->setToolTip(reason.isEmpty() ? (keys.isEmpty() ? tip : tip + u" ("_s + keys + u')')
                                            : why.arg(name, reason));
    }
    m_dnd->setChecked(device.doNotDisturb);
    // A device operation, offered in the device's capabilities when possible now.
    QString reason = blocked;
    if (reason.isEmpty() && !device.can(device.doNotDisturb ? u"DoNotDisturbOff"_s
                                                            : u"DoNotDisturbOn"_s))
        reason = tr("the server does not offer it on your phone now");
    const QString tip = device.doNotDisturb ? tr("Take calls on this device again")
                                            : tr("Take no calls on this device, whatever your state");
    m_dnd->setEnabled(reason.isEmpty());
    m_dnd->setToolTip(reason.isEmpty() ? tip : why.arg(tr("Do Not Disturb"), reason));
    m_dnd->setStatusTip(m_dnd->toolTip());
}
