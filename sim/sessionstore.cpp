#include "sessionstore.h"

#include "directory.h"
#include "httpreply.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toHex().toUpper();
}

QString cookieValue(const QByteArray &cookieHeader, const QByteArray &name)
{
    for (const QByteArray &part : cookieHeader.split(';')) {
        const QByteArray kv = part.trimmed();
        const qsizetype eq = kv.indexOf('=');
        if (eq > 0 && kv.left(eq) == name)
            return QString::fromLatin1(kv.mid(eq + 1));
    }
    return {};
}

bool basicCredentials(const QByteArray &header, QString *user, QString *password)
{
    if (!header.startsWith("Basic ") && !header.startsWith("basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    *user = QString::fromUtf8(decoded.left(colon));
    *password = QString::fromUtf8(decoded.mid(colon + 1));
    return true;
}

} // namespace

SessionStore::SessionStore()
{
    m_clock.start();
}

int SessionStore::count()
{
    m_lastSweepMs = -1; // sweep now, whatever the last sweep
    expireIdle();
    return int(m_sessions.size());
}

void SessionStore::expireIdle()
{
    // Sweeping is a walk over every session: not more often than a tenth of the timeout.
    const qint64 now = m_clock.elapsed();
    if (m_lastSweepMs >= 0 && now - m_lastSweepMs < qMin<qint64>(1000, m_idleTimeoutMs / 10))
        return;
    m_lastSweepMs = now;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (now - it->lastUsedMs >= m_idleTimeoutMs)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

void SessionStore::capUser(const QString &userName)
{
    QList<QHash<QString, HttpSession>::iterator> mine;
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it)
        if (it->userName == userName)
            mine.append(it);
    if (mine.size() <= m_maxPerUser)
        return;
    // The least recently used go: a client that keeps its cookie keeps its session.
    std::sort(mine.begin(), mine.end(),
              [](const auto &a, const auto &b) { return a->lastUsedMs < b->lastUsedMs; });
    QStringList gone;
    for (qsizetype i = 0; i < mine.size() - m_maxPerUser; ++i)
        gone.append(mine.at(i).key());
    for (const QString &id : std::as_const(gone))
        m_sessions.remove(id);
}

SessionStore::Auth SessionStore::authenticate(const QHttpServerRequest &request,
                                              const Directory &directory)
{
    Auth auth;
    const auto method = request.method();
    auth.isGet = method == QHttpServerRequest::Method::Get;
    QString userName, password;
    if (!basicCredentials(request.value("Authorization"), &userName, &password) ||
        !directory.authenticate(userName, password)) {
        auth.outcome = Auth::Unauthorized;
        return auth;
    }

    expireIdle();
    const QString cookie = cookieValue(request.value("Cookie"), "JSESSIONID");
    const auto it = m_sessions.find(cookie);
    const bool known = it != m_sessions.end() && it->userName == userName &&
                       m_clock.elapsed() - it->lastUsedMs < m_idleTimeoutMs;

    const bool unsafe =
        method == QHttpServerRequest::Method::Post || method == QHttpServerRequest::Method::Put ||
        method == QHttpServerRequest::Method::Delete || method == QHttpServerRequest::Method::Patch;
    if (unsafe) {
        // The token only means something with the session it was issued for.
        if (!known || request.value("X-CSRF-TOKEN") != it->csrfToken) {
            auth.outcome = Auth::CsrfRejected;
            return auth;
        }
        it->lastUsedMs = m_clock.elapsed();
        auth.session = *it;
        auth.outcome = Auth::Ok;
        return auth;
    }

    if (known) {
        it->lastUsedMs = m_clock.elapsed();
        auth.session = *it;
    } else {
        auth.session = HttpSession{QString::fromLatin1(randomToken(16)), userName, randomToken(16),
                                   m_clock.elapsed()};
        m_sessions.insert(auth.session.id, auth.session);
        capUser(userName);
        auth.created = true;
    }
    auth.outcome = Auth::Ok;
    return auth;
}

QStringList SessionStore::invalidateUser(const QString &userName)
{
    QStringList ids;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->userName == userName) {
            ids.append(it.key());
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
    return ids;
}

HttpReply SessionStore::refusal(const Auth &auth)
{
    if (auth.outcome == Auth::CsrfRejected)
        return HttpReply::text(403, QByteArrayLiteral("Missing or invalid Csrf token"));
    HttpReply r = HttpReply::error(401, GwsStatus::NotAuthenticated, u"Not authenticated"_s);
    r.addHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"GWS\""));
    return r;
}

void SessionStore::decorate(HttpReply *reply, const Auth &auth)
{
    if (auth.created)
        reply->addHeader(QByteArrayLiteral("Set-Cookie"),
                         "JSESSIONID=" + auth.session.id.toLatin1() + "; Path=/; HttpOnly");
    if (auth.isGet) {
        reply->addHeader(QByteArrayLiteral("X-CSRF-HEADER"), QByteArrayLiteral("X-CSRF-TOKEN"));
        reply->addHeader(QByteArrayLiteral("X-CSRF-TOKEN"), auth.session.csrfToken);
    }
}
