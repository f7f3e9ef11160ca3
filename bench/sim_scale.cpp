// A whole contact center on the simulator: gws-sim with 1,000 generated agents, 200 calls
// kept going (POST /sim/load), and N agents' clients long-polling CometD at once, each on
// its own connection (raw sockets: the real protocol, Basic auth, JSESSIONID, CSRF token,
// handshake, subscribe, connect loop; no client library per agent, to stay light). The
// bench changes agents' states at a rate (POST /sim/agents/state, what their own clients
// would post) and times each change from that request to the moment the agent's client
// has the DeviceStateChangeMessage. Printed for 100 and 1,000 clients: gws-sim's RSS and
// CPU, and p50/p99/max latency beside the target (p99 < 50 ms).
//
//   bench_sim_scale --sim build-bench/gws-sim [--clients 100,1000] [--seconds 10]
//                   [--rate 200] [--calls 200]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr double TargetP99Ms = 50;

double nowMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

void raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

double rssMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// Runs the event loop until `done` or `ms` have passed, looking every 10 ms. (Not
// processEvents(flags, ms) in a loop: that one never sleeps, and a busy bench would take
// the simulator's core.)
void runUntil(const std::function<bool()> &done, int ms)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= ms)
            loop.quit();
    });
    check.start(10);
    if (!done())
        loop.exec();
}

// CPU seconds of a process so far: in the process, and in the kernel for it.
struct Cpu
{
    double user = 0;
    double system = 0;
    double total() const { return user + system; }
};

Cpu cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return {fields.value(11).toDouble() / ticks, fields.value(12).toDouble() / ticks};
}

// HTTP/1.1 on one kept-alive socket, one exchange at a time (the simulator, like Qt
// HttpServer, takes no pipelining): requests wait their turn. Answers carry Content-Length.
class HttpConnection : public QObject
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray cookie; // JSESSIONID=...
        QByteArray csrf;
        QByteArray body;
    };
    using Handler = std::function<void(const Answer &)>;

    HttpConnection(quint16 port, QObject *parent)
        : QObject(parent)
        , m_port(port)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { m_failed = true; });
    }

    bool failed() const { return m_failed; }

    void send(const QByteArray &method, const QByteArray &path, const QByteArray &headers,
              const QByteArray &body, Handler onAnswer)
    {
        QByteArray request = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                             QByteArray::number(m_port) + "\r\n" + headers;
        if (!body.isNull())
            request += "Content-Type: application/json\r\nContent-Length: " +
                       QByteArray::number(body.size()) + "\r\n";
        m_queue.push_back({request + "\r\n" + body, std::move(onAnswer)});
        if (m_queue.size() == 1)
            writeNext();
    }

    int queued() const { return int(m_queue.size()); }

private:
    void writeNext()
    {
        if (m_queue.empty())
            return;
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        m_socket.write(m_queue.front().first);
    }

    void read()
    {
        m_buffer += m_socket.readAll();
        while (true) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            Answer answer;
            qsizetype length = 0;
            const QList<QByteArray> lines = m_buffer.left(end).split('\n');
            answer.status = lines.value(0).split(' ').value(1).toInt();
            for (const QByteArray &raw : lines) {
                const QByteArray line = raw.trimmed();
                const qsizetype colon = line.indexOf(':');
                const QByteArray name = line.left(colon).toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "set-cookie")
                    answer.cookie = value.split(';').value(0);
                else if (name == "x-csrf-token")
                    answer.csrf = value;
            }
            if (m_buffer.size() < end + 4 + length)
                return;
            answer.body = m_buffer.mid(end + 4, length);
            m_buffer.remove(0, end + 4 + length);
            if (m_queue.empty())
                continue;
            Handler handler = std::move(m_queue.front().second);
            m_queue.pop_front();
            writeNext();
            if (handler)
                handler(answer);
        }
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    std::deque<std::pair<QByteArray, Handler>> m_queue; // the front one is on the wire
    bool m_failed = false;
};

// One agent's notification client: GET /me (session and CSRF token), handshake, subscribe
// to /v2/me/devices and /v2/me/calls, then /meta/connect again after every answer.
class AgentClient : public QObject
{
public:
    std::function<void(AgentClient *)> onReady;                   // the first connect is out
    std::function<void(AgentClient *, const QString &)> onState; // a device notification

    AgentClient(quint16 port, const QString &user, QObject *parent)
        : QObject(parent)
        , m_http(port, this)
        , m_user(user)
        , m_auth("Authorization: Basic " + (user + u':' + user).toUtf8().toBase64() + "\r\n")
    {}

    const QString &user() const { return m_user; }
    bool failed() const { return m_http.failed() || m_error; }

    void start()
    {
        m_http.send("GET", "/api/v2/me", m_auth, QByteArray(), [this](const auto &a) {
            m_cookie = a.cookie;
            m_csrf = a.csrf;
            bayeux(QJsonObject{{u"channel"_s, u"/meta/handshake"_s},
                               {u"version"_s, u"1.0"_s},
                               {u"supportedConnectionTypes"_s, QJsonArray{u"long-polling"_s}}},
                   [this](const QJsonArray &replies) {
                       m_clientId = replies.at(0)["clientId"_L1].toString();
                       if (m_clientId.isEmpty()) {
                           m_error = true;
                           return;
                       }
                       subscribe();
                   });
        });
    }

private:
    void bayeux(const QJsonObject &message, std::function<void(const QJsonArray &)> then)
    {
        const QByteArray headers = m_auth + "Cookie: " + m_cookie + "\r\nX-CSRF-TOKEN: " +
                                   m_csrf + "\r\n";
        m_http.send("POST", "/api/v2/notifications", headers,
                    QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact),
                    [this, then](const auto &a) {
                        if (a.status != 200) {
                            m_error = true;
                            std::fprintf(stderr, "%s: HTTP %d\n", qPrintable(m_user), a.status);
                            return;
                        }
                        then(QJsonDocument::fromJson(a.body).array());
                    });
    }

    void subscribe()
    {
        bayeux(QJsonObject{{u"channel"_s, u"/meta/subscribe"_s},
                           {u"clientId"_s, m_clientId},
                           {u"subscription"_s, QJsonArray{u"/v2/me/devices"_s, u"/v2/me/calls"_s}}},
               [this](const QJsonArray &) {
                   poll();
                   if (onReady)
                       onReady(this);
               });
    }

    void poll()
    {
        bayeux(QJsonObject{{u"channel"_s, u"/meta/connect"_s},
                           {u"clientId"_s, m_clientId},
                           {u"connectionType"_s, u"long-polling"_s}},
               [this](const QJsonArray &messages) {
                   for (const QJsonValue &m : messages)
                       if (m["channel"_L1] == "/v2/me/devices"_L1 && onState)
                           onState(this, m["data"_L1]["devices"_L1][0]["userState"_L1]["state"_L1]
                                             .toString());
                   poll();
               });
    }

    HttpConnection m_http;
    QString m_user;
    QByteArray m_auth;
    QByteArray m_cookie;
    QByteArray m_csrf;
    QString m_clientId;
    bool m_error = false;
};

struct Phase
{
    int clients = 0;
    int connected = 0;
    double connectSeconds = 0;
    double rss = 0;
    double cpuPercent = 0;    // of one core, gws-sim, while measuring
    double systemPercent = 0; // the part of it in the kernel
    double benchCpuPercent = 0;
    int sent = 0;
    std::vector<double> latencies;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

class Bench : public QObject
{
public:
    Bench(quint16 port, qint64 simPid)
        : m_port(port)
        , m_simPid(simPid)
        , m_control(port, this)
    {}

    // POST to /sim; waits for the answer.
    bool control(const QByteArray &path, const QJsonObject &body)
    {
        bool done = false, ok = false;
        m_control.send("POST", path, QByteArray(),
                       QJsonDocument(body).toJson(QJsonDocument::Compact),
                       [&](const auto &a) {
                           done = true;
                           ok = a.status == 200;
                       });
        runUntil([&] { return done; }, 30000);
        return ok;
    }

    // Brings the number of connected clients up to `count` (agent0001...), at most 64
    // starting at once; false if they did not all connect within a minute.
    bool connectClients(int count, Phase *phase)
    {
        QElapsedTimer t;
        t.start();
        int starting = 0;
        int next = int(m_clients.size());
        auto startMore = [&] {
            while (next < count && starting < 64) {
                auto *client = new AgentClient(m_port, u"agent%1"_s.arg(next + 1, 4, 10, QLatin1Char('0')), this);
                client->onReady = [&](AgentClient *) {
                    --starting;
                    ++phase->connected;
                };
                client->onState = [this](AgentClient *c, const QString &state) { received(c, state); };
                m_clients.push_back(client);
                ++starting;
                ++next;
                client->start();
            }
        };
        phase->connected = int(m_clients.size());
        startMore();
        bool failed = false;
        runUntil(
            [&] {
                startMore();
                failed = std::any_of(m_clients.begin(), m_clients.end(),
                                     [](const AgentClient *c) { return c->failed(); });
                return failed || phase->connected == count;
            },
            60000);
        if (failed)
            return false;
        phase->connectSeconds = t.elapsed() / 1000.0;
        return phase->connected == count;
    }

    // `rate` changes a second over the connected clients for `seconds`.
    void measure(int rate, int seconds, Phase *phase)
    {
        m_pending.clear();
        m_latencies = &phase->latencies;
        const Cpu cpu0 = cpuSeconds(m_simPid), own0 = cpuSeconds(::getpid());
        QElapsedTimer wall;
        wall.start();
        constexpr int TickMs = 10;
        double budget = 0;
        int nextClient = 0;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        bool ready = false;
        // What a tick has goes in one request (every agent in it gets the same state, Ready
        // and NotReady in turn); the clock starts as it is sent.
        QObject::connect(&tick, &QTimer::timeout, this, [&] {
            budget += rate * TickMs / 1000.0;
            QJsonArray users;
            ready = !ready;
            const QString state = ready ? u"Ready"_s : u"NotReady"_s;
            const double t0 = nowMs();
            for (int tries = 0; budget >= 1 && tries < int(m_clients.size()); ++tries) {
                AgentClient *c = m_clients[size_t(nextClient++ % int(m_clients.size()))];
                if (m_pending.count(c))
                    continue; // its last change is not in yet
                budget -= 1;
                users.append(c->user());
                m_pending[c] = {state, t0};
            }
            if (users.isEmpty())
                return;
            phase->sent += int(users.size());
            m_control.send("POST", "/sim/agents/state", QByteArray(),
                           QJsonDocument(QJsonObject{{u"userNames"_s, users},
                                                     {u"operationName"_s, state}})
                               .toJson(QJsonDocument::Compact),
                           [](const auto &) {});
        });
        tick.start(TickMs);
        runUntil([] { return false; }, seconds * 1000);
        tick.stop();
        runUntil([this] { return m_pending.empty(); }, 2000); // the last changes' notifications
        const double elapsed = wall.elapsed() / 1000.0;
        const Cpu cpu = cpuSeconds(m_simPid);
        phase->cpuPercent = 100.0 * (cpu.total() - cpu0.total()) / elapsed;
        phase->systemPercent = 100.0 * (cpu.system - cpu0.system) / elapsed;
        phase->benchCpuPercent = 100.0 * (cpuSeconds(::getpid()).total() - own0.total()) / elapsed;
        phase->rss = rssMiB(m_simPid);
        m_latencies = nullptr;
    }

    int clientCount() const { return int(m_clients.size()); }

private:
    struct Pending
    {
        QString state;
        double sentMs = 0;
    };

    void received(AgentClient *client, const QString &state)
    {
        const auto it = m_pending.find(client);
        if (it == m_pending.end() || it->second.sentMs == 0 || it->second.state != state)
            return;
        if (m_latencies)
            m_latencies->push_back(nowMs() - it->second.sentMs);
        m_pending.erase(it);
    }

    quint16 m_port;
    qint64 m_simPid;
    HttpConnection m_control;
    std::vector<AgentClient *> m_clients;
    std::map<AgentClient *, Pending> m_pending;
    std::vector<double> *m_latencies = nullptr;
};

} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"gws-sim with a contact center of CometD clients"_s);
    parser.addHelpOption();
    const QCommandLineOption simOption(u"sim"_s, u"The gws-sim program."_s, u"PATH"_s);
    const QCommandLineOption clientsOption(u"clients"_s, u"Client counts, in order."_s,
                                           u"N,M"_s, u"100,1000"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Measuring time per count."_s,
                                           u"S"_s, u"10"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Agent-state changes per second."_s,
                                        u"N"_s, u"200"_s);
    const QCommandLineOption callsOption(u"calls"_s, u"Calls kept going meanwhile."_s, u"N"_s,
                                         u"200"_s);
    parser.addOptions({simOption, clientsOption, secondsOption, rateOption, callsOption});
    parser.process(app);
    if (!parser.isSet(simOption)) {
        std::fprintf(stderr, "bench_sim_scale: --sim PATH is required\n");
        return 2;
    }
    QList<int> counts;
    for (const QString &c : parser.value(clientsOption).split(u','))
        counts.append(c.toInt());
    const int agents = std::max(1000, *std::max_element(counts.begin(), counts.end()));
    const int seconds = parser.value(secondsOption).toInt();
    const int rate = parser.value(rateOption).toInt();
    const int calls = parser.value(callsOption).toInt();

    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const double launched = nowMs();
    sim.start(parser.value(simOption),
              {u"--port"_s, u"0"_s, u"--agents"_s, QString::number(agents), u"--supervisors"_s,
               u"20"_s, u"--max-connections-per-peer"_s, QString::number(agents * 2 + 64)});
    QByteArray out;
    while (!out.contains('\n') && sim.waitForReadyRead(10000))
        out += sim.readAllStandardOutput();
    const double startupMs = nowMs() - launched;
    const QRegularExpressionMatch m =
        QRegularExpression(u"127\\.0\\.0\\.1:(\\d+)"_s).match(QString::fromUtf8(out));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "bench_sim_scale: gws-sim did not start: %s\n", out.constData());
        return 1;
    }
    const quint16 port = quint16(m.captured(1).toUInt());
    const qint64 pid = sim.processId();
    const double idleRss = rssMiB(pid);

    Bench bench(port, pid);
    if (!bench.control("/sim/load", QJsonObject{{u"calls"_s, calls}, {u"callSeconds"_s, 20},
                                                {u"answerSeconds"_s, 1}})) {
        std::fprintf(stderr, "bench_sim_scale: POST /sim/load failed\n");
        return 1;
    }
    std::printf("bench_sim_scale: gws-sim with %d generated agents and 20 supervisors, "
                "%d calls kept going (POST /sim/load), %d agent-state changes/s\n",
                agents, calls, rate);
    std::printf("  start to listening: %.0f ms (target < 1000 ms); RSS before clients: %.1f MiB\n",
                startupMs, idleRss);
    std::printf("  %-8s %-10s %-9s %-9s %-9s %-8s %-8s %-8s %s\n", "clients", "connect", "RSS",
                "sim CPU", "changes", "p50", "p99", "max", "(target p99 < 50 ms)");
    std::fflush(stdout);
    std::vector<Phase> phases;
    for (int count : counts) {
        Phase phase;
        phase.clients = count;
        if (!bench.connectClients(count, &phase)) {
            std::fprintf(stderr, "bench_sim_scale: only %d of %d clients connected\n",
                         phase.connected, count);
            return 1;
        }
        bench.measure(rate, seconds, &phase);
        const double p99 = percentile(phase.latencies, 0.99);
        std::printf("  %-8d %-10s %-9s %-9s %-9s %-8s %-8s %-8s %s\n", count,
                    qPrintable(u"%1 s"_s.arg(phase.connectSeconds, 0, 'f', 1)),
                    qPrintable(u"%1 MiB"_s.arg(phase.rss, 0, 'f', 1)),
                    qPrintable(u"%1%"_s.arg(phase.cpuPercent, 0, 'f', 0)),
                    qPrintable(u"%1/%2"_s.arg(phase.latencies.size()).arg(phase.sent)),
                    qPrintable(u"%1 ms"_s.arg(percentile(phase.latencies, 0.5), 0, 'f', 1)),
                    qPrintable(u"%1 ms"_s.arg(p99, 0, 'f', 1)),
                    qPrintable(u"%1 ms"_s.arg(percentile(phase.latencies, 1.0), 0, 'f', 1)),
                    p99 < TargetP99Ms ? "met" : "MISSED");
        std::fflush(stdout);
        phases.push_back(std::move(phase));
    }
    const Phase &first = phases.front(), &last = phases.back();
    std::printf("  bounded by: the event loops' wake-ups, whose cost grows with the open "
                "connections (gws-sim %.0f%% CPU at %d clients, %.0f%% at %d, for the same %d "
                "changes/s; %.0f%% in the kernel: poll over every socket), with this bench's "
                "own %d clients (%.0f%% CPU) on the same %ld cores; each change is queued to "
                "its agent's clients only, and idle clients cost memory (%.1f MiB for %d), "
                "not work\n",
                first.cpuPercent, first.clients, last.cpuPercent, last.clients, rate,
                last.systemPercent, last.clients, last.benchCpuPercent,
                ::sysconf(_SC_NPROCESSORS_ONLN), last.rss - idleRss, last.clients);
    sim.terminate();
    sim.waitForFinished(5000);
    return 0;
}
