#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;
class Session;

// Prints "ready <ms>" on stderr (ms on `clock`, started in main()) once `window` has been
// exposed, and so painted, and the session is online: the moment bench/ measures startup
// to (softphone --report-ready). Owned by the window.
class ReadyReporter : public QObject
{
public:
    ReadyReporter(QWidget *window, Session *session, QElapsedTimer clock);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QWidget *m_window;
    Session *m_session;
    QElapsedTimer m_clock;
    bool m_done = false;
};
