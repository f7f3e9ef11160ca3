#include "commandpalette.h"

#include "fuzzymatch.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum Role { EntryRole = Qt::UserRole + 1, DetailRole, EnabledRole, SectionRole };
constexpr int kDisabledPenalty = 24; // about one word-start match (fuzzymatch.cpp)

// One line per entry: its text and, small, its section at the left; its shortcut (or, in
// red, why it cannot run) at the right; the text greyed when it cannot run.
class EntryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool enabled = index.data(EnabledRole).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        QColor main = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        QColor dim = opt.palette.color(QPalette::Disabled, QPalette::Text);
        if (selected)
            dim = main;
        const QRect area = opt.rect.adjusted(8, 0, -8, 0);
        const QString detail = index.data(DetailRole).toString();
        const QString section = index.data(SectionRole).toString();
        QFont small = opt.font;
        small.setPointSizeF(opt.font.pointSizeF() * 0.9);
        painter->save();
        // At the right: the detail, at most half the width, elided.
        painter->setFont(small);
        const QFontMetrics smallMetrics(small);
        const QString shownDetail =
            smallMetrics.elidedText(detail, Qt::ElideRight, area.width() / 2);
        const int detailWidth = smallMetrics.horizontalAdvance(shownDetail);
        painter->setPen(enabled ? dim : (selected ? main : QColor(0xb0, 0x00, 0x20)));
        painter->drawText(area, Qt::AlignRight | Qt::AlignVCenter, shownDetail);
        // At the left: the text, then its section, small.
        painter->setFont(opt.font);
        painter->setPen(enabled ? main : dim);
        const QFontMetrics metrics(opt.font);
        const int room = area.width() - detailWidth - 16;
        const QString shownText = metrics.elidedText(text, Qt::ElideRight, room);
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, shownText);
        const int after = metrics.horizontalAdvance(shownText) + 10;
        if (after < room) {
            painter->setFont(small);
            painter->setPen(dim);
            painter->drawText(area.adjusted(after, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                              smallMetrics.elidedText(section, Qt::ElideRight, room - after));
        }
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

} // namespace

CommandPalette::CommandPalette(QWidget *window)
    : QFrame(window, Qt::Popup)
    , m_window(window)
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_hint(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(u"commandPalette"_s);
    setFrameShape(QFrame::StyledPanel);
    m_search->setObjectName(u"paletteSearch"_s);
    m_search->setClearButtonEnabled(false);
    m_list->setObjectName(u"paletteList"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new EntryDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the search field
    m_hint->setObjectName(u"paletteHint"_s);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CommandPalette::filter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CommandPalette::showHint);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        runCurrent(false);
    });
    retranslateUi();
}

// The entries come from KeyboardCommands, which words them anew (replaceEntries).
void CommandPalette::retranslateUi()
{
    setAccessibleName(tr("Command palette"));
    m_search->setPlaceholderText(tr("Type an action, a state or a number"));
    m_search->setAccessibleName(tr("Find an action, state or number"));
    m_list->setAccessibleName(tr("Matches"));
    showHint();
}

void CommandPalette::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void CommandPalette::replaceEntries(const QList<PaletteEntry> &entries)
{
    const QVariant chosen = m_list->currentIndex().data(EntryRole);
    m_entries = entries;
    filter();
    for (int row = 0; chosen.isValid() && row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(EntryRole) == chosen) {
            m_list->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
}

void CommandPalette::popup(const QList<PaletteEntry> &entries)
{
    m_entries = entries;
    m_search->clear();
    filter();
    const QRect area = m_window->geometry();
    // About 80 characters by 24 lines of the agent's font, within the window if it can.
    const QFontMetrics metrics = fontMetrics();
    const int chars = metrics.averageCharWidth();
    const int lines = metrics.lineSpacing();
    const int width = qMin(chars * 80, qMax(chars * 50, area.width() - chars * 11));
    resize(width, qMin(lines * 24, qMax(lines * 14, area.height() - lines * 4)));
    move(m_window->mapToGlobal(QPoint((m_window->width() - width) / 2, 40)));
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

QStringList CommandPalette::shownTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_model->rowCount(); ++row)
        texts.append(m_model->index(row, 0).data().toString());
    return texts;
}

void CommandPalette::filter()
{
    const QString pattern = m_search->text().trimmed();
    struct Ranked
    {
        int score;
        int order;
    };
    QList<Ranked> ranked;
    for (int i = 0; i < m_entries.size(); ++i) {
        int score = fuzzyMatchScore(pattern, m_entries[i].text);
        if (score < 0)
            continue;
        // What can run now comes before what cannot, unless that matches clearly better.
        if (!m_entries[i].enabled)
            score -= kDisabledPenalty;
        ranked.append({score, i});
    }
    // Best match first; on a tie, what can run now before what cannot, then table order.
    std::stable_sort(ranked.begin(), ranked.end(), [this](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return m_entries[a.order].enabled && !m_entries[b.order].enabled;
    });
    m_model->clear();
    for (const Ranked &r : std::as_const(ranked)) {
        const PaletteEntry &e = m_entries[r.order];
        auto *item = new QStandardItem(e.text);
        item->setData(r.order, EntryRole);
        item->setData(e.detail, DetailRole);
        item->setData(e.enabled, EnabledRole);
        item->setData(e.section, SectionRole);
        item->setData(e.description, Qt::ToolTipRole);
        item->setData(e.description, Qt::AccessibleDescriptionRole);
        m_model->appendRow(item);
    }
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    showHint();
}

void CommandPalette::showHint()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_hint->setText(tr("Nothing matches “%1”").arg(m_search->text()));
    } else {
        m_hint->setText(current.data(Qt::ToolTipRole).toString());
    }
    m_search->setAccessibleDescription(m_hint->text()); // a screen reader hears the choice
}

void CommandPalette::runCurrent(bool alternate)
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const PaletteEntry entry = m_entries.value(current.data(EntryRole).toInt());
    if (!entry.enabled || !entry.run)
        return; // its reason is in the hint line already
    hide();
    entry.run(alternate);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QApplication::sendEvent(m_list, event); // choosing in the list, typing stays here
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        runCurrent(key->modifiers() & Qt::ControlModifier);
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}
