#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class RequestBudget;

// A Bayeux 1.0 client over HTTP long-polling (what GWS 8.5 serves): handshake, subscribe,
// then a /meta/connect loop that follows the server's advice. A lost server is retried
// with capped exponential backoff; an unknown client (402/401) or advice
// reconnect=handshake starts over with a new handshake, and handshaken() tells the owner
// to resynchronise its state.
class CometdClient : public QObject
{
    Q_OBJECT
public:
    // Failed: the server told us not to come back (advice reconnect "none"); only the
    // owner's start() tries again.
    enum class State { Disconnected, Handshaking, Connected, Reconnecting, Failed };
    Q_ENUM(State)

    explicit CometdClient(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CometdClient() override;

    void setEndpoint(const QUrl &url);
    void setSubscriptions(const QStringList &channels);
    // Called on every request before it is sent (credentials, CSRF token).
    void setRequestDecorator(std::function<void(QNetworkRequest &)> decorator);
    // Backoff bounds for reconnect attempts (tests shorten them).
    void setBackoff(int initialMs, int maxMs);
    // How long past the server's poll timeout a held connect may take (10 s; tests shorten it).
    void setPollMargin(int ms) { m_pollMarginMs = ms; }
    // Shared with the REST client: requests beyond it wait (nullptr: no limit).
    void setBudget(RequestBudget *budget) { m_budget = budget; }
    // Asked with each event's text before it is parsed (a connect answer's, as it came;
    // one in a handshake or subscribe answer, written again): true drops the event (the
    // owner knows which ones repeat what it already has; RepeatedCalls).
    void setEventFilter(std::function<bool(QByteArrayView event)> skip) { m_skip = std::move(skip); }
    std::function<bool(QByteArrayView event)> eventFilter() const { return m_skip; }

    void start();
    void stop(); // sends /meta/disconnect (best effort) and stops the loop

    State state() const { return m_state; }
    QString clientId() const { return m_clientId; }
    QDateTime nextAttempt() const { return m_nextAttempt; }

signals:
    void stateChanged(CometdClient::State state);
    // Subscribed after a (re)handshake: anything missed meanwhile must be fetched again.
    void handshaken();
    // The channel works again after requests were lost without a new handshake (a server
    // that hung or a network that dropped): events may have been missed, read the state.
    void resumed();
    void message(const QString &channel, const QJsonValue &data);
    // HTTP 401/403, a redirect or an HTML page on a notification request: the HTTP session
    // or CSRF token is stale, or a sign-in page stands in front of the server. We stop
    // (state Reconnecting, no retry of our own); the owner authenticates again and calls
    // start(), or gives up: one loop, the owner's, with its own pace.
    void authenticationRejected(int httpStatus);
    // A problem worth a log line or a status-bar message; the client carries on by itself.
    void problem(const QString &text);

private:
    struct Incoming; // a connect answer being read: see deliverStreamed()

    void handshake();
    void subscribe();
    void connectPoll();
    void send(const QJsonArray &messages, void (CometdClient::*onReply)(const QJsonArray &),
              int timeoutMs);
    void onHandshakeReply(const QJsonArray &replies);
    void onSubscribeReply(const QJsonArray &replies);
    void onConnectReply(const QJsonArray &replies);
    bool deliverEvents(const QJsonArray &replies);
    // Emits message() for each event of a connect answer as its bytes arrive; keeps the
    // /meta/ replies for onConnectReply() once the answer is complete.
    void deliverStreamed(QByteArrayView bytes, Incoming *in, quint64 generation);
    void applyAdvice(const QJsonObject &advice);
    void failed(const QString &why, bool rehandshake);
    void rejected(const QString &why, int httpStatus);
    void giveUp(const QString &why);
    void setState(State state);
    QJsonObject metaMessage(const QString &channel) const;

    QNetworkAccessManager *m_network;
    RequestBudget *m_budget = nullptr;
    QUrl m_endpoint;
    QStringList m_channels;
    std::function<void(QNetworkRequest &)> m_decorate;
    std::function<bool(QByteArrayView)> m_skip;
    QPointer<QNetworkReply> m_pending;
    QTimer m_retryTimer;
    State m_state = State::Disconnected;
    QString m_clientId;
    QDateTime m_nextAttempt;
    int m_intervalMs = 0;
    int m_pollTimeoutMs = 30000;
    int m_pollMarginMs = 10000; // a held connect may take the poll timeout plus this
    int m_backoffInitialMs = 1000;
    int m_backoffMaxMs = 30000;
    int m_failures = 0;
    bool m_needHandshake = true;
    bool m_resyncOwed = false; // a connect was lost since the last handshake
    bool m_streamedEvents = false; // the connect answer being read delivered events
    bool m_nextPollBusy = false;   // the next connect follows an answer with events
    quint64 m_messageId = 0;
    quint64 m_generation = 0; // replies from before a stop()/restart are ignored
};
