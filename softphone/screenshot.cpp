#include "screenshot.h"

#include "session.h"

#include <QCoreApplication>
#include <QDebug>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

void scheduleScreenshot(QWidget *window, Session *session, const QString &file, int delayMs)
{
    auto shoot = [=] {
        QTimer::singleShot(delayMs, window, [=] {
            const bool saved = window->grab().save(file);
            qInfo().noquote() << (saved ? "screenshot saved to" : "could not save") << file;
            QCoreApplication::exit(saved ? 0 : 1);
        });
    };
    QObject::connect(session, &Session::statusChanged, window, [=](Session::Status s) {
        if (s == Session::Status::Online || s == Session::Status::Failed)
            shoot();
    });
}
