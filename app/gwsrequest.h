#pragma once

#include "gwsresult.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

// One REST request that owns its reply: maps the HTTP status and body to a GwsResult,
// emits finished() exactly once, then deletes itself (libQuotient's BaseJob idea).
class GwsRequest : public QObject
{
    Q_OBJECT
public:
    // No GWS answer is anywhere near this; a bigger one is refused, not buffered.
    static constexpr qint64 kMaxBodyBytes = 8 * 1024 * 1024;

    GwsRequest(QNetworkReply *reply, QObject *parent = nullptr);
    ~GwsRequest() override;

    void abort(); // finishes with Kind::Cancelled

signals:
    void finished(const GwsResult &result);
    // Raw response headers, before finished(): GwsClient learns CSRF tokens from them.
    void headersReceived(QNetworkReply *reply);

private:
    void onFinished();
    static GwsResult resultFrom(QNetworkReply *reply, bool cancelledByUs, bool tooLarge);

    QPointer<QNetworkReply> m_reply;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_done = false;
};
