#pragma once

#include <QTimer>
#include <QWidget>

class AfterCallWork;
class QLabel;
class QPushButton;

// The after-call work line of the wrap-up card: "After-call work: 0:42 left", or without
// a countdown when the server set no time, with Extend for timed after-call work only;
// hidden when the agent is not in after-call work. The countdown ticks only while shown.
// Screen readers get a fixed name and the end time as its description, so nothing is
// announced every second.
class AfterCallClock : public QWidget
{
    Q_OBJECT
public:
    explicit AfterCallClock(AfterCallWork *afterCallWork, QWidget *parent = nullptr);

    AfterCallWork *afterCallWork() const { return m_acw; }
    QLabel *clock() const { return m_clock; }
    QPushButton *extendButton() const { return m_extend; }
    QLabel *problem() const { return m_problem; }
    // What Done does besides saving: "Done: back to Not Ready - Lunch" while in
    // after-call work, else empty.
    QString doneDescription() const;

    // Done waits for the agent's state to come back.
    bool isDoneBusy() const;

signals:
    void doneChanged(); // the description or busy state of Done may have changed

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void tick();

    AfterCallWork *m_acw;
    QLabel *m_clock;
    QPushButton *m_extend;
    QLabel *m_problem;
    QTimer m_ticker; // single shot, set to the next change of the shown second
};
