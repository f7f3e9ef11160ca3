// Notification throughput and latency: the simulator sends a burst of call notifications
// (POST /sim/burst) to one user; the real client stack (QNetworkAccessManager, GwsClient,
// CometdClient, Session, CallModel, as main.cpp wires them) receives and applies them.
// Each event's data carries simSentAtMs, the simulator's enqueue time, so the latency to
// the model update is measured per notification. In the same run the official CometD
// JavaScript client (bench/cometd_burst.mjs, under node) receives the same size of burst
// from the same simulator process. Then a steady stream: single notifications, one per ms.
//
//   bench_notify --sim build-bench/gws-sim [--count 10000] [--runs 3] [--steady 2000]
//                [--js bench/cometd_burst.mjs] [--no-js] [--no-inprocess]
//
// Our client logs in as agent1, the JavaScript client as agent2: the bursts go to one of
// them at a time, so neither competes with the other for the two cores.

#include "clientstack.h"
#include "gwssimulator.h"
#include "jsonmember.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double epochMs()
{
    using namespace std::chrono;
    return duration<double, std::milli>(system_clock::now().time_since_epoch()).count();
}

struct Result
{
    int count = 0;
    double postMs = 0;                      // when the burst request was sent (epoch)
    double firstMs = 0;                     // first notification applied
    double lastMs = 0;                      // last notification applied
    double sentFirstMs = 0, sentLastMs = 0; // simSentAtMs range: the simulator queueing
    double replyMs = 0; // our client: the answer carrying the first event fully read
    double p50 = 0, p99 = 0, max = 0;
    bool ok() const { return count > 0; }
    double totalMs() const { return lastMs - postMs; }
    double rate() const { return totalMs() > 0 ? count * 1000.0 / totalMs() : 0; }
};

void percentiles(std::vector<double> v, Result *r)
{
    if (v.empty())
        return;
    std::sort(v.begin(), v.end());
    auto pct = [&](double p) { return v[std::min(v.size() - 1, size_t(p * v.size()))]; };
    r->p50 = pct(0.5);
    r->p99 = pct(0.99);
    r->max = v.back();
}

// Runs the event loop until `done` or the timeout; false on timeout. Sleeps between
// events (a 10 ms timer wakes it to look at the clock), so it takes no CPU from the
// client or the simulator.
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QTimer wake;
    wake.start(10);
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool postBurst(QNetworkAccessManager *nam, const QUrl &base, const QString &user, int count)
{
    QUrl url = base;
    url.setPath(u"/sim/burst"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60000);
    const QJsonObject body{{u"userName"_s, user}, {u"count"_s, count}};
    QNetworkReply *reply = nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            std::fprintf(stderr, "POST /sim/burst answered HTTP %d: %s\n", status,
                         reply->readAll().constData());
        reply->deleteLater();
    });
    return true;
}

// Sends one burst, or (count < 0) a steady stream of single notifications, one per ms.
class Pacer
{
public:
    Pacer(QNetworkAccessManager *nam, const QUrl &base, const QString &user, int count)
    {
        if (count > 0) {
            postBurst(nam, base, user, count);
            return;
        }
        m_left = -count;
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this, nam, base, user] {
            postBurst(nam, base, user, 1);
            if (--m_left == 0)
                m_timer.stop();
        });
        m_timer.start(1);
    }

private:
    QTimer m_timer;
    int m_left = 0;
};

// Our client: measures in a slot connected after Session's, so it runs once the model
// has been updated by that notification.
class OurClient
{
public:
    explicit OurClient(const QUrl &base)
        : m_stack(base, u"agent1"_s, u"agent1"_s)
    {
        QObject::connect(&m_stack.cometd, &CometdClient::message, &m_stack.session,
                         [this](const QString &, const QJsonValue &data) {
                             const QJsonValue sent = data.toObject().value("simSentAtMs"_L1);
                             if (!sent.isUndefined())
                                 applied(sent.toDouble());
                         });
        // An event that repeats the call the model has is dropped before its parse
        // (RepeatedCalls): applied then, as it changes nothing.
        m_stack.cometd.setEventFilter(
            [this, repeats = m_stack.cometd.eventFilter()](QByteArrayView event) {
                if (!repeats(event))
                    return false;
                const QByteArrayView sent = jsonMemberText(jsonMemberText(event, "data"), "simSentAtMs");
                if (!sent.isNull())
                    applied(sent.toByteArray().toDouble());
                return true;
            });
        // The first answer to end after the first event was applied is the one carrying
        // the burst (CometdClient applies events while the answer is still arriving).
        QObject::connect(&m_stack.network, &QNetworkAccessManager::finished, &m_stack.session,
                         [this] {
                             if (!m_latencies.empty() && m_replyDone == 0)
                                 m_replyDone = epochMs();
                         });
        auto count = [this] { ++m_modelSignals; };
        QObject::connect(&m_stack.calls, &QAbstractItemModel::dataChanged, count);
        QObject::connect(&m_stack.calls, &QAbstractItemModel::rowsInserted, count);
        QObject::connect(&m_stack.calls, &QAbstractItemModel::rowsRemoved, count);
    }

    void applied(double sentMs)
    {
        const double now = epochMs();
        if (m_latencies.empty()) {
            m_first = now;
            m_sentFirst = m_sentLast = sentMs;
        }
        m_last = now;
        m_sentFirst = std::min(m_sentFirst, sentMs);
        m_sentLast = std::max(m_sentLast, sentMs);
        m_latencies.push_back(now - sentMs);
    }

    bool login()
    {
        m_stack.session.login();
        return waitFor([this] { return m_stack.session.status() == Session::Status::Online; },
                       10000);
    }

    // count > 0: one burst of `count`; count < 0: -count single notifications, 1 ms apart.
    Result burst(QNetworkAccessManager *nam, const QUrl &base, int count)
    {
        m_latencies.clear();
        m_latencies.reserve(size_t(std::abs(count)));
        m_replyDone = 0;
        m_modelSignals = 0;
        Result r;
        r.postMs = epochMs();
        Pacer pacer(nam, base, u"agent1"_s, count);
        count = std::abs(count);
        if (!waitFor([&] { return int(m_latencies.size()) >= count; }, 60000))
            std::fprintf(stderr, "our client: %zu of %d notifications in 60 s\n",
                         m_latencies.size(), count);
        r.count = int(m_latencies.size());
        r.firstMs = m_first;
        r.lastMs = m_last;
        r.sentFirstMs = m_sentFirst;
        r.sentLastMs = m_sentLast;
        r.replyMs = m_replyDone;
        percentiles(m_latencies, &r);
        return r;
    }

    int modelSignals() const { return m_modelSignals; }

private:
    ClientStack m_stack;
    std::vector<double> m_latencies;
    double m_first = 0, m_last = 0, m_sentFirst = 0, m_sentLast = 0, m_replyDone = 0;
    int m_modelSignals = 0;
};

// The CometD JavaScript client in node, logged in as agent2.
class JsClient
{
public:
    bool start(const QString &script, const QUrl &base, const QStringList &counts)
    {
        m_node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_node.start(u"node"_s, {script, base.toString(QUrl::StripTrailingSlash | QUrl::RemovePath),
                                 u"agent2"_s, u"agent2"_s, counts.join(u',')});
        if (!m_node.waitForStarted(5000))
            return false;
        return waitFor([this] { return readLines(), m_ready; }, 20000);
    }

    // count > 0: one burst of `count`; count < 0: -count single notifications, 1 ms apart.
    Result burst(QNetworkAccessManager *nam, const QUrl &base, int count)
    {
        Result r;
        r.postMs = epochMs();
        Pacer pacer(nam, base, u"agent2"_s, count);
        if (!waitFor([this] { return readLines(), !m_results.empty(); }, 60000)) {
            std::fprintf(stderr, "JavaScript client: no result in 60 s\n");
            return r;
        }
        const QJsonObject o = m_results.front();
        m_results.erase(m_results.begin());
        r.count = o.value("count"_L1).toInt();
        r.firstMs = o.value("firstMs"_L1).toDouble();
        r.lastMs = o.value("lastMs"_L1).toDouble();
        r.p50 = o.value("p50"_L1).toDouble();
        r.p99 = o.value("p99"_L1).toDouble();
        r.max = o.value("max"_L1).toDouble();
        r.sentFirstMs = o.value("sentFirstMs"_L1).toDouble();
        r.sentLastMs = o.value("sentLastMs"_L1).toDouble();
        return r;
    }

    ~JsClient()
    {
        if (m_node.state() != QProcess::NotRunning) {
            m_node.kill();
            m_node.waitForFinished(2000);
        }
    }

private:
    void readLines()
    {
        while (m_node.canReadLine()) {
            const QByteArray line = m_node.readLine().trimmed();
            if (line == "ready")
                m_ready = true;
            else if (line.startsWith("result "))
                m_results.push_back(QJsonDocument::fromJson(line.mid(7)).object());
        }
    }

    QProcess m_node;
    bool m_ready = false;
    std::vector<QJsonObject> m_results;
};

struct GwsSimProcess
{
    QProcess process;
    QUrl url;
    bool start(const QString &program)
    {
        process.start(program, {u"--port"_s, u"0"_s});
        if (!process.waitForStarted(5000))
            return false;
        QByteArray out;
        waitFor(
            [&] {
                out += process.readAllStandardOutput();
                return out.contains('\n') || process.state() == QProcess::NotRunning;
            },
            10000);
        const qsizetype at = out.indexOf("http://");
        if (at < 0)
            return false;
        url = QUrl(QString::fromUtf8(out.mid(at).split('\n').first().trimmed()));
        return url.isValid();
    }
    ~GwsSimProcess()
    {
        process.terminate();
        if (!process.waitForFinished(3000))
            process.kill();
    }
};

Result median(std::vector<Result> runs)
{
    runs.erase(std::remove_if(runs.begin(), runs.end(), [](const Result &r) { return !r.ok(); }),
               runs.end());
    if (runs.empty())
        return {};
    std::sort(runs.begin(), runs.end(),
              [](const Result &a, const Result &b) { return a.totalMs() < b.totalMs(); });
    Result m = runs[runs.size() / 2];
    // Latencies: the median of each statistic over the runs.
    auto med = [&](double Result::*field) {
        std::vector<double> v;
        for (const Result &r : runs)
            v.push_back(r.*field);
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    m.p50 = med(&Result::p50);
    m.p99 = med(&Result::p99);
    m.max = med(&Result::max);
    return m;
}

// Where the time of one burst goes, from the burst request on (ms).
void printTimeline(const char *client, const Result &r)
{
    if (!r.ok())
        return;
    std::printf("  %-22s queued %5.1f-%5.1f", client, r.sentFirstMs - r.postMs,
                r.sentLastMs - r.postMs);
    if (r.replyMs > 0)
        std::printf("  answer fully read %6.1f", r.replyMs - r.postMs);
    std::printf("  first applied %6.1f  last applied %6.1f\n", r.firstMs - r.postMs,
                r.lastMs - r.postMs);
}

void printRow(const char *client, const char *server, const Result &r, int expected)
{
    if (!r.ok()) {
        std::printf("%-24s %-12s  (no result)\n", client, server);
        return;
    }
    std::printf("%-24s %-12s %7d %10.0f %9.1f %8.1f %8.1f %8.1f %9.1f\n", client, server, r.count,
                r.rate(), r.totalMs(), r.lastMs - r.firstMs, r.p50, r.p99, r.max);
    if (r.count != expected)
        std::printf("  (only %d of %d arrived)\n", r.count, expected);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption simOpt(u"sim"_s, u"The gws-sim program"_s, u"path"_s);
    const QCommandLineOption countOpt(u"count"_s, u"Notifications per burst"_s, u"n"_s, u"10000"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Bursts per client (median printed)"_s, u"n"_s,
                                     u"3"_s);
    const QCommandLineOption jsOpt(u"js"_s, u"The node script"_s, u"path"_s);
    const QCommandLineOption noJsOpt(u"no-js"_s, u"Skip the CometD JavaScript client"_s);
    const QCommandLineOption noInOpt(u"no-inprocess"_s, u"Skip the in-process simulator"_s);
    const QCommandLineOption steadyOpt(u"steady"_s, u"Then single notifications, 1 ms apart"_s,
                                       u"n"_s, u"2000"_s);
    parser.addOptions({simOpt, countOpt, runsOpt, jsOpt, noJsOpt, noInOpt, steadyOpt});
    parser.process(app);
    const int count = parser.value(countOpt).toInt();
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int steady = parser.value(steadyOpt).toInt();
    QString js = parser.value(jsOpt);
    if (js.isEmpty())
        js = QFileInfo(QString::fromUtf8(__FILE__)).dir().filePath(u"cometd_burst.mjs"_s);

    QNetworkAccessManager control; // for /sim/burst, apart from the client's own
    std::vector<Result> ours, theirs, oursInProcess;
    Result oursSteady, theirsSteady;
    int modelSignals = 0;

    if (parser.isSet(simOpt)) {
        GwsSimProcess sim;
        if (!sim.start(parser.value(simOpt))) {
            std::fprintf(stderr, "cannot start %s\n", qPrintable(parser.value(simOpt)));
            return 1;
        }
        OurClient client(sim.url);
        if (!client.login()) {
            std::fprintf(stderr, "our client did not get online\n");
            return 1;
        }
        std::unique_ptr<JsClient> jsClient;
        if (!parser.isSet(noJsOpt)) {
            jsClient = std::make_unique<JsClient>();
            QStringList counts;
            for (int i = 0; i < runs; ++i)
                counts.append(QString::number(count));
            if (steady > 0)
                counts.append(QString::number(steady));
            if (!jsClient->start(js, sim.url, counts)) {
                std::fprintf(stderr, "the CometD JavaScript client did not start (%s)\n",
                             qPrintable(js));
                jsClient.reset();
            }
        }
        for (int i = 0; i < runs; ++i) {
            ours.push_back(client.burst(&control, sim.url, count));
            modelSignals = client.modelSignals();
            waitFor([] { return false; }, 300);
            if (jsClient) {
                theirs.push_back(jsClient->burst(&control, sim.url, count));
                waitFor([] { return false; }, 300);
            }
        }
        if (steady > 0) {
            oursSteady = client.burst(&control, sim.url, -steady);
            waitFor([] { return false; }, 300);
            if (jsClient)
                theirsSteady = jsClient->burst(&control, sim.url, -steady);
        }
    }
    if (!parser.isSet(noInOpt)) {
        GwsSimulator sim;
        if (!sim.listen())
            return 1;
        OurClient client(sim.baseUrl());
        if (!client.login()) {
            std::fprintf(stderr, "our client did not get online (in-process simulator)\n");
            return 1;
        }
        for (int i = 0; i < runs; ++i) {
            oursInProcess.push_back(client.burst(&control, sim.baseUrl(), count));
            waitFor([] { return false; }, 300);
        }
    }

    std::printf("Notification burst: %d CallStateChangeMessage to one client over loopback, "
                "median of %d bursts\n",
                count, runs);
    std::printf("%-24s %-12s %7s %10s %9s %8s %8s %8s %9s\n", "client", "simulator", "count",
                "per s", "total ms", "recv ms", "p50 ms", "p99 ms", "max ms");
    const Result a = median(ours), b = median(theirs), c = median(oursInProcess);
    if (!ours.empty())
        printRow("softphone (C++ stack)", "gws-sim", a, count);
    if (!theirs.empty())
        printRow("CometD JS (node)", "gws-sim", b, count);
    if (!oursInProcess.empty())
        printRow("softphone (C++ stack)", "in-process", c, count);
    std::printf("total = burst request sent -> last notification applied; recv = first -> last "
                "applied;\nlatency = simSentAtMs (enqueue in the simulator) -> model updated "
                "(JS: subscriber called).\n");
    std::printf("timeline of the median burst, ms after the burst request:\n");
    printTimeline("softphone, gws-sim", a);
    printTimeline("CometD JS, gws-sim", b);
    printTimeline("softphone, in-process", c);
    if (!ours.empty())
        std::printf("model signals during the last burst: %d (every event repeats one call: "
                    "compared, found equal)\n",
                    modelSignals);
    if (a.ok() && b.ok())
        std::printf("ratio softphone/JS: rate %.2f, p99 latency %.2f\n", a.rate() / b.rate(),
                    a.p99 / b.p99);
    if (oursSteady.ok() || theirsSteady.ok()) {
        std::printf(
            "\nSteady stream: %d single notifications, one per ms (POST /sim/burst count 1), "
            "latency per notification\n",
            steady);
        std::printf("%-24s %-12s %7s %8s %8s %9s\n", "client", "simulator", "count", "p50 ms",
                    "p99 ms", "max ms");
        auto row = [](const char *client, const Result &r) {
            if (r.ok())
                std::printf("%-24s %-12s %7d %8.2f %8.2f %9.2f\n", client, "gws-sim", r.count,
                            r.p50, r.p99, r.max);
        };
        row("softphone (C++ stack)", oursSteady);
        row("CometD JS (node)", theirsSteady);
        std::printf("(simSentAtMs has 1 ms resolution: each latency reads up to 1 ms high)\n");
    }
    return 0;
}
