#include "shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ShortcutSheet::ShortcutSheet(QWidget *parent)
    : QDialog(parent)
    , m_tree(new QTreeWidget(this))
    , m_footer(new QLabel(this))
{
    setObjectName(u"shortcutSheet"_s);
    m_tree->setObjectName(u"shortcutTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    const QFontMetrics metrics = fontMetrics(); // sizes follow the font (large text too)
    m_tree->setColumnWidth(1, metrics.averageCharWidth() * 22);
    m_footer->setObjectName(u"shortcutSheetFooter"_s);
    m_footer->setTextFormat(Qt::PlainText);
    m_footer->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_customize = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_customize->setObjectName(u"customizeShortcuts"_s);
    connect(m_customize, &QPushButton::clicked, this, &ShortcutSheet::customizeRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_footer);
    layout->addWidget(buttons);
    resize(metrics.averageCharWidth() * 60, metrics.lineSpacing() * 36);
    retranslateUi();
}

// The sections and the footer come from KeyboardCommands, which shows them again.
void ShortcutSheet::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setAccessibleName(tr("Actions and their shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_customize->setText(tr("&Customize shortcuts…"));
}

void ShortcutSheet::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutSheet::showSections(const QList<ActionSection> &sections, const QString &footer)
{
    m_tree->clear();
    for (const ActionSection &section : sections) {
        QTreeWidgetItem *heading = addSectionHeading(m_tree, section.title);
        for (QAction *action : section.actions) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            auto *item = new QTreeWidgetItem(heading, {actionLabel(action), keys});
            item->setData(0, Qt::AccessibleDescriptionRole,
                          keys.isEmpty() ? tr("no shortcut") : keys);
            item->setToolTip(0, action->statusTip().isEmpty() ? action->toolTip()
                                                               : action->statusTip());
        }
        heading->setExpanded(true);
    }
    m_footer->setText(footer);
    if (QTreeWidgetItem *first = m_tree->topLevelItemCount() ? m_tree->topLevelItem(0) : nullptr)
        if (first->childCount())
            m_tree->setCurrentItem(first->child(0));
    m_tree->setFocus();
}

QString ShortcutSheet::shortcutListedFor(const QString &label) const
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        const QTreeWidgetItem *section = m_tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i)
            if (section->child(i)->text(0) == label)
                return section->child(i)->text(1);
    }
    return {};
}
