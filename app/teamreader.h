#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

class GwsClient;
class TeamModel;
struct GwsResult;

// Reads the supervisor's team in pages with the documented list request
// (GET /users?fields=*&subresources=devices,calls&roles=ROLE_AGENT&sortBy=lastName,firstName&
// order=Ascending&limit=100&offset=K), rolling on for as long as it runs.
//
// `calls` is not documented on users (Genesys' own supervisor client asked for it): the
// agents' calls are shown only when the listed users carry them (TeamModel::callsKnown), and
// a server that refuses the request with 400 is asked for `devices` alone from then on.
//
// Load on the server is bounded whatever the team size: never more than one request in
// flight; a cycle over all pages lasts max(minCycle, pages x perPage), its requests spread
// evenly, so a team of any size costs at most one request per perPage (1.2 s). Slow
// answers (> 2 s), 429, 503 and failures double the wait (back-pressure: GWS may sit
// behind Jetty's DoSFilter); the first normal answer restores it. A failure is reported
// (error()) and retried, never the end of reading; the next good answer clears it.
// 403 is the one final answer: the account may not list users.
class TeamReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 100;
    static constexpr int kSlowAnswerMs = 2000;
    static constexpr int kMaxBackoff = 16;
    static constexpr int kMaxWaitMs = 60000;
    static constexpr int kDeviceReadGapMs = 500; // the per-user fallback: <= 2 a second

    TeamReader(GwsClient *client, TeamModel *team, QObject *parent = nullptr);

    // Cadence: a cycle lasts at least minCycleMs, and at least perPageMs per page.
    void setCadence(int minCycleMs, int perPageMs);
    void setPageSize(int size) { m_pageSize = size; }
    // The context requests are bound to (the login attempt's): answers to an earlier one
    // are dropped with it.
    void setContext(QObject *context) { m_context = context; }
    // Our own user: not one of the team.
    void setOwnUserId(const QString &id) { m_ownUserId = id; }
    // Users the board shows now: the per-user device fallback reads only those (when a
    // listed user comes without `devices`). Empty: the first rows of each page.
    void setShownUsers(const QStringList &userIds) { m_shown = QSet<QString>(userIds.cbegin(), userIds.cend()); }
    const QSet<QString> &shownUsers() const { return m_shown; }

    void start();   // reads now and goes on
    void stop();    // no more requests; an answer still out is ignored
    void readNow(); // the next request now, unless one is in flight
    bool isRunning() const { return m_running; }
    bool isReading() const { return m_inFlight; }
    bool isForbidden() const { return m_forbidden; }
    QString error() const { return m_error; } // empty while reads succeed
    int backoff() const { return m_backoff; }
    int pagesPerCycle() const { return m_pages; }
    // The wait between two requests now: the cycle spread over its pages, times backoff.
    int waitMs() const;
    int cyclesCompleted() const { return m_cycles; }
    // False once the server refused `subresources=devices,calls` (until the next start()).
    bool asksForCalls() const { return m_askCalls; }

signals:
    void errorChanged();
    void forbidden();      // 403 on the list: the account may not read the team
    void cycleCompleted(); // every page of the team read once more

private:
    void requestPage();
    void requestDevices(const QString &userId);
    void onPage(const GwsResult &r, int offset, qint64 elapsedMs);
    void onDevices(const GwsResult &r, const QString &userId, qint64 elapsedMs);
    void scheduleNext(bool afterSlowOrRefused);
    void setError(const QString &error);

    GwsClient *m_client;
    TeamModel *m_team;
    QPointer<QObject> m_context;
    QString m_ownUserId;
    QTimer m_next;
    int m_minCycleMs = 5000;
    int m_perPageMs = 1200;
    int m_pageSize = kPageSize;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_forbidden = false;
    bool m_devicesForbidden = false;
    bool m_askCalls = true;
    int m_generation = 0; // answers of a stopped run are ignored
    int m_offset = 0;
    int m_pageIndex = 0;
    int m_pages = 1;      // pages of the last full cycle
    int m_backoff = 1;
    int m_cycles = 0;
    QSet<QString> m_seen;         // user ids of this cycle
    QSet<QString> m_previousSeen; // and of the cycle before
    QStringList m_deviceQueue;
    QSet<QString> m_shown;
    QString m_error;
};
