#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QToolButton;

// A telephone keypad (1-9, *, 0, # with letters). It only reports key presses; the window
// decides whether a key builds the number to dial or is sent as DTMF. The keyboard works
// as well as the mouse while the pad has focus.
class DialPad : public QWidget
{
    Q_OBJECT
public:
    explicit DialPad(QWidget *parent = nullptr);

    QToolButton *button(QChar key) const { return m_buttons.value(key); }
    void setSentDigits(const QString &digits); // the DTMF already sent on the current call
    QString sentDigits() const;
    // Off where another widget shows the tones (the window's DTMF strip).
    void setSentDigitsVisible(bool visible);
    // Presses the key as a click would (keyboard input from elsewhere in the window).
    bool pressKey(QChar key);

signals:
    void keyPressed(QChar key);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QHash<QChar, QToolButton *> m_buttons;
    QLabel *m_sent;
};
