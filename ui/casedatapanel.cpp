#include "casedatapanel.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CaseDataPanel::CaseDataPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(tr("No case data"), this))
{
    setObjectName(u"caseData"_s);
    m_model->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Case data"));
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    setUserData({});
}

void CaseDataPanel::setUserData(const QVariantMap &data)
{
    if (data == m_data && m_model->rowCount() == data.size())
        return;
    m_data = data;
    m_model->removeRows(0, m_model->rowCount());
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        const QVariant &v = it.value();
        // Nested values (lists, objects) are shown as compact JSON rather than dropped.
        const QString text = (v.typeId() == QMetaType::QVariantMap
                              || v.typeId() == QMetaType::QVariantList)
                                 ? QString::fromUtf8(QJsonDocument::fromVariant(v).toJson(
                                     QJsonDocument::Compact))
                                 : v.toString();
        auto *key = new QStandardItem(it.key());
        auto *value = new QStandardItem(text);
        value->setToolTip(text);
        m_model->appendRow({key, value});
    }
    m_view->setVisible(!data.isEmpty());
    m_empty->setVisible(data.isEmpty());
}
