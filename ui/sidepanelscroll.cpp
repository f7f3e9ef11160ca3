#include "sidepanelscroll.h"

#include <QEvent>
#include <QScrollBar>

SidePanelScroll::SidePanelScroll(QWidget *panel, QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("sidePanelScroll"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(panel);
    panel->installEventFilter(this);
    // Not a Tab stop of its own: Tab goes to the controls inside, and the area scrolls to
    // show the one with the focus.
    setFocusPolicy(Qt::NoFocus);
    retranslateUi();
}

void SidePanelScroll::retranslateUi()
{
    setAccessibleName(tr("Call details, keypad and case data"));
}

void SidePanelScroll::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QScrollArea::changeEvent(event);
}

QSize SidePanelScroll::minimumSizeHint() const
{
    // As wide as the panel at its narrowest plus room for the scroll bar; as short as one
    // group's title and a row, so the window's height is no longer bound by the panel.
    const int width = widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width();
    return {width, fontMetrics().height() * 6};
}

QSize SidePanelScroll::sizeHint() const
{
    const QSize panel = widget()->sizeHint();
    return {panel.width() + verticalScrollBar()->sizeHint().width(), panel.height()};
}

bool SidePanelScroll::eventFilter(QObject *watched, QEvent *event)
{
    // The panel's content changed (a wrap-up card appeared, a language changed its texts):
    // the window's layout asks again how wide the panel must be.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}
