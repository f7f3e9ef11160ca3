#include "actiondescription.h"

#include <QAction>
#include <QWidget>

void describeButtonByAction(QWidget *button, QAction *action)
{
    auto describe = [button, action] {
        // Set only on a change: each set is an event for a screen reader.
        if (button->accessibleName() != action->iconText())
            button->setAccessibleName(action->iconText());
        if (button->accessibleDescription() != action->statusTip())
            button->setAccessibleDescription(action->statusTip());
    };
    describe();
    QObject::connect(action, &QAction::changed, button, describe);
}
