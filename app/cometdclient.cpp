#include "cometdclient.h"

#include "jsonarraystream.h"
#include "requestbudget.h"
#include "tlspolicy.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCometd, "softphone.cometd", QtInfoMsg)

namespace {
constexpr int kRequestTimeoutMs = 15000;
// One answer carries every event queued since the last poll: a burst of 10,000 call events
// (about 1 KB each) must fit, a runaway server must not eat the memory.
constexpr qint64 kMaxReplyBytes = 32 * 1024 * 1024;
} // namespace

struct CometdClient::Incoming
{
    JsonArrayStream stream;
    QJsonArray metaReplies; // /meta/connect and the like, in order
    bool unreadable = false;
};

CometdClient::CometdClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_needHandshake)
            handshake();
        else
            connectPoll();
    });
}

CometdClient::~CometdClient()
{
    if (m_pending)
        m_pending->abort();
}

void CometdClient::setEndpoint(const QUrl &url)
{
    m_endpoint = url;
}

void CometdClient::setSubscriptions(const QStringList &channels)
{
    m_channels = channels;
}

void CometdClient::setRequestDecorator(std::function<void(QNetworkRequest &)> decorator)
{
    m_decorate = std::move(decorator);
}

void CometdClient::setBackoff(int initialMs, int maxMs)
{
    m_backoffInitialMs = initialMs;
    m_backoffMaxMs = maxMs;
}

void CometdClient::start()
{
    // Whatever was under way belongs to the previous run: exactly one loop at a time.
    ++m_generation;
    m_retryTimer.stop();
    if (m_pending)
        m_pending->abort();
    m_failures = 0;
    m_needHandshake = true;
    handshake();
}

void CometdClient::stop()
{
    ++m_generation;
    m_retryTimer.stop();
    if (m_pending)
        m_pending->abort();
    if (!m_clientId.isEmpty() && m_state == State::Connected) {
        // Best effort: tell the server to drop our queue; nobody waits for the answer.
        QNetworkRequest request(m_endpoint);
        if (m_decorate)
            m_decorate(request);
        request.setTransferTimeout(2000);
        const QJsonArray body{metaMessage(u"/meta/disconnect"_s)};
        QNetworkReply *reply =
            m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_clientId.clear();
    setState(State::Disconnected);
}

QJsonObject CometdClient::metaMessage(const QString &channel) const
{
    QJsonObject m{{u"channel"_s, channel}, {u"id"_s, QString::number(m_messageId)}};
    if (!m_clientId.isEmpty())
        m[u"clientId"_s] = m_clientId;
    return m;
}

void CometdClient::handshake()
{
    m_needHandshake = true;
    m_nextPollBusy = false;
    m_resyncOwed = false; // handshaken() makes the owner read everything anyway
    m_clientId.clear();
    if (m_state != State::Reconnecting)
        setState(State::Handshaking);
    QJsonObject m = metaMessage(u"/meta/handshake"_s);
    m[u"version"_s] = u"1.0"_s;
    m[u"minimumVersion"_s] = u"1.0"_s;
    m[u"supportedConnectionTypes"_s] = QJsonArray{u"long-polling"_s};
    send(QJsonArray{m}, &CometdClient::onHandshakeReply, kRequestTimeoutMs);
}

void CometdClient::subscribe()
{
    QJsonArray batch;
    for (const QString &channel : std::as_const(m_channels)) {
        QJsonObject m = metaMessage(u"/meta/subscribe"_s);
        m[u"subscription"_s] = channel;
        batch.append(m);
        ++m_messageId;
    }
    send(batch, &CometdClient::onSubscribeReply, kRequestTimeoutMs);
}

void CometdClient::connectPoll()
{
    QJsonObject m = metaMessage(u"/meta/connect"_s);
    m[u"connectionType"_s] = u"long-polling"_s;
    send(QJsonArray{m}, &CometdClient::onConnectReply, m_pollTimeoutMs + m_pollMarginMs);
}

void CometdClient::send(const QJsonArray &messages,
                        void (CometdClient::*onReply)(const QJsonArray &), int timeoutMs)
{
    // A poll after an answer that carried events is paced, not budgeted (RequestBudget).
    const bool busy =
        std::exchange(m_nextPollBusy, false) && onReply == &CometdClient::onConnectReply;
    if (m_budget && !(busy ? m_budget->tryTakeBusy() : m_budget->tryTake())) {
        const quint64 generation = m_generation;
        const int waitMs = busy ? m_budget->msUntilBusy() : m_budget->msUntilNext();
        QTimer::singleShot(qMax(1, waitMs), this,
                           [this, messages, onReply, timeoutMs, generation, busy] {
                               if (generation != m_generation)
                                   return;
                               m_nextPollBusy = busy;
                               send(messages, onReply, timeoutMs);
                           });
        return;
    }
    ++m_messageId;
    qCDebug(lcCometd) << "send" << messages.first().toObject().value(u"channel").toString();
    QNetworkRequest request(m_endpoint);
    if (m_decorate)
        m_decorate(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Credentials never follow a redirect to another place (see authenticationRejected).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(messages).toJson(QJsonDocument::Compact));
    m_pending = reply;
    // An overall deadline, not only an idle one: a server that trickles bytes or streams an
    // endless answer must not hold the channel.
    QTimer::singleShot(timeoutMs, reply, [reply] {
        reply->setProperty("pastDeadline", true);
        reply->abort();
    });
    const quint64 generation = m_generation;
    // A connect answer may carry thousands of events: each is delivered as soon as its
    // bytes are in, while the rest is still on the wire.
    std::shared_ptr<Incoming> incoming;
    if (onReply == &CometdClient::onConnectReply) {
        m_streamedEvents = false;
        incoming = std::make_shared<Incoming>();
        connect(reply, &QNetworkReply::readyRead, this, [this, reply, incoming, generation] {
            // An error answer is read whole when it ends; stale replies are ignored.
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
                return;
            // In pieces through one buffer: no fresh memory for every chunk of a big answer.
            char piece[16384];
            qint64 got = 0;
            while (generation == m_generation && !incoming->unreadable
                   && (got = reply->read(piece, sizeof piece)) > 0)
                deliverStreamed(QByteArrayView(piece, got), incoming.get(), generation);
        });
    }
    // A runaway answer is cut off rather than buffered; the events not yet delivered are
    // lost, so the failure path handshakes again and the owner resynchronises.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received) {
        if (received > kMaxReplyBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, onReply, generation, incoming] {
        reply->deleteLater();
        if (generation != m_generation)
            return; // stopped or restarted meanwhile
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->property(TlsPolicy::kPinProperty).toBool()) {
            // Not transient: the agent must hear it, nothing is retried behind their back.
            giveUp(tr("The server's key is not the pinned one (%1)")
                       .arg(reply->property(TlsPolicy::kDetailsProperty).toString()));
            return;
        }
        if (reply->property("pastDeadline").toBool()) {
            failed(tr("The server took too long to answer a notification request"), false);
            return;
        }
        if (reply->property("tooLarge").toBool()) {
            failed(tr("Notification reply too large; ignored"), true);
            return;
        }
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            failed(tr("Notification channel lost: %1").arg(reply->errorString()), false);
            return;
        }
        const QByteArray raw = reply->readAll();
        if (status == 401 || status == 403) {
            rejected(tr("Notification request refused (HTTP %1)").arg(status), status);
            return;
        }
        if (status >= 300 && status < 400) {
            rejected(tr("Notification request redirected (HTTP %1): a sign-in page?").arg(status),
                     status);
            return;
        }
        if (status >= 400) {
            failed(tr("Notification request refused (HTTP %1)").arg(status), true);
            return;
        }
        if (reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"html"_s)) {
            rejected(tr("A web page came where notifications were expected: a sign-in page?"),
                     status);
            return;
        }
        if (incoming) {
            deliverStreamed(raw, incoming.get(), generation);
            if (generation != m_generation)
                return; // a receiver of the events stopped or restarted us
            if (incoming->unreadable || !incoming->stream.finished()) {
                // Events delivered before the damage stand; the resync after the new
                // handshake brings back whatever the rest carried.
                failed(tr("Unreadable notification reply"), true);
                return;
            }
            (this->*onReply)(incoming->metaReplies);
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(raw);
        if (!doc.isArray()) {
            // Whatever was in it is lost: start over, so the owner resynchronises.
            failed(tr("Unreadable notification reply"), true);
            return;
        }
        (this->*onReply)(doc.array());
    });
}

void CometdClient::deliverStreamed(QByteArrayView bytes, Incoming *in, quint64 generation)
{
    if (in->unreadable)
        return;
    in->stream.feed(bytes, [this, in, generation](QByteArrayView element) {
        if (!element.startsWith('{'))
            return true; // not a message; ignored as before
        if (m_skip && m_skip(element)) {
            m_streamedEvents = true; // an event all the same: the next poll is paced
            return true;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray::fromRawData(element.data(), element.size()), &error);
        if (error.error != QJsonParseError::NoError) {
            in->unreadable = true;
            return false;
        }
        const QJsonObject m = doc.object();
        const QString channel = m.value(u"channel").toString();
        if (channel.isEmpty() || channel.startsWith(u"/meta/")) {
            in->metaReplies.append(m); // handled once the answer is complete
            return true;
        }
        m_streamedEvents = true;
        emit message(channel, m.value(u"data"));
        return generation == m_generation; // a receiver may have stopped us
    });
    if (in->stream.failed())
        in->unreadable = true;
}

void CometdClient::onHandshakeReply(const QJsonArray &replies)
{
    for (const QJsonValue &v : replies) {
        const QJsonObject m = v.toObject();
        if (m.value(u"channel").toString() != u"/meta/handshake")
            continue;
        applyAdvice(m.value(u"advice").toObject());
        if (!m.value(u"successful").toBool() || m.value(u"clientId").toString().isEmpty()) {
            const QString why = tr("Handshake refused: %1").arg(m.value(u"error").toString());
            if (m.value(u"advice").toObject().value(u"reconnect").toString() == u"none")
                return giveUp(why);
            failed(why, true);
            return;
        }
        m_clientId = m.value(u"clientId").toString();
        m_needHandshake = false;
        // A server may put queued events in the handshake answer: they count too.
        const quint64 generation = m_generation;
        deliverEvents(replies);
        if (generation == m_generation)
            subscribe();
        return;
    }
    failed(tr("Handshake reply missing"), true);
}

void CometdClient::onSubscribeReply(const QJsonArray &replies)
{
    for (const QJsonValue &v : replies) {
        const QJsonObject m = v.toObject();
        if (m.value(u"channel").toString() == u"/meta/subscribe"
            && !m.value(u"successful").toBool()) {
            const QString error = m.value(u"error").toString();
            qCWarning(lcCometd) << "subscribe failed" << m.value(u"subscription") << error;
            if (error.startsWith(u"402") || error.startsWith(u"401")) {
                failed(tr("Subscription refused: %1").arg(error), true);
                return;
            }
            emit problem(tr("Subscription refused: %1").arg(error));
        }
    }
    const quint64 generation = m_generation;
    deliverEvents(replies);
    if (generation != m_generation)
        return;
    // m_failures stays until a connect succeeds: a channel whose long-poll always fails
    // must back off further each round, not restart at the first step.
    setState(State::Connected);
    emit handshaken();
    if (generation == m_generation)
        connectPoll();
}

void CometdClient::onConnectReply(const QJsonArray &replies)
{
    bool connectOk = false;
    bool sawConnect = false;
    QString reconnect;
    for (const QJsonValue &v : replies) {
        const QJsonObject m = v.toObject();
        if (m.value(u"channel").toString() != u"/meta/connect")
            continue;
        sawConnect = true;
        const QJsonObject advice = m.value(u"advice").toObject();
        applyAdvice(advice);
        reconnect = advice.value(u"reconnect").toString();
        connectOk = m.value(u"successful").toBool();
        if (!connectOk)
            qCInfo(lcCometd) << "connect unsuccessful:" << m.value(u"error").toString();
    }
    const quint64 generation = m_generation;
    const bool carriedEvents = deliverEvents(replies) || std::exchange(m_streamedEvents, false);
    if (generation != m_generation)
        return; // a receiver of the events stopped or restarted us
    if (reconnect == u"none")
        return giveUp(tr("The server closed the notification channel and asked not to reconnect"));
    if (!sawConnect || !connectOk || reconnect == u"handshake") {
        // CometD: an unsuccessful connect without other advice means handshake again.
        failed(tr("Notification session ended by the server"), true);
        return;
    }
    m_failures = 0;
    m_nextPollBusy = carriedEvents; // a busy channel, not a fault loop (see RequestBudget)
    if (m_state != State::Connected)
        setState(State::Connected);
    if (std::exchange(m_resyncOwed, false)) {
        emit resumed();
        if (generation != m_generation)
            return;
    }
    if (m_intervalMs > 0) {
        m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(m_intervalMs);
        m_retryTimer.start(m_intervalMs);
    } else {
        connectPoll();
    }
}

bool CometdClient::deliverEvents(const QJsonArray &replies)
{
    bool any = false;
    const quint64 generation = m_generation;
    for (const QJsonValue &v : replies) {
        const QJsonObject m = v.toObject();
        const QString channel = m.value(u"channel").toString();
        if (channel.isEmpty() || channel.startsWith(u"/meta/"))
            continue;
        any = true;
        // The filter sees every event, so what it remembers is what was delivered.
        if (m_skip && m_skip(QJsonDocument(m).toJson(QJsonDocument::Compact)))
            continue;
        emit message(channel, m.value(u"data"));
        if (generation != m_generation)
            break; // a receiver stopped us
    }
    return any;
}

void CometdClient::applyAdvice(const QJsonObject &advice)
{
    if (advice.contains(u"timeout"))
        m_pollTimeoutMs = qBound(0, advice.value(u"timeout").toInt(m_pollTimeoutMs), 600000);
    if (advice.contains(u"interval"))
        m_intervalMs = qBound(0, advice.value(u"interval").toInt(m_intervalMs), 600000);
}

void CometdClient::failed(const QString &why, bool rehandshake)
{
    qCWarning(lcCometd).noquote() << why;
    if (rehandshake)
        m_needHandshake = true;
    else if (!m_needHandshake)
        m_resyncOwed = true; // the same client goes on: what happened meanwhile is unknown
    ++m_failures;
    // Capped exponential backoff with jitter, so a fleet of agents does not stampede
    // a recovering server. The first retry after a clean server-side expiry is quick.
    const int exponent = qMin(m_failures - 1, 16);
    const qint64 base = qMin<qint64>(qint64(m_backoffInitialMs) << exponent, m_backoffMaxMs);
    const qint64 jitter = QRandomGenerator::global()->bounded(qMax<qint64>(base / 4, 1));
    const int delay = int(qMin<qint64>(base + jitter, m_backoffMaxMs));
    m_nextAttempt = QDateTime::currentDateTimeUtc().addMSecs(delay);
    qCDebug(lcCometd) << "retry in" << delay << "ms, handshake:" << m_needHandshake;
    setState(State::Reconnecting);
    emit problem(why);
    m_retryTimer.start(delay);
}

void CometdClient::rejected(const QString &why, int httpStatus)
{
    qCWarning(lcCometd).noquote() << why;
    m_retryTimer.stop();
    m_needHandshake = true;
    m_clientId.clear();
    ++m_failures;
    setState(State::Reconnecting);
    emit problem(why);
    emit authenticationRejected(httpStatus);
}

void CometdClient::giveUp(const QString &why)
{
    qCWarning(lcCometd).noquote() << why;
    ++m_generation;
    m_retryTimer.stop();
    m_clientId.clear();
    m_needHandshake = true;
    m_nextAttempt = {};
    setState(State::Failed);
    emit problem(why);
}

void CometdClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
