#include "trayicon.h"

#include "agentstateactions.h"
#include "agentstatebutton.h"
#include "call.h"
#include "callmodel.h"
#include "missedcalls.h"
#include "ringingalerts.h"
#include "session.h"
#include "svgicons.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
// The missed count as the badge writes it: one or two characters at 16 pixels.
QString badgeText(int missed)
{
    return missed > 9 ? u"9+"_s : QString::number(missed);
}

// The program's icon (orange while ringing) with a dot in the agent state's colour, and
// the missed calls as a number on a badge (a number: not told by a colour alone).
QIcon paintIcon(bool ringing, const QColor &state, int missed)
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        SvgIcons::icon(ringing ? u"tray-ringing" : u"softphone")
            .paint(&painter, pixmap.rect());
        const qreal dot = size * 0.45;
        const QRectF where(size - dot, size - dot, dot, dot);
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(state);
        painter.drawEllipse(where.adjusted(0.5, 0.5, -0.5, -0.5));
        if (missed > 0) {
            const QString text = badgeText(missed);
            const qreal height = size * 0.55;
            const QRectF badge(0, 0, height * (text.size() > 1 ? 1.5 : 1.0), height);
            painter.setPen(QPen(Qt::white, qMax(1.0, size / 24.0)));
            painter.setBrush(QColor(0xb0, 0x00, 0x20));
            painter.drawRoundedRect(badge, height / 2, height / 2);
            QFont font = painter.font();
            font.setBold(true);
            font.setPixelSize(qMax(6, int(height * 0.8)));
            painter.setFont(font);
            painter.drawText(badge, Qt::AlignCenter, text);
        }
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

TrayIcon::TrayIcon(Session *session, RingingAlerts *alerts, QAction *answer,
                   AgentStateActions *states, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_alerts(alerts)
    , m_answer(answer)
    , m_states(states)
    , m_window(window)
    , m_menu(std::make_unique<QMenu>())
    , m_show(new QAction(this))
    , m_quit(new QAction(this))
    , m_historyEntry(new QAction(this))
{
    m_menu->setObjectName(u"trayMenu"_s);
    // The menu is a window of its own: it hears of a new language, and tells us.
    m_menu->installEventFilter(this);
    m_show->setObjectName(u"trayShow"_s);
    m_quit->setObjectName(u"trayQuit"_s);
    m_historyEntry->setObjectName(u"trayHistory"_s);
    m_historyEntry->setEnabled(false);
    connect(m_historyEntry, &QAction::triggered, this, [this] {
        showWindow();
        if (m_history && m_history->isEnabled())
            m_history->setChecked(true); // opens it; the window's own action toggles
    });
    connect(m_show, &QAction::triggered, this, &TrayIcon::showWindow);
    connect(m_quit, &QAction::triggered, this, [this] {
        if (!m_window)
            return;
        showWindow(); // the question about calls in progress must be seen
        m_window->close();
    });
    connect(m_states, &AgentStateActions::rebuilt, this, &TrayIcon::rebuildMenu);
    connect(m_session, &Session::deviceChanged, this, &TrayIcon::refresh);
    connect(m_session, &Session::statusChanged, this, &TrayIcon::refresh);
    connect(m_alerts, &RingingAlerts::ringingChanged, this, &TrayIcon::refresh);
    CallModel *calls = m_session->calls();
    connect(calls, &QAbstractItemModel::rowsInserted, this, &TrayIcon::refresh);
    connect(calls, &QAbstractItemModel::rowsRemoved, this, &TrayIcon::refresh);
    connect(calls, &QAbstractItemModel::modelReset, this, &TrayIcon::refresh);
    connect(calls, &QAbstractItemModel::dataChanged, this, &TrayIcon::refresh);
    retranslate();
    rebuildMenu();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu.get() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TrayIcon::retranslate()
{
    m_menu->setAccessibleName(tr("Softphone"));
    m_show->setText(tr("&Show the softphone"));
    m_quit->setText(tr("&Quit"));
    updateHistoryEntry();
    refresh();
}

void TrayIcon::setEnabled(bool on)
{
    m_enabled = on;
    if (!on) {
        m_tray.reset();
        return;
    }
    if (m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = std::make_unique<QSystemTrayIcon>(m_icon);
    m_tray->setToolTip(m_toolTip);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray.get(), &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    showWindow(); // a click on the icon: the agent asks for the window
            });
    m_tray->show();
}

bool TrayIcon::isShown() const
{
    return m_tray && m_tray->isVisible();
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    m_menu->addAction(m_answer);
    m_menu->addSeparator();
    m_menu->addActions(m_states->stateActions());
    m_menu->addAction(m_states->doNotDisturb());
    m_menu->addSeparator();
    m_menu->addAction(m_historyEntry);
    m_menu->addAction(m_show);
    m_menu->addAction(m_quit);
    refresh();
}

void TrayIcon::refresh()
{
    const Device &device = m_session->device();
    QStringList lines{tr("Softphone")};
    if (m_session->status() != Session::Status::Online) {
        lines << tr("Not connected");
    } else {
        QString state = agentStateLabel(device.userState);
        if (state.isEmpty())
            state = tr("Unknown state");
        if (device.doNotDisturb)
            state = tr("%1, Do Not Disturb").arg(state);
        lines << state;
    }
    const CallModel *calls = m_session->calls();
    if (calls->isOnACall())
        lines << tr("On a call");
    const QStringList ringing = m_alerts->ringingCalls();
    for (const QString &id : ringing)
        if (const Call *call = calls->call(id))
            lines << tr("Ringing: %1").arg(m_alerts->callerOf(*call));
    const int missed = m_missed ? m_missed->count() : 0;
    if (missed > 0)
        lines << tr("Missed calls: %n", nullptr, missed);
    const QString tip = lines.join(u'\n');
    const QColor color = agentStateColor(device.userState);
    const QString iconKey = color.name() + (ringing.isEmpty() ? QString() : u" ringing"_s)
                            + (missed > 0 ? u" missed "_s + badgeText(missed) : QString());
    if (iconKey != m_iconKey) {
        m_iconKey = iconKey;
        m_icon = paintIcon(!ringing.isEmpty(), color, missed);
        if (m_tray)
            m_tray->setIcon(m_icon);
    }
    if (tip != m_toolTip) {
        m_toolTip = tip;
        if (m_tray)
            m_tray->setToolTip(tip);
    }
}

void TrayIcon::setHistory(MissedCalls *missed, QAction *history)
{
    m_missed = missed;
    m_history = history;
    if (missed)
        connect(missed, &MissedCalls::countChanged, this, [this] {
            updateHistoryEntry();
            refresh();
        });
    if (history)
        connect(history, &QAction::changed, this, &TrayIcon::updateHistoryEntry);
    updateHistoryEntry();
    refresh();
}

void TrayIcon::updateHistoryEntry()
{
    const int missed = m_missed ? m_missed->count() : 0;
    m_historyEntry->setText(missed > 0 ? tr("Call &history (%n missed)", nullptr, missed)
                                       : tr("Call &history"));
    m_historyEntry->setEnabled(m_history && m_history->isEnabled());
    m_historyEntry->setStatusTip(m_history ? m_history->statusTip() : QString());
}

void TrayIcon::showWindow()
{
    if (!m_window)
        return;
    // The agent asked for it (menu or click): the one place the window is brought forward.
    if (m_window->isMinimized())
        m_window->showNormal();
    else
        m_window->show();
    m_window->raise();
    m_window->activateWindow();
}
