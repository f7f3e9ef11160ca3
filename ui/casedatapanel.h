#pragma once

#include <QVariantMap>
#include <QWidget>

class QStandardItemModel;
class QTreeView;
class QLabel;

// The case data (GWS userData) of the selected call, as key/value rows.
class CaseDataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDataPanel(QWidget *parent = nullptr);

    void setUserData(const QVariantMap &data);
    QVariantMap userData() const { return m_data; }

private:
    QVariantMap m_data;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLabel *m_empty;
};
