#pragma once

#include "gwsrequest.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <QPointer>
#include <QSslConfiguration>
#include <optional>
#include <QTimer>
#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkRequest;
class RequestBudget;

// The GWS REST client: Basic credentials on every request, the JSESSIONID cookie kept by
// the network manager's jar, and the CSRF token learned from GET answers sent on every
// POST. Each call returns a self-deleting GwsRequest; connect to its finished().
class GwsClient : public QObject
{
    Q_OBJECT
public:
    explicit GwsClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setServer(const QUrl &baseUrl); // e.g. http://host:8080 (the /api/v2 is added)
    QUrl server() const { return m_server; }
    void setCredentials(const QString &user, const QString &password);
    QString userName() const { return m_user; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Requests beyond the budget wait their turn (nullptr: no limit).
    void setBudget(RequestBudget *budget) { m_budget = budget; }
    // TLS trust of this client alone (TlsPolicy::configuration()); default: the system's.
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    int timeout() const { return m_timeoutMs; }

    // path is relative to /api/v2, e.g. "/me/calls".
    GwsRequest *get(const QString &path);
    GwsRequest *post(const QString &path, const QJsonObject &body);

    QUrl urlFor(const QString &path) const;
    // Adds credentials (and for writes the CSRF token) to a request: CometD uses it too.
    void decorate(QNetworkRequest &request, bool write) const;
    QNetworkAccessManager *network() const { return m_network; }
    bool hasCsrfToken() const { return !m_csrfToken.isEmpty(); }
    int lastHttpStatus() const { return m_lastHttpStatus; }
    void forgetSession(); // drop CSRF token and cookies (re-authentication)
    // Requests still held back by the budget are never sent; each finishes Cancelled.
    // Logout: nothing the agent asked for before may reach the server afterwards.
    void cancelWaiting();

private:
    using Sender = std::function<QNetworkReply *()>;
    struct Waiting
    {
        QPointer<GwsRequest> request;
        Sender send;
    };
    // Sends now if the budget allows, else queues; the request is returned either way.
    GwsRequest *schedule(Sender send);
    void startWaiting();
    void learnCsrf(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    QUrl m_server;
    QString m_user;
    QByteArray m_authorization;
    QByteArray m_csrfHeader = QByteArrayLiteral("X-CSRF-TOKEN");
    QByteArray m_csrfToken;
    int m_timeoutMs = 15000;
    int m_lastHttpStatus = 0;
    RequestBudget *m_budget = nullptr;
    std::optional<QSslConfiguration> m_ssl;
    std::deque<Waiting> m_waiting;
    QTimer m_waitTimer;
};
