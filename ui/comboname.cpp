#include "comboname.h"

#include <QAbstractItemView>
#include <QComboBox>

void setComboAccessibleName(QComboBox *combo, const QString &name)
{
    combo->setAccessibleName(name);
    combo->view()->setAccessibleName(name);
}
