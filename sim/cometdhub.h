#pragma once

// The Bayeux 1.0 side of /api/v2/notifications: clients, subscriptions, a queue per client,
// and long-poll /meta/connect requests held open until an event arrives or the timeout.
// A held poll is answered later from the event loop through a kept QHttpServerResponder.

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>

class QHttpServerResponder;
struct HttpSession;

class CometdHub : public QObject
{
    Q_OBJECT
public:
    explicit CometdHub(QObject *parent = nullptr);
    ~CometdHub() override;

    void setPollTimeout(int ms) { m_pollTimeout = qMax(0, ms); }
    int pollTimeout() const { return m_pollTimeout; }
    // A client that has not polled for this long is forgotten (its next message gets 402).
    void setClientExpiry(int ms);

    // One POST to /api/v2/notifications from an authenticated HTTP session.
    void handle(const QByteArray &body, const HttpSession &session,
                QHttpServerResponder &&responder);
    // Events a client may have waiting; older ones are dropped beyond that.
    static constexpr int MaxQueuedEvents = 50000;

    // Queues an event for every client of `userName` subscribed to `channel`.
    void publish(const QString &userName, const QString &channel, const QJsonObject &data);
    // The same for many events whose `data` objects are serialized already (compact JSON),
    // in order; serialized once for every client. Returns how many clients got them.
    int publishSerialized(const QString &userName, const QString &channel,
                          const QList<QByteArray> &compactData);

    int clientCount() const { return int(m_clients.size()); }
    int heldPollCount() const; // /meta/connect requests held open right now
    int pollTimerCount() const; // timeouts of held polls alive now (one per held poll)
    // Forgets every client, answering held polls first.
    void clear();
    // Forgets the clients bound to one HTTP session (when it is invalidated); a held connect
    // is answered with 402::Unknown client and advice to hand-shake again.
    void dropSession(const QString &sessionId);

    static bool channelMatches(const QString &subscription, const QString &channel);

private:
    struct HeldPoll;
    struct Client;

    QJsonObject handshake(const QJsonObject &message, const HttpSession &session);
    QJsonObject subscribe(Client &client, const QJsonObject &message, bool on);
    QJsonObject disconnect(const QString &clientId, const QJsonObject &message);
    QJsonObject connectReply(const Client &client, const QJsonObject &message) const;
    QJsonObject advice(const QString &reconnect) const;

    void hold(Client &client, int timeoutMs, QJsonArray replies, QJsonObject connectReply,
              QHttpServerResponder &&responder);
    // Answers the client's held poll (if its socket still lives) with its queued events.
    void release(const QString &clientId);
    // Sends the client's queued events with the replies; they come back to the queue if
    // the socket closes before the answer left.
    void answer(Client &client, QHttpServerResponder &responder, const QJsonArray &replies,
                const QJsonObject &connectReply);
    void requeue(const QString &clientId, const std::deque<QByteArray> &events);
    void dropHeld(const QString &clientId, quint64 serial);
    void scheduleFlush(Client &client);
    void expireClients();

    std::map<QString, std::unique_ptr<Client>> m_clients;
    int m_pollTimeout = 30000;
    int m_clientExpiry = 60000;
    quint64 m_nextSerial = 1;
    QTimer m_sweep;
};
