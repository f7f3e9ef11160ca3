#pragma once

#include <QStyledItemDelegate>

// Draws the call tree with an icon per state (and a muted mark), so state is shown by
// text, colour (from the model) and icon. Icons are a UI concern; the model stays GUI-free.
class CallDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
