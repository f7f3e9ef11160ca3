#include "mainwindow.h"

#include "call.h"
#include "callmodel.h"
#include "session.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_actions(new CallActions(this))
{
    setWindowTitle(tr("Softphone"));
    buildUi();

    connect(m_actions, &CallActions::triggered, this, &MainWindow::onOperation);
    CallModel *model = m_session->calls();
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    // A new call gets the focus, so Answer works at once on a ringing call.
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, model](const QModelIndex &parent, int first) {
                if (!parent.isValid())
                    m_callView->setCurrentIndex(model->index(first, 0));
                updateActions();
            });
    connect(m_callView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateActions);
    connect(m_session, &Session::busyChanged, this, &MainWindow::updateActions);
    connect(m_session, &Session::deviceChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_session, &Session::userChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::statusChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_session, &Session::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &Session::operationAccepted, this,
            [this](const QString &callId, const QString &operation) {
                if (callId.isEmpty() && operation == u"Dial")
                    m_number->clear();
            });
    connect(m_number, &QLineEdit::textChanged, this, &MainWindow::updateActions);

    m_durationTicker.setInterval(1000);
    connect(&m_durationTicker, &QTimer::timeout, model, &CallModel::refreshDurations);
    m_durationTicker.start();

    updateStatus();
    updateActions();
}

void MainWindow::buildUi()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *dialRow = new QHBoxLayout;
    m_number = new QLineEdit(central);
    m_number->setObjectName(u"numberEdit"_s);
    m_number->setPlaceholderText(tr("Number to dial"));
    m_number->setAccessibleName(tr("Number to dial"));
    m_number->setClearButtonEnabled(true);
    connect(m_number, &QLineEdit::returnPressed, m_actions->action(Operation::Dial),
            &QAction::trigger);
    auto *dialButton = new QToolButton(central);
    dialButton->setDefaultAction(m_actions->action(Operation::Dial));
    dialButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    dialRow->addWidget(m_number, 1);
    dialRow->addWidget(dialButton);
    layout->addLayout(dialRow);

    m_callView = new QTreeView(central);
    m_callView->setObjectName(u"callView"_s);
    m_callView->setModel(m_session->calls());
    m_callView->setAccessibleName(tr("Calls"));
    m_callView->setUniformRowHeights(true);
    m_callView->setAlternatingRowColors(true);
    m_callView->setExpandsOnDoubleClick(false);
    m_callView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_callView->header()->setStretchLastSection(false);
    m_callView->header()->setSectionResizeMode(CallModel::PartyColumn, QHeaderView::Stretch);
    m_callView->setColumnWidth(CallModel::StateColumn, 130);
    m_callView->setColumnWidth(CallModel::TypeColumn, 90);
    m_callView->setColumnWidth(CallModel::DurationColumn, 70);
    connect(m_session->calls(), &QAbstractItemModel::rowsInserted, m_callView,
            [this](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid())
                    for (int row = first; row <= last; ++row)
                        m_callView->expand(m_session->calls()->index(row, 0));
            });
    layout->addWidget(m_callView, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("Call controls"));
    toolbar->setObjectName(u"callControls"_s);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *callMenu = menuBar()->addMenu(tr("&Call"));
    callMenu->addAction(m_actions->action(Operation::Dial));
    const QList<Operation> callOps = m_actions->callOperations();
    for (Operation op : callOps) {
        toolbar->addAction(m_actions->action(op));
        callMenu->addAction(m_actions->action(op));
        m_callView->addAction(m_actions->action(op));
    }
    callMenu->addSeparator();
    callMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_agent = new QLabel(this);
    m_connection = new QLabel(this);
    m_connection->setObjectName(u"connectionLabel"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_agent);
    statusBar()->addWidget(m_error, 1);
    resize(640, 420);
}

QString MainWindow::selectedCallId() const
{
    const Call *call = m_session->calls()->callAt(m_callView->currentIndex());
    return call ? call->id : QString();
}

QString MainWindow::lastError() const
{
    return m_error->text();
}

void MainWindow::onOperation(Operation op)
{
    m_error->clear();
    if (op == Operation::Dial) {
        m_session->dial(m_number->text());
        return;
    }
    const QString callId = selectedCallId();
    if (!callId.isEmpty())
        m_session->callOperation(callId, CallActions::gwsName(op));
}

void MainWindow::updateActions()
{
    const Call *call = m_session->calls()->callAt(m_callView->currentIndex());
    const bool online = m_session->status() == Session::Status::Online;
    const bool canDial = !m_number->text().trimmed().isEmpty() && !m_session->device().id.isEmpty()
                         && !m_session->isBusy(QString());
    m_actions->updateEnabled(call, call && m_session->isBusy(call->id), online, canDial);
}

void MainWindow::updateStatus()
{
    switch (m_session->status()) {
    case Session::Status::LoggedOut:
        m_connection->setText(tr("Logged out"));
        break;
    case Session::Status::LoggingIn:
        m_connection->setText(tr("Connecting…"));
        break;
    case Session::Status::Online:
        m_connection->setText(tr("Connected"));
        break;
    case Session::Status::Reconnecting:
        m_connection->setText(tr("Reconnecting…"));
        break;
    case Session::Status::Failed:
        m_connection->setText(tr("Not connected"));
        break;
    }
    const Device &device = m_session->device();
    const QString who = m_session->user().displayName();
    m_agent->setText(device.phoneNumber.isEmpty() ? who
                                                  : tr("%1 at %2").arg(who, device.phoneNumber));
}

void MainWindow::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setToolTip(message);
}
