#pragma once

#include <QHash>
#include <QObject>
#include <QString>

class QAction;
struct Call;

// The call-control operations the UI offers. One QAction each, shared by toolbar, menus,
// buttons and shortcuts, enabled from one place (updateEnabled).
enum class Operation {
    Dial,
    Answer,
    Hangup,
};

class CallActions : public QObject
{
    Q_OBJECT
public:
    explicit CallActions(QObject *parent = nullptr);

    QAction *action(Operation op) const { return m_actions.value(op); }
    QList<Operation> callOperations() const; // the ones that act on a selected call
    static QString gwsName(Operation op);    // the operationName on the wire

    // Call operations follow the call's capabilities; nothing is enabled while offline
    // or while a request for that call is in flight.
    void updateEnabled(const Call *call, bool callBusy, bool online, bool canDial);

signals:
    void triggered(Operation op);

private:
    void add(Operation op, const QString &text, const QString &shortcut, const QString &tip);

    QHash<Operation, QAction *> m_actions;
};
