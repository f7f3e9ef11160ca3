#pragma once

#include "teamthresholds.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QToolButton;
class QTableView;
class QTimer;
class Supervision;
class TeamCountBar;
class TeamFilter;
class TeamModel;

// The supervisor's team board: agents with their state, time in state (marked past the
// thresholds of Settings), call and monitoring, sorted by a header click and filtered by
// name and by state (the count bar on top); and the monitoring controls for the selected
// row (listen in, coach, barge in, with scope and mode; stop), on the toolbar row, in the
// row's context menu and with Enter (listen in). During a monitored call the switches and
// the agent's mute act on that call.
class TeamView : public QWidget
{
    Q_OBJECT
public:
    TeamView(Supervision *supervision, TeamModel *team, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TeamFilter *filter() const { return m_filter; }
    TeamCountBar *counts() const { return m_counts; }
    QLineEdit *searchEdit() const { return m_search; }
    // The monitoring operations as actions, like the call operations: ListenIn, Coach,
    // BargeIn, Cancel (CancelSupervisorMonitoring), MuteMonitoredUser, UnmuteMonitoredUser,
    // enabled from one place (refresh); a disabled one says why ("Coach: select an agent
    // first").
    QAction *action(const QString &operation) const;
    QToolButton *button(const QString &operation) const;
    QString selectedDeviceId() const;
    QString selectedDeviceUri() const; // the server's URI for it, else its id
    QLineEdit *numberEdit() const { return m_number; }
    QLabel *notice() const { return m_notice; }
    // "The server does not report the agents' calls...": shown while the model cannot know.
    QLabel *callsNote() const { return m_callsNote; }
    QLabel *errorLabel() const { return m_error; } // the last monitoring failure
    // The agent this supervisor monitors, by name (else number); empty if none.
    QString monitoredAgentName() const;
    // The context menu of the selected row (built anew each time it opens).
    QMenu *rowMenu();
    void setThresholds(const TeamThresholds &thresholds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QAction *addMonitoringAction(const QString &operation);
    void start(const QString &operation);
    // Enables `action` exactly when `reason` is empty; otherwise its tips say why.
    static void explain(QAction *action, const QString &reason);
    void refresh();
    void refreshCounts();
    void refreshCalls();
    // Tells the reader which agents are on screen (its per-user fallback reads those).
    void reportShownUsers();
    void showError(const QString &message);
    void openRowMenu(const QPoint &at);

    Supervision *m_supervision;
    TeamModel *m_team;
    TeamFilter *m_filter;
    TeamCountBar *m_counts;
    QLineEdit *m_search;
    QTableView *m_table;
    QComboBox *m_scope;
    QComboBox *m_mode;
    QLabel *m_status;
    QList<QAction *> m_modes; // ListenIn, Coach, BargeIn
    QAction *m_cancel;
    QAction *m_mute;
    QAction *m_unmute;
    QLineEdit *m_number;
    QLabel *m_notice;
    QLabel *m_callsNote;
    QTimer *m_shownTimer;
    QLabel *m_error;
    QLabel *m_scopeLabel;
    QLabel *m_modeLabel;
    QMenu *m_menu = nullptr;
};
