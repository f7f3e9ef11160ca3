#pragma once

#include <QList>
#include <QString>

class QAction;
class QTreeWidget;
class QTreeWidgetItem;

// A group of the window's actions as the cheat sheet, the palette and the shortcut editor
// show them ("Calls", "Transfer and conference", "Agent state", ...), built from the
// actions themselves each time, so a new action or a remapped key shows everywhere.
struct ActionSection
{
    QString title;
    QList<QAction *> actions;
};

// An action's text as words: without the mnemonic marker ("Hang &up" -> "Hang up").
QString actionLabel(const QAction *action);

// A section's heading row in a tree of actions: bold, across every column, not selectable.
QTreeWidgetItem *addSectionHeading(QTreeWidget *tree, const QString &title);
