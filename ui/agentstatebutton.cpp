#include "agentstatebutton.h"

#include "agentavailability.h"
#include "agentstateactions.h"
#include "callmodel.h"
#include "session.h"

#include <QAction>
#include <QMenu>
#include <QStyleOptionToolButton>
#include <QStylePainter>

using namespace Qt::StringLiterals;

QColor agentStateColor(const UserState &state)
{
    if (state.state == u"Ready")
        return QColor(0x1b, 0x80, 0x2a);
    if (state.isAfterCallWork())
        return QColor(0xc0, 0x60, 0x00);
    if (state.state == u"NotReady")
        return QColor(0xb0, 0x00, 0x20);
    return QColor(0x75, 0x75, 0x75);
}

namespace {
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
    , m_actions(new AgentStateActions(session, availability, this))
    , m_menu(new QMenu(this))
{
    setObjectName(u"agentState"_s);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(m_menu);
    connect(m_actions, &AgentStateActions::rebuilt, this, &AgentStateButton::rebuildMenu);
    connect(m_availability, &AgentAvailability::stateChanged, this, &AgentStateButton::refresh);
    connect(m_session, &Session::statusChanged, this, [this] {
        refresh();
        updateTicker();
    });
    // "On a call" follows the calls.
    CallModel *calls = m_session->calls();
    connect(calls, &QAbstractItemModel::rowsInserted, this, &AgentStateButton::refresh);
    connect(calls, &QAbstractItemModel::rowsRemoved, this, &AgentStateButton::refresh);
    connect(calls, &QAbstractItemModel::modelReset, this, &AgentStateButton::refresh);
    connect(calls, &QAbstractItemModel::dataChanged, this, &AgentStateButton::refresh);
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

void AgentStateButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_actions->retranslate(); // its menu's, shared with the tray and the palette
        refresh();
    }
    QToolButton::changeEvent(event);
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

QAction *AgentStateButton::doNotDisturbAction() const
{
    return m_actions->doNotDisturb();
}

QSize AgentStateButton::sizeHint() const
{
    // Room for what is painted (the clock too), at its widest for this many digits.
    QSize size = QToolButton::sizeHint();
    const QFontMetrics metrics = fontMetrics();
    QString widest = m_shownText;
    for (QChar &c : widest)
        if (c.isDigit())
            c = u'0';
    size.rwidth() += qMax(0, metrics.horizontalAdvance(widest) - metrics.horizontalAdvance(text()));
    // The menu's arrow is drawn in the corner over the text (InstantPopup), and
    // QToolButton's own hint leaves no room for it: the text's end was hidden under it.
    QStyleOptionToolButton option;
    initStyleOption(&option);
    if (option.features & QStyleOptionToolButton::HasMenu)
        size.rwidth() += style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, this);
    return size;
}

void AgentStateButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    option.text = m_shownText; // the state with the clock
    painter.drawComplexControl(QStyle::CC_ToolButton, option);
}

void AgentStateButton::rebuildMenu()
{
    m_menu->clear();
    m_menu->addActions(m_actions->stateActions());
    m_menu->addSeparator();
    m_menu->addAction(m_actions->doNotDisturb());
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
    // Not read yet (the login is still going on): no time in it to show.
    const bool sinceKnown = m_availability->stateSince().isValid();
    const qint64 secs = sinceKnown ? m_availability->stateSince().secsTo(m_clock()) : 0;
    const QString since = elapsed(secs);
    const bool onCall = online && m_session->calls()->isOnACall();
    const bool dnd = device.doNotDisturb;
    // On a call the agent is busy whatever the state says; the state stays in the tip.
    //: The agent-state button: a dot in the state's colour, then the state
    const QString text = onCall ? (dnd ? tr("● On a call  (Do Not Disturb)") : tr("● On a call"))
                         : dnd  ? tr("● %1  (Do Not Disturb)").arg(name)
                                : tr("● %1").arg(name);
    // The clock is painted, not the button's text: Qt tells assistive technology of every
    // change of a button's text, and a screen reader would say the button each second.
    //: The agent-state button: its state, then the time in it (mm:ss)
    const QString shown = onCall || !sinceKnown
                              ? text
                              : tr("%1  %2", "agent state and time").arg(text, since);
    const bool resized = text != this->text() || shown.size() != m_shownText.size();
    setText(text); // nothing happens when it is the same
    if (shown != m_shownText) {
        m_shownText = shown;
        update();
    }
    // A fixed size, renewed only when the text needs another: otherwise every tick of the
    // clock would lay out the whole row around the button again.
    // (sizeHint() measures the text: asked only then, not on each of many calls' changes.)
    if (resized) {
        if (const QSize hint = sizeHint(); hint != minimumSize() || hint != maximumSize())
            setFixedSize(hint);
    }
    // Only on a change: a new palette every second would restyle the button each time.
    const QColor color = onCall ? QColor(0x15, 0x65, 0xc0) : agentStateColor(device.userState);
    if (palette().color(QPalette::ButtonText) != color) {
        QPalette p = palette();
        p.setColor(QPalette::ButtonText, color);
        setPalette(p);
    }
    QString state = dnd ? tr("%1, Do Not Disturb").arg(name) : name;
    if (onCall)
        state = tr("On a call; your state: %1").arg(state);
    // The tip counts the time in state too, which the text leaves out during a call.
    const QString tip = onCall ? tr("%1 for %2. Click to change your state.").arg(state, since)
                               : tr("%1. Click to change your state.").arg(state);
    if (toolTip() != tip)
        setToolTip(tip);
    // A screen reader hears the state and whole minutes in it: a description that changed
    // every second would be read out again every second.
    const QString accessible = tr("Agent state");
    if (accessibleName() != accessible)
        setAccessibleName(accessible);
    const int minutes = int(qMax<qint64>(0, secs) / 60);
    QString description =
        minutes == 0 ? tr("Agent state: %1, less than a minute").arg(state)
                     : tr("Agent state: %1, %n minute(s)", nullptr, minutes).arg(state);
    // Disabled, it says why, as the tips of disabled controls do.
    if (const QString blocked = m_actions->obstacle(); !isEnabled() && !blocked.isEmpty())
        description = tr("%1. It cannot be changed now: %2").arg(description, blocked);
    if (accessibleDescription() != description)
        setAccessibleDescription(description);
}
