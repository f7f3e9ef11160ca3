#pragma once

#include <QLabel>
#include <QWidget>

// A form's label whose mnemonic reaches `field` (its text is set with the others', on each
// language change).
inline QLabel *formLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}
