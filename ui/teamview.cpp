#include "teamview.h"

#include "supervision.h"
#include "teammodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
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
    , m_listen(new QPushButton(tr("&Listen in"), this))
    , m_coach(new QPushButton(tr("C&oach"), this))
    , m_barge(new QPushButton(tr("&Barge in"), this))
    , m_cancel(new QPushButton(tr("Stop &monitoring"), this))
{
    setObjectName(u"teamView"_s);
    m_table->setModel(team);
    m_table->setObjectName(u"teamTable"_s);
    m_table->setAccessibleName(tr("Team"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_scope->addItem(tr("This call"), u"Call"_s);
    m_scope->addItem(tr("All the agent's calls"), u"Agent"_s);
    m_mode->addItem(tr("All calls"), u"AllCalls"_s);
    m_mode->addItem(tr("Next call only"), u"NextCall"_s);
    m_listen->setObjectName(u"ListenIn"_s);
    m_listen->setToolTip(tr("Hear the agent's call silently"));
    m_coach->setObjectName(u"Coach"_s);
    m_coach->setToolTip(tr("Speak to the agent only; the customer does not hear you"));
    m_barge->setObjectName(u"BargeIn"_s);
    m_barge->setToolTip(tr("Join the call: everyone hears you"));
    m_cancel->setObjectName(u"Cancel"_s);
    m_status->setObjectName(u"monitoringStatus"_s);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table->setMinimumHeight(130);
    m_table->setWordWrap(false);
    m_table->setColumnWidth(TeamModel::NameColumn, 180);
    m_table->setColumnWidth(TeamModel::StateColumn, 160);
    layout->addWidget(m_table, 1);
    // One row of controls: the three modes, stop, then what they apply to.
    auto *controls = new QHBoxLayout;
    for (QPushButton *b : {m_listen, m_coach, m_barge, m_cancel})
        controls->addWidget(b);
    controls->addSpacing(16);
    controls->addWidget(new QLabel(tr("Scope:"), this));
    controls->addWidget(m_scope);
    controls->addWidget(new QLabel(tr("Mode:"), this));
    controls->addWidget(m_mode);
    controls->addStretch(1);
    layout->addLayout(controls);
    layout->addWidget(m_status);

    connect(m_listen, &QPushButton::clicked, this, [this] { start(u"ListenIn"_s); });
    connect(m_coach, &QPushButton::clicked, this, [this] { start(u"Coach"_s); });
    connect(m_barge, &QPushButton::clicked, this, [this] { start(u"BargeIn"_s); });
    connect(m_cancel, &QPushButton::clicked, m_supervision, &Supervision::cancel);
    connect(m_supervision, &Supervision::monitoringChanged, this, &TeamView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TeamView::refresh);
    connect(m_team, &QAbstractItemModel::dataChanged, this, &TeamView::refresh);
    connect(m_team, &QAbstractItemModel::rowsInserted, this, &TeamView::refresh);
    refresh();
}

QPushButton *TeamView::button(const QString &operation) const
{
    if (operation == u"ListenIn")
        return m_listen;
    if (operation == u"Coach")
        return m_coach;
    if (operation == u"BargeIn")
        return m_barge;
    return m_cancel;
}

QString TeamView::selectedDeviceId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TeamModel::DeviceIdRole).toString();
}

void TeamView::start(const QString &operation)
{
    // Switching mode on the agent already monitored needs no new selection.
    QString device = selectedDeviceId();
    if (device.isEmpty())
        device = m_supervision->monitoredDeviceId();
    m_supervision->monitor(device, operation, m_scope->currentData().toString(),
                           m_mode->currentData().toString());
}

void TeamView::refresh()
{
    const bool busy = m_supervision->isBusy();
    const bool monitoring = !m_supervision->monitoredDeviceId().isEmpty() || m_supervision->canCancel();
    const bool target = !selectedDeviceId().isEmpty() || !m_supervision->monitoredDeviceId().isEmpty();
    const QString current = m_supervision->monitoringOperation();
    for (QPushButton *b : {m_listen, m_coach, m_barge})
        b->setEnabled(!busy && target && b->objectName() != current);
    m_cancel->setEnabled(!busy && monitoring);
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
