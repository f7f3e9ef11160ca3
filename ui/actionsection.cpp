#include "actionsection.h"

#include <QAction>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

QString actionLabel(const QAction *action)
{
    QString text = action->text();
    text.replace(u"&&"_s, u"\x01"_s); // a literal ampersand survives
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

QTreeWidgetItem *addSectionHeading(QTreeWidget *tree, const QString &title)
{
    auto *heading = new QTreeWidgetItem(tree, {title});
    QFont bold = heading->font(0);
    bold.setBold(true);
    heading->setFont(0, bold);
    heading->setFirstColumnSpanned(true);
    heading->setFlags(Qt::ItemIsEnabled);
    return heading;
}
