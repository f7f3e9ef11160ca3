#pragma once

#include "gwsresult.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

// One REST request that owns its reply: maps the HTTP status and body to a GwsResult,
// emits finished() exactly once, then deletes itself (libQuotient's BaseJob idea).
class GwsRequest : public QObject
{
    Q_OBJECT
public:
    // No GWS answer is anywhere near this; a bigger one is refused, not buffered.
    static constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;

    // Not sent yet: GwsClient starts it when the request budget allows.
    explicit GwsRequest(QObject *parent = nullptr);
    // deadlineMs bounds the whole request (a server trickling one byte at a time included),
    // not only the time between two bytes; 0: none.
    GwsRequest(QNetworkReply *reply, int deadlineMs = 0, QObject *parent = nullptr);
    ~GwsRequest() override;

    void start(QNetworkReply *reply, int deadlineMs);
    bool isStarted() const { return m_started; }
    void abort(); // finishes with Kind::Cancelled, sent or not

    // The whole answer of a finished reply, as a GwsResult (also used for CometD answers).
    static GwsResult resultFrom(QNetworkReply *reply, const QByteArray &raw);
    // "<title>" of an HTML page, or the first line of other text, for a message.
    static QString describeBody(const QByteArray &raw);

signals:
    void finished(const GwsResult &result);
    // Raw response headers, before finished(): GwsClient learns CSRF tokens from them.
    void headersReceived(QNetworkReply *reply);

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_done = false;
    bool m_started = false;
};
