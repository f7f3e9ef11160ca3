#pragma once

#include "call.h"
#include "device.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <functional>
#include <optional>
#include <vector>

// One agent of the supervisor's team, as GET /api/v2/users?fields=*&subresources=devices
// lists it.
struct TeamMember
{
    QString userId;
    QString userName;
    QString displayName;
    QString firstName;
    QString lastName;
    QList<Device> devices;
    // The agent's calls when the listed data carries them (no documented list shape has
    // them; read when a server sends `calls`).
    QList<Call> calls;

    const Device *primaryDevice() const { return devices.isEmpty() ? nullptr : &devices.first(); }
};

// The supervisor's team as a table. Rows are keyed by user id: a refresh updates rows in
// place and emits dataChanged only for the cells whose content changed (a page of 100
// with 5 changes emits about 5 signals). The time and call-duration columns tick once a
// second with ONE dataChanged spanning them.
class TeamModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        AgentColumn,     // name (tooltip adds the number)
        StateColumn,     // state, reason, work mode, DND, in translated words
        TimeColumn,      // time in state: "4:05", or "at least 4:05" until a change is seen
        CallColumn,      // ringing / on a call / held, other party, duration when known
        MonitoredColumn, // by me (with mode) or by another listed supervisor
        ColumnCount
    };
    enum Roles {
        UserIdRole = Qt::UserRole + 1,
        DeviceIdRole,
        DeviceUriRole,
        PhoneNumberRole,
        AgentStateRole,     // raw userState.state: Ready, NotReady, LoggedOut
        StateKeyRole,       // int(StateKey): what the filter and the count bar use
        SortRole,           // per column a raw value a proxy sorts by (setSortRole)
        SecondsInStateRole, // qint64 seconds in the current state (or since first seen)
        StateTimeExactRole, // bool: the start of the state was observed (else "at least")
        CallStateRole,      // int(CallState) of the agent's current call; Unknown: none
        CallSecondsRole,    // int call duration now; -1 when not known
        MonitoredByMeRole,  // bool
    };
    // The board's vocabulary of states, in count-bar order. A live call wins over the
    // agent state (an agent on a call is "On a call" whatever Ready/NotReady says).
    enum class StateKey { Ready, NotReady, AfterCallWork, OnCall, LoggedOut, NoDevice };
    Q_ENUM(StateKey)
    static QList<StateKey> stateKeys();
    static QString stateKeyLabel(StateKey key); // translated, e.g. "Not Ready"
    // "at least 4:05": a time in state whose start the board did not see.
    static QString atLeastText(const QString &clock);
    // The widest Call cell of common calls, in the language of the moment (column widths).
    static QString callTextSample();
    struct StateCount
    {
        StateKey key;
        int count;
        bool operator==(const StateCount &o) const { return key == o.key && count == o.count; }
    };

    explicit TeamModel(QObject *parent = nullptr);

    // Inserts new members and updates known ones in place (one page of the list).
    void updateMembers(const QList<TeamMember> &members);
    // Removes every member whose id is not in `userIds` (the end of a full read).
    void removeMembersExcept(const QSet<QString> &userIds);
    // Both: the team is exactly `members`.
    void setMembers(const QList<TeamMember> &members);
    // Updates one member's devices in place (the per-user fallback read).
    void setDevices(const QString &userId, const QList<Device> &devices);
    // What this supervisor's device says it monitors (supervisorMonitoringState), and our
    // monitoring leg on the agent's call if there is one (nullptr: none, or released).
    void setMonitoring(const MonitoringState &monitoring, const Call *leg = nullptr);
    // Reads failed for a while: a state change seen next may have begun any time in the
    // gap, so its time shows as "at least" until the change after it.
    void markGap();

    // Every key the board can back, in stateKeys() order (OnCall only while callsKnown()).
    QList<StateCount> stateCounts() const { return m_counts; }
    int count(StateKey key) const;
    // Whether the listed users carry their calls. No documented list shape has them (Genesys'
    // own supervisor client asked for `subresources=calls`); while unknown, nobody counts as
    // "On a call" (we cannot tell) and the Call column shows only the call we monitor.
    void setCallsKnown(bool known);
    bool callsKnown() const { return m_callsKnown; }

    const TeamMember *member(const QString &userId) const;
    const TeamMember *memberAt(int row) const;
    int rowOf(const QString &userId) const;

    // The clock for times in state and call durations (tests pass a fake one).
    void setClock(std::function<QDateTime()> clock);
    // The tick of the time columns; 0 stops it (tests call tick() themselves).
    void setTickInterval(int ms);
    void tick();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void stateCountsChanged();
    void callsKnownChanged();
    // A read or a monitoring change was applied (the cells that changed have said so).
    void updated();

private:
    struct Row
    {
        TeamMember member;
        QString stateKeyText; // state + workMode + reason: a change restarts the time
        QDateTime since;      // when we saw this state begin, or first saw it
        bool exact = false;   // `since` is when the state began (as far as we can see)
        bool continuous = false; // seen at every read since the last gap
    };
    // What a cell shows, minus the passing of time: equal before and after an update
    // means no dataChanged for it.
    QString cellContent(const Row &row, int column) const;
    QString monitoredText(const Row &row) const;
    const Call *currentCall(const Row &row) const;
    QString callText(const Row &row, const Call &call) const;
    StateKey stateKey(const Row &row) const;
    QVariant sortValue(const Row &row, int column) const;
    qint64 secondsInState(const Row &row) const;
    void applyMember(Row &row, const TeamMember &m, bool isNew);
    void emitChangedCells(int rowIndex, const QString (&before)[ColumnCount]);
    void rebuildIndex();
    void rebuildMonitoredBy();
    void updateCounts();
    QDateTime now() const { return m_clock(); }

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;           // user id -> row
    QHash<QString, QString> m_monitoredBy; // device id -> "Jane Doe: listening" (others)
    MonitoringState m_monitoring;
    bool m_callsKnown = true; // nothing claimed while the team is empty
    std::optional<Call> m_leg;
    QList<StateCount> m_counts;
    std::function<QDateTime()> m_clock;
    QTimer m_tick;
};
