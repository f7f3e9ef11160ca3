#pragma once

#include <QGroupBox>

class AfterCallClock;
class AfterCallWork;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class WrapUp;

// The ended call's wrap-up, at the top of the side panel until the agent presses Done:
// who it was, how long, the case data, a disposition and notes. While no ended call waits,
// the live call's ("Notes on the current call", no Done: WrapUpSync attaches them to the
// call). A failure to send them to the server shows at its top until dismissed. Hidden
// when there is nothing of either.
class WrapUpCard : public QGroupBox
{
    Q_OBJECT
public:
    explicit WrapUpCard(WrapUp *wrapUp, QWidget *parent = nullptr);

    QComboBox *disposition() const { return m_disposition; }
    QPlainTextEdit *notes() const { return m_notes; }
    QPushButton *doneButton() const { return m_done; }
    QLabel *summary() const { return m_summary; }
    QLabel *serverProblem() const { return m_problem; }
    // After-call work: the countdown and Extend on the card, and Done returns the agent
    // to the state before the call first (AfterCallWork::finish).
    void setAfterCallWork(AfterCallWork *afterCallWork);
    AfterCallClock *afterCallClock() const { return m_clock; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showCurrent();
    void fillDispositions(const QString &chosen);
    void showServerProblem();
    void updateDone();
    QString chosenDisposition() const;

    WrapUp *m_wrapUp;
    QString m_callId; // the call shown, so a refresh keeps what the agent is typing
    QLabel *m_summary;
    QLabel *m_caseData;
    QComboBox *m_disposition;
    QPlainTextEdit *m_notes;
    QPushButton *m_done;
    QLabel *m_blocked;
    QLabel *m_dispositionLabel;
    QWidget *m_body;    // everything about the call shown
    QWidget *m_problemRow;
    QLabel *m_problem;
    QPushButton *m_dismiss;
    AfterCallClock *m_clock = nullptr;
};
