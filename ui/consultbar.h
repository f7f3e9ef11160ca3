#pragma once

#include <QWidget>

class QLabel;
class CallActions;
struct Call;

// Shown while a consultation is open: who is consulted for which call, with Complete
// and Cancel (the shared actions, so enabled state stays in one place).
class ConsultBar : public QWidget
{
    Q_OBJECT
public:
    ConsultBar(CallActions *actions, QWidget *parent = nullptr);
    void showPair(const Call *original, const Call *consult); // nullptr consult hides the bar

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QString m_consulted; // who is consulted, as shown
    QString m_caller;    // who waits on hold; empty if that call is not known here
};
