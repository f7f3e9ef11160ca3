#pragma once

#include <QObject>
#include <QPointer>

class HistoryModel;
class QDockWidget;

// The missed calls the window title and the tray count: those the history has not seen
// yet, while the agent is not looking at the history. Open, it shows them itself (bold);
// closed again, they count as seen (MainWindow marks them so).
class MissedCalls : public QObject
{
    Q_OBJECT
public:
    explicit MissedCalls(QObject *parent = nullptr);

    void watch(HistoryModel *history, QDockWidget *historyDock);
    int count() const { return m_count; }

signals:
    void countChanged(int count);

private:
    void update();

    QPointer<HistoryModel> m_history;
    QPointer<QDockWidget> m_dock;
    int m_count = 0;
};
