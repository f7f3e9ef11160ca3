#pragma once

#include "call.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <functional>
#include <vector>

// The agent's active calls (top level) and each call's participants (children).
// Columns: Party, State, Type, Duration. Updates signal exactly the rows that changed.
class CallModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { PartyColumn, StateColumn, TypeColumn, DurationColumn, ColumnCount };
    enum Roles {
        CallIdRole = Qt::UserRole + 1, // on call and participant rows: the call's id
        CallStateRole,                 // CallState as int
        CallTypeRole,                  // QString
        RemotePartyRole,               // QString
        DurationRole,                  // int seconds, live
        CapabilitiesRole,              // QStringList
        MutedRole,                     // bool
        UserDataRole,                  // QVariantMap
        ParentCallUriRole,             // QString
        CallUriRole,                   // QString
        IsParticipantRole,             // bool: true on participant rows
        ParticipantNumberRole,         // participant rows: the participant's phoneNumber
        MonitoringRole,                // bool
    };
    Q_ENUM(Roles)

    explicit CallModel(QObject *parent = nullptr);

    // Inserts a new call or updates an existing one (by id). A Released call is removed.
    void upsertCall(const Call &call);
    void removeCall(const QString &id);
    // Replaces the whole state (after login or a resync): calls not in `calls` are removed,
    // existing ones updated in place, new ones inserted. No reset, no duplicates.
    void setCalls(const QList<Call> &calls);
    void clear();

    int callCount() const;
    const Call *call(const QString &id) const;       // nullptr if unknown
    const Call *callByUri(const QString &uri) const; // matches Call::uri
    const Call *callAt(const QModelIndex &index) const; // call row or its participant row
    QModelIndex indexOfCall(const QString &id, int column = 0) const;
    // Every call, in row order. Costs nothing: the list is shared with the model until either
    // changes (the call controls ask for it for each action on each notification). Const, so
    // that a range-for over it reads the shared list instead of detaching a deep copy.
    const QList<Call> calls() const { return m_calls; }

    // Emits dataChanged for the Duration column of live calls (the UI calls it each second).
    void refreshDurations();
    // True while some call's duration counts on (Established or Held): only then does the
    // UI need its one-second ticker.
    bool hasCountingCalls() const;
    // The agent is on a call: talking, holding or dialling on a call of their own (a
    // supervisor's monitoring leg is not one). The state button and the tray say so.
    bool isOnACall() const;
    // For tests: the clock used for live durations.
    void setClock(std::function<QDateTime()> clock);
    // Now on that clock (what timers shown beside the model count against).
    QDateTime currentTime() const { return now(); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    int rowOf(const QString &id) const;
    int rowOfKey(quintptr key) const;
    void appendCalls(QList<Call> calls);
    void updateRow(int row, Call call);
    void syncParticipants(int row, const QList<Participant> &participants);
    QDateTime now() const;

    QList<Call> m_calls; // a QList, so calls() hands it out without a copy
    // Parallel to m_calls: the internalId of each call's participant rows. Stable for the
    // call's lifetime (not its row), so persistent child indexes survive rows above them
    // being removed.
    std::vector<quintptr> m_keys;
    quintptr m_nextKey = 1; // 0 marks call rows
    std::function<QDateTime()> m_clock;
};
