#include "callactions.h"

#include "call.h"

#include <QAction>
#include <QKeySequence>

using namespace Qt::StringLiterals;

CallActions::CallActions(QObject *parent)
    : QObject(parent)
{
    add(Operation::Dial, tr("&Dial"), u"Ctrl+D"_s, tr("Call the number in the number field"));
    add(Operation::Answer, tr("&Answer"), u"Ctrl+Shift+A"_s, tr("Answer the ringing call"));
    add(Operation::Hangup, tr("Hang &up"), u"Ctrl+Shift+E"_s, tr("End the selected call"));
}

void CallActions::add(Operation op, const QString &text, const QString &shortcut,
                      const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcut(QKeySequence(shortcut));
    action->setToolTip(tip + u" ("_s + action->shortcut().toString(QKeySequence::NativeText)
                       + u')');
    action->setStatusTip(tip);
    action->setObjectName(u"action"_s + gwsName(op));
    action->setEnabled(false);
    connect(action, &QAction::triggered, this, [this, op] { emit triggered(op); });
    m_actions.insert(op, action);
}

QList<Operation> CallActions::callOperations() const
{
    return {Operation::Answer, Operation::Hangup};
}

QString CallActions::gwsName(Operation op)
{
    switch (op) {
    case Operation::Dial:
        return u"Dial"_s;
    case Operation::Answer:
        return u"Answer"_s;
    case Operation::Hangup:
        return u"Hangup"_s;
    }
    return {};
}

void CallActions::updateEnabled(const Call *call, bool callBusy, bool online, bool canDial)
{
    m_actions.value(Operation::Dial)->setEnabled(online && canDial);
    const QList<Operation> ops = callOperations();
    for (Operation op : ops)
        m_actions.value(op)->setEnabled(online && call && !callBusy && call->can(gwsName(op)));
}
