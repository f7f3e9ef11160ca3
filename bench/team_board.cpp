// The team board of a supervisor of 1,000 agents: the real client stack and MainWindow
// (Team dock shown) logged in as sup01 to a gws-sim process holding 1,000 agents and 20
// supervisors, whose load driver keeps 200 calls going and changes 200 agent states a
// second. Prints requests per minute to the server, the process's CPU time and RSS, and
// the longest stall of the GUI event loop (a 1 ms probe timer) while the board updates.
//
//   bench_team_board --sim build/gws-sim [--seconds 60] [--agents 1000] [--changes 200]
//                    [--calls 200]
//
// Run it under xvfb-run -a (real X11 painting) or with QT_QPA_PLATFORM=offscreen.

#include "agentavailability.h"
#include "callcontroller.h"
#include "callmodel.h"
#include "cometdclient.h"
#include "countingnetwork.h"
#include "loopprobe.h"
#include "gwsclient.h"
#include "mainwindow.h"
#include "recentnumbers.h"
#include "requestbudget.h"
#include "session.h"
#include "simprocess.h"
#include "supervision.h"
#include "teammodel.h"
#include "teamreader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QWindow>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double processCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
           + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// VmRSS or VmHWM of this process, in MiB.
double memoryMiB(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').first().toDouble()
                   / 1024.0;
    return 0;
}

// A /sim control request (loopback, JSON), waited for.
int simPost(QNetworkAccessManager &nam, const QUrl &base, const QString &path,
            const QJsonObject &body)
{
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption simOpt(u"sim"_s, u"The gws-sim program"_s, u"path"_s);
    const QCommandLineOption secondsOpt(u"seconds"_s, u"How long to measure"_s, u"s"_s, u"60"_s);
    const QCommandLineOption agentsOpt(u"agents"_s, u"Agents in the contact center"_s, u"n"_s,
                                       u"1000"_s);
    const QCommandLineOption changesOpt(u"changes"_s, u"Agent state changes per second"_s,
                                        u"n"_s, u"200"_s);
    const QCommandLineOption callsOpt(u"calls"_s, u"Calls kept going"_s, u"n"_s, u"200"_s);
    parser.addHelpOption();
    parser.addOptions({simOpt, secondsOpt, agentsOpt, changesOpt, callsOpt});
    parser.process(app);
    const int seconds = parser.value(secondsOpt).toInt();
    const int agents = parser.value(agentsOpt).toInt();
    if (!parser.isSet(simOpt)) {
        std::fprintf(stderr, "bench_team_board: --sim PATH (the gws-sim program) is required\n");
        return 2;
    }

    SimProcess sim(parser.value(simOpt),
                   {u"--agents"_s, QString::number(agents), u"--supervisors"_s, u"20"_s,
                    u"--poll-timeout"_s, u"30000"_s});
    if (!sim.start(0)) {
        std::fprintf(stderr, "bench_team_board: gws-sim did not start\n");
        return 1;
    }
    const double rssBeforeMiB = memoryMiB("VmRSS:");

    // The application's objects, as Application wires them.
    CountingNetwork network;
    RequestBudget budget;
    GwsClient client(&network);
    CometdClient cometd(&network);
    client.setBudget(&budget);
    cometd.setBudget(&budget);
    client.setServer(sim.url());
    client.setCredentials(u"sup01"_s, u"sup01"_s);
    CallModel calls;
    Session session(&client, &cometd, &calls);
    RecentNumbers recent;
    CallController control(&session, &client, &calls, &recent);
    AgentAvailability availability(&session, &client);
    TeamModel team;
    Supervision supervision(&session, &client, &control, &team);
    MainWindow window(&session, &control, &availability, &supervision);
    window.resize(1280, 800);
    window.show();
    session.login();
    if (!QTest::qWaitFor([&] { return session.status() == Session::Status::Online; }, 10000)) {
        std::fprintf(stderr, "bench_team_board: sup01 did not log in\n");
        return 1;
    }
    // The first full read of the team, then the load starts.
    QElapsedTimer firstRead;
    firstRead.start();
    if (!QTest::qWaitFor([&] { return supervision.reader()->cyclesCompleted() >= 1; }, 60000)) {
        std::fprintf(stderr, "bench_team_board: the team was not read within a minute\n");
        return 1;
    }
    const qint64 firstReadMs = firstRead.elapsed();
    QNetworkAccessManager simControl;
    const int loadStatus = simPost(simControl, sim.url(), u"/sim/load"_s,
                                   {{u"calls"_s, parser.value(callsOpt).toInt()},
                                    {u"stateChangesPerSecond"_s, parser.value(changesOpt).toInt()},
                                    {u"callSeconds"_s, 20}});
    if (loadStatus != 200) {
        std::fprintf(stderr, "bench_team_board: /sim/load answered %d\n", loadStatus);
        return 1;
    }

    LoopProbe probe(seconds);
    // Count what the board sees change: dataChanged signals and state counts.
    qint64 cellSignals = 0;
    QObject::connect(&team, &QAbstractItemModel::dataChanged, [&] { ++cellSignals; });

    const bool dockShown = window.teamDock() && window.teamDock()->isVisible();
    qsizetype mark = 0;
    double cpuStartMs = 0;
    int cyclesAtStart = 0;
    QElapsedTimer clock;
    QTimer::singleShot(2000, [&] { // the load settles in
        mark = network.mark();
        cpuStartMs = processCpuMs();
        cyclesAtStart = supervision.reader()->cyclesCompleted();
        cellSignals = 0;
        clock.start();
        probe.start();
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    });
    app.exec();
    const double elapsedS = clock.elapsed() / 1000.0;
    const double cpuMs = processCpuMs() - cpuStartMs;

    int users = 0, devices = 0, cometdRequests = 0, other = 0;
    qint64 firstPageMs = -1, lastPageMs = -1;
    for (const CountingNetwork::Sent &s : network.sentSince(mark)) {
        if (s.path == u"/api/v2/users") {
            ++users;
            lastPageMs = s.atMs;
            if (firstPageMs < 0)
                firstPageMs = s.atMs;
        }
        else if (s.path.startsWith(u"/api/v2/users/"))
            ++devices;
        else if (s.path.startsWith(u"/api/v2/notifications"))
            ++cometdRequests;
        else
            ++other;
    }
    const double perMin = 60.0 / elapsedS;
    TeamReader *reader = supervision.reader();
    std::printf("Team board (%s): sup01 watching %d agents of gws-sim --agents %d, load %s "
                "calls, %s state changes/s, MainWindow %dx%d, Team dock %s\n",
                qPrintable(QGuiApplication::platformName()), team.rowCount(), agents,
                qPrintable(parser.value(callsOpt)), qPrintable(parser.value(changesOpt)),
                window.width(), window.height(),
                dockShown ? "shown" : "hidden");
    std::printf("  first full read: %lld ms (%d pages)\n", firstReadMs, reader->pagesPerCycle());
    std::printf("  requests/min to the server: %.1f (/users pages %.1f, /users/{id}/devices %.1f, "
                "CometD %.1f, other %.1f); %d full cycles in %.0f s\n",
                (users + devices + cometdRequests + other) * perMin, users * perMin,
                devices * perMin, cometdRequests * perMin, other * perMin,
                reader->cyclesCompleted() - cyclesAtStart, elapsedS);
    // The pace itself, first page to last: free of where the window cut the cycle.
    if (users > 1)
        std::printf("  /users pace: %.1f pages/min (%.2f s apart on average)\n",
                    (users - 1) * 60000.0 / double(lastPageMs - firstPageMs),
                    double(lastPageMs - firstPageMs) / (users - 1) / 1000.0);
    std::printf("  CPU: %.0f ms in %.1f s (%.1f%% of one core)\n", cpuMs, elapsedS,
                cpuMs / (elapsedS * 10));
    std::printf("  RSS: %.1f MiB (peak %.1f MiB; %.1f MiB before the client) (target < 120 MiB)\n",
                memoryMiB("VmRSS:"), memoryMiB("VmHWM:"), rssBeforeMiB);
    std::printf("  model: %lld dataChanged signals (%.0f/s)\n", cellSignals,
                cellSignals / std::max(0.001, elapsedS));
    std::printf("  event-loop gaps (1 ms probe, %zu ticks): p50 %.2f ms, p99 %.2f ms, max %.2f ms "
                "(%.1f ms on the CPU), %ld over 16 ms (target: none)\n",
                probe.ticks(), probe.percentile(0.5), probe.percentile(0.99), probe.longestMs(),
                probe.longestCpuMs(), probe.gapsOver(16));
    std::printf("  most GUI-thread CPU within one gap: %.1f ms (the board's own longest work; "
                "a longer gap with less CPU is the thread waiting for a core)\n",
                probe.busiestCpuMs());
    std::printf("  bound: one /users page (100 agents) in flight at a time, the next 1.2 s "
                "after its answer (a %d-page cycle of max(5 s, pages x 1.2 s) = %.1f s): at most "
                "%.0f pages/min whatever the team size or the change rate; the GUI's work per "
                "page is the rows that changed in it, and state changes between two reads of a "
                "page cost nothing\n",
                reader->pagesPerCycle(), reader->pagesPerCycle() * reader->waitMs() / 1000.0,
                60000.0 / 1200);
    return 0;
}
