#pragma once

// Clicking an item of a popup menu as a user does. Menus open with a blocking exec(), so
// the click is armed first and happens from inside the menu's own event loop.

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QMenu>
#include <QPointer>
#include <QTimer>
#include <QtTest>
#include <functional>

// Runs `open` (which shows a popup menu and may block in it), then clicks the entry of
// `action` in that menu with the mouse. True if the menu showed the action enabled and it
// was clicked; otherwise the menu is closed and the result is false (callers assert it).
[[nodiscard]] inline bool clickInMenu(QAction *action, const std::function<void()> &open)
{
    bool clicked = false;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu) {
            if (clock.elapsed() > 5000)
                poll.stop(); // no menu ever showed
            return;
        }
        poll.stop();
        const QRect where = menu->actionGeometry(action);
        if (!menu->actions().contains(action) || !action->isEnabled() || where.isEmpty()) {
            menu->close();
            return;
        }
        QTest::mouseMove(menu, where.center());
        QTest::mouseClick(menu, Qt::LeftButton, {}, where.center());
        clicked = true;
        if (menu->isVisible()) // a click that did not close it: close, so open() returns
            menu->close();
    });
    poll.start();
    open();
    // open() returns at once for a non-blocking popup: let the poll find it.
    // The outcome is `clicked` (false when the menu never showed), which callers assert.
    const bool pollEnded = QTest::qWaitFor([&] { return !poll.isActive(); }, 6000);
    return pollEnded && clicked;
}
