#pragma once

#include "calljournal.h"
#include "calloperation.h"
#include "call.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QVariantMap>

#include <functional>

class CallController;
class CallJournal;
class CallModel;
class Session;

// Writes the calls the model shows into the journal as they happen: a call's row when it
// appears, each change that matters to the history (state, parties, case data), and how it
// ended when it leaves the model. How it ended comes from what the agent did (a Hangup
// while ringing declined it; an accepted transfer or conference) or else from the journal.
class CallRecorder : public QObject
{
    Q_OBJECT
public:
    CallRecorder(Session *session, CallController *controller, CallModel *calls,
                 QObject *parent = nullptr);

    // The journal of the logged-in user and server; null stops recording. Not owned.
    void setJournal(CallJournal *journal);
    CallJournal *journal() const { return m_journal; }
    // Called when a call must be written and no journal is set: the application opens the
    // one of the user now logged in (and sets it here), or does nothing (nobody is).
    void setJournalNeeded(std::function<void()> openNow) { m_openJournal = std::move(openNow); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

signals:
    // A call ended as missed (the window title and tray count them).
    void missedCall(const QString &callId);
    // A call's row is complete (it ended).
    void callEnded(const QString &callId);
    // What the history shows changed: a call ended, one the journal had ended lives again,
    // or calls left unfinished were closed. The history view reads again.
    void historyChanged();

private:
    void recordRows(int first, int last);
    void record(const Call &call);
    void ended(const Call &call);
    void onAccepted(const QString &callId, CallOperation op);
    void onCallsRead();
    CallJournal *journalNow();
    static CallOutcome outcomeOf(CallOperation op, const Call &call);

    CallController *m_controller;
    CallModel *m_calls;
    CallJournal *m_journal = nullptr;
    std::function<void()> m_openJournal;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    // What was last written per call, so a notification that changes nothing the history
    // keeps (a duration, capabilities) costs no write.
    struct Written
    {
        CallState state;
        QString type, uuid, party;
        QVariantMap userData;
        bool operator==(const Written &o) const
        {
            return state == o.state && type == o.type && uuid == o.uuid && party == o.party
                   && userData == o.userData;
        }
    };
    QHash<QString, Written> m_written;
    QHash<QString, CallOutcome> m_outcome; // what the agent's accepted operations decided
};
