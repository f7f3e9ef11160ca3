#include "teamfilter.h"

#include "teammodel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

TeamFilter::TeamFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TeamModel::SortRole); // raw values: seconds, not "4:05"; names, not markup
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true); // a state change moves the row to where it belongs now
}

void TeamFilter::setNameFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_name)
        return;
    m_name = trimmed;
    invalidateRowsFilter();
}

void TeamFilter::setStateFilter(int key)
{
    if (key == m_state)
        return;
    m_state = key;
    invalidateRowsFilter();
}

void TeamFilter::setThresholds(const TeamThresholds &thresholds)
{
    if (thresholds == m_thresholds)
        return;
    m_thresholds = thresholds;
    if (rowCount() > 0)
        emit dataChanged(index(0, TeamModel::TimeColumn),
                         index(rowCount() - 1, TeamModel::TimeColumn));
}

bool TeamFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *team = sourceModel();
    if (m_state >= 0
        && team->index(sourceRow, 0, sourceParent).data(TeamModel::StateKeyRole).toInt()
               != m_state)
        return false;
    return sourceParent.isValid() ? false : matchesName(sourceRow);
}

bool TeamFilter::matchesName(int sourceRow) const
{
    if (m_name.isEmpty())
        return true;
    const QModelIndex agent = sourceModel()->index(sourceRow, TeamModel::AgentColumn);
    return agent.data().toString().contains(m_name, Qt::CaseInsensitive)
           || agent.data(TeamModel::PhoneNumberRole).toString().contains(m_name);
}

QString TeamFilter::alertText(const QString &time)
{
    //: Time in state past the alert threshold: "⛔ 16:10 very long"
    return tr("⛔ %1 very long").arg(time);
}

QString TeamFilter::timeTextSample()
{
    return alertText(TeamModel::atLeastText(u"88:88"_s));
}

TeamThresholds::Level TeamFilter::level(int row) const
{
    // By the board's state (an agent on a call is on a call, whatever the agent state).
    const QModelIndex time = index(row, TeamModel::TimeColumn);
    const auto key = TeamModel::StateKey(time.data(TeamModel::StateKeyRole).toInt());
    const QString state = key == TeamModel::StateKey::NotReady        ? u"NotReady"_s
                          : key == TeamModel::StateKey::AfterCallWork ? u"AfterCallWork"_s
                                                                      : QString();
    return m_thresholds.level(state, time.data(TeamModel::SecondsInStateRole).toLongLong());
}

QVariant TeamFilter::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != TeamModel::TimeColumn)
        return QSortFilterProxyModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString time = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
        switch (level(index.row())) {
        case TeamThresholds::Normal: return time;
        //: Time in state past the warning threshold: "⚠ 6:10 long"
        case TeamThresholds::Warning: return tr("⚠ %1 long").arg(time);
        case TeamThresholds::Alert: return alertText(time);
        }
        break;
    }
    case Qt::BackgroundRole:
        // The same tints as the call card's hold timer.
        switch (level(index.row())) {
        case TeamThresholds::Normal: break;
        case TeamThresholds::Warning: return QBrush(QColor(0xff, 0xf3, 0xcd));
        case TeamThresholds::Alert: return QBrush(QColor(0xfd, 0xe7, 0xe9));
        }
        break;
    case Qt::ForegroundRole:
        switch (level(index.row())) {
        case TeamThresholds::Normal: break;
        case TeamThresholds::Warning: return QBrush(QColor(0x6b, 0x47, 0x00));
        case TeamThresholds::Alert: return QBrush(QColor(0x8c, 0x00, 0x14));
        }
        break;
    }
    return QSortFilterProxyModel::data(index, role);
}
