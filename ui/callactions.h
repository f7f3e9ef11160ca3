#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
struct Call;

// The operations the UI offers. One QAction each, shared by the control bar, menus,
// context menu and shortcuts, and enabled from one place (updateEnabled).
enum class Operation {
    Dial,
    Answer,
    Hangup,
    Hold,
    Retrieve,
    MuteCall,
    UnmuteCall,
    SingleStepTransfer,
    InitiateTransfer,
    CompleteTransfer,
    SingleStepConference,
    InitiateConference,
    CompleteConference,
    CancelConsult, // hang up the consult call and retrieve the original
    RemoveParticipant,
    SwapCalls,
    MergeWithOtherCall,
};

// What the enabled state of every action depends on, gathered by the window.
struct ActionContext
{
    const Call *call = nullptr;      // the selected call (or the call of a selected participant)
    QString participant;             // the selected participant's number, if a participant row
    const Call *otherCall = nullptr; // the agent's other call (swap / merge partner)
    const Call *consult = nullptr;   // the consult call of the selected pair, if any
    bool callBusy = false;           // a request for the selected call awaits its outcome
    bool online = false;
    bool canDial = false;
};

class CallActions : public QObject
{
    Q_OBJECT
public:
    explicit CallActions(QObject *parent = nullptr);

    QAction *action(Operation op) const { return m_actions.value(op); }
    static QList<Operation> callOperations(); // the ones that act on the selected call
    static QString gwsName(Operation op);     // the operationName on the wire, if any

    void updateEnabled(const ActionContext &context);

signals:
    void triggered(Operation op);

private:
    bool allowed(Operation op, const ActionContext &c) const;

    QHash<Operation, QAction *> m_actions;
};
