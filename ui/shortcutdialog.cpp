#include "shortcutdialog.h"

#include "shortcutsettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShortcutDialog::ShortcutDialog(ShortcutSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tree(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"shortcutDialog"_s);
    m_tree->setObjectName(u"shortcutEditors"_s);
    m_tree->setColumnCount(3);
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics(); // sizes follow the font (large text too)
    m_tree->setColumnWidth(1, metrics.averageCharWidth() * 24);
    m_tree->setColumnWidth(2, metrics.averageCharWidth() * 15);
    m_message->setObjectName(u"shortcutMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_reset = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    m_reset->setObjectName(u"resetShortcuts"_s);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_settings->resetToDefaults();
        m_hintShown = false;
        m_message->setText(tr("The built-in shortcuts are back."));
        m_message->setStyleSheet({});
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_settings, &ShortcutSettings::changed, this, &ShortcutDialog::showCurrent);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 37);
    retranslateUi();
}

// The rows come from KeyboardCommands, which shows them again.
void ShortcutDialog::retranslateUi()
{
    setWindowTitle(tr("Customize shortcuts"));
    m_tree->setAccessibleName(tr("Shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Default")});
    m_reset->setText(tr("&Reset to defaults"));
    if (m_hintShown)
        showHint();
}

void ShortcutDialog::showHint()
{
    m_message->setText(tr("Click a field and press the new keys. Keys alone are for function "
                          "keys only; use Ctrl or Alt with a letter."));
}

void ShortcutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutDialog::showSections(const QList<ActionSection> &sections)
{
    QList<QAction *> actions;
    for (const ActionSection &section : sections)
        actions.append(section.actions);
    QList<QAction *> shown;
    for (const Row &row : std::as_const(m_rows))
        shown.append(row.action);
    // The same actions (another language): worded anew in place, the fields kept.
    if (actions == shown && sections.size() == m_headings.size()) {
        for (int s = 0; s < sections.size(); ++s)
            m_headings[s]->setText(0, sections[s].title);
        for (const Row &row : std::as_const(m_rows))
            showLabel(row);
        showCurrent();
        return;
    }
    m_tree->clear();
    m_rows.clear();
    m_headings.clear();
    for (const ActionSection &section : sections) {
        QTreeWidgetItem *heading = addSectionHeading(m_tree, section.title);
        m_headings.append(heading);
        for (QAction *action : section.actions) {
            auto *item = new QTreeWidgetItem(heading);
            auto *edit = new QKeySequenceEdit(m_tree);
            edit->setObjectName(u"keys_"_s + action->objectName());
            edit->setClearButtonEnabled(true);
            // Qt's clear button shows an icon only: its action's text names it (showLabel).
            QAction *clear = nullptr;
            for (QAction *a : edit->findChildren<QAction *>())
                if (a->text().isEmpty())
                    clear = a;
            m_tree->setItemWidget(item, 1, edit);
            m_rows.append({action, edit, item, clear});
            showLabel(m_rows.last());
            QPointer<QAction> guarded = action;
            connect(edit, &QKeySequenceEdit::keySequenceChanged, edit,
                    [this, guarded, edit] {
                        if (guarded)
                            onEdited(guarded, edit);
                    },
                    Qt::QueuedConnection); // after the field is done with the key event
        }
        heading->setExpanded(true);
    }
    showCurrent();
}

void ShortcutDialog::showLabel(const Row &row)
{
    if (!row.action)
        return;
    const QString label = actionLabel(row.action);
    row.item->setText(0, label);
    row.item->setText(
        2, ShortcutSettings::defaultShortcut(row.action).toString(QKeySequence::NativeText));
    row.edit->setAccessibleName(tr("Shortcut for %1").arg(label));
    if (row.clear)
        row.clear->setText(tr("Clear the shortcut for %1").arg(label));
}

QKeySequenceEdit *ShortcutDialog::editFor(const QString &actionName) const
{
    for (const Row &row : m_rows)
        if (row.action && row.action->objectName() == actionName)
            return row.edit;
    return nullptr;
}

void ShortcutDialog::showCurrent()
{
    m_updating = true;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.action)
            continue;
        row.edit->setKeySequence(row.action->shortcut());
        const QString keys = row.action->shortcut().toString(QKeySequence::NativeText);
        row.edit->setAccessibleDescription(keys.isEmpty() ? tr("no shortcut") : keys);
    }
    m_updating = false;
}

void ShortcutDialog::onEdited(QAction *action, QKeySequenceEdit *edit)
{
    if (m_updating)
        return;
    // One chord is a shortcut: the first keys pressed, without waiting for more.
    QKeySequence keys = edit->keySequence();
    if (!keys.isEmpty())
        keys = QKeySequence(keys[0]);
    if (keys == action->shortcut())
        return; // the field shows what the action has (showCurrent): nothing to say
    const QString label = actionLabel(action);
    const QString typed = keys.toString(QKeySequence::NativeText);
    const ShortcutCheck check = m_settings->assign(action, keys);
    m_hintShown = false; // what happened is said now, in the words of the moment
    switch (check.verdict) {
    case ShortcutCheck::Verdict::Ok:
        m_message->setStyleSheet({});
        m_message->setText(keys.isEmpty() ? tr("%1 has no shortcut now.").arg(label)
                                          : tr("%1 is now %2.").arg(label, typed));
        break;
    case ShortcutCheck::Verdict::Conflict: {
        QAction *other = m_settings->actionNamed(check.otherId);
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->setText(tr("%1 is already the shortcut of %2. Give %2 another one first, "
                              "or choose other keys for %3.")
                               .arg(typed, other ? actionLabel(other) : check.otherId, label));
        break;
    }
    case ShortcutCheck::Verdict::NeedsModifier:
        m_message->setStyleSheet(u"color: #b00020;"_s);
        m_message->setText(tr("%1 alone would type or move the cursor: use Ctrl or Alt with "
                              "it, or a function key (F2…F12).")
                               .arg(typed));
        break;
    }
    edit->setAccessibleDescription(m_message->text());
    showCurrent(); // the field shows what the action really has now
}
