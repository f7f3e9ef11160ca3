#include "readyreporter.h"

#include "session.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <cstdio>

ReadyReporter::ReadyReporter(QWidget *window, Session *session, QElapsedTimer clock)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_clock(clock)
{
    window->winId(); // creates the native window, so there is a QWindow to watch
    window->windowHandle()->installEventFilter(this);
    connect(session, &Session::statusChanged, this, &ReadyReporter::check);
}

bool ReadyReporter::eventFilter(QObject *, QEvent *event)
{
    // Checked once the expose event has been handled, i.e. the first frame flushed.
    if (event->type() == QEvent::Expose)
        QTimer::singleShot(0, this, &ReadyReporter::check);
    return false;
}

void ReadyReporter::check()
{
    if (m_done || !m_window->windowHandle()->isExposed()
        || m_session->status() != Session::Status::Online)
        return;
    m_done = true;
    std::fprintf(stderr, "ready %lld\n", static_cast<long long>(m_clock.elapsed()));
    std::fflush(stderr);
}
