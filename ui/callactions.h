#pragma once

#include "calloperation.h"
#include "operationcontext.h"

#include <QHash>
#include <functional>
#include <QObject>
#include <QString>

class QAction;

// The call operations the agent can trigger (app's table, calloperation.h), as one QAction
// each, shared by the control bar, menus, context menu and shortcuts, and enabled from one
// place (updateEnabled, by app's operationAvailable rule). This file adds only what the
// agent sees: text, icon, shortcut, tip.
class CallActions : public QObject
{
    Q_OBJECT
public:
    explicit CallActions(QObject *parent = nullptr);

    QAction *action(CallOperation op) const { return m_actions.value(op); }
    // The actions that act on the selected call, in toolbar order (all but Dial).
    static QList<CallOperation> callOperations();

    // Enables each action by `available(op)` (app's operationAvailable on the context of
    // the call that operation means).
    void updateEnabled(const std::function<bool(CallOperation)> &available);

signals:
    void triggered(CallOperation op);

private:
    QHash<CallOperation, QAction *> m_actions;
};
