#include "teamview.h"

#include "actiondescription.h"
#include "call.h"
#include "comboname.h"
#include "operationcontext.h"
#include "session.h"
#include "supervision.h"
#include "teamcountbar.h"
#include "teamfilter.h"
#include "teammodel.h"
#include "teamreader.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The monitoring operations (their wire names) as the supervisor sees them.
struct MonitoringText
{
    const char *operation;
    const char *text;
    const char *tip; // what it does; the tips say why not while it is disabled
    const char *shortcut; // the built-in one (Ctrl+Alt+L locks many Linux desktops: not that)
};
const MonitoringText kMonitoringTexts[] = {
    {"ListenIn", QT_TRANSLATE_NOOP("TeamView", "&Listen in"),
     QT_TRANSLATE_NOOP("TeamView", "Hear the agent's call silently"), "Ctrl+Shift+L"},
    {"Coach", QT_TRANSLATE_NOOP("TeamView", "C&oach"),
     QT_TRANSLATE_NOOP("TeamView", "Speak to the agent only; the customer does not hear you"),
     "Ctrl+Shift+O"},
    {"BargeIn", QT_TRANSLATE_NOOP("TeamView", "&Barge in"),
     QT_TRANSLATE_NOOP("TeamView", "Join the call: everyone hears you"), "Ctrl+Shift+B"},
    {"Cancel", QT_TRANSLATE_NOOP("TeamView", "Stop &monitoring"),
     QT_TRANSLATE_NOOP("TeamView", "End the monitoring of the agent"), "Ctrl+Shift+S"},
    {"MuteMonitoredUser", QT_TRANSLATE_NOOP("TeamView", "Mute the &agent"),
     QT_TRANSLATE_NOOP("TeamView", "Take over the call: the customer no longer hears the agent"),
     "Ctrl+Alt+M"},
    {"UnmuteMonitoredUser", QT_TRANSLATE_NOOP("TeamView", "U&nmute the agent"),
     QT_TRANSLATE_NOOP("TeamView", "Let the customer hear the agent again"), "Ctrl+Alt+U"},
};

} // namespace

TeamView::TeamView(Supervision *supervision, TeamModel *team, QWidget *parent)
    : QWidget(parent)
    , m_supervision(supervision)
    , m_team(team)
    , m_filter(new TeamFilter(this))
    , m_counts(new TeamCountBar(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_scope(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_callsNote(new QLabel(this))
    , m_shownTimer(new QTimer(this))
    , m_error(new QLabel(this))
    , m_scopeLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setObjectName(u"teamView"_s);
    m_filter->setSourceModel(team);
    m_filter->setThresholds(TeamThresholds::load(QSettings()));
    m_table->setModel(m_filter);
    m_table->setObjectName(u"teamTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true); // a header click sorts; again, the other way
    m_table->sortByColumn(TeamModel::AgentColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu); // the Menu key opens it too
    m_table->verticalHeader()->hide();
    // One line per agent, all rows alike: a team of hundreds fits, and nothing measures rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_search->setObjectName(u"teamSearch"_s);
    m_search->setClearButtonEnabled(true);
    // The documented values of supervisorMonitoringScope and Mode; words in retranslateUi.
    m_scope->addItem(QString(), u"Call"_s);
    m_scope->addItem(QString(), u"Agent"_s);
    m_mode->addItem(QString(), u"AllCalls"_s);
    m_mode->addItem(QString(), u"NextCall"_s);
    m_scope->setObjectName(u"monitorScope"_s);
    m_mode->setObjectName(u"monitorMode"_s);
    m_scopeLabel->setBuddy(m_scope);
    m_modeLabel->setBuddy(m_mode);
    m_number->setObjectName(u"monitorNumber"_s);
    m_notice->setObjectName(u"teamNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_callsNote->setObjectName(u"teamCallsNote"_s);
    m_callsNote->setTextFormat(Qt::PlainText);
    m_callsNote->setWordWrap(true);
    m_callsNote->hide();
    m_error->setObjectName(u"teamError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b00020;"_s); // beside the words "failed", never alone
    m_error->hide();
    m_modes = {addMonitoringAction(u"ListenIn"_s), addMonitoringAction(u"Coach"_s),
               addMonitoringAction(u"BargeIn"_s)};
    m_cancel = addMonitoringAction(u"Cancel"_s);
    m_mute = addMonitoringAction(u"MuteMonitoredUser"_s);
    m_unmute = addMonitoringAction(u"UnmuteMonitoredUser"_s);
    m_status->setObjectName(u"monitoringStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // Sized by the font (large text included): a few rows, a name, a state.
    const QFontMetrics metrics = fontMetrics();
    m_table->setMinimumHeight(metrics.lineSpacing() * 8);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(TeamModel::AgentColumn, metrics.averageCharWidth() * 24);
    m_table->setColumnWidth(TeamModel::StateColumn, metrics.averageCharWidth() * 28);
    layout->addWidget(m_notice);
    auto *find = new QHBoxLayout;
    m_search->setMinimumWidth(metrics.averageCharWidth() * 22);
    find->addWidget(m_search);
    find->addWidget(m_counts, 1);
    layout->addLayout(find);
    layout->addWidget(m_callsNote);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    // Two rows of controls: the three modes, stop and the agent's mute; then what they
    // apply to (one row was wider than a 1080p screen at 200 % in German).
    auto *controls = new QHBoxLayout;
    for (QAction *action : actions()) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName()); // ListenIn, Coach, ... (wire names)
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        describeButtonByAction(button, action); // a screen reader hears why it is disabled
        controls->addWidget(button);
    }
    controls->addStretch(1);
    layout->addLayout(controls);
    auto *target = new QHBoxLayout;
    target->addWidget(m_number);
    target->addWidget(m_scopeLabel);
    target->addWidget(m_scope);
    target->addWidget(m_modeLabel);
    target->addWidget(m_mode);
    target->addStretch(1);
    layout->addLayout(target);
    layout->addWidget(m_status);

    for (QAction *mode : std::as_const(m_modes))
        connect(mode, &QAction::triggered, this, [this, mode] { start(mode->objectName()); });
    connect(m_cancel, &QAction::triggered, this, [this] {
        showError({});
        m_supervision->cancel();
    });
    connect(m_mute, &QAction::triggered, this, [this] {
        showError({});
        m_supervision->setMonitoredUserMuted(true);
    });
    connect(m_unmute, &QAction::triggered, this, [this] {
        showError({});
        m_supervision->setMonitoredUserMuted(false);
    });
    // Enter (or a double click) on a row listens in on that agent: the least intrusive mode.
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_modes.first()->isEnabled())
            m_modes.first()->trigger();
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &TeamView::openRowMenu);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setNameFilter(text);
        refreshCounts(); // the counts are of the agents the name finds
    });
    // With a name typed, any applied read may change the counts of those few agents.
    connect(m_team, &TeamModel::updated, this, [this] {
        if (!m_filter->nameFilter().isEmpty())
            refreshCounts();
    });
    connect(m_team, &TeamModel::callsKnownChanged, this, &TeamView::refreshCalls);
    // The rows on screen, told to the reader a moment after scrolling, sorting or filtering.
    m_shownTimer->setSingleShot(true);
    m_shownTimer->setInterval(200);
    connect(m_shownTimer, &QTimer::timeout, this, &TeamView::reportShownUsers);
    const auto shownChanged = [this] { m_shownTimer->start(); };
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, shownChanged);
    connect(m_table->verticalScrollBar(), &QScrollBar::rangeChanged, this, shownChanged);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, shownChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, shownChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, shownChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, shownChanged);
    connect(m_counts, &TeamCountBar::chosen, this, [this](const QString &key) {
        const QMetaEnum keys = QMetaEnum::fromType<TeamModel::StateKey>();
        m_filter->setStateFilter(key.isEmpty() ? -1 : keys.keyToValue(key.toLatin1()));
    });
    connect(m_supervision, &Supervision::monitoringChanged, this, &TeamView::refresh);
    connect(m_supervision, &Supervision::errorOccurred, this, [this](const QString &message) {
        if (message != m_supervision->teamError()) // that one shows above the table
            showError(message);
    });
    connect(m_supervision, &Supervision::monitoredCallFailed, this, &TeamView::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamView::refresh);
    connect(m_team, &QAbstractItemModel::rowsInserted, this, &TeamView::refresh);
    connect(m_team, &QAbstractItemModel::rowsRemoved, this, &TeamView::refresh);
    connect(m_team, &TeamModel::stateCountsChanged, this, &TeamView::refreshCounts);
    connect(m_number, &QLineEdit::textChanged, this, &TeamView::refresh);
    connect(m_supervision, &Supervision::teamAvailabilityChanged, this, &TeamView::refresh);
    // A failed read shows above the table until one succeeds; a success clears the panel's
    // error too: the server answers again.
    connect(m_supervision, &Supervision::teamErrorChanged, this, [this] {
        if (m_supervision->teamError().isEmpty())
            showError({});
        refresh();
    });
    connect(m_supervision->session(), &Session::statusChanged, this, &TeamView::refresh);
    retranslateUi();
}

void TeamView::retranslateUi()
{
    m_table->setAccessibleName(tr("Team"));
    m_table->setAccessibleDescription(tr("Enter listens in on the selected agent; the menu "
                                         "key offers every monitoring mode"));
    m_search->setPlaceholderText(tr("Find an agent"));
    m_search->setAccessibleName(tr("Find an agent by name or number"));
    m_search->setToolTip(tr("Show only the agents whose name or number contains this text"));
    // The documented meanings of supervisorMonitoringScope ("Coach", "ListenIn" pages).
    m_scope->setItemText(0, tr("Follow the call"));
    m_scope->setItemData(0, tr("Stay on the call wherever it goes, also after the agent "
                               "transfers it"), Qt::ToolTipRole);
    m_scope->setItemText(1, tr("Stay with the agent"));
    m_scope->setItemData(1, tr("Leave the call when the agent leaves it"), Qt::ToolTipRole);
    m_mode->setItemText(0, tr("All calls"));
    m_mode->setItemText(1, tr("Next call only"));
    setComboAccessibleName(m_scope, tr("Monitoring scope"));
    setComboAccessibleName(m_mode, tr("Monitoring mode"));
    // They choose for the next start; the status line says how the running one was started.
    for (QComboBox *combo : {m_scope, m_mode}) {
        combo->setToolTip(tr("Applies to the next monitoring you start"));
        combo->setAccessibleDescription(combo->toolTip());
    }
    m_scopeLabel->setText(tr("Scope:"));
    m_modeLabel->setText(tr("Mode:"));
    m_number->setPlaceholderText(tr("Agent's number"));
    m_number->setAccessibleName(tr("Number of the agent to monitor"));
    m_number->setToolTip(tr("Monitor an agent by phone number instead of picking a row"));
    m_error->setAccessibleName(tr("Monitoring error"));
    m_callsNote->setText(tr("This server does not report the agents' calls: the board shows "
                            "their states only."));
    for (const MonitoringText &t : kMonitoringTexts) {
        if (QAction *a = action(QLatin1String(t.operation))) {
            a->setText(tr(t.text));
            a->setWhatsThis(tr(t.tip)); // the tip while it can run (explain)
        }
    }
    // The placeholder whole, and the time and call columns as wide as their usual words.
    QFontMetrics metrics = m_number->fontMetrics();
    m_number->setMinimumWidth(metrics.horizontalAdvance(m_number->placeholderText())
                              + metrics.averageCharWidth() * 3);
    metrics = m_table->fontMetrics();
    m_table->setColumnWidth(TeamModel::TimeColumn, metrics.horizontalAdvance(
                                TeamFilter::timeTextSample()) + metrics.averageCharWidth() * 2);
    m_table->setColumnWidth(TeamModel::CallColumn, metrics.horizontalAdvance(
                                TeamModel::callTextSample()) + metrics.averageCharWidth() * 2);
    // The model words its header and the states in the language of the moment.
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() > 0)
        header->headerDataChanged(Qt::Horizontal, 0, header->count() - 1);
    refreshCounts();
    refreshCalls();
    refresh(); // the tips, the reasons and the status, in these words
}

void TeamView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QAction *TeamView::addMonitoringAction(const QString &operation)
{
    auto *action = new QAction(this);
    action->setObjectName(operation);
    for (const MonitoringText &t : kMonitoringTexts)
        if (operation == QLatin1String(t.operation))
            action->setShortcut(QKeySequence(QLatin1String(t.shortcut), QKeySequence::PortableText));
    addAction(action); // actions() lists them in order, for the buttons and any menu
    return action;
}

void TeamView::explain(QAction *action, const QString &reason)
{
    QString name = action->text();
    name.remove(u'&');
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    const QString tip = reason.isEmpty()
        ? action->whatsThis()
        //: A disabled monitoring control's tip: the action, then why, e.g. "Coach: select an agent first"
        : tr("%1: %2").arg(name, reason);
    action->setEnabled(reason.isEmpty());
    action->setToolTip(reason.isEmpty() && !keys.isEmpty() ? tip + u" ("_s + keys + u')' : tip);
    action->setStatusTip(tip);
}

QAction *TeamView::action(const QString &operation) const
{
    for (QAction *a : actions())
        if (a->objectName() == operation)
            return a;
    return nullptr;
}

QToolButton *TeamView::button(const QString &operation) const
{
    return findChild<QToolButton *>(operation);
}

QString TeamView::selectedDeviceId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TeamModel::DeviceIdRole).toString();
}

QString TeamView::selectedDeviceUri() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QString uri = rows.first().data(TeamModel::DeviceUriRole).toString();
    return uri.isEmpty() ? rows.first().data(TeamModel::DeviceIdRole).toString() : uri;
}

QString TeamView::monitoredAgentName() const
{
    const QString device = m_supervision->monitoredDeviceId();
    if (device.isEmpty())
        return {};
    for (int row = 0; row < m_team->rowCount(); ++row)
        if (m_team->index(row, 0).data(TeamModel::DeviceIdRole).toString() == device)
            return m_team->index(row, TeamModel::AgentColumn).data().toString();
    return device; // not in the list (monitored by number): what the device says
}

void TeamView::setThresholds(const TeamThresholds &thresholds)
{
    m_filter->setThresholds(thresholds);
}

void TeamView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void TeamView::start(const QString &operation)
{
    showError({});
    // On a monitored call the server switches the mode of that call (SwitchTo*).
    if (m_supervision->switchTo(operation))
        return;
    const QString scope = m_scope->currentData().toString();
    const QString mode = m_mode->currentData().toString();
    if (!m_number->text().trimmed().isEmpty()) {
        m_supervision->monitorNumber(m_number->text(), operation, scope, mode);
        return;
    }
    // Changing mode on the agent already monitored needs no new selection.
    QString device = selectedDeviceUri();
    if (device.isEmpty())
        device = m_supervision->session()->device().monitoring.targetDeviceUri;
    m_supervision->monitor(device, operation, scope, mode);
}

QMenu *TeamView::rowMenu()
{
    delete m_menu;
    m_menu = new QMenu(this);
    m_menu->setObjectName(u"teamRowMenu"_s);
    m_menu->setAccessibleName(tr("Monitoring"));
    m_menu->addActions(m_modes);
    m_menu->addAction(m_cancel);
    m_menu->addSeparator();
    m_menu->addAction(m_mute);
    m_menu->addAction(m_unmute);
    m_menu->addSeparator();
    // Scope and mode as choices here too, kept in step with the combo boxes.
    for (QComboBox *combo : {m_scope, m_mode}) {
        QMenu *sub = m_menu->addMenu(combo == m_scope ? tr("&Scope") : tr("Mo&de"));
        auto *group = new QActionGroup(sub);
        for (int i = 0; i < combo->count(); ++i) {
            QAction *choice = sub->addAction(combo->itemText(i));
            choice->setCheckable(true);
            choice->setChecked(i == combo->currentIndex());
            choice->setToolTip(combo->itemData(i, Qt::ToolTipRole).toString());
            group->addAction(choice);
            connect(choice, &QAction::triggered, combo, [combo, i] { combo->setCurrentIndex(i); });
        }
    }
    return m_menu;
}

void TeamView::openRowMenu(const QPoint &at)
{
    const QModelIndex index = m_table->indexAt(at);
    if (index.isValid())
        m_table->selectRow(index.row());
    rowMenu()->popup(m_table->viewport()->mapToGlobal(at));
}

void TeamView::refreshCounts()
{
    QList<TeamCountBar::Entry> entries;
    const QMetaEnum keys = QMetaEnum::fromType<TeamModel::StateKey>();
    QList<TeamModel::StateCount> counts = m_team->stateCounts();
    int total = m_team->rowCount();
    if (!m_filter->nameFilter().isEmpty()) {
        // Counted among the agents the name finds, as the table shows them.
        for (TeamModel::StateCount &c : counts)
            c.count = 0;
        total = 0;
        for (int row = 0; row < m_team->rowCount(); ++row) {
            if (!m_filter->matchesName(row))
                continue;
            ++total;
            const int key = m_team->index(row, 0).data(TeamModel::StateKeyRole).toInt();
            for (TeamModel::StateCount &c : counts)
                c.count += int(c.key) == key ? 1 : 0;
        }
    }
    for (const TeamModel::StateCount &c : std::as_const(counts))
        entries.append({QLatin1String(keys.valueToKey(int(c.key))),
                        TeamModel::stateKeyLabel(c.key), c.count});
    m_counts->setCounts(entries, total);
}

void TeamView::refreshCalls()
{
    const bool known = m_team->callsKnown();
    m_table->setColumnHidden(TeamModel::CallColumn, !known);
    m_callsNote->setVisible(!known && m_supervision->teamUnavailableReason().isEmpty());
}

void TeamView::reportShownUsers()
{
    QStringList ids;
    const int first = std::max(0, m_table->rowAt(0));
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_filter->rowCount() - 1;
    for (int row = first; row <= last && row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(TeamModel::UserIdRole).toString());
    m_supervision->reader()->setShownUsers(ids);
}

void TeamView::refresh()
{
    const bool busy = m_supervision->isBusy();
    const bool monitoring = !m_supervision->monitoredDeviceId().isEmpty() || m_supervision->canCancel();
    const bool target = !selectedDeviceId().isEmpty() || !m_number->text().trimmed().isEmpty()
                        || !m_supervision->monitoredDeviceId().isEmpty();
    const QString current = m_supervision->monitoringOperation();
    const Call *call = m_supervision->monitoredCall();
    const QString offline = offlineReason(sessionContext(*m_supervision->session()));
    const QString wait = tr("wait: the server has not answered your last request yet");
    for (QAction *mode : std::as_const(m_modes)) {
        // During a monitored call only what the server offers on it (no way back to Coach).
        const bool offered = !call || call->can(u"SwitchTo"_s + mode->objectName());
        QString reason;
        if (!offline.isEmpty())
            reason = offline;
        else if (busy)
            reason = wait;
        else if (mode->objectName() == current)
            reason = tr("you are doing this already");
        else if (!target)
            reason = tr("select an agent first, or type their number");
        else if (!offered)
            reason = tr("the server does not offer this on the monitored call");
        explain(mode, reason);
    }
    const QString unavailable = m_supervision->teamUnavailableReason();
    // A failed read shows above the table (kept: the last good read) until one succeeds.
    const QString notice = unavailable.isEmpty() ? m_supervision->teamError() : unavailable;
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    // No empty table that looks like an empty team.
    for (QWidget *w : std::initializer_list<QWidget *>{m_table, m_search, m_counts})
        w->setVisible(unavailable.isEmpty());
    m_callsNote->setVisible(!m_team->callsKnown() && unavailable.isEmpty());
    explain(m_cancel, !offline.isEmpty() ? offline
                      : busy         ? wait
                      : !monitoring  ? tr("you are not monitoring anyone")
                                     : QString());
    // The agent's mute: on the monitored call only (see Supervision::setMonitoredUserMuted).
    for (QAction *mute : {m_mute, m_unmute}) {
        const bool muting = mute == m_mute;
        explain(mute, !offline.isEmpty() ? offline
                      : !call ? tr("only during a monitored call")
                      : m_supervision->canSetMonitoredUserMuted(muting)
                          ? QString()
                      : muting ? tr("the agent is muted already")
                               : tr("the agent is not muted"));
    }
    if (!monitoring) {
        m_status->setText(tr("Not monitoring"));
        return;
    }
    // Whole messages per mode; until the agent's call comes, monitoring is only armed.
    const bool muted = call && call->monitoredUserMuted;
    QString status;
    if (current == u"Coach")
        status = !call ? tr("Coaching %1: waiting for a call")
                 : muted ? tr("Coaching %1; the agent is muted") : tr("Coaching %1");
    else if (current == u"BargeIn")
        status = !call ? tr("Barging in on %1: waiting for a call")
                 : muted ? tr("Barged in on %1; the agent is muted") : tr("Barged in on %1");
    else
        status = !call ? tr("Listening in on %1: waiting for a call")
                 : muted ? tr("Listening in on %1; the agent is muted") : tr("Listening in on %1");
    status = status.arg(monitoredAgentName());
    // How the monitoring running now was started, in the words of the choices (which may
    // show something else by now: they are for the next start). Only what the server says.
    const MonitoringState &running = m_supervision->session()->device().monitoring;
    QStringList how;
    const std::pair<QComboBox *, QString> choices[] = {{m_scope, running.scope},
                                                       {m_mode, running.mode}};
    for (const auto &[combo, value] : choices)
        if (const int index = combo->findData(value); !value.isEmpty() && index >= 0)
            how << combo->itemText(index);
    if (how.size() == 2)
        //: The second line of the monitoring status: the scope and the mode it was started with, e.g. "Started as: Stay with the agent, Next call only"
        status += u'\n' + tr("Started as: %1, %2").arg(how.first(), how.last());
    else if (how.size() == 1)
        //: The second line of the monitoring status: the scope or the mode it was started with
        status += u'\n' + tr("Started as: %1").arg(how.first());
    m_status->setText(status);
}
