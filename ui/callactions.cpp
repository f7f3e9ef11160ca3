#include "callactions.h"

#include "call.h"
#include "callcard.h"
#include "svgicons.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

struct OperationInfo
{
    CallOperation op;
    const char *text;
    const char *icon;
    const char *shortcut;
    const char *tip;
};

// What each operation the agent triggers looks like (the rest is in app's table).
const OperationInfo kOperations[] = {
    {CallOperation::Dial, QT_TRANSLATE_NOOP("CallActions", "&Dial"), "dial", "Ctrl+D",
     QT_TRANSLATE_NOOP("CallActions", "Call the number in the number field")},
    {CallOperation::Answer, QT_TRANSLATE_NOOP("CallActions", "&Answer"), "answer",
     "Ctrl+Shift+A", QT_TRANSLATE_NOOP("CallActions", "Answer the ringing call")},
    {CallOperation::Hangup, QT_TRANSLATE_NOOP("CallActions", "Hang &up"), "hangup",
     "Ctrl+Shift+E", QT_TRANSLATE_NOOP("CallActions", "End the selected call")},
    {CallOperation::Hold, QT_TRANSLATE_NOOP("CallActions", "&Hold"), "hold", "Ctrl+Shift+H",
     QT_TRANSLATE_NOOP("CallActions", "Put the selected call on hold")},
    {CallOperation::Retrieve, QT_TRANSLATE_NOOP("CallActions", "&Retrieve"), "retrieve",
     "Ctrl+Shift+R", QT_TRANSLATE_NOOP("CallActions", "Take the held call back")},
    {CallOperation::MuteCall, QT_TRANSLATE_NOOP("CallActions", "&Mute"), "mute",
     "Ctrl+Shift+M", QT_TRANSLATE_NOOP("CallActions", "Stop sending your voice")},
    {CallOperation::UnmuteCall, QT_TRANSLATE_NOOP("CallActions", "Un&mute"), "unmute",
     "Ctrl+Shift+U", QT_TRANSLATE_NOOP("CallActions", "Send your voice again")},
    {CallOperation::SingleStepTransfer,
     QT_TRANSLATE_NOOP("CallActions", "&Transfer…"), "transfer", "Ctrl+Shift+T",
     QT_TRANSLATE_NOOP("CallActions", "Hand the call over to another number at once")},
    {CallOperation::InitiateTransfer,
     QT_TRANSLATE_NOOP("CallActions", "Consult &transfer…"), "consult", "Ctrl+Alt+T",
     QT_TRANSLATE_NOOP("CallActions", "Talk to the destination first, then hand the call over")},
    {CallOperation::CompleteTransfer,
     QT_TRANSLATE_NOOP("CallActions", "Complete trans&fer"), "complete", "Ctrl+Shift+F",
     QT_TRANSLATE_NOOP("CallActions", "Connect the caller with the consulted party and leave")},
    {CallOperation::SingleStepConference,
     QT_TRANSLATE_NOOP("CallActions", "&Conference…"), "conference", "Ctrl+Shift+C",
     QT_TRANSLATE_NOOP("CallActions", "Add another number to the call at once")},
    {CallOperation::InitiateConference,
     QT_TRANSLATE_NOOP("CallActions", "Consult c&onference…"), "consult", "Ctrl+Alt+C",
     QT_TRANSLATE_NOOP("CallActions", "Talk to the new party first, then join everyone")},
    {CallOperation::CompleteConference,
     QT_TRANSLATE_NOOP("CallActions", "Complete conf&erence"), "complete", "Ctrl+Shift+J",
     QT_TRANSLATE_NOOP("CallActions", "Join the consulted party into the call")},
    {CallOperation::CancelConsult, QT_TRANSLATE_NOOP("CallActions", "Cancel co&nsult"), "hangup",
     "Ctrl+Shift+X",
     QT_TRANSLATE_NOOP("CallActions", "Hang up the consult call and take the caller back")},
    {CallOperation::RemoveParticipant,
     QT_TRANSLATE_NOOP("CallActions", "Remo&ve participant"), "remove", "Ctrl+Shift+Del",
     QT_TRANSLATE_NOOP("CallActions", "Drop the selected participant from the conference")},
    {CallOperation::SwapCalls, QT_TRANSLATE_NOOP("CallActions", "S&wap"), "swap",
     "Ctrl+Shift+W", QT_TRANSLATE_NOOP("CallActions", "Hold this call and take the other one")},
    {CallOperation::MergeWithOtherCall,
     QT_TRANSLATE_NOOP("CallActions", "Mer&ge calls"), "merge", "Ctrl+Shift+G",
     QT_TRANSLATE_NOOP("CallActions", "Join your two calls into one conference")},
};


} // namespace

CallActions::CallActions(QObject *parent)
    : QObject(parent)
    , m_callerNameKeys(CallCard::Settings::load().callerNameKeys)
{
    for (const OperationInfo &i : kOperations) {
        auto *action =
            new QAction(SvgIcons::icon(QString::fromLatin1(i.icon)), QString(), this);
        action->setShortcut(QKeySequence(QLatin1String(i.shortcut)));
        // From the wire name, never from translated text: tests and tools find it by name.
        action->setObjectName(u"action_"_s + CallOperations::name(i.op));
        action->setEnabled(false);
        const CallOperation op = i.op;
        connect(action, &QAction::triggered, this, [this, op] { emit triggered(op); });
        m_actions.insert(op, action);
    }
    retranslate();
}

void CallActions::retranslate()
{
    for (const OperationInfo &i : kOperations) {
        QAction *action = m_actions.value(i.op);
        const QString tip = tr(i.tip);
        QString plain = tr(i.text);
        plain.remove(u'&');
        plain.remove(u'…');
        Tips &tips = m_tips[i.op];
        tips.name = plain;
        tips.tip = tip;
        action->setWhatsThis(tip);
        if (i.op != CallOperation::Answer) { // Answer names its caller (showAnswer)
            action->setProperty("accessibleName", plain);
            action->setText(tr(i.text));
        }
        showTips(i.op);
    }
    showAnswer();
}

bool CallActions::isTransferOrConference(CallOperation op)
{
    return op >= CallOperation::SingleStepTransfer && op <= CallOperation::CancelConsult;
}

QList<CallOperation> CallActions::callOperations()
{
    QList<CallOperation> ops;
    for (const OperationInfo &i : kOperations)
        if (i.op != CallOperation::Dial)
            ops.append(i.op);
    return ops;
}

void CallActions::updateAvailability(
    const std::function<QString(CallOperation)> &unavailableReason)
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        m_tips[it.key()].reason = unavailableReason(it.key());
        showTips(it.key());
        it.value()->setEnabled(m_tips[it.key()].reason.isEmpty());
    }
}

void CallActions::showShortcuts()
{
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        showTips(it.key());
}

void CallActions::showTips(CallOperation op)
{
    QAction *action = m_actions.value(op);
    const Tips &tips = m_tips[op];
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    const QString enabledTip = keys.isEmpty() ? tips.tip : tips.tip + u" ("_s + keys + u')';
    //: A disabled control's tip: the action, then why, e.g. "Swap: you need a second call"
    const QString why = tr("%1: %2").arg(tips.name, tips.reason);
    // QAction ignores a value it already has, so the buttons repaint only on a change.
    action->setToolTip(tips.reason.isEmpty() ? enabledTip : why);
    action->setStatusTip(tips.reason.isEmpty() ? tips.tip : why);
}

void CallActions::describeIn(QWidget *button, CallOperation op)
{
    QAction *action = m_actions.value(op);
    auto describe = [action, button] {
        if (button->accessibleDescription() != action->statusTip())
            button->setAccessibleDescription(action->statusTip());
        // The name follows the text too ("Answer Jane Doe" while a caller rings).
        const QString name = action->property("accessibleName").toString();
        if (!name.isEmpty() && button->accessibleName() != name)
            button->setAccessibleName(name);
    };
    describe();
    connect(action, &QAction::changed, button, describe);
}

void CallActions::setRingingCall(const Call *ringing)
{
    QString caller;
    if (ringing) {
        // The name the case data carries (the call card's keys), else the number.
        caller = callerNameFromCaseData(ringing->userData, m_callerNameKeys).trimmed();
        if (caller.isEmpty())
            caller = ringing->remoteParty();
        if (caller.size() > 24) // the button stays a button
            caller = caller.left(23).trimmed() + u'…';
    }
    m_ringingCaller = caller;
    showAnswer();
}

void CallActions::showAnswer()
{
    QAction *answer = m_actions.value(CallOperation::Answer);
    const QString &caller = m_ringingCaller;
    const QString plain = caller.isEmpty() ? m_tips[CallOperation::Answer].name
                                           : tr("Answer %1").arg(caller);
    // A "&" in a name is shown as itself, not as a mnemonic.
    const QString text = caller.isEmpty()
                             ? tr("&Answer")
                             : tr("&Answer %1").arg(QString(caller).replace(u'&', u"&&"_s));
    if (answer->text() != text) {
        answer->setProperty("accessibleName", plain);
        answer->setText(text); // emits changed: the buttons take the new name
    }
}
