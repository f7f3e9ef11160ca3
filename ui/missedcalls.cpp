#include "missedcalls.h"

#include "historymodel.h"

#include <QDockWidget>

MissedCalls::MissedCalls(QObject *parent)
    : QObject(parent)
{
}

void MissedCalls::watch(HistoryModel *history, QDockWidget *historyDock)
{
    m_history = history;
    m_dock = historyDock;
    connect(history, &HistoryModel::unseenMissedCountChanged, this, &MissedCalls::update);
    connect(historyDock, &QDockWidget::visibilityChanged, this, &MissedCalls::update);
    update();
}

void MissedCalls::update()
{
    const bool looking = m_dock && m_dock->isVisible();
    const int count = m_history && !looking ? m_history->unseenMissedCount() : 0;
    if (count == m_count)
        return;
    m_count = count;
    emit countChanged(count);
}
