#include "teamview.h"

#include "actiondescription.h"
#include "comboname.h"
#include "operationcontext.h"
#include "supervision.h"
#include "session.h"
#include "teammodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QAction>
#include <QToolButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The monitoring operations (their wire names) as the supervisor sees them.
struct MonitoringText
{
    const char *operation;
    const char *text;
    const char *tip; // what it does; the tips say why not while it is disabled
};
const MonitoringText kMonitoringTexts[] = {
    {"ListenIn", QT_TRANSLATE_NOOP("TeamView", "&Listen in"),
     QT_TRANSLATE_NOOP("TeamView", "Hear the agent's call silently")},
    {"Coach", QT_TRANSLATE_NOOP("TeamView", "C&oach"),
     QT_TRANSLATE_NOOP("TeamView", "Speak to the agent only; the customer does not hear you")},
    {"BargeIn", QT_TRANSLATE_NOOP("TeamView", "&Barge in"),
     QT_TRANSLATE_NOOP("TeamView", "Join the call: everyone hears you")},
    {"Cancel", QT_TRANSLATE_NOOP("TeamView", "Stop &monitoring"),
     QT_TRANSLATE_NOOP("TeamView", "End the monitoring of the agent")},
};

} // namespace

TeamView::TeamView(Supervision *supervision, TeamModel *team, QWidget *parent)
    : QWidget(parent)
    , m_supervision(supervision)
    , m_team(team)
    , m_table(new QTableView(this))
    , m_scope(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_notice(new QLabel(this))
    , m_scopeLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
{
    setObjectName(u"teamView"_s);
    m_table->setModel(team);
    m_table->setObjectName(u"teamTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The documented values of supervisorMonitoringScope and Mode; words in retranslateUi.
    m_scope->addItem(QString(), u"Call"_s);
    m_scope->addItem(QString(), u"Agent"_s);
    m_mode->addItem(QString(), u"AllCalls"_s);
    m_mode->addItem(QString(), u"NextCall"_s);
    m_scopeLabel->setBuddy(m_scope);
    m_modeLabel->setBuddy(m_mode);
    m_number->setObjectName(u"monitorNumber"_s);
    m_notice->setObjectName(u"teamNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_modes = {addMonitoringAction(u"ListenIn"_s), addMonitoringAction(u"Coach"_s),
               addMonitoringAction(u"BargeIn"_s)};
    m_cancel = addMonitoringAction(u"Cancel"_s);
    m_status->setObjectName(u"monitoringStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // Sized by the font (large text included): a few rows, a name, a state.
    const QFontMetrics metrics = fontMetrics();
    m_table->setMinimumHeight(metrics.lineSpacing() * 8);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(TeamModel::AgentColumn, metrics.averageCharWidth() * 24);
    m_table->setColumnWidth(TeamModel::StateColumn, metrics.averageCharWidth() * 21);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    // One row of controls: the three modes, stop, then what they apply to.
    auto *controls = new QHBoxLayout;
    for (QAction *action : actions()) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName()); // ListenIn, Coach, ... (wire names)
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        describeButtonByAction(button, action); // a screen reader hears why it is disabled
        controls->addWidget(button);
    }
    controls->addSpacing(16);
    controls->addWidget(m_number);
    controls->addWidget(m_scopeLabel);
    controls->addWidget(m_scope);
    controls->addWidget(m_modeLabel);
    controls->addWidget(m_mode);
    controls->addStretch(1);
    layout->addLayout(controls);
    layout->addWidget(m_status);

    for (QAction *mode : std::as_const(m_modes))
        connect(mode, &QAction::triggered, this, [this, mode] { start(mode->objectName()); });
    connect(m_cancel, &QAction::triggered, m_supervision, &Supervision::cancel);
    connect(m_supervision, &Supervision::monitoringChanged, this, &TeamView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamView::refresh);
    connect(m_team, &QAbstractItemModel::dataChanged, this, &TeamView::refresh);
    connect(m_team, &QAbstractItemModel::rowsInserted, this, &TeamView::refresh);
    connect(m_number, &QLineEdit::textChanged, this, &TeamView::refresh);
    connect(m_supervision, &Supervision::teamAvailabilityChanged, this, &TeamView::refresh);
    connect(m_supervision, &Supervision::teamErrorChanged, this, &TeamView::refresh);
    connect(m_supervision->session(), &Session::statusChanged, this, &TeamView::refresh);
    retranslateUi();
}

void TeamView::retranslateUi()
{
    m_table->setAccessibleName(tr("Team"));
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
    m_scopeLabel->setText(tr("Scope:"));
    m_modeLabel->setText(tr("Mode:"));
    m_number->setPlaceholderText(tr("Agent's number"));
    m_number->setAccessibleName(tr("Number of the agent to monitor"));
    m_number->setToolTip(tr("Monitor an agent by phone number instead of picking a row"));
    for (const MonitoringText &t : kMonitoringTexts) {
        if (QAction *a = action(QLatin1String(t.operation))) {
            a->setText(tr(t.text));
            a->setWhatsThis(tr(t.tip)); // the tip while it can run (explain)
        }
    }
    // The model words its header and the states in the language of the moment.
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() > 0)
        header->headerDataChanged(Qt::Horizontal, 0, header->count() - 1);
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
    addAction(action); // actions() lists them in order, for the buttons and any menu
    return action;
}

void TeamView::explain(QAction *action, const QString &reason)
{
    QString name = action->text();
    name.remove(u'&');
    const QString tip = reason.isEmpty()
        ? action->whatsThis()
        //: A disabled monitoring control's tip: the action, then why, e.g. "Coach: select an agent first"
        : tr("%1: %2").arg(name, reason);
    action->setEnabled(reason.isEmpty());
    action->setToolTip(tip);
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

void TeamView::start(const QString &operation)
{
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

void TeamView::refresh()
{
    const bool busy = m_supervision->isBusy();
    const bool monitoring = !m_supervision->monitoredDeviceId().isEmpty() || m_supervision->canCancel();
    const bool target = !selectedDeviceId().isEmpty() || !m_number->text().trimmed().isEmpty()
                        || !m_supervision->monitoredDeviceId().isEmpty();
    const QString current = m_supervision->monitoringOperation();
    const Call *call = m_supervision->monitoredCall();
    const QString offline = offlineReason(sessionContext(*m_supervision->session()));
    for (QAction *mode : std::as_const(m_modes)) {
        // During a monitored call only what the server offers on it (no way back to Coach).
        const bool offered = !call || call->can(u"SwitchTo"_s + mode->objectName());
        QString reason;
        if (!offline.isEmpty())
            reason = offline;
        else if (busy)
            reason = tr("wait: the server has not answered your last request yet");
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
    m_table->setVisible(unavailable.isEmpty()); // no empty table that looks like an empty team
    explain(m_cancel, !offline.isEmpty() ? offline
                      : busy         ? tr("wait: the server has not answered your last request yet")
                      : !monitoring  ? tr("you are not monitoring anyone")
                                     : QString());
    if (!monitoring) {
        m_status->setText(tr("Not monitoring"));
        return;
    }
    QString who = m_supervision->monitoredDeviceId();
    for (int row = 0; row < m_team->rowCount(); ++row)
        if (m_team->index(row, 0).data(TeamModel::DeviceIdRole).toString() == who)
            who = m_team->index(row, TeamModel::AgentColumn).data().toString();
    const QString what = current == u"Coach"   ? tr("Coaching")
                         : current == u"BargeIn" ? tr("Barged in on")
                                                 : tr("Listening in on");
    m_status->setText(tr("%1 %2").arg(what, who));
}
