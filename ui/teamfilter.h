#pragma once

#include "teamthresholds.h"

#include <QSortFilterProxyModel>

// The team board's view of the TeamModel: sorted by a header click (on the model's raw
// values, not the words), filtered by a text in the agent's name or number and by one
// state (the count bar's), and the time in state marked against the thresholds with a
// sign and words beside the colour, so no one needs the colour to see it.
class TeamFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TeamFilter(QObject *parent = nullptr);

    void setNameFilter(const QString &text);
    QString nameFilter() const { return m_name; }
    // An int(TeamModel::StateKey) as StateKeyRole gives it; -1: every state.
    void setStateFilter(int key);
    int stateFilter() const { return m_state; }
    void setThresholds(const TeamThresholds &thresholds);
    const TeamThresholds &thresholds() const { return m_thresholds; }
    // The widest time in state shown ("⛔ at least 88:88 very long") in the language of the
    // moment: the column's width.
    static QString timeTextSample();
    // The level of the time in state on that (proxy) row.
    TeamThresholds::Level level(int row) const;

    // Whether the source row's name or number contains the name filter (the state aside).
    bool matchesName(int sourceRow) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static QString alertText(const QString &time);

    QString m_name;
    int m_state = -1;
    TeamThresholds m_thresholds;
};
