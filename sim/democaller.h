#pragma once

// Demo mode: every ~20 s each agent with a started contact-center session who is Ready,
// not in Do Not Disturb and has no call ringing gets a call from a random outside number
// with some case data. Unanswered demo calls are abandoned by the caller after a while, as
// real callers do.

#include <QObject>
#include <QTimer>

class CallControl;
class Directory;
class Telephony;

class DemoCaller : public QObject
{
    Q_OBJECT
public:
    DemoCaller(Directory *directory, Telephony *telephony, CallControl *control,
               QObject *parent = nullptr);

    void setEnabled(bool on);
    bool isEnabled() const { return m_timer.isActive(); }
    void setInterval(int ms) { m_interval = qMax(10, ms); }
    void setAbandonAfter(int ms) { m_abandonAfter = qMax(0, ms); }
    // Rings every eligible agent now; returns how many calls it made.
    int ringAll();

private:
    void tick();

    Directory *m_directory;
    Telephony *m_telephony;
    CallControl *m_control;
    QTimer m_timer;
    int m_interval = 20000;
    int m_abandonAfter = 45000;
};
