#include "casedatapanel.h"

#include "plaintooltip.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CaseDataPanel::CaseDataPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_key(new QLineEdit(this))
    , m_value(new QLineEdit(this))
    , m_add(new QPushButton(this))
{
    setObjectName(u"caseData"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_add->setObjectName(u"addCaseData"_s);
    retranslateUi(); // the columns, before their resize mode
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_key);
    addRow->addWidget(m_value);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);

    connect(m_model, &QStandardItemModel::itemChanged, this, &CaseDataPanel::onItemChanged);
    auto add = [this] {
        const QString key = m_key->text().trimmed();
        if (key.isEmpty() || !m_add->isEnabled())
            return;
        emit attachRequested(key, m_value->text());
        m_key->clear();
        m_value->clear();
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_value, &QLineEdit::returnPressed, this, add);
    setUserData({});
    setEditable(false, false);
}

void CaseDataPanel::retranslateUi()
{
    m_model->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_view->setAccessibleName(tr("Case data"));
    m_key->setPlaceholderText(tr("Key"));
    m_key->setAccessibleName(tr("New case data key"));
    m_value->setPlaceholderText(tr("Value"));
    m_value->setAccessibleName(tr("New case data value"));
    m_add->setText(tr("Add"));
    m_add->setToolTip(tr("Attach this key and value to the call"));
    describeAdd();
}

void CaseDataPanel::describeAdd()
{
    // Disabled, it says why to a screen reader too.
    m_add->setAccessibleDescription(
        m_add->isEnabled() ? QString()
                           : tr("New case data cannot be added now: select a call that takes it"));
}

void CaseDataPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CaseDataPanel::setEditable(bool canUpdate, bool canAttach)
{
    m_view->setEditTriggers(canUpdate ? QAbstractItemView::DoubleClicked
                                            | QAbstractItemView::EditKeyPressed
                                      : QAbstractItemView::NoEditTriggers);
    m_key->setEnabled(canAttach);
    m_value->setEnabled(canAttach);
    m_add->setEnabled(canAttach);
    describeAdd();
}

void CaseDataPanel::setUserData(const QVariantMap &data)
{
    if (data == m_data && m_model->rowCount() == data.size())
        return;
    m_data = data;
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        const QVariant &v = it.value();
        // Nested values (lists, objects) are shown as compact JSON, and not editable here.
        const bool nested = v.typeId() == QMetaType::QVariantMap
                            || v.typeId() == QMetaType::QVariantList;
        const QString text = nested ? QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(
                                          QJsonDocument::Compact))
                                    : v.toString();
        auto *key = new QStandardItem(it.key());
        key->setEditable(false);
        auto *value = new QStandardItem(text);
        value->setToolTip(plainToolTip(text)); // case data is anyone's text, never markup
        value->setEditable(!nested);
        m_model->appendRow({key, value});
    }
    m_filling = false;
}

void CaseDataPanel::onItemChanged(QStandardItem *item)
{
    if (m_filling || item->column() != 1)
        return;
    const QString key = m_model->item(item->row(), 0)->text();
    if (m_data.value(key).toString() != item->text())
        emit updateRequested(key, item->text());
}
