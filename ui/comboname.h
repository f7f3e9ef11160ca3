#pragma once

class QComboBox;
class QString;

// Names a combo box and its popup list alike: a screen reader that enters the list
// (QComboBox::view()) says what is being chosen, not just "list".
void setComboAccessibleName(QComboBox *combo, const QString &name);
