#include "callactions.h"

#include "call.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace {

struct OperationInfo
{
    Operation op;
    const char *gwsName; // empty for client-side composites
    const char *text;
    const char *icon;
    const char *shortcut;
    const char *tip;
};

// The single table of what each operation looks like to the agent.
const OperationInfo kOperations[] = {
    {Operation::Dial, "Dial", QT_TRANSLATE_NOOP("CallActions", "&Dial"), "dial", "Ctrl+D",
     QT_TRANSLATE_NOOP("CallActions", "Call the number in the number field")},
    {Operation::Answer, "Answer", QT_TRANSLATE_NOOP("CallActions", "&Answer"), "answer",
     "Ctrl+Shift+A", QT_TRANSLATE_NOOP("CallActions", "Answer the ringing call")},
    {Operation::Hangup, "Hangup", QT_TRANSLATE_NOOP("CallActions", "Hang &up"), "hangup",
     "Ctrl+Shift+E", QT_TRANSLATE_NOOP("CallActions", "End the selected call")},
    {Operation::Hold, "Hold", QT_TRANSLATE_NOOP("CallActions", "&Hold"), "hold", "Ctrl+Shift+H",
     QT_TRANSLATE_NOOP("CallActions", "Put the selected call on hold")},
    {Operation::Retrieve, "Retrieve", QT_TRANSLATE_NOOP("CallActions", "&Retrieve"), "retrieve",
     "Ctrl+Shift+R", QT_TRANSLATE_NOOP("CallActions", "Take the held call back")},
    {Operation::MuteCall, "MuteCall", QT_TRANSLATE_NOOP("CallActions", "&Mute"), "mute",
     "Ctrl+Shift+M", QT_TRANSLATE_NOOP("CallActions", "Stop sending your voice")},
    {Operation::UnmuteCall, "UnmuteCall", QT_TRANSLATE_NOOP("CallActions", "Un&mute"), "unmute",
     "Ctrl+Shift+U", QT_TRANSLATE_NOOP("CallActions", "Send your voice again")},
    {Operation::SingleStepTransfer, "SingleStepTransfer",
     QT_TRANSLATE_NOOP("CallActions", "&Transfer…"), "transfer", "Ctrl+Shift+T",
     QT_TRANSLATE_NOOP("CallActions", "Hand the call over to another number at once")},
    {Operation::InitiateTransfer, "InitiateTransfer",
     QT_TRANSLATE_NOOP("CallActions", "Consult &transfer…"), "consult", "Ctrl+Alt+T",
     QT_TRANSLATE_NOOP("CallActions", "Talk to the destination first, then hand the call over")},
    {Operation::CompleteTransfer, "CompleteTransfer",
     QT_TRANSLATE_NOOP("CallActions", "Complete trans&fer"), "complete", "Ctrl+Shift+F",
     QT_TRANSLATE_NOOP("CallActions", "Connect the caller with the consulted party and leave")},
    {Operation::SingleStepConference, "SingleStepConference",
     QT_TRANSLATE_NOOP("CallActions", "&Conference…"), "conference", "Ctrl+Shift+C",
     QT_TRANSLATE_NOOP("CallActions", "Add another number to the call at once")},
    {Operation::InitiateConference, "InitiateConference",
     QT_TRANSLATE_NOOP("CallActions", "Consult c&onference…"), "consult", "Ctrl+Alt+C",
     QT_TRANSLATE_NOOP("CallActions", "Talk to the new party first, then join everyone")},
    {Operation::CompleteConference, "CompleteConference",
     QT_TRANSLATE_NOOP("CallActions", "Complete conf&erence"), "complete", "Ctrl+Shift+J",
     QT_TRANSLATE_NOOP("CallActions", "Join the consulted party into the call")},
    {Operation::CancelConsult, "", QT_TRANSLATE_NOOP("CallActions", "Cancel co&nsult"), "hangup",
     "Ctrl+Shift+X",
     QT_TRANSLATE_NOOP("CallActions", "Hang up the consult call and take the caller back")},
    {Operation::RemoveParticipant, "RemoveParticipantFromConference",
     QT_TRANSLATE_NOOP("CallActions", "Remo&ve participant"), "remove", "Ctrl+Shift+Del",
     QT_TRANSLATE_NOOP("CallActions", "Drop the selected participant from the conference")},
    {Operation::SwapCalls, "SwapCalls", QT_TRANSLATE_NOOP("CallActions", "S&wap"), "swap",
     "Ctrl+Shift+W", QT_TRANSLATE_NOOP("CallActions", "Hold this call and take the other one")},
    {Operation::MergeWithOtherCall, "MergeWithOtherCall",
     QT_TRANSLATE_NOOP("CallActions", "Mer&ge calls"), "merge", "Ctrl+Shift+G",
     QT_TRANSLATE_NOOP("CallActions", "Join your two calls into one conference")},
};

const OperationInfo &info(Operation op)
{
    for (const OperationInfo &i : kOperations)
        if (i.op == op)
            return i;
    Q_UNREACHABLE();
}

} // namespace

CallActions::CallActions(QObject *parent)
    : QObject(parent)
{
    for (const OperationInfo &i : kOperations) {
        auto *action = new QAction(QIcon(u":/icons/"_s + QLatin1String(i.icon) + u".svg"_s),
                                   tr(i.text), this);
        action->setShortcut(QKeySequence(QLatin1String(i.shortcut)));
        const QString tip = tr(i.tip);
        action->setToolTip(tip + u" ("_s + action->shortcut().toString(QKeySequence::NativeText)
                           + u')');
        action->setStatusTip(tip);
        QString plain = tr(i.text);
        plain.remove(u'&');
        plain.remove(u'…');
        action->setWhatsThis(tip);
        action->setObjectName(u"action_"_s + plain.simplified().replace(u' ', u'_'));
        action->setProperty("accessibleName", plain);
        action->setEnabled(false);
        const Operation op = i.op;
        connect(action, &QAction::triggered, this, [this, op] { emit triggered(op); });
        m_actions.insert(op, action);
    }
}

QList<Operation> CallActions::callOperations()
{
    QList<Operation> ops;
    for (const OperationInfo &i : kOperations)
        if (i.op != Operation::Dial)
            ops.append(i.op);
    return ops;
}

QString CallActions::gwsName(Operation op)
{
    return QLatin1String(info(op).gwsName);
}

bool CallActions::allowed(Operation op, const ActionContext &c) const
{
    if (!c.online)
        return false;
    if (op == Operation::Dial)
        return c.canDial;
    if (!c.call || c.callBusy)
        return false;
    switch (op) {
    case Operation::RemoveParticipant:
        return !c.participant.isEmpty() && c.call->can(gwsName(op));
    case Operation::SwapCalls:
    case Operation::MergeWithOtherCall:
        return c.otherCall && c.call->can(gwsName(op));
    case Operation::CancelConsult:
        return c.consult && c.consult->can(u"Hangup"_s);
    default:
        return c.call->can(gwsName(op));
    }
}

void CallActions::updateEnabled(const ActionContext &context)
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setEnabled(allowed(it.key(), context));
}
