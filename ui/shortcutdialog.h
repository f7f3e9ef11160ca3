#pragma once

#include "actionsection.h"

#include <QDialog>
#include <QPointer>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class ShortcutSettings;

// "Customize shortcuts": one key-sequence field per action, by section. A new sequence is
// checked (ShortcutSettings::assign), applied and saved at once; one another action has is
// refused and the message says which. "Reset to defaults" brings back the built-in keys.
class ShortcutDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutDialog(ShortcutSettings *settings, QWidget *parent = nullptr);

    void showSections(const QList<ActionSection> &sections);
    QKeySequenceEdit *editFor(const QString &actionName) const;
    QLabel *message() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onEdited(QAction *action, QKeySequenceEdit *edit);
    void showHint(); // how to enter keys, until something happened to say
    void showCurrent();

    ShortcutSettings *m_settings;
    QTreeWidget *m_tree;
    QLabel *m_message;
    struct Row
    {
        QPointer<QAction> action; // agent states come and go with the server's settings
        QKeySequenceEdit *edit;
        QTreeWidgetItem *item;
        QAction *clear; // the field's clear button's action; null if Qt has none
    };
    void showLabel(const Row &row); // the action's words on its row and field
    QList<Row> m_rows;
    QList<QTreeWidgetItem *> m_headings; // one per section
    QPushButton *m_reset;
    bool m_hintShown = true; // the message is the hint, not what the last change did
    bool m_updating = false; // setting the fields from the actions, not the agent typing
};
