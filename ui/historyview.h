#pragma once

#include <QWidget>

class HistoryModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

// The call history: search (number, name, case data), missed calls only, and per row
// Call back, Copy number and an export of what the filter shows to CSV.
class HistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryView(HistoryModel *model, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QCheckBox *missedOnly() const { return m_missedOnly; }
    QTableView *table() const { return m_table; }
    QAction *callBackAction() const { return m_callBack; }
    QAction *copyAction() const { return m_copy; }
    QAction *exportAction() const { return m_export; }
    QString selectedNumber() const;
    // Writes the rows the filter matches to `path`; false (and a message shown) on failure.
    bool exportTo(const QString &path);

signals:
    void callBackRequested(const QString &number);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void updateActions();
    void afterReset(); // the row the agent had selected stays selected

    QString m_selectedCallId;

    HistoryModel *m_model;
    QLineEdit *m_search;
    QCheckBox *m_missedOnly;
    QTableView *m_table;
    QLabel *m_problem;
    QAction *m_callBack;
    QAction *m_copy;
    QAction *m_export;
};
