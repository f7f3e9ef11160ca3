#pragma once

#include "calloperation.h"
#include "operationcontext.h"

#include <QHash>
#include <functional>
#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QWidget;
struct Call;

// The call operations the agent can trigger (app's table, calloperation.h), as one QAction
// each, shared by the control bar, menus, context menu and shortcuts, and enabled from one
// place (updateAvailability, by app's rule and its reasons). This file adds only what the
// agent sees: text, icon, shortcut, tip, and "<Action>: <reason>" while disabled.
class CallActions : public QObject
{
    Q_OBJECT
public:
    explicit CallActions(QObject *parent = nullptr);

    QAction *action(CallOperation op) const { return m_actions.value(op); }
    // The actions that act on the selected call, in toolbar order (all but Dial).
    static QList<CallOperation> callOperations();
    // Transfer and conference work (its own toolbar row and cheat-sheet section).
    static bool isTransferOrConference(CallOperation op);

    // Enables each action exactly when `unavailableReason(op)` is empty (app's
    // operationUnavailableReason on the context of the call that operation means). A
    // disabled action's tool tip and status tip say why: "<Action>: <reason>".
    void updateAvailability(const std::function<QString(CallOperation)> &unavailableReason);
    // Keeps `button`'s accessible description equal to the action's status tip, so a screen
    // reader hears why a button is disabled too: QAction has no accessible description.
    void describeIn(QWidget *button, CallOperation op);
    // Answer names the caller it will answer ("Answer Jane Doe", "Answer 5001") while
    // `ringing` rings; plain "Answer" for null.
    void setRingingCall(const Call *ringing);
    // The tips repeat each action's shortcut: shown again after the agent changed one.
    void showShortcuts();
    // Every text again, in the language now installed (the window's LanguageChange).
    void retranslate();

signals:
    void triggered(CallOperation op);

private:
    struct Tips
    {
        QString name; // the action's text without mnemonic and ellipsis
        QString tip;  // what it does
        QString reason; // why it cannot now; empty while enabled
    };
    void showTips(CallOperation op);
    void showAnswer(); // "Answer" or "Answer <caller>"

    QHash<CallOperation, QAction *> m_actions;
    QHash<CallOperation, Tips> m_tips; // what an enabled action says
    QStringList m_callerNameKeys;      // case data keys with the caller's name
    QString m_ringingCaller;           // whom Answer would answer; empty: no one rings
};
