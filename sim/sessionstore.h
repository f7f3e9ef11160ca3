#pragma once

// HTTP sessions of the /api side: Basic credentials, the JSESSIONID cookie and the CSRF
// token that every POST/PUT/DELETE must echo (GWS "CSRF protection").

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>

class Directory;
class QHttpServerRequest;
struct HttpReply;

struct HttpSession
{
    QString id; // the JSESSIONID value
    QString userName;
    QByteArray csrfToken;
    qint64 lastUsedMs = 0; // SessionStore's clock: when a request last used it
};

// Sessions are not kept for ever: one idle for sessionIdleTimeout (30 min) is forgotten, and
// a user keeps at most maxSessionsPerUser (50; a client without a cookie jar opens one per
// request): beyond that the one unused for the longest time goes.
class SessionStore
{
public:
    SessionStore();
    void setIdleTimeout(qint64 ms) { m_idleTimeoutMs = qMax<qint64>(1, ms); }
    void setMaxSessionsPerUser(int count) { m_maxPerUser = qMax(1, count); }
    int count(); // sessions alive now (expired ones are forgotten first)

    struct Auth
    {
        enum Outcome { Ok, Unauthorized, CsrfRejected };
        Outcome outcome = Unauthorized;
        HttpSession session;
        bool created = false; // a new session: answer with Set-Cookie
        bool isGet = false;   // answer with the CSRF headers
    };

    // Checks credentials, finds or creates the session, and checks CSRF on unsafe methods.
    Auth authenticate(const QHttpServerRequest &request, const Directory &directory);
    // The answer to a refused request (401 or 403), as GWS words it.
    static HttpReply refusal(const Auth &auth);
    // Adds Set-Cookie and the CSRF headers that belong on an accepted request's answer.
    static void decorate(HttpReply *reply, const Auth &auth);

    void clear() { m_sessions.clear(); }
    bool invalidate(const QString &sessionId) { return m_sessions.remove(sessionId) > 0; }
    // Forgets every session of the user (cookie and CSRF token); returns their ids.
    QStringList invalidateUser(const QString &userName);
    QList<HttpSession> sessions() const { return m_sessions.values(); }

private:
    void expireIdle();
    void capUser(const QString &userName);

    QHash<QString, HttpSession> m_sessions;
    QElapsedTimer m_clock;
    qint64 m_idleTimeoutMs = 30 * 60 * 1000;
    int m_maxPerUser = 50;
    qint64 m_lastSweepMs = 0;
};
