#pragma once

#include "callactions.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeView;
class Session;

// The agent's window: the number field, the call tree, the call controls, and a status
// bar that always says whether we are connected and what last went wrong.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    CallActions *actions() const { return m_actions; }
    QTreeView *callView() const { return m_callView; }
    QLineEdit *numberEdit() const { return m_number; }
    QString selectedCallId() const;
    QString lastError() const;

private:
    void buildUi();
    void onOperation(Operation op);
    void updateActions();
    void updateStatus();
    void showError(const QString &message);
    void selectCall(const QString &callId);

    Session *m_session;
    CallActions *m_actions;
    QTreeView *m_callView = nullptr;
    QLineEdit *m_number = nullptr;
    QLabel *m_connection = nullptr;
    QLabel *m_agent = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_durationTicker;
};
