#pragma once

#include "actionsection.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

// The cheat sheet (F1): every action with its shortcut, by section, read from the actions
// when shown. Non-modal, so it can stay open beside the work; Esc closes it.
class ShortcutSheet : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutSheet(QWidget *parent = nullptr);

    void showSections(const QList<ActionSection> &sections, const QString &footer);
    QTreeWidget *tree() const { return m_tree; }
    // The shortcut the sheet lists for the action with this text; empty if none or not listed.
    QString shortcutListedFor(const QString &label) const;

signals:
    void customizeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTreeWidget *m_tree;
    QPushButton *m_customize;
    QLabel *m_footer;
};
