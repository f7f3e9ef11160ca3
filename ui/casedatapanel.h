#pragma once

#include <QVariantMap>
#include <QWidget>

class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTreeView;

// The case data (GWS userData) of the selected call as key/value rows. Values are
// editable (UpdateUserData) and new pairs can be added (AttachUserData) when the call's
// capabilities allow; the panel only asks, the server's notification updates it.
class CaseDataPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDataPanel(QWidget *parent = nullptr);

    void setUserData(const QVariantMap &data);
    QVariantMap userData() const { return m_data; }
    void setEditable(bool canUpdate, bool canAttach);

    QTreeView *view() const { return m_view; }
    QLineEdit *keyEdit() const { return m_key; }
    QLineEdit *valueEdit() const { return m_value; }
    QPushButton *addButton() const { return m_add; }

signals:
    void updateRequested(const QString &key, const QString &value);
    void attachRequested(const QString &key, const QString &value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void describeAdd();
    void onItemChanged(class QStandardItem *item);

    QVariantMap m_data;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QLineEdit *m_key;
    QLineEdit *m_value;
    QPushButton *m_add;
    bool m_filling = false;
};
