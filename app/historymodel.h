#pragma once

#include "calljournal.h"

#include <QAbstractTableModel>

class QIODevice;

// The call history as a table, read from the journal a page at a time as the view scrolls
// (canFetchMore/fetchMore), never copied whole into memory.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, OutcomeColumn, NumberColumn, NameColumn, TalkColumn,
                  DispositionColumn, ColumnCount };
    enum Role {
        NumberRole = Qt::UserRole + 1,
        OutcomeRole,
        CallIdRole,
        UnseenMissedRole, // a missed call the agent has not looked at yet (shown bold)
    };

    explicit HistoryModel(QObject *parent = nullptr);
    ~HistoryModel() override;

    // Reads `journal` (not owned; null shows nothing) with the current filter.
    void setJournal(CallJournal *journal);
    // Number, name or case data containing `text`; only missed calls when `missedOnly`.
    void setFilter(const QString &text, bool missedOnly);
    // Reads again (after calls were written).
    void refresh();
    // Missed calls the agent has not looked at yet; markMissedSeen() when they have.
    int unseenMissedCount() const { return m_unseenMissed; }
    void markMissedSeen();
    // Why there is no history (the file could not be opened), or empty.
    QString unavailableReason() const;

    JournalEntry entryAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Every row the filter matches (not only those fetched) as CSV, RFC 4180.
    bool exportCsv(QIODevice *out) const;

    static QString outcomeText(CallOutcome outcome);
    static QString durationText(qint64 ms);

    static constexpr int kPage = 200;

signals:
    void unseenMissedCountChanged(int count);

private:
    QList<JournalEntry> m_rows; // the pages fetched so far
    bool m_more = false;
    int m_unseenMissed = 0;
    CallJournal *m_journal = nullptr;
    QString m_text;
    bool m_missedOnly = false;
};
