#pragma once

#include "callactions.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QKeyEvent;
class QToolButton;
struct Call;

class QGroupBox;
class QLabel;
class QLineEdit;
class QToolBar;
class QTreeView;
class AgentAvailability;
class AgentStateButton;
class CallCard;
class CallController;
class CallErrorList;
class CaseDataPanel;
class DtmfStrip;
struct CallError;
class ConsultBar;
class DestinationDialog;
class DialPad;
class HistoryModel;
class QVBoxLayout;
class WrapUp;
class WrapUpCard;
class HistoryView;
class MissedCalls;
class WindowTitle;
class KeyboardCommands;
class Session;
class Supervision;
class TeamView;
class QDockWidget;

// The agent's window: number field and dial pad, the call tree (participants as children),
// the control bar, the consult bar, the case data of the selected call, and a status bar
// that always says whether we are connected and what last went wrong.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // With a Supervision, a Team view appears when the user has the supervisor role.
    MainWindow(Session *session, CallController *calls, AgentAvailability *availability,
               Supervision *supervision = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    CallActions *actions() const { return m_actions; }
    QTreeView *callView() const { return m_callView; }
    QLineEdit *numberEdit() const { return m_number; }
    DialPad *dialPad() const { return m_dialPad; }
    CaseDataPanel *caseData() const { return m_caseData; }
    CallCard *callCard() const { return m_callCard; }
    DtmfStrip *dtmfStrip() const { return m_dtmfStrip; }
    CallErrorList *callErrors() const { return m_callErrors; }
    AgentStateButton *agentState() const { return m_agentState; }
    // Null until a supervisor has logged in.
    TeamView *teamView() const { return m_teamView; }
    QDockWidget *teamDock() const { return m_teamDock; }
    // The cheat sheet (F1), command palette (Ctrl+K) and the agent's own shortcuts.
    KeyboardCommands *keyboard() const { return m_keyboard; }
    // The call history in a dock (View > History, Ctrl+H); Call back dials from it.
    void setHistory(HistoryModel *history);
    HistoryView *historyView(); // built when first asked for (or the history first shown)
    QDockWidget *historyDock() const { return m_historyDock; }
    QAction *historyAction() const { return m_historyAction; }
    // The window's title (its one writer) and the missed calls it and the tray count.
    WindowTitle *title() const { return m_title; }
    MissedCalls *missedCalls() const { return m_missed; }
    // The ended call's wrap-up card, at the top of the side panel while a call waits.
    void setWrapUp(WrapUp *wrapUp);
    WrapUpCard *wrapUpCard() const { return m_wrapUpCard; }
    QMenu *toolsMenu() const { return m_toolsMenu; } // Settings and the like, before Help
    DestinationDialog *destinationDialog() const; // the open transfer/conference dialog
    QString selectedCallId() const;
    void selectCall(const QString &callId);
    QString lastError() const;
    // The one-second ticker runs only while a call's duration counts or a reconnect
    // countdown is shown; an idle softphone wakes up for its long-poll alone.
    bool isTicking() const { return m_durationTicker.isActive(); }
    QLabel *numberProblem() const { return m_numberProblem; }
    // The title says the calls go to the simulator inside the program.
    void setBuiltInSimulator(bool on);

protected:
    // Shows every text in the new language (QEvent::LanguageChange).
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    // Asks first when calls would be lost, then ends the session (bounded) and closes.
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void showHistoryState(); // the history's action, status tip and dock title (missed calls)
    QWidget *buildSidePanel();
    void connectSession();
    void watchForTeam();  // builds the team board at a supervisor's first login
    void buildTeamDock();
    OperationContext context() const; // of the selected call
    OperationContext contextFor(CallOperation op) const; // of the call `op` means
    void onOperation(CallOperation op);
    void onKeypad(QChar key);
    // The connected call keyboard digits go to as DTMF, or null (then they build a number).
    const Call *dtmfTarget() const;
    bool digitGoesToCall(QObject *focus, QKeyEvent *event) const;
    void openDestinationDialog(CallOperation op);
    void refresh();
    void updateActions(); // enabled, or disabled with the reason why
    void updateStatus();
    void updateTicker();
    void showError(const QString &message);
    // An error about a call goes next to it; one about no call (or a call gone) to the
    // status bar, in the same plain words.
    void showCallError(const CallError &error);
    void updateCallCard();

    Session *m_session;
    CallController *m_calls;
    AgentAvailability *m_availability;
    CallActions *m_actions;
    QTreeView *m_callView = nullptr;
    QLineEdit *m_number = nullptr;
    DialPad *m_dialPad = nullptr;
    CaseDataPanel *m_caseData = nullptr;
    ConsultBar *m_consultBar = nullptr;
    AgentStateButton *m_agentState = nullptr;
    Supervision *m_supervision = nullptr;
    TeamView *m_teamView = nullptr;
    QDockWidget *m_teamDock = nullptr;
    QLabel *m_connection = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_resync = nullptr;
    QAction *m_quit = nullptr;
    KeyboardCommands *m_keyboard = nullptr;
    QAction *m_historyAction = nullptr;
    QVBoxLayout *m_sideLayout = nullptr;
    WrapUpCard *m_wrapUpCard = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_callMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_callBar = nullptr;
    QToolBar *m_transferBar = nullptr;
    QAction *m_clearNumber = nullptr;
    QGroupBox *m_cardBox = nullptr;
    QGroupBox *m_padBox = nullptr;
    QGroupBox *m_dataBox = nullptr;
    bool m_builtInSimulator = false;
    QDockWidget *m_historyDock = nullptr;
    HistoryView *m_historyView = nullptr;
    HistoryModel *m_history = nullptr;
    bool m_historyLookedAt = false; // shown since the missed calls were last marked seen
    WindowTitle *m_title = nullptr;
    MissedCalls *m_missed = nullptr;
    QToolButton *m_retryButton = nullptr;
    bool m_closing = false; // the session is shutting down; the next close goes through
    bool m_closed = false;  // shut down: close for real
    QLabel *m_agent = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_numberProblem = nullptr;
    QPointer<DestinationDialog> m_destinationDialog;
    QString m_swapTarget;   // after a Swap: select this call once it is live
    QString m_swapPending;  // the other call of a Swap sent, until the server accepts it
    QTimer m_durationTicker;
    CallCard *m_callCard = nullptr;
    DtmfStrip *m_dtmfStrip = nullptr;
    CallErrorList *m_callErrors = nullptr;
    QString m_shownInPlainWords; // the technical text of the error just shown in plain words
};
