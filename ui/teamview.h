#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QTableView;
class Supervision;
class TeamModel;

// The supervisor's Team view: agents with state and whether they are on a call, and the
// monitoring controls (listen in, coach, barge in, with scope and mode; cancel).
class TeamView : public QWidget
{
    Q_OBJECT
public:
    TeamView(Supervision *supervision, TeamModel *team, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    // The monitoring operations as actions, like the call operations: ListenIn, Coach,
    // BargeIn, Cancel (CancelSupervisorMonitoring), enabled from one place (refresh); a
    // disabled one says why ("Coach: select an agent first").
    QAction *action(const QString &operation) const;
    QToolButton *button(const QString &operation) const;
    QString selectedDeviceId() const;
    QString selectedDeviceUri() const; // the server's URI for it, else its id
    QLineEdit *numberEdit() const { return m_number; }
    QLabel *notice() const { return m_notice; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QAction *addMonitoringAction(const QString &operation);
    void start(const QString &operation);
    // Enables `action` exactly when `reason` is empty; otherwise its tips say why.
    static void explain(QAction *action, const QString &reason);
    void refresh();

    Supervision *m_supervision;
    TeamModel *m_team;
    QTableView *m_table;
    QComboBox *m_scope;
    QComboBox *m_mode;
    QLabel *m_status;
    QList<QAction *> m_modes; // ListenIn, Coach, BargeIn
    QAction *m_cancel;
    QLineEdit *m_number;
    QLabel *m_notice;
    QLabel *m_scopeLabel;
    QLabel *m_modeLabel;
};
