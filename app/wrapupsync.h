#pragma once

#include "calloperation.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

class CallController;
class CallModel;
class GwsClient;
class Session;
class WrapUp;
struct Call;
struct JournalEntry;

// The wrap-up on the server. While the agent handles a call, what they pick and type
// (WrapUp's drafts) is attached to it as user data with UpdateUserData, under the
// disposition key (DispositionCode) and the notes key (QSettings wrapUp/notesKey, "Notes"):
// debounced (a pause in typing, or at once when the agent ends the call), one request at a
// time, only the keys that changed, and only where the call's capabilities offer it. On
// Done for a released call the chosen disposition goes with SetCallDisposition on the
// agent's device (callUri + callUuid: the call resource is gone by then). Failures are
// logged and shown beside the card; the journal keeps everything either way.
class WrapUpSync : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultDelayMs = 1500;
    static QString defaultDispositionKey();
    static QString defaultNotesKey();

    WrapUpSync(Session *session, GwsClient *client, CallModel *calls, CallController *control,
               WrapUp *wrapUp, QObject *parent = nullptr);

    void setKeys(const QString &dispositionKey, const QString &notesKey);
    void setDelay(int ms) { m_debounce.setInterval(ms); }
    QString liveCallId() const { return m_liveId; }

private:
    void pickLiveCall();
    void onDraft(const QString &callId, const QString &disposition, const QString &notes);
    void flush();
    void onBusyChanged(const QString &callId);
    void onWrappedUp(const JournalEntry &call, const QString &disposition);
    void problem(const QString &message);

    Session *m_session;
    GwsClient *m_client;
    CallModel *m_calls;
    CallController *m_control;
    WrapUp *m_wrapUp;
    QString m_dispositionKey;
    QString m_notesKey;
    QTimer m_debounce;
    QString m_liveId;
    QJsonObject m_wanted;   // the live call's keys as the agent has them now
    QJsonObject m_attached; // ... as the server has them, as far as we know
    bool m_sending = false;
    bool m_again = false; // changed while a request was out
    // Calls seen live: their URI and callUuid, for SetCallDisposition after they are gone.
    struct Seen
    {
        QString uri;
        QString callUuid;
    };
    QHash<QString, Seen> m_seen;
};
