#include "mainwindow.h"

#include "plaintooltip.h"

#include "agentavailability.h"
#include "agentstatebutton.h"
#include "announcer.h"
#include "callannouncements.h"
#include "callcard.h"
#include "callcontroller.h"
#include "call.h"
#include "calldelegate.h"
#include "callerrorlist.h"
#include "callmodel.h"
#include "casedatapanel.h"
#include "consultbar.h"
#include "destinationdialog.h"
#include "dialpad.h"
#include "historymodel.h"
#include "historyview.h"
#include "missedcalls.h"
#include "windowtitle.h"
#include "wrapupcard.h"
#include "dtmfstrip.h"
#include "keyboardcommands.h"
#include "recentnumbers.h"
#include "session.h"
#include "sidepanelscroll.h"
#include "supervision.h"
#include "taborder.h"
#include "teamview.h"
#include "validation.h"
#include "svgicons.h"

#include <QAction>
#include <QAbstractButton>
#include <QCoreApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QCloseEvent>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Qt names a dock's Float and Close buttons once, in the language of that moment, and not
// again on a language change: name them again from Qt's own translations (a context held
// in a variable, so our .ts files do not take Qt's messages).
void renameDockButtons(QDockWidget *dock)
{
    const char *const qtContext = "QDockWidget";
    const struct
    {
        const char *objectName, *name, *description;
    } buttons[] = {
        {"qt_dockwidget_floatbutton", "Float", "Undocks and re-attaches the dock widget"},
        {"qt_dockwidget_closebutton", "Close", "Closes the dock widget"},
    };
    for (const auto &b : buttons) {
        auto *button = dock->findChild<QAbstractButton *>(QLatin1StringView(b.objectName),
                                                          Qt::FindDirectChildrenOnly);
        if (!button)
            continue;
        button->setAccessibleName(QCoreApplication::translate(qtContext, b.name));
        button->setAccessibleDescription(QCoreApplication::translate(qtContext, b.description));
    }
}

} // namespace

MainWindow::MainWindow(Session *session, CallController *calls, AgentAvailability *availability,
                       Supervision *supervision, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_calls(calls)
    , m_availability(availability)
    , m_actions(new CallActions(this))
    , m_supervision(supervision)
{
    // The title has one writer (WindowTitle); the missed calls are one of its parts.
    m_title = new WindowTitle(this);
    m_missed = new MissedCalls(this);
    connect(m_missed, &MissedCalls::countChanged, m_title, &WindowTitle::setMissed);
    buildUi();
    // What a screen reader says about calls, connection and state, in the status bar.
    auto *announcer = new Announcer(this);
    statusBar()->addPermanentWidget(announcer);
    new CallAnnouncements(m_session, m_availability, announcer, this);
    m_keyboard = new KeyboardCommands(this, {m_actions, m_agentState->actions(),
                                             {m_retry, m_resync, m_historyAction, m_quit},
                                             m_number, m_calls});
    menuBar()->addMenu(m_keyboard->helpMenu());
    connectSession();
    watchForTeam();
    connect(m_actions, &CallActions::triggered, this, &MainWindow::onOperation);

    m_durationTicker.setInterval(1000);
    connect(&m_durationTicker, &QTimer::timeout, m_session->calls(), &CallModel::refreshDurations);
    connect(&m_durationTicker, &QTimer::timeout, this, &MainWindow::updateCallCard);
    connect(&m_durationTicker, &QTimer::timeout, this, [this] {
        if (m_session->status() == Session::Status::Reconnecting) {
            updateStatus(); // counts down to the next attempt, as the disabled controls do
            updateActions();
        }
    });

    retranslateUi(); // every text, here and again when the language changes
    refresh();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setBuiltInSimulator(bool on)
{
    m_builtInSimulator = on;
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    m_title->setBase(m_builtInSimulator ? tr("Softphone (built-in simulator)") : tr("Softphone"));
    m_number->setPlaceholderText(tr("Number to dial"));
    m_number->setAccessibleName(tr("Number to dial"));
    m_clearNumber->setToolTip(tr("Clear the number"));
    // The icon in the field is a button of its own, which a screen reader names (the field
    // the action was added to is associated with it too, and keeps its own name).
    for (QObject *button : m_clearNumber->associatedObjects())
        if (auto *widget = qobject_cast<QWidget *>(button); widget && widget != m_number)
            widget->setAccessibleName(m_clearNumber->toolTip());
    m_callView->setAccessibleName(tr("Calls"));
    m_callBar->setWindowTitle(tr("Call controls"));
    m_transferBar->setWindowTitle(tr("Transfer and conference"));
    m_callMenu->setTitle(tr("&Call"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_retry->setText(tr("&Reconnect now"));
    m_retry->setToolTip(tr("Connect to the server again now and read your calls and state"));
    m_resync->setText(tr("Read &everything again"));
    m_resync->setToolTip(tr("Read your calls, device and state from the server again"));
    m_quit->setText(tr("&Quit"));
    m_cardBox->setTitle(tr("Call"));
    m_padBox->setTitle(tr("Keypad"));
    m_dataBox->setTitle(tr("Case data"));
    if (m_teamDock)
        m_teamDock->setWindowTitle(tr("Team"));
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        renameDockButtons(dock);
    showHistoryState();
    m_actions->retranslate();
    m_keyboard->retranslate();
    // What the agent was told about the number still in the field, in the new words.
    if (m_numberProblem->isVisibleTo(this)) {
        QString problem;
        Validation::normalizeDestination(m_number->text(), &problem);
        m_numberProblem->setText(problem);
    }
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
    // Our own clear button: QLineEdit's asks the icon theme for a standard icon, and
    // loading the theme index was a tenth of the time to a shown window (bench/).
    QAction *clearNumber =
        m_number->addAction(SvgIcons::icon(u"clear"), QLineEdit::TrailingPosition);
    m_clearNumber = clearNumber;
    clearNumber->setObjectName(u"clearNumber"_s);
    clearNumber->setVisible(false);
    connect(clearNumber, &QAction::triggered, this, [this] {
        m_number->clear();
        m_numberProblem->hide();
        m_number->setFocus();
    });
    connect(m_number, &QLineEdit::textChanged, clearNumber,
            [clearNumber](const QString &text) { clearNumber->setVisible(!text.isEmpty()); });
    connect(m_number, &QLineEdit::returnPressed, m_actions->action(CallOperation::Dial),
            &QAction::trigger);
    auto *dialButton = new QToolButton(central);
    dialButton->setDefaultAction(m_actions->action(CallOperation::Dial));
    dialButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_actions->describeIn(dialButton, CallOperation::Dial);
    dialRow->addWidget(m_number, 1);
    dialRow->addWidget(dialButton);
    dialRow->addSpacing(12);
    m_agentState = new AgentStateButton(m_session, m_availability, central);
    dialRow->addWidget(m_agentState);
    layout->addLayout(dialRow);
    m_numberProblem = new QLabel(central);
    m_numberProblem->setObjectName(u"numberProblem"_s);
    m_numberProblem->setStyleSheet(u"color: #b00020;"_s);
    m_numberProblem->hide();
    layout->addWidget(m_numberProblem);
    connect(m_number, &QLineEdit::textEdited, m_numberProblem, &QWidget::hide);

    m_consultBar = new ConsultBar(m_actions, central);
    layout->addWidget(m_consultBar);
    m_callErrors = new CallErrorList(central);
    layout->addWidget(m_callErrors);

    auto *splitter = new QSplitter(central);
    m_callView = new QTreeView(splitter);
    m_callView->setObjectName(u"callView"_s);
    m_callView->setModel(m_session->calls());
    m_callView->setItemDelegate(new CallDelegate(m_callView));
    m_callView->setUniformRowHeights(true);
    m_callView->setExpandsOnDoubleClick(false);
    m_callView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_callView->installEventFilter(this);
    m_number->installEventFilter(this); // digits are tones while a call is up and it is empty
    m_callView->header()->setStretchLastSection(false);
    m_callView->header()->setSectionResizeMode(CallModel::PartyColumn, QHeaderView::Stretch);
    m_callView->setColumnWidth(CallModel::StateColumn, 150);
    m_callView->setColumnWidth(CallModel::TypeColumn, 80);
    m_callView->setColumnWidth(CallModel::DurationColumn, 64);
    splitter->addWidget(m_callView);
    splitter->addWidget(new SidePanelScroll(buildSidePanel(), splitter));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    // Two rows of controls: the call itself, then transfer/conference/multi-call work.
    auto *callBar = addToolBar(QString());
    m_callBar = callBar;
    callBar->setObjectName(u"callControls"_s);
    addToolBarBreak();
    auto *teamBar = addToolBar(QString());
    m_transferBar = teamBar;
    teamBar->setObjectName(u"transferControls"_s);
    auto *callMenu = menuBar()->addMenu(QString());
    m_callMenu = callMenu;
    callMenu->addAction(m_actions->action(CallOperation::Dial));
    const QList<CallOperation> callOps = CallActions::callOperations();
    for (CallOperation op : callOps) {
        QToolBar *bar = CallActions::isTransferOrConference(op) ? teamBar : callBar;
        if (op == CallOperation::RemoveParticipant)
            bar->addSeparator();
        QAction *action = m_actions->action(op);
        bar->addAction(action);
        if (QWidget *button = bar->widgetForAction(action)) {
            button->setAccessibleName(action->property("accessibleName").toString());
            m_actions->describeIn(button, op);
        }
        callMenu->addAction(action);
        m_callView->addAction(action);
    }
    for (QToolBar *bar : {callBar, teamBar}) {
        bar->setToolButtonStyle(bar == callBar ? Qt::ToolButtonTextUnderIcon
                                               : Qt::ToolButtonTextBesideIcon);
        bar->setIconSize(QSize(22, 22));
        bar->setMovable(false);
    }
    callMenu->addSeparator();
    m_retry = new QAction(SvgIcons::icon(u"retrieve"), QString(), this);
    m_retry->setObjectName(u"reconnect"_s);
    m_retry->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_retry, &QAction::triggered, m_session, &Session::retry);
    callMenu->addAction(m_retry);
    m_resync = new QAction(this);
    m_resync->setObjectName(u"resync"_s);
    m_resync->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(m_resync, &QAction::triggered, m_session, &Session::resync);
    callMenu->addAction(m_resync);
    m_quit = callMenu->addAction(QString(), QKeySequence::Quit, this, &QWidget::close);
    m_quit->setObjectName(u"quit"_s);
    // Exists from the start (so shortcuts and the palette know it); works once the history
    // is there (setHistory, after the login says whose history it is).
    m_viewMenu = menuBar()->addMenu(QString());
    m_historyAction = m_viewMenu->addAction(QString());
    m_historyAction->setObjectName(u"history"_s);
    m_historyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_historyAction->setCheckable(true);
    m_historyAction->setEnabled(false);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->setObjectName(u"toolsMenu"_s);

    // Server and user text is shown as text, never as markup (an HTML error page included).
    m_connection = new QLabel(this);
    m_connection->setObjectName(u"connectionLabel"_s);
    m_connection->setTextFormat(Qt::PlainText);
    m_agent = new QLabel(this);
    m_agent->setTextFormat(Qt::PlainText);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b00020;"_s);
    m_retryButton = new QToolButton(this);
    m_retryButton->setObjectName(u"reconnectButton"_s);
    m_retryButton->setDefaultAction(m_retry);
    m_retryButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    statusBar()->addWidget(m_connection);
    statusBar()->addWidget(m_retryButton);
    statusBar()->addWidget(m_agent);
    statusBar()->addWidget(m_error, 1);
    resize(1080, 600);
}

void MainWindow::watchForTeam()
{
    if (!m_supervision)
        return;
    connect(m_supervision, &Supervision::errorOccurred, this, &MainWindow::showError);
    // Only supervisors see the team; the role is known once GET /me has answered. The board
    // is built then, the first time a supervisor logs in: an agent's window never pays for it.
    connect(m_session, &Session::userChanged, this, [this] {
        const bool supervisor = m_session->user().isSupervisor();
        if (supervisor && !m_teamDock)
            buildTeamDock();
        if (m_teamDock)
            m_teamDock->setVisible(supervisor);
    });
}

void MainWindow::buildTeamDock()
{
    m_teamDock = new QDockWidget(this);
    m_teamDock->setObjectName(u"teamDock"_s);
    m_teamDock->setWindowTitle(tr("Team"));
    m_teamView = new TeamView(m_supervision, m_supervision->team(), m_teamDock);
    m_teamDock->setWidget(m_teamView);
    addDockWidget(Qt::BottomDockWidgetArea, m_teamDock);
    renameDockButtons(m_teamDock);
    m_keyboard->setTeam(m_teamView);
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the docks after this part of the window is gone: their
    // visibilityChanged must reach no one (the lambdas here, the missed-call count).
    if (m_historyDock)
        disconnect(m_historyDock, &QDockWidget::visibilityChanged, nullptr, nullptr);
}

void MainWindow::setHistory(HistoryModel *history)
{
    if (m_history)
        return;
    m_history = history;
    m_historyDock = new QDockWidget(this);
    m_historyDock->setObjectName(u"historyDock"_s);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    m_historyDock->hide();
    m_historyAction->setEnabled(true);
    connect(m_historyAction, &QAction::toggled, m_historyDock, [this](bool on) {
        if (on)
            historyView(); // before the dock shows, so that they show together
        m_historyDock->setVisible(on);
        if (on)
            m_historyView->searchEdit()->setFocus();
    });
    // Missed calls count as seen once the agent has had the history open and leaves it.
    connect(m_historyDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        m_historyAction->setChecked(visible);
        if (visible) {
            historyView(); // however the dock was shown
            m_historyLookedAt = true;
        } else if (std::exchange(m_historyLookedAt, false))
            m_history->markMissedSeen();
    });
    connect(history, &HistoryModel::unseenMissedCountChanged, this, &MainWindow::showHistoryState);
    showHistoryState();
    m_missed->watch(history, m_historyDock); // after the seen marking above: no flicker
}

// Built the first time the history is opened: a table the agent may never look at costs
// nothing before the window shows.
HistoryView *MainWindow::historyView()
{
    if (m_historyView || !m_history)
        return m_historyView;
    m_historyView = new HistoryView(m_history, m_historyDock);
    m_historyDock->setWidget(m_historyView);
    connect(m_historyView, &HistoryView::callBackRequested, this, [this](const QString &number) {
        m_number->setText(number); // stays there if the dial cannot go out now
        m_actions->action(CallOperation::Dial)->trigger();
    });
    return m_historyView;
}

void MainWindow::showHistoryState()
{
    if (!m_history) {
        m_historyAction->setText(tr("Call &history"));
        m_historyAction->setStatusTip(tr("Call history: available once you are logged in"));
        return;
    }
    const int missed = m_history->unseenMissedCount();
    m_historyDock->setWindowTitle(missed ? tr("History (%n missed)", nullptr, missed)
                                         : tr("History"));
    m_historyAction->setText(missed ? tr("Call &history (%n missed)", nullptr, missed)
                                    : tr("Call &history"));
    m_historyAction->setStatusTip(tr("Show or hide the call history"));
}

void MainWindow::setWrapUp(WrapUp *wrapUp)
{
    if (m_wrapUpCard)
        return;
    m_wrapUpCard = new WrapUpCard(wrapUp, this);
    m_sideLayout->insertWidget(0, m_wrapUpCard); // above the call card: it waits for the agent
    placeInTabOrderAfter(m_callView, m_wrapUpCard); // and Tab reaches it there
}

QWidget *MainWindow::buildSidePanel()
{
    auto *side = new QWidget(this);
    auto *layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    m_sideLayout = layout;
    auto *cardBox = new QGroupBox(side);
    m_cardBox = cardBox;
    auto *cardLayout = new QVBoxLayout(cardBox);
    m_callCard = new CallCard(cardBox);
    cardLayout->addWidget(m_callCard);
    layout->addWidget(cardBox);
    auto *padBox = new QGroupBox(side);
    m_padBox = padBox;
    auto *padLayout = new QVBoxLayout(padBox);
    m_dialPad = new DialPad(padBox);
    m_dialPad->setObjectName(u"dialPad"_s);
    m_dialPad->setSentDigitsVisible(false); // the DTMF strip shows them, masked if asked
    padLayout->addWidget(m_dialPad);
    m_dtmfStrip = new DtmfStrip(padBox);
    padLayout->addWidget(m_dtmfStrip);
    connect(m_dtmfStrip, &DtmfStrip::maskToggled, this, [this](bool masked) {
        const Call *call = dtmfTarget() ? dtmfTarget() : context().call;
        if (call)
            m_calls->setDtmfMasked(call->id, masked);
        refresh();
    });
    connect(m_dialPad, &DialPad::keyPressed, this, &MainWindow::onKeypad);
    auto *dataBox = new QGroupBox(side);
    m_dataBox = dataBox;
    auto *dataLayout = new QVBoxLayout(dataBox);
    m_caseData = new CaseDataPanel(dataBox);
    dataLayout->addWidget(m_caseData);
    auto sendUserData = [this](CallOperation op, const QString &key, const QString &value) {
        const QString callId = selectedCallId();
        OperationArgs args;
        args.userData = QJsonObject{{key, value}};
        if (!callId.isEmpty())
            m_calls->perform(op, callId, args);
    };
    connect(m_caseData, &CaseDataPanel::updateRequested, this,
            [sendUserData](const QString &k, const QString &v) {
                sendUserData(CallOperation::UpdateUserData, k, v);
            });
    connect(m_caseData, &CaseDataPanel::attachRequested, this,
            [sendUserData](const QString &k, const QString &v) {
                sendUserData(CallOperation::AttachUserData, k, v);
            });
    layout->addWidget(padBox);
    layout->addWidget(dataBox, 1);
    return side;
}

void MainWindow::connectSession()
{
    CallModel *model = m_session->calls();
    connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTicker);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTicker);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateTicker);
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTicker);
    connect(m_session, &Session::statusChanged, this, &MainWindow::updateTicker);
    connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this, model](const QModelIndex &parent, int first, int last) {
                if (!parent.isValid()) {
                    for (int row = first; row <= last; ++row)
                        m_callView->expand(model->index(row, 0));
                    const QModelIndex added = model->index(first, 0);
                    const Call *selected = model->callAt(m_callView->currentIndex());
                    if (const Call *call = model->callAt(added);
                        call && CallController::takesSelection(*call, selected))
                        m_callView->setCurrentIndex(added);
                }
                refresh();
            });
    connect(m_callView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::refresh);
    connect(m_calls, &CallController::busyChanged, this, &MainWindow::refresh);
    connect(m_session, &Session::deviceChanged, this, [this] {
        updateStatus();
        refresh();
    });
    connect(m_session, &Session::userChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::statusChanged, this, [this] {
        updateStatus();
        refresh();
    });
    connect(m_session, &Session::errorOccurred, this, &MainWindow::showError);
    connect(m_calls, &CallController::errorOccurred, this, &MainWindow::showError);
    connect(m_calls, &CallController::operationFailed, this, &MainWindow::showCallError);
    connect(m_availability, &AgentAvailability::errorOccurred, this, &MainWindow::showError);
    connect(m_calls, &CallController::operationAccepted, this,
            [this](const QString &, CallOperation op) {
                if (op == CallOperation::Dial)
                    m_number->clear();
                if (op == CallOperation::SwapCalls)
                    m_swapTarget = std::exchange(m_swapPending, {});
            });
    connect(m_calls, &CallController::operationAccepted, m_callErrors,
            [this](const QString &callId, CallOperation op) {
                m_callErrors->resolve(callId, CallOperations::name(op));
            });
    connect(m_calls, &CallController::dtmfSentChanged, this, [this](const QString &callId) {
        if (callId == selectedCallId())
            m_dialPad->setSentDigits(m_calls->dtmfSent(callId));
    });
    connect(m_number, &QLineEdit::textChanged, this, &MainWindow::refresh);
}

QString MainWindow::selectedCallId() const
{
    const Call *call = m_session->calls()->callAt(m_callView->currentIndex());
    return call ? call->id : QString();
}

void MainWindow::selectCall(const QString &callId)
{
    m_callView->setCurrentIndex(m_session->calls()->indexOfCall(callId));
}

DestinationDialog *MainWindow::destinationDialog() const
{
    return m_destinationDialog;
}

QString MainWindow::lastError() const
{
    return m_error->text();
}

OperationContext MainWindow::context() const
{
    const QModelIndex current = m_callView->currentIndex();
    const Call *call = m_session->calls()->callAt(current);
    const QString participant = call && current.data(CallModel::IsParticipantRole).toBool()
                                    ? current.data(CallModel::ParticipantNumberRole).toString()
                                    : QString();
    return m_calls->contextFor(call, participant, !m_number->text().trimmed().isEmpty());
}

OperationContext MainWindow::contextFor(CallOperation op) const
{
    const OperationContext selected = context();
    const Call *intended = m_calls->intendedCall(op, selected.call);
    if (intended == selected.call)
        return selected;
    return m_calls->contextFor(intended, {}, !m_number->text().trimmed().isEmpty());
}

void MainWindow::refresh()
{
    const OperationContext c = context();
    updateActions();
    // After a Swap the selection follows the call that became live.
    const Call *swapped = m_session->calls()->call(m_swapTarget);
    if (!swapped)
        m_swapTarget.clear();
    else if (swapped->state == CallState::Established) {
        m_swapTarget.clear();
        if (!c.call || c.call->id != swapped->id)
            return selectCall(swapped->id); // selecting refreshes again
    }
    m_caseData->setUserData(c.call ? c.call->userData : QVariantMap());
    m_caseData->setEditable(c.online && c.call && !c.callBusy && c.call->can(u"UpdateUserData"_s),
                            c.online && c.call && !c.callBusy && c.call->can(u"AttachUserData"_s));
    m_dialPad->setSentDigits(c.call ? m_calls->dtmfSent(c.call->id) : QString());
    // The tones go to the connected call (dtmfTarget); without one, the selected call's.
    const Call *tones = dtmfTarget() ? dtmfTarget() : c.call;
    m_dtmfStrip->showTones(tones ? tones->remoteParty() : QString(),
                           tones ? m_calls->dtmfSent(tones->id) : QString(),
                           tones && m_calls->isDtmfMasked(tones->id));
    // An error whose call is gone moves to the status bar: still said, no longer beside it.
    for (const QString &id : m_callErrors->callIds())
        if (!m_session->calls()->call(id))
            showError(m_callErrors->take(id));
    updateCallCard();
    // The consult bar shows the pair whichever call (or none) is selected.
    const Call *consult = c.consult;
    if (!consult)
        for (const Call &call : m_session->calls()->calls())
            if (!call.parentCallUri.isEmpty() && !consult)
                consult = m_session->calls()->call(call.id);
    m_consultBar->showPair(consult ? m_calls->consultPartner(*consult) : nullptr, consult);
}

void MainWindow::updateActions()
{
    m_actions->updateAvailability(
        [this](CallOperation op) { return operationUnavailableReason(op, contextFor(op)); });
    // Answer names the caller it would answer.
    const Call *ringing = m_calls->intendedCall(CallOperation::Answer, context().call);
    const bool answerable = m_actions->action(CallOperation::Answer)->isEnabled();
    m_actions->setRingingCall(answerable && ringing && ringing->state == CallState::Ringing
                                  ? ringing
                                  : nullptr);
}

void MainWindow::onOperation(CallOperation op)
{
    m_error->clear();
    if (op == CallOperation::Dial) {
        // Checked here too, so the message sits under the field the agent is typing in.
        QString problem;
        if (!Validation::normalizeDestination(m_number->text(), &problem)) {
            m_numberProblem->setText(problem);
            m_numberProblem->show();
            m_number->setFocus();
            return;
        }
        m_calls->dial(m_number->text());
        return;
    }
    // A destination comes from the agent, in the transfer/conference dialog.
    if (CallOperations::spec(op).argument == OperationArgument::Destination)
        return openDestinationDialog(op);
    const OperationContext c = contextFor(op);
    if (!c.call)
        return;
    OperationArgs args;
    args.participant = c.participant;
    if (c.otherCall)
        args.otherCallId = c.otherCall->id;
    if (op == CallOperation::SwapCalls && c.otherCall)
        m_swapPending = c.otherCall->id;
    m_calls->perform(op, c.call->id, args);
}

void MainWindow::openDestinationDialog(CallOperation op)
{
    const Call *call = context().call;
    if (!call)
        return;
    const bool transfer =
        op == CallOperation::SingleStepTransfer || op == CallOperation::InitiateTransfer;
    const bool consultFirst =
        op == CallOperation::InitiateTransfer || op == CallOperation::InitiateConference;
    const CallOperation single =
        transfer ? CallOperation::SingleStepTransfer : CallOperation::SingleStepConference;
    const CallOperation consult =
        transfer ? CallOperation::InitiateTransfer : CallOperation::InitiateConference;
    if (m_destinationDialog)
        m_destinationDialog->deleteLater();
    auto *dialog = new DestinationDialog(transfer ? DestinationDialog::Purpose::Transfer
                                                  : DestinationDialog::Purpose::Conference,
                                         m_calls->recentNumbers(), this);
    m_destinationDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModes(call->can(CallOperations::capability(single)),
                     call->can(CallOperations::capability(consult)), consultFirst);
    dialog->setValidator([](const QString &text) {
        QString error;
        return Validation::normalizeDestination(text, &error) ? QString() : error;
    });
    const QString callId = call->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, callId, single, consult] {
        OperationArgs args;
        args.destination = dialog->destination();
        m_calls->perform(dialog->consult() ? consult : single, callId, args);
    });
    dialog->open();
}

const Call *MainWindow::dtmfTarget() const
{
    const Call *call = m_calls->intendedCall(CallOperation::SendDtmf, context().call);
    const bool live = call && call->state == CallState::Established
                      && call->can(CallOperations::capability(CallOperation::SendDtmf));
    return live ? call : nullptr;
}

void MainWindow::onKeypad(QChar key)
{
    // On a connected call the keys are tones for the far end; otherwise they build a number.
    if (const Call *call = dtmfTarget()) {
        m_calls->sendDtmf(call->id, QString(key));
        return;
    }
    m_number->insert(QString(key));
}

bool MainWindow::digitGoesToCall(QObject *focus, QKeyEvent *event) const
{
    // 0-9, * and # from either key block (the keypad's carry KeypadModifier, same text).
    const QString text = event->text();
    if (text.size() != 1 || !Validation::isValidDtmf(text, nullptr) || !dtmfTarget())
        return false;
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false; // Ctrl+1 and the like are shortcuts, not tones
    // The number field keeps what the agent types into it once it holds something.
    return focus != m_number || m_number->text().isEmpty();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closed || m_session->status() == Session::Status::LoggedOut) {
        event->accept();
        return;
    }
    event->ignore();
    if (m_closing)
        return;
    auto shutdown = [this] {
        m_closing = true;
        connect(m_session, &Session::shutDown, this, [this] {
            m_closed = true;
            close();
        });
        m_session->shutdown();
    };
    const int live = m_session->liveCallCount();
    if (live == 0)
        return shutdown();
    // Window-modal and not blocking: the calls go on being shown while the agent decides.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quit the softphone?"),
                                tr("You have %n call(s) in progress. Quitting leaves them "
                                   "without you and logs you out.",
                                   nullptr, live),
                                QMessageBox::NoButton, this);
    box->setObjectName(u"quitQuestion"_s);
    box->setTextFormat(Qt::PlainText);
    QPushButton *quit = box->addButton(tr("&Quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(u"quitAnyway"_s);
    box->addButton(tr("&Stay"), QMessageBox::RejectRole)->setObjectName(u"stay"_s);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().last()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [quit, shutdown](QAbstractButton *b) {
        if (b == quit)
            shutdown();
    });
    box->open();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        // While a call is connected, digits typed in the call list, or in the number field
        // while it is empty, are tones for that call.
        if (digitGoesToCall(watched, key) && m_dialPad->pressKey(key->text().at(0)))
            return true;
        // Digits typed in the call list without a call build the number, as on the keypad.
        if (watched == m_callView && key->text().size() == 1
            && m_dialPad->pressKey(key->text().at(0)))
            return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    // Keys no focused control took (a button, the keypad's own buttons): digits are tones
    // while a call is connected.
    if (digitGoesToCall(nullptr, event) && m_dialPad->pressKey(event->text().at(0)))
        return;
    QMainWindow::keyPressEvent(event);
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
    case Session::Status::Reconnecting: {
        const QDateTime next = m_session->nextAttempt();
        const qint64 secs = next.isValid()
                                ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(next))
                                : 0;
        m_connection->setText(
            tr("Reconnecting… next attempt in %1 s").arg(QLocale().toString(secs)));
        break;
    }
    case Session::Status::Failed:
        m_connection->setText(tr("Not connected"));
        break;
    }
    const Session::Status status = m_session->status();
    const bool canRetry =
        status == Session::Status::Failed || status == Session::Status::Reconnecting;
    m_retry->setVisible(canRetry);
    m_resync->setEnabled(status == Session::Status::Online);
    m_retryButton->setVisible(canRetry); // a button's visibility does not follow its action
    const Device &device = m_session->device();
    const QString who = m_session->user().displayName();
    m_agent->setText(device.phoneNumber.isEmpty() ? who
                                                  : tr("%1 at %2").arg(who, device.phoneNumber));
}

void MainWindow::updateTicker()
{
    const bool wanted = m_session->calls()->hasCountingCalls()
                        || m_session->status() == Session::Status::Reconnecting
                        || (m_callCard && m_callCard->isCounting()); // its ring timer
    if (wanted && !m_durationTicker.isActive())
        m_durationTicker.start(); // start() on a running timer would restart its second
    else if (!wanted)
        m_durationTicker.stop();
}

void MainWindow::updateCallCard()
{
    CallModel *model = m_session->calls();
    if (m_teamView)
        m_callCard->setMonitoredAgent(m_teamView->monitoredAgentName());
    m_callCard->showCall(model->callAt(m_callView->currentIndex()), model->currentTime(),
                         m_session->device().phoneNumber);
    updateTicker();
}

void MainWindow::showCallError(const CallError &error)
{
    // The technical text follows on errorOccurred: the log has it, the screen has this.
    m_shownInPlainWords = error.details;
    QString message = error.message;
    QString what;
    if (QAction *action = error.op ? m_actions->action(*error.op) : nullptr)
        what = action->text().remove(u'&').remove(u'…');
    else if (error.op == CallOperation::SendDtmf)
        what = tr("Tones");
    else if (error.op == CallOperation::AttachUserData || error.op == CallOperation::UpdateUserData)
        what = tr("Case data");
    if (!what.isEmpty())
        message = tr("%1: %2").arg(what, message);
    else if (!message.isEmpty())
        message[0] = message[0].toUpper();
    const Call *call = m_session->calls()->call(error.callId);
    if (!call) {
        showError(message);
        m_error->setToolTip(plainToolTip(error.details));
        return;
    }
    m_callErrors->showError(error.callId, error.op ? CallOperations::name(*error.op) : QString(),
                            tr("Call with %1: %2").arg(call->remoteParty(), message),
                            error.details);
}

void MainWindow::showError(const QString &message)
{
    if (!m_shownInPlainWords.isEmpty() && message == m_shownInPlainWords) {
        m_shownInPlainWords.clear();
        return; // already shown, in plain words
    }
    m_error->setText(message);
    m_error->setToolTip(plainToolTip(message)); // server text, never markup
}
