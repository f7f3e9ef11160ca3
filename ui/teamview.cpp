#include "teamview.h"

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
{
    setObjectName(u"teamView"_s);
    m_table->setModel(team);
    m_table->setObjectName(u"teamTable"_s);
    m_table->setAccessibleName(tr("Team"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The documented meanings of supervisorMonitoringScope ("Coach", "ListenIn" pages).
    m_scope->addItem(tr("Follow the call"), u"Call"_s);
    m_scope->setItemData(0, tr("Stay on the call wherever it goes, also after the agent "
                               "transfers it"), Qt::ToolTipRole);
    m_scope->addItem(tr("Stay with the agent"), u"Agent"_s);
    m_scope->setItemData(1, tr("Leave the call when the agent leaves it"), Qt::ToolTipRole);
    m_scope->setAccessibleName(tr("Monitoring scope"));
    m_mode->setAccessibleName(tr("Monitoring mode"));
    m_number->setObjectName(u"monitorNumber"_s);
    m_number->setPlaceholderText(tr("Agent's number"));
    m_number->setAccessibleName(tr("Number of the agent to monitor"));
    m_number->setToolTip(tr("Monitor an agent by phone number instead of picking a row"));
    m_notice->setObjectName(u"teamNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_mode->addItem(tr("All calls"), u"AllCalls"_s);
    m_mode->addItem(tr("Next call only"), u"NextCall"_s);
    m_modes = {addMonitoringAction(u"ListenIn"_s, tr("&Listen in"),
                                   tr("Hear the agent's call silently")),
               addMonitoringAction(u"Coach"_s, tr("C&oach"),
                                   tr("Speak to the agent only; the customer does not hear you")),
               addMonitoringAction(u"BargeIn"_s, tr("&Barge in"),
                                   tr("Join the call: everyone hears you"))};
    m_cancel = addMonitoringAction(u"Cancel"_s, tr("Stop &monitoring"),
                                   tr("End the monitoring of the agent"));
    m_status->setObjectName(u"monitoringStatus"_s);
    m_status->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table->setMinimumHeight(130);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(TeamModel::NameColumn, 180);
    m_table->setColumnWidth(TeamModel::StateColumn, 160);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    // One row of controls: the three modes, stop, then what they apply to.
    auto *controls = new QHBoxLayout;
    for (QAction *action : actions()) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName()); // ListenIn, Coach, ... (wire names)
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->iconText());
        // A screen reader hears why it is disabled too (QAction has no description).
        auto describe = [action, button] {
            if (button->accessibleDescription() != action->statusTip())
                button->setAccessibleDescription(action->statusTip());
        };
        describe();
        connect(action, &QAction::changed, button, describe);
        controls->addWidget(button);
    }
    controls->addSpacing(16);
    controls->addWidget(m_number);
    controls->addWidget(new QLabel(tr("Scope:"), this));
    controls->addWidget(m_scope);
    controls->addWidget(new QLabel(tr("Mode:"), this));
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
    connect(m_supervision->session(), &Session::statusChanged, this, &TeamView::refresh);
    refresh();
}

QAction *TeamView::addMonitoringAction(const QString &operation, const QString &text,
                                       const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(operation);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    action->setWhatsThis(tip); // what it does; the tips say why not while it is disabled
    addAction(action); // actions() lists them in order, for the buttons and any menu
    return action;
}

void TeamView::explain(QAction *action, const QString &reason)
{
    //: A disabled monitoring control's tip: the action, then why, e.g. "Coach: select an agent first"
    QString name = action->text();
    name.remove(u'&');
    const QString tip = reason.isEmpty() ? action->whatsThis() : tr("%1: %2").arg(name, reason);
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
    const QString notice = m_supervision->teamUnavailableReason();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    m_table->setVisible(notice.isEmpty()); // no empty table that looks like an empty team
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
            who = m_team->index(row, TeamModel::NameColumn).data().toString();
    const QString what = current == u"Coach"   ? tr("Coaching")
                         : current == u"BargeIn" ? tr("Barged in on")
                                                 : tr("Listening in on");
    m_status->setText(tr("%1 %2").arg(what, who));
}
