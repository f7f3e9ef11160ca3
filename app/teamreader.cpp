#include "teamreader.h"

#include "gwsclient.h"
#include "gwspath.h"
#include "teammodel.h"
#include "user.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTeam, "softphone.team", QtInfoMsg)

namespace {
// The first read after the board opens comes at this pace, once: a supervisor should
// not wait a whole cycle to see the team. Later cycles keep the steady pace.
constexpr int kFirstCycleGapMs = 250;
} // namespace

TeamReader::TeamReader(GwsClient *client, TeamModel *team, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_team(team)
{
    m_next.setSingleShot(true);
    m_next.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early: over the bound
    connect(&m_next, &QTimer::timeout, this, &TeamReader::readNow);
}

void TeamReader::setCadence(int minCycleMs, int perPageMs)
{
    m_minCycleMs = std::max(0, minCycleMs);
    m_perPageMs = std::max(0, perPageMs);
}

int TeamReader::waitMs() const
{
    const int pages = std::max(1, m_pages);
    const qint64 cycle = std::max<qint64>(m_minCycleMs, qint64(pages) * m_perPageMs);
    qint64 gap = cycle / pages;
    if (m_cycles == 0)
        gap = std::min<qint64>(gap, kFirstCycleGapMs);
    return int(std::min<qint64>(gap * m_backoff, std::max<qint64>(gap, kMaxWaitMs)));
}

void TeamReader::start()
{
    if (m_running)
        return readNow();
    m_running = true;
    m_forbidden = false;
    m_askCalls = true; // the server may be another one now
    ++m_generation;
    m_inFlight = false;
    m_offset = 0;
    m_pageIndex = 0;
    m_seen.clear();
    m_previousSeen.clear();
    m_deviceQueue.clear();
    readNow();
}

void TeamReader::stop()
{
    m_running = false;
    m_inFlight = false;
    ++m_generation;
    m_next.stop();
}

void TeamReader::readNow()
{
    if (!m_running || m_inFlight)
        return;
    m_next.stop();
    if (!m_deviceQueue.isEmpty())
        requestDevices(m_deviceQueue.takeFirst());
    else
        requestPage();
}

void TeamReader::requestPage()
{
    const QString path = u"/users?fields=*&subresources=%1&roles=ROLE_AGENT"
                         "&sortBy=lastName,firstName&order=Ascending&limit=%2&offset=%3"_s
                             .arg(m_askCalls ? u"devices,calls"_s : u"devices"_s)
                             .arg(m_pageSize)
                             .arg(m_offset);
    m_inFlight = true;
    const int generation = m_generation;
    const int offset = m_offset;
    QElapsedTimer clock;
    clock.start();
    QObject *context = m_context ? m_context.data() : this;
    connect(m_client->get(path), &GwsRequest::finished, context,
            [this, generation, offset, clock](const GwsResult &r) {
                if (generation == m_generation)
                    onPage(r, offset, clock.elapsed());
            });
}

void TeamReader::requestDevices(const QString &userId)
{
    m_inFlight = true;
    const int generation = m_generation;
    QElapsedTimer clock;
    clock.start();
    QObject *context = m_context ? m_context.data() : this;
    connect(m_client->get(gwsPath(u"/users", userId, u"/devices") + u"?fields=*"_s),
            &GwsRequest::finished, context,
            [this, generation, userId, clock](const GwsResult &r) {
                if (generation == m_generation)
                    onDevices(r, userId, clock.elapsed());
            });
}

void TeamReader::onPage(const GwsResult &r, int offset, qint64 elapsedMs)
{
    m_inFlight = false;
    if (r.httpStatus == 403) {
        // "List Devices" and the roles pages: the list may be for admins only. Final.
        stop();
        m_forbidden = true;
        emit forbidden();
        return;
    }
    if (r.httpStatus == 400 && m_askCalls) {
        // `calls` is not documented on users: this server does not take it. Once, at once.
        qCInfo(lcTeam, "The server refused the team list with subresources=devices,calls "
                       "(400: %s); reading it with devices only, without the agents' calls",
               qUtf8Printable(r.describe()));
        m_askCalls = false;
        m_team->setCallsKnown(false);
        return readNow();
    }
    const QJsonValue users = r.body.value(u"users");
    if (!r.ok() || !users.isArray()) {
        GwsResult bad = r;
        if (r.ok()) {
            bad.kind = GwsResult::Kind::BadReply;
            bad.statusMessage = u"no \"users\" list in the answer"_s;
        }
        setError(tr("Reading the team failed: %1. Still trying.").arg(bad.describe()));
        m_team->markGap();
        return scheduleNext(true); // the same page again, later
    }

    QList<TeamMember> members;
    const QJsonArray list = users.toArray();
    int fallbacks = 0;
    bool listsCalls = false;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const User user = User::fromJson(o);
        if (user.id.isEmpty())
            continue;
        m_seen.insert(user.id); // listed: not gone, even if it is us
        listsCalls = listsCalls || o.value(u"calls").isArray();
        if (user.id == m_ownUserId)
            continue;
        TeamMember m{user.id, user.userName, user.displayName(), user.firstName, user.lastName,
                     {}, {}};
        const QJsonValue devices = o.value(u"devices");
        if (devices.isArray()) {
            for (const QJsonValue &d : devices.toArray())
                if (auto device = parseDevice(d))
                    m.devices.append(*device);
        } else {
            // No `devices` in this server's list: keep what the fallback read, and read
            // the devices of users on screen (or a few per page), one at a time.
            if (const TeamMember *known = m_team->member(user.id))
                m.devices = known->devices;
            const bool wanted = m_shown.isEmpty() ? fallbacks < 5 : m_shown.contains(user.id);
            if (wanted && !m_devicesForbidden && !m_deviceQueue.contains(user.id)) {
                m_deviceQueue.append(user.id);
                ++fallbacks;
            }
        }
        // Not in any documented list shape; read when a server sends it.
        for (const QJsonValue &c : o.value(u"calls").toArray())
            if (auto call = parseCall(c))
                m.calls.append(*call);
        members.append(m);
    }
    if (!list.isEmpty()) {
        if (m_askCalls && !listsCalls && m_team->callsKnown())
            qCInfo(lcTeam, "The server's team list has no \"calls\": the board shows states "
                           "without the agents' calls");
        m_team->setCallsKnown(m_askCalls && listsCalls);
    }
    m_team->updateMembers(members);
    setError({});

    if (list.size() < m_pageSize) {
        // The last page: whoever was not listed in this cycle nor the one before left
        // (two cycles, so a user shifted across a page boundary meanwhile stays).
        QSet<QString> keep = m_seen;
        keep.unite(m_previousSeen);
        m_team->removeMembersExcept(keep);
        m_previousSeen = std::exchange(m_seen, {});
        m_pages = m_pageIndex + 1;
        m_pageIndex = 0;
        m_offset = 0;
        ++m_cycles;
        emit cycleCompleted();
    } else {
        m_offset = offset + m_pageSize;
        ++m_pageIndex;
        m_pages = std::max(m_pages, m_pageIndex + 1);
    }
    scheduleNext(elapsedMs > kSlowAnswerMs);
}

void TeamReader::onDevices(const GwsResult &r, const QString &userId, qint64 elapsedMs)
{
    m_inFlight = false;
    if (r.httpStatus == 403) {
        // /users/{id}/devices is for the admin role ("List Devices"): no fallback then.
        m_devicesForbidden = true;
        m_deviceQueue.clear();
    } else if (r.ok()) {
        QList<Device> devices;
        for (const QJsonValue &v : r.body.value(u"devices").toArray())
            if (auto d = parseDevice(v))
                devices.append(*d);
        m_team->setDevices(userId, devices);
    }
    scheduleNext(!r.ok() || elapsedMs > kSlowAnswerMs);
}

void TeamReader::scheduleNext(bool backOff)
{
    if (!m_running)
        return;
    m_backoff = backOff ? std::min(m_backoff * 2, kMaxBackoff) : 1;
    const int wait = m_deviceQueue.isEmpty() ? waitMs() : kDeviceReadGapMs * m_backoff;
    m_next.start(wait);
}

void TeamReader::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    emit errorChanged();
}
