#pragma once

#include "call.h"

#include <QHash>
#include <QModelIndex>
#include <QObject>
#include <QStringList>

class AgentAvailability;
class Announcer;
class Session;

// What a screen reader says about changes the agent did not cause by looking, worded in
// one place: a call ringing (with the caller), answered, on hold, retrieved, a consultation
// answered, a party joining or leaving, a call ended, the connection lost and back, the
// agent's state, a supervisor listening in (once per call). Each call is compared with what
// was seen of it last whenever its row changes (all of them when rows come or go), so each
// change is said once, when it happens, and a ticking clock says nothing.
class CallAnnouncements : public QObject
{
    Q_OBJECT
public:
    CallAnnouncements(Session *session, AgentAvailability *availability, Announcer *announcer,
                      QObject *parent = nullptr);

private:
    // What was last seen of a call: enough to tell what changed.
    struct Seen
    {
        CallState state = CallState::Unknown;
        bool consult = false;
        QString party; // the caller's name from the case data, else the number
        QStringList participants;
        bool supervised = false; // supervisorListeningIn: listening or coaching, not told apart
        // Said once per call: a barge-in clears supervisorListeningIn and a switch back sets
        // it again, and the agent's side cannot tell a barge-in from the supervisor leaving.
        bool supervisionSaid = false;
    };

    void onCallsChanged(); // every call: rows came or went
    // Only the calls of these rows (a notification changes one call of maybe hundreds).
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    // Compares `call` with what was seen of it; returns what is seen now.
    Seen compare(const Call &call);
    void onCallChanged(const Seen &before, Seen &now);
    void announceSupervision(Seen &call);
    void onStatusChanged();
    void onAgentStateChanged();
    static Seen seen(const Call &call, const QStringList &nameKeys);

    Session *m_session;
    Announcer *m_announcer;
    QHash<QString, Seen> m_calls;
    QStringList m_nameKeys; // case-data keys that may hold the caller's name (Settings)
    bool m_online = false; // the session was online, so losing it is news
    bool m_lost = false;   // the connection was lost and is not back yet
    QString m_agentState;  // as last said or seen; empty: not known yet
    bool m_doNotDisturb = false;
};
