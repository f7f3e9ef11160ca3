#pragma once

// A QNetworkAccessManager that logs every request its client makes (createRequest: what
// the client asked to send, REST and CometD alike, not what Qt resent by itself), so a
// test can count them over a window and check their pace against the request budget.

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

class CountingNetwork : public QNetworkAccessManager
{
public:
    struct Sent
    {
        qint64 atMs; // since this manager was made
        QString path;
        QString what; // a POST's operationName, or the channel of its first Bayeux message
        QUrl url;     // the whole of it, query included
    };

    CountingNetwork() { m_clock.start(); }

    const QList<Sent> &sent() const { return m_sent; }
    // Where the log is now: pass to sentSince() to count only what follows.
    qsizetype mark() const { return m_sent.size(); }
    QList<Sent> sentSince(qsizetype mark) const { return m_sent.mid(mark); }
    qint64 elapsed() const { return m_clock.elapsed(); }

    // The first stretch of the log with more requests than a token bucket of `burst`
    // tokens refilled at `ratePerSecond` lets through, described; empty when there is none.
    // One request of slack covers the millisecond resolution of both clocks.
    QString overBudget(double ratePerSecond, int burst) const
    {
        for (qsizetype i = 0; i < m_sent.size(); ++i) {
            for (qsizetype j = i; j < m_sent.size(); ++j) {
                const qint64 spanMs = m_sent.at(j).atMs - m_sent.at(i).atMs;
                const double allowed = burst + ratePerSecond * double(spanMs) / 1000.0 + 1;
                if (double(j - i + 1) > allowed)
                    return QStringLiteral("%1 requests in %2 ms (from %3 at %4 ms)")
                        .arg(j - i + 1)
                        .arg(spanMs)
                        .arg(m_sent.at(i).path)
                        .arg(m_sent.at(i).atMs);
            }
        }
        return {};
    }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        m_sent.append({m_clock.elapsed(), request.url().path(), whatIsIn(outgoingData),
                       request.url()});
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }

private:
    static QString whatIsIn(QIODevice *body)
    {
        if (!body)
            return {};
        const QJsonDocument doc = QJsonDocument::fromJson(body->peek(64 * 1024)); // not read
        if (doc.isArray())
            return doc.array().first()[QLatin1String("channel")].toString();
        return doc.object().value(QLatin1String("operationName")).toString();
    }

    QElapsedTimer m_clock;
    QList<Sent> m_sent;
};
