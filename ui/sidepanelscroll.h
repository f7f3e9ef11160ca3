#pragma once

#include <QScrollArea>

// The main window's side panel (wrap-up, call card, keypad, case data) scrolls vertically
// instead of setting the window's minimum height: at 200 % scale on a 1080p screen the
// whole panel (about 890 logical px) would not fit. It never scrolls sideways: its minimum
// width follows the panel's, so no text is cut.
class SidePanelScroll : public QScrollArea
{
    Q_OBJECT
public:
    explicit SidePanelScroll(QWidget *panel, QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    void retranslateUi();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
};
