#include "screenshot.h"

#include "callactions.h"
#include "commandpalette.h"
#include "keyboardcommands.h"
#include "mainwindow.h"
#include "session.h"
#include "wrapupcard.h"

#include <QApplication>
#include <QDebug>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

// Time for the scene to settle (the server to answer, the popup to lay out).
constexpr int kSceneMs = 1500;
// "wrapup": the far side ends the answered call (scripts/screenshot.sh hangs up a second
// after the answer), however long that takes on a loaded machine; the shot is taken once
// the wrap-up card shows and has counted down a little, or the scene fails.
constexpr int kWrapUpWaitMs = 30000;
constexpr int kWrapUpCountMs = 1500;

bool wrapUpCardShown(const MainWindow *window)
{
    // The ended call's card (with Done), not the live call's notes.
    const auto *card = window->findChild<WrapUpCard *>();
    return card && card->isVisible() && card->doneButton()->isVisible();
}

// Calls `then` once the wrap-up card shows; false to `then` if it never did.
void whenWrapUpShows(MainWindow *window, std::function<void(bool)> then)
{
    auto *poll = new QTimer(window);
    auto waited = std::make_shared<QElapsedTimer>();
    waited->start();
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        const bool shown = wrapUpCardShown(window);
        if (!shown && waited->elapsed() < kWrapUpWaitMs)
            return;
        poll->deleteLater();
        then(shown);
    });
    poll->start(100);
}

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
            auto save = [=] {
                const bool saved = grabWithPopups(window).save(file);
                qInfo().noquote() << (saved ? "screenshot saved to" : "could not save") << file;
                QCoreApplication::exit(saved ? 0 : 1);
            };
            if (scene == QLatin1String("wrapup")) {
                whenWrapUpShows(window, [=](bool shown) {
                    if (!shown) {
                        qWarning().noquote() << "the wrap-up card did not show within"
                                             << kWrapUpWaitMs / 1000 << "s";
                        QCoreApplication::exit(1);
                        return;
                    }
                    QTimer::singleShot(kWrapUpCountMs, window, save);
                });
                return;
            }
            QTimer::singleShot(scene == QLatin1String("window") ? 0 : kSceneMs, window, save);
        });
    };
    QObject::connect(session, &Session::statusChanged, window, [=](Session::Status s) {
        if (s == Session::Status::Online || s == Session::Status::Failed)
            shoot();
    });
}
