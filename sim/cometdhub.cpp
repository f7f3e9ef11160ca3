#include "cometdhub.h"

#include "httpreply.h"
#include "sessionstore.h"

#include <QDateTime>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <QTcpSocket>
#include <QUuid>
#include <deque>

using namespace Qt::StringLiterals;

namespace {

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QJsonObject replyTo(const QJsonObject &message)
{
    QJsonObject r{{u"channel"_s, message.value("channel"_L1)}};
    if (message.contains("id"_L1))
        r.insert(u"id"_s, message.value("id"_L1));
    if (message.contains("clientId"_L1))
        r.insert(u"clientId"_s, message.value("clientId"_L1));
    return r;
}

QJsonObject failure(const QJsonObject &message, const QString &error)
{
    QJsonObject r = replyTo(message);
    r.insert(u"successful"_s, false);
    r.insert(u"error"_s, error);
    return r;
}

void sendJson(QHttpServerResponder &responder, const QJsonArray &messages)
{
    HttpReply::json(200, QJsonDocument(messages).toJson(QJsonDocument::Compact)).send(responder);
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// [replies..., queued events..., connect reply]; the events are serialized already, so a
// poll that takes thousands of them costs one copy each, no JSON work.
void sendBatch(QHttpServerResponder &responder, const QJsonArray &replies,
               std::deque<QByteArray> *events, const QJsonObject &connectReply)
{
    QList<QByteArray> parts;
    parts.reserve(replies.size() + qsizetype(events->size()) + 1);
    for (const QJsonValue &r : replies)
        parts.append(compact(r.toObject()));
    for (QByteArray &e : *events)
        parts.append(std::move(e));
    events->clear();
    parts.append(compact(connectReply));
    qsizetype size = 2 + parts.size();
    for (const QByteArray &p : std::as_const(parts))
        size += p.size();
    QByteArray body;
    body.reserve(size);
    body.append('[');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i)
            body.append(',');
        body.append(parts.at(i));
    }
    body.append(']');
    HttpReply::json(200, body).send(responder);
}

} // namespace

// A poll's timer may be the very sender whose slot answers the poll: delete it later.
struct TimerDeleter
{
    void operator()(QTimer *timer) const
    {
        timer->stop();
        timer->deleteLater();
    }
};

struct CometdHub::HeldPoll
{
    explicit HeldPoll(QHttpServerResponder &&r)
        : responder(std::move(r))
    {}
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket; // the server deletes sockets that close: never trust a raw one
    QMetaObject::Connection onDisconnect;
    QJsonArray replies; // answers to the other messages of the same batch
    QJsonObject connectReply;
    quint64 serial = 0; // tells stale timer or disconnect callbacks from the current poll
    std::unique_ptr<QTimer, TimerDeleter> timeout; // goes with the poll, however answered
};

struct CometdHub::Client
{
    QString id;
    QString userName;
    QString sessionId;
    QSet<QString> subscriptions;
    std::deque<QByteArray> queue; // serialized {"channel", "data"} events, oldest first
    bool flushScheduled = false;
    std::unique_ptr<HeldPoll> held;
    qint64 lastSeen = 0;
};

int CometdHub::pollTimerCount() const
{
    return int(findChildren<QTimer *>(u"pollTimeout"_s, Qt::FindDirectChildrenOnly).size());
}

int CometdHub::heldPollCount() const
{
    int held = 0;
    for (const auto &entry : m_clients)
        held += entry.second->held ? 1 : 0;
    return held;
}

CometdHub::CometdHub(QObject *parent)
    : QObject(parent)
{
    connect(&m_sweep, &QTimer::timeout, this, &CometdHub::expireClients);
    setClientExpiry(m_clientExpiry);
}

CometdHub::~CometdHub()
{
    for (auto &entry : m_clients)
        if (entry.second->held)
            QObject::disconnect(entry.second->held->onDisconnect);
}

void CometdHub::setClientExpiry(int ms)
{
    m_clientExpiry = qMax(100, ms);
    m_sweep.start(qBound(50, m_clientExpiry / 2, 5000));
}

void CometdHub::handle(const QByteArray &body, const HttpSession &session,
                       QHttpServerResponder &&responder)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    QJsonArray messages;
    if (doc.isArray())
        messages = doc.array();
    else if (doc.isObject()) // Bayeux allows a single message outside an array
        messages.append(doc.object());
    if (messages.isEmpty()) {
        HttpReply::error(400, GwsStatus::ValidationError,
                         u"Malformed Bayeux message: "_s +
                             (error.error ? error.errorString() : u"expected a JSON array"_s))
            .send(responder);
        return;
    }

    QJsonArray replies;
    QString connectClientId;
    QJsonObject connectMessage;
    for (const QJsonValue &value : std::as_const(messages)) {
        const QJsonObject message = value.toObject();
        const QString channel = message.value("channel"_L1).toString();
        if (channel == "/meta/handshake"_L1) {
            replies.append(handshake(message, session));
            continue;
        }
        if (channel.isEmpty()) {
            replies.append(failure(message, u"400::Missing channel"_s));
            continue;
        }
        const QString clientId = message.value("clientId"_L1).toString();
        const auto it = m_clients.find(clientId);
        if (it == m_clients.end() || it->second->userName != session.userName) {
            QJsonObject r = failure(message, u"402::Unknown client"_s);
            r.insert(u"advice"_s, advice(u"handshake"_s));
            replies.append(r);
            continue;
        }
        Client &client = *it->second;
        client.lastSeen = now();
        if (channel == "/meta/connect"_L1) {
            connectClientId = clientId; // answered last, possibly much later
            connectMessage = message;
        } else if (channel == "/meta/subscribe"_L1) {
            replies.append(subscribe(client, message, true));
        } else if (channel == "/meta/unsubscribe"_L1) {
            replies.append(subscribe(client, message, false));
        } else if (channel == "/meta/disconnect"_L1) {
            replies.append(disconnect(clientId, message));
            if (connectClientId == clientId)
                connectClientId.clear();
        } else if (channel.startsWith("/meta/"_L1)) {
            replies.append(failure(message, u"400::Unknown meta channel"_s));
        } else {
            replies.append(failure(message, u"403::Publish denied"_s));
        }
    }

    const auto it = m_clients.find(connectClientId);
    if (connectClientId.isEmpty() || it == m_clients.end()) {
        sendJson(responder, replies);
        return;
    }
    Client &client = *it->second;
    // A newer connect supersedes a held one: answer the old one so it does not linger.
    release(client.id);
    int timeout = m_pollTimeout;
    const QJsonObject clientAdvice = connectMessage.value("advice"_L1).toObject();
    if (clientAdvice.contains("timeout"_L1)) // CometD clients send timeout 0 on the first connect
        timeout = qBound(0, clientAdvice.value("timeout"_L1).toInt(timeout), m_pollTimeout);
    const QJsonObject reply = connectReply(client, connectMessage);
    if (!client.queue.empty() || timeout == 0) {
        // A client that went away meanwhile must not take the events with it.
        const QTcpSocket *socket = responder.socket();
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            answer(client, responder, replies, reply);
        return;
    }
    hold(client, timeout, replies, reply, std::move(responder));
}

QJsonObject CometdHub::handshake(const QJsonObject &message, const HttpSession &session)
{
    auto client = std::make_unique<Client>();
    client->id = QUuid::createUuid().toString(QUuid::Id128);
    client->userName = session.userName;
    client->sessionId = session.id;
    client->lastSeen = now();
    QJsonObject r = replyTo(message);
    r.insert(u"clientId"_s, client->id);
    r.insert(u"successful"_s, true);
    r.insert(u"version"_s, u"1.0"_s);
    r.insert(u"minimumVersion"_s, u"1.0"_s);
    r.insert(u"supportedConnectionTypes"_s, QJsonArray{u"long-polling"_s});
    r.insert(u"advice"_s, advice(u"retry"_s));
    m_clients.emplace(client->id, std::move(client));
    return r;
}

QJsonObject CometdHub::subscribe(Client &client, const QJsonObject &message, bool on)
{
    const QJsonValue subscription = message.value("subscription"_L1);
    QStringList channels;
    if (subscription.isArray()) {
        for (const QJsonValue &v : subscription.toArray())
            channels.append(v.toString());
    } else {
        channels.append(subscription.toString());
    }
    for (const QString &channel : std::as_const(channels)) {
        if (!channel.startsWith(u'/') || channel.startsWith("/meta/"_L1)) {
            QJsonObject r = failure(message, u"403::Cannot subscribe to "_s + channel);
            r.insert(u"subscription"_s, subscription);
            return r;
        }
    }
    for (const QString &channel : std::as_const(channels)) {
        if (on)
            client.subscriptions.insert(channel);
        else
            client.subscriptions.remove(channel);
    }
    QJsonObject r = replyTo(message);
    r.insert(u"successful"_s, true);
    r.insert(u"subscription"_s, subscription);
    return r;
}

QJsonObject CometdHub::disconnect(const QString &clientId, const QJsonObject &message)
{
    release(clientId);
    m_clients.erase(clientId);
    QJsonObject r = replyTo(message);
    r.insert(u"successful"_s, true);
    return r;
}

QJsonObject CometdHub::connectReply(const Client &client, const QJsonObject &message) const
{
    QJsonObject r = replyTo(message);
    r.insert(u"clientId"_s, client.id);
    r.insert(u"successful"_s, true);
    r.insert(u"advice"_s, advice(u"retry"_s));
    return r;
}

QJsonObject CometdHub::advice(const QString &reconnect) const
{
    return QJsonObject{
        {u"reconnect"_s, reconnect}, {u"interval"_s, 0}, {u"timeout"_s, m_pollTimeout}};
}

void CometdHub::hold(Client &client, int timeoutMs, QJsonArray replies, QJsonObject connectReply,
                     QHttpServerResponder &&responder)
{
    auto held = std::make_unique<HeldPoll>(std::move(responder));
    held->socket = held->responder.socket();
    held->replies = std::move(replies);
    held->connectReply = std::move(connectReply);
    held->serial = m_nextSerial++;
    const QString id = client.id;
    const quint64 serial = held->serial;
    held->onDisconnect = connect(held->socket.data(), &QAbstractSocket::disconnected, this,
                                 [this, id, serial] { dropHeld(id, serial); });
    held->timeout.reset(new QTimer(this));
    held->timeout->setObjectName(u"pollTimeout"_s);
    held->timeout->setSingleShot(true);
    connect(held->timeout.get(), &QTimer::timeout, this, [this, id, serial] {
        const auto it = m_clients.find(id);
        if (it != m_clients.end() && it->second->held && it->second->held->serial == serial)
            release(id);
    });
    held->timeout->start(timeoutMs);
    client.held = std::move(held);
}

void CometdHub::release(const QString &clientId)
{
    const auto it = m_clients.find(clientId);
    if (it == m_clients.end() || !it->second->held)
        return;
    Client &client = *it->second;
    std::unique_ptr<HeldPoll> held = std::move(client.held);
    QObject::disconnect(held->onDisconnect);
    client.lastSeen = now();
    if (!held->socket || held->socket->state() != QAbstractSocket::ConnectedState)
        return; // nobody to answer; the events stay queued for the next connect
    answer(client, held->responder, held->replies, held->connectReply);
}

void CometdHub::answer(Client &client, QHttpServerResponder &responder, const QJsonArray &replies,
                       const QJsonObject &connectReply)
{
    auto sent = std::make_shared<std::deque<QByteArray>>(std::move(client.queue));
    client.queue.clear();
    std::deque<QByteArray> events = *sent; // implicitly shared bytes: no copy of the data
    sendBatch(responder, replies, &events, connectReply);
    QTcpSocket *socket = responder.socket();
    if (!socket || socket->bytesToWrite() == 0 || sent->empty())
        return;
    // Until Qt has handed the answer to the system, a socket that closes (a client that
    // half-closed, say) drops it: then the events go back to the queue for the next connect.
    const QString id = client.id;
    auto links = std::make_shared<QList<QMetaObject::Connection>>();
    auto unlink = [links] {
        for (const QMetaObject::Connection &c : std::as_const(*links))
            QObject::disconnect(c);
    };
    links->append(connect(socket, &QIODevice::bytesWritten, this, [socket, unlink] {
        if (socket->bytesToWrite() == 0)
            unlink();
    }));
    links->append(connect(socket, &QAbstractSocket::disconnected, this, [this, id, sent, unlink] {
        unlink();
        requeue(id, *sent);
    }));
}

void CometdHub::requeue(const QString &clientId, const std::deque<QByteArray> &events)
{
    const auto it = m_clients.find(clientId);
    if (it == m_clients.end())
        return;
    Client &client = *it->second;
    client.queue.insert(client.queue.begin(), events.begin(), events.end());
    while (client.queue.size() > size_t(MaxQueuedEvents))
        client.queue.pop_front();
    if (client.held)
        scheduleFlush(client);
}

void CometdHub::dropHeld(const QString &clientId, quint64 serial)
{
    const auto it = m_clients.find(clientId);
    if (it == m_clients.end() || !it->second->held || it->second->held->serial != serial)
        return;
    QObject::disconnect(it->second->held->onDisconnect);
    it->second->held.reset();
    it->second->lastSeen = now();
}

void CometdHub::publish(const QString &userName, const QString &channel, const QJsonObject &data)
{
    publishSerialized(userName, channel, {compact(data)});
}

int CometdHub::publishSerialized(const QString &userName, const QString &channel,
                                 const QList<QByteArray> &compactData)
{
    // {"channel":"<channel>","data":<data>}, the channel quoted as JSON quotes strings.
    const QByteArray quoted =
        QJsonDocument(QJsonArray{channel}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
    const QByteArray prefix = "{\"channel\":" + quoted + ",\"data\":";
    QList<QByteArray> events;
    events.reserve(compactData.size());
    for (const QByteArray &data : compactData)
        events.append(prefix + data + '}');
    int clients = 0;
    for (auto &entry : m_clients) {
        Client &client = *entry.second;
        if (client.userName != userName)
            continue;
        bool subscribed = false;
        for (const QString &s : std::as_const(client.subscriptions))
            subscribed = subscribed || channelMatches(s, channel);
        if (!subscribed)
            continue;
        ++clients;
        for (const QByteArray &e : std::as_const(events)) { // shared, not copied
            // A client that never polls must not eat the memory.
            if (client.queue.size() >= size_t(MaxQueuedEvents))
                client.queue.pop_front();
            client.queue.push_back(e);
        }
        if (client.held)
            scheduleFlush(client);
    }
    return clients;
}

void CometdHub::scheduleFlush(Client &client)
{
    // Deferred, so that all events of one operation travel in one answer; once per client
    // however many events come meanwhile.
    if (client.flushScheduled)
        return;
    client.flushScheduled = true;
    const QString clientId = client.id;
    QMetaObject::invokeMethod(
        this,
        [this, clientId] {
            const auto it = m_clients.find(clientId);
            if (it == m_clients.end())
                return;
            it->second->flushScheduled = false;
            release(clientId);
        },
        Qt::QueuedConnection);
}

void CometdHub::clear()
{
    QStringList ids;
    for (const auto &entry : m_clients)
        ids.append(entry.first);
    for (const QString &id : std::as_const(ids))
        release(id);
    m_clients.clear();
}

void CometdHub::dropSession(const QString &sessionId)
{
    QStringList ids;
    for (const auto &entry : m_clients)
        if (entry.second->sessionId == sessionId)
            ids.append(entry.first);
    for (const QString &id : std::as_const(ids)) {
        // A held connect learns at once that its client is gone, as the next one would.
        Client &client = *m_clients.at(id);
        if (client.held) {
            QJsonObject r = failure(client.held->connectReply, u"402::Unknown client"_s);
            r.insert(u"advice"_s, advice(u"handshake"_s));
            client.held->connectReply = r;
        }
        release(id);
        m_clients.erase(id);
    }
}

void CometdHub::expireClients()
{
    const qint64 limit = now() - m_clientExpiry;
    for (auto it = m_clients.begin(); it != m_clients.end();) {
        if (!it->second->held && it->second->lastSeen < limit)
            it = m_clients.erase(it);
        else
            ++it;
    }
}

bool CometdHub::channelMatches(const QString &subscription, const QString &channel)
{
    if (subscription == channel)
        return true;
    if (subscription.endsWith("/**"_L1))
        return channel.startsWith(subscription.chopped(2));
    if (subscription.endsWith("/*"_L1)) {
        const QString prefix = subscription.chopped(1);
        return channel.startsWith(prefix) && !channel.mid(prefix.size()).contains(u'/');
    }
    return false;
}
