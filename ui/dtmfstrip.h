#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// The tones sent on a call, in order, with a Mask switch for PINs and card numbers: tones
// sent while it is on show as dots (the controller keeps no other copy, and never logs
// digits). The window tells it which call and what was sent.
class DtmfStrip : public QWidget
{
    Q_OBJECT
public:
    explicit DtmfStrip(QWidget *parent = nullptr);

    // `party`: who the tones go to (empty: no call takes tones now).
    void showTones(const QString &party, const QString &sent, bool masked);

    QLabel *digitsLabel() const { return m_digits; }
    QToolButton *maskButton() const { return m_mask; }

signals:
    void maskToggled(bool masked);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    // What is shown, to say it again in another language.
    QString m_party;
    QString m_sent;
    bool m_masked = false;
    QLabel *m_title;
    QLabel *m_digits;
    QToolButton *m_mask;
};
