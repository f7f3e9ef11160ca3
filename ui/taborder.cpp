#include "taborder.h"

#include <QList>
#include <QWidget>

void placeInTabOrderAfter(QWidget *anchor, QWidget *part)
{
    QList<QWidget *> inside;
    for (QWidget *w = part->nextInFocusChain(); w != part; w = w->nextInFocusChain())
        if (part->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            inside.append(w);
    QWidget *previous = anchor;
    for (QWidget *w : std::as_const(inside)) {
        QWidget::setTabOrder(previous, w);
        previous = w;
    }
}
