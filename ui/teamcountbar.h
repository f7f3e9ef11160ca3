#pragma once

#include <QList>
#include <QWidget>

class QButtonGroup;
class QHBoxLayout;
class QToolButton;

// The count of agents per state above the team board ("All 300 · Ready 12 · Not Ready
// 30 ..."), one checkable button each: choosing one shows only those agents. Buttons are
// kept per state, so focus and the choice survive a refresh of the counts.
class TeamCountBar : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString key;   // the state's stable name (TeamModel::StateKey's), e.g. "NotReady"
        QString label; // the state in words
        int count = 0;
    };

    explicit TeamCountBar(QWidget *parent = nullptr);

    // The states in the order shown (a state left out is hidden), and how many agents there
    // are in all (the "All" button).
    void setCounts(const QList<Entry> &entries, int total);
    QString current() const { return m_current; } // empty: all
    void setCurrent(const QString &key);
    QToolButton *button(const QString &key) const; // empty key: "All"
    QString text() const; // what the bar says, e.g. "All 300 · Ready 12 · Not Ready 30"

signals:
    void chosen(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *buttonFor(const QString &key);
    void word(QToolButton *button, const QString &label, int count);
    void retranslateUi();

    QHBoxLayout *m_layout;
    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons; // "All" first, then the states in order
    QList<Entry> m_entries;
    int m_total = 0;
    QString m_current;
};
