#include "agentstatebutton.h"

#include "agentavailability.h"
#include "session.h"

#include <QAction>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace {
QColor colorFor(const UserState &state)
{
    if (state.state == u"Ready")
        return QColor(0x1b, 0x80, 0x2a);
    if (state.isAfterCallWork())
        return QColor(0xc0, 0x60, 0x00);
    if (state.state == u"NotReady")
        return QColor(0xb0, 0x00, 0x20);
    return QColor(0x75, 0x75, 0x75);
}

QString elapsed(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return u"%1:%2"_s.arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

AgentStateButton::AgentStateButton(Session *session, AgentAvailability *availability,
                                   QWidget *parent)
    : QToolButton(parent)
    , m_session(session)
    , m_availability(availability)
    , m_menu(new QMenu(this))
{
    setObjectName(u"agentState"_s);
    setAccessibleName(tr("Agent state"));
    setToolTip(tr("Your availability; click to change it"));
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    connect(m_availability, &AgentAvailability::agentStatesChanged, this,
            &AgentStateButton::rebuildMenu);
    connect(m_availability, &AgentAvailability::stateChanged, this, &AgentStateButton::refresh);
    connect(m_session, &Session::statusChanged, this, [this] {
        refresh();
        updateTicker();
    });
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &AgentStateButton::refresh);
    rebuildMenu();
}

void AgentStateButton::showEvent(QShowEvent *event)
{
    QToolButton::showEvent(event);
    m_shown = true;
    refresh();
    updateTicker();
}

void AgentStateButton::hideEvent(QHideEvent *event)
{
    QToolButton::hideEvent(event);
    m_shown = false;
    updateTicker();
}

void AgentStateButton::updateTicker()
{
    // No wakeups for a clock nobody sees, or for a state that is not live.
    const bool wanted = m_shown && m_session->status() == Session::Status::Online;
    if (wanted && !m_ticker.isActive())
        m_ticker.start();
    else if (!wanted)
        m_ticker.stop();
}

void AgentStateButton::rebuildMenu()
{
    m_menu->clear();
    const QList<AgentStateOption> options = m_availability->agentStates();
    for (const AgentStateOption &option : options) {
        QAction *a = m_menu->addAction(option.displayName);
        a->setObjectName(u"state_"_s + option.operationName + u'_' + option.reasonCode);
        connect(a, &QAction::triggered, this, [this, option] { m_availability->setAgentState(option); });
    }
    m_menu->addSeparator();
    m_dnd = m_menu->addAction(tr("Do Not Disturb"));
    m_dnd->setObjectName(u"doNotDisturb"_s);
    m_dnd->setCheckable(true);
    connect(m_dnd, &QAction::triggered, this, [this](bool on) {
        m_availability->setDoNotDisturb(on);
        refresh(); // the check mark follows the server, not the click
    });
    refresh();
}

void AgentStateButton::refresh()
{
    const Device &device = m_session->device();
    const bool online = m_session->status() == Session::Status::Online;
    setEnabled(online && !device.id.isEmpty());
    QString name = agentStateLabel(device.userState);
    if (name.isEmpty())
        name = tr("Unknown state");
    const qint64 secs = m_availability->stateSince().isValid()
                            ? m_availability->stateSince().secsTo(QDateTime::currentDateTimeUtc())
                            : 0;
    QString text = u"● "_s + name + u"  "_s + elapsed(secs);
    if (device.doNotDisturb)
        text += tr("  (Do Not Disturb)");
    setText(text);
    // A fixed size, renewed only when the text needs another: otherwise every tick of the
    // clock would lay out the whole row around the button again.
    if (const QSize hint = sizeHint(); hint != minimumSize() || hint != maximumSize())
        setFixedSize(hint);
    // Only on a change: a new palette every second would restyle the button each time.
    const QColor color = colorFor(device.userState);
    if (palette().color(QPalette::ButtonText) != color) {
        QPalette p = palette();
        p.setColor(QPalette::ButtonText, color);
        setPalette(p);
    }
    setAccessibleDescription(device.doNotDisturb ? tr("%1, Do Not Disturb").arg(name) : name);
    if (m_dnd) {
        m_dnd->setChecked(device.doNotDisturb);
        // A device operation, offered in the device's capabilities when possible now.
        m_dnd->setEnabled(device.can(device.doNotDisturb ? u"DoNotDisturbOff"_s
                                                         : u"DoNotDisturbOn"_s));
    }
}
