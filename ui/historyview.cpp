#include "historyview.h"

#include "actiondescription.h"
#include "historymodel.h"
#include "svgicons.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// Missed calls the agent has not seen yet are bold (the Call column also says "Missed").
class UnseenDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(HistoryModel::UnseenMissedRole).toBool())
            option->font.setBold(true);
    }
};
} // namespace

HistoryView::HistoryView(HistoryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    auto *filterRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setClearButtonEnabled(false);
    m_missedOnly = new QCheckBox(this);
    m_missedOnly->setObjectName(u"historyMissedOnly"_s);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_missedOnly);
    layout->addLayout(filterRow);

    m_table = new QTableView(this);
    m_table->setObjectName(u"historyTable"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new UnseenDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    // Sized to what the loaded rows hold; the name takes what is left.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::NameColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_table, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"historyProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QHBoxLayout;
    m_callBack = new QAction(SvgIcons::icon(u"dial"), QString(), this);
    m_callBack->setObjectName(u"historyCallBack"_s);
    m_copy = new QAction(this);
    m_copy->setObjectName(u"historyCopy"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export = new QAction(this);
    m_export->setObjectName(u"historyExport"_s);
    for (QAction *action : {m_callBack, m_copy, m_export}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        describeButtonByAction(button, action); // with why it cannot run now
        buttons->addWidget(button);
        if (action != m_export)
            m_table->addAction(action);
        addAction(action);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryView::applyFilter);
    connect(m_missedOnly, &QCheckBox::toggled, this, &HistoryView::applyFilter);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_selectedCallId = m_table->currentIndex().data(HistoryModel::CallIdRole).toString();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryView::afterReset);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryView::afterReset);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HistoryView::updateActions);
    connect(m_table, &QAbstractItemView::activated, m_callBack, &QAction::trigger);
    connect(m_callBack, &QAction::triggered, this, [this] {
        if (const QString number = selectedNumber(); !number.isEmpty())
            emit callBackRequested(number);
    });
    connect(m_copy, &QAction::triggered, this, [this] {
        if (const QString number = selectedNumber(); !number.isEmpty())
            QApplication::clipboard()->setText(number);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        // Window-modal, not blocking (no nested event loop): calls go on being shown.
        auto *dialog = new QFileDialog(this, tr("Export the call history"), QString(),
                                       tr("CSV files (*.csv)"));
        dialog->setObjectName(u"historyExportDialog"_s);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(u"csv"_s);
        dialog->selectFile(u"call-history.csv"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, this, &HistoryView::exportTo);
        dialog->open();
    });
    retranslateUi();
}

void HistoryView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search number, name or case data"));
    m_search->setAccessibleName(tr("Search the call history"));
    m_missedOnly->setText(tr("&Missed only"));
    m_table->setAccessibleName(tr("Call history"));
    m_callBack->setText(tr("&Call back"));
    m_callBack->setToolTip(tr("Dial the number of the selected call"));
    m_copy->setText(tr("C&opy number"));
    m_copy->setToolTip(tr("Copy the number of the selected call"));
    m_export->setText(tr("&Export to CSV…"));
    m_export->setToolTip(tr("Save the calls shown to a CSV file"));
    // The model words its header and cells in the language of the moment: sized again.
    QHeaderView *header = m_table->horizontalHeader();
    if (header->count() > 0)
        header->headerDataChanged(Qt::Horizontal, 0, header->count() - 1);
    afterReset(); // the selection's reasons and the history's problem, in these words
}

void HistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString HistoryView::selectedNumber() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(HistoryModel::NumberRole).toString() : QString();
}

bool HistoryView::exportTo(const QString &path)
{
    QSaveFile file(path); // all or nothing: a failed export leaves no half file behind
    const bool ok = file.open(QIODevice::WriteOnly) && m_model->exportCsv(&file) && file.commit();
    m_problem->setVisible(!ok);
    if (!ok) {
        m_problem->setText(tr("Could not export the history to %1: %2").arg(path, file.errorString()));
        qWarning("history: export to %s failed: %s", qPrintable(path), qPrintable(file.errorString()));
    }
    return ok;
}

void HistoryView::afterReset()
{
    if (!m_selectedCallId.isEmpty() && !m_table->currentIndex().isValid()) {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(HistoryModel::CallIdRole).toString() == m_selectedCallId) {
                m_table->setCurrentIndex(index);
                break;
            }
        }
    }
    const QString problem = m_model->unavailableReason();
    if (!problem.isEmpty()) {
        m_problem->setText(tr("The call history is not available: %1").arg(problem));
        m_problem->show();
    }
    updateActions();
}

void HistoryView::applyFilter()
{
    m_model->setFilter(m_search->text(), m_missedOnly->isChecked());
}

void HistoryView::updateActions()
{
    const bool selected = !selectedNumber().isEmpty();
    const QString why = tr("Select a call in the history first");
    for (QAction *action : {m_callBack, m_copy}) {
        action->setEnabled(selected);
        action->setStatusTip(selected ? QString() : why);
    }
}
