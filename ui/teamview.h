#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
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
    QPushButton *button(const QString &operation) const; // ListenIn, Coach, BargeIn, Cancel
    QString selectedDeviceId() const;
    QString selectedDeviceUri() const; // the server's URI for it, else its id
    QLineEdit *numberEdit() const { return m_number; }
    QLabel *notice() const { return m_notice; }

private:
    void start(const QString &operation);
    void refresh();

    Supervision *m_supervision;
    TeamModel *m_team;
    QTableView *m_table;
    QComboBox *m_scope;
    QComboBox *m_mode;
    QLabel *m_status;
    QPushButton *m_listen;
    QPushButton *m_coach;
    QPushButton *m_barge;
    QPushButton *m_cancel;
    QLineEdit *m_number;
    QLabel *m_notice;
};
