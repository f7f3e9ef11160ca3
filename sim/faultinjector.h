#pragma once

// Fault knobs for tests of the client's resilience (POST/GET/DELETE /sim/faults): added
// latency on /api answers, HTTP errors, connections closed without an answer, and requests
// held unanswered (a hung server), for requests whose path starts with a prefix, the next
// K of them or until cleared.

#include "opresult.h"

#include <QJsonObject>
#include <QString>

class FaultInjector
{
public:
    enum class Action { None, Fail, Drop, Hang, SignInPage };
    struct Decision
    {
        int latencyMs = 0;
        Action action = Action::None;
        int httpStatus = 500;
    };

    // {"latencyMs", "httpStatus", "failCount", "dropConnections", "hang", "signInPage",
    // "paths"}; replaces
    // the previous settings. Refuses (and keeps the old ones) on a malformed value.
    OpResult configure(const QJsonObject &settings);
    void clear() { *this = FaultInjector(); }
    // The settings, `remaining` (of failCount; -1: no limit), and the failed/dropped/hung
    // counts.
    QJsonObject toJson() const;
    // Whether matching requests are held unanswered now; when this ends, the server must
    // let go of the ones it holds.
    bool hangs() const { return m_hang; }

    // What to do with one /api request; counts it against failCount.
    Decision decide(const QString &path);

private:
    int m_latencyMs = 0;
    int m_httpStatus = 0; // 0: answer normally
    bool m_drop = false;
    bool m_hang = false;
    bool m_signIn = false; // a 302 to an HTML sign-in page, as a site's SSO answers
    int m_remaining = -1; // requests left to fail, drop or hang; -1: every one until cleared
    QString m_prefix = QStringLiteral("/api/");
    int m_failed = 0;
    int m_dropped = 0;
    int m_hung = 0;
    int m_signInPages = 0;
};
