#include "screenshot.h"

#include "callactions.h"
#include "commandpalette.h"
#include "keyboardcommands.h"
#include "mainwindow.h"
#include "session.h"

#include <QApplication>
#include <QDebug>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <memory>

namespace {

// Time for the scene to settle (the server to answer, the popup to lay out).
constexpr int kSceneMs = 1500;
// "wrapup": long enough for the far side to end the answered call (scripts/screenshot.sh
// hangs up a second after the answer) and the wrap-up card to count down a little.
constexpr int kWrapUpSceneMs = 4500;

bool setUp(MainWindow *window, const QString &scene)
{
    if (scene == QLatin1String("window"))
        return true;
    if (scene == QLatin1String("answer") || scene == QLatin1String("wrapup")) {
        window->actions()->action(CallOperation::Answer)->trigger();
        return true;
    }
    if (scene == QLatin1String("palette")) {
        window->keyboard()->showPalette();
        window->keyboard()->palette()->searchEdit()->setText(QStringLiteral("ho"));
        return true;
    }
    if (scene == QLatin1String("history")) {
        window->historyAction()->trigger();
        return true;
    }
    return false;
}

// The window with every other visible top-level window (a popup, a dialog) painted where
// it is on screen: what the agent sees.
QPixmap grabWithPopups(QWidget *window)
{
    QPixmap shot = window->grab();
    QPainter painter(&shot);
    const QPoint origin = window->mapToGlobal(QPoint(0, 0));
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *top : tops)
        if (top != window && top->isVisible() && top->window() == top)
            painter.drawPixmap(top->mapToGlobal(QPoint(0, 0)) - origin, top->grab());
    return shot;
}

} // namespace

void scheduleScreenshot(MainWindow *window, Session *session, const QString &file, int delayMs,
                        const QString &scene)
{
    auto started = std::make_shared<bool>(false); // online again after a reconnect: once
    auto shoot = [=] {
        if (std::exchange(*started, true))
            return;
        QTimer::singleShot(delayMs, window, [=] {
            if (!setUp(window, scene)) {
                qWarning().noquote() << "unknown screenshot scene" << scene;
                QCoreApplication::exit(1);
                return;
            }
            const int settleMs = scene == QLatin1String("window")   ? 0
                                 : scene == QLatin1String("wrapup") ? kWrapUpSceneMs
                                                                    : kSceneMs;
            QTimer::singleShot(settleMs, window, [=] {
                const bool saved = grabWithPopups(window).save(file);
                qInfo().noquote() << (saved ? "screenshot saved to" : "could not save") << file;
                QCoreApplication::exit(saved ? 0 : 1);
            });
        });
    };
    QObject::connect(session, &Session::statusChanged, window, [=](Session::Status s) {
        if (s == Session::Status::Online || s == Session::Status::Failed)
            shoot();
    });
}
