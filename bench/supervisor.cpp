// A busy supervisor: 200 calls with 1,000 participants in the CallModel shown by the real
// MainWindow, and 500 call notifications per second going through the same path as live
// ones (CometdClient::message -> Session -> CallModel -> views). Prints the longest stall of
// the UI event loop, measured as the longest gap between ticks of a 1 ms precise timer.
//
//   bench_supervisor [--seconds 10] [--rate 500] [--calls 200] [--participants 5]
//
// Run it under xvfb-run -a (real X11 painting) or with QT_QPA_PLATFORM=offscreen.

#include "callmodel.h"
#include "cometdclient.h"
#include "gwsclient.h"
#include "loopprobe.h"
#include "mainwindow.h"
#include "agentavailability.h"
#include "callcontroller.h"
#include "session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QTreeView>
#include <QWindow>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QJsonObject participant(const QString &number)
{
    return {{u"phoneNumber"_s, number},
            {u"formattedPhoneNumber"_s, number},
            {u"digits"_s, number.mid(1)},
            {u"e164Number"_s, number}};
}

// One call resource as GWS sends it; `version` varies state, capabilities, participants
// and case data the way a live contact center does.
QJsonObject callResource(int call, int participants, int version)
{
    const QString id = u"call-%1"_s.arg(call, 4, 10, QLatin1Char('0'));
    const bool held = version % 2 == 1;
    QJsonArray parts;
    for (int p = 0; p < participants; ++p) {
        // Every third version swaps the last participant (a leave plus a join).
        const int n = p == participants - 1 && version % 3 == 2 ? 900 + p : p;
        parts.append(participant(
            u"+1555%1%2"_s.arg(call, 4, 10, QLatin1Char('0')).arg(n, 3, 10, QLatin1Char('0'))));
    }
    const QJsonArray capabilities =
        held ? QJsonArray{u"Retrieve"_s, u"Hangup"_s, u"AttachUserData"_s, u"UpdateUserData"_s}
             : QJsonArray{u"Hangup"_s,
                          u"Hold"_s,
                          u"SendDtmf"_s,
                          u"MuteCall"_s,
                          u"SingleStepTransfer"_s,
                          u"InitiateTransfer"_s,
                          u"SingleStepConference"_s,
                          u"InitiateConference"_s,
                          u"AttachUserData"_s,
                          u"UpdateUserData"_s};
    return {{u"id"_s, id},
            {u"uri"_s, QString(u"http://127.0.0.1/api/v2/me/calls/"_s + id)},
            {u"path"_s, QString(u"/me/calls/"_s + id)},
            {u"state"_s, held ? u"Held"_s : u"Established"_s},
            {u"callUuid"_s, QString(u"uuid-"_s + id)},
            {u"connId"_s, QString(u"conn-"_s + id)},
            {u"deviceUri"_s, u"http://127.0.0.1/api/v2/devices/5100"_s},
            {u"callType"_s, u"Inbound"_s},
            {u"ani"_s, u"+15551000000"_s},
            {u"dnis"_s, u"5100"_s},
            {u"participants"_s, parts},
            {u"capabilities"_s, capabilities},
            {u"userData"_s,
             QJsonObject{{u"Queue"_s, u"Sales"_s},
                         {u"CustomerSegment"_s, version % 5 == 0 ? u"Gold"_s : u"Silver"_s},
                         {u"Update"_s, version}}},
            {u"duration"_s, QString::number(60 + call)},
            {u"mute"_s, u"Off"_s}};
}

QJsonObject notification(int call, int participants, int version)
{
    return {{u"messageType"_s, u"CallStateChangeMessage"_s},
            {u"notificationType"_s, u"StatusChange"_s},
            {u"phoneNumber"_s, u"5100"_s},
            {u"call"_s, callResource(call, participants, version)}};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOpt(u"seconds"_s, u"How long to apply updates"_s, u"s"_s,
                                        u"10"_s);
    const QCommandLineOption rateOpt(u"rate"_s, u"Updates per second"_s, u"n"_s, u"500"_s);
    const QCommandLineOption callsOpt(u"calls"_s, u"Calls in the model"_s, u"n"_s, u"200"_s);
    const QCommandLineOption partsOpt(u"participants"_s, u"Participants per call"_s, u"n"_s,
                                      u"5"_s);
    parser.addHelpOption();
    parser.addOptions({secondsOpt, rateOpt, callsOpt, partsOpt});
    parser.process(app);
    const int seconds = parser.value(secondsOpt).toInt();
    const int rate = parser.value(rateOpt).toInt();
    const int calls = parser.value(callsOpt).toInt();
    const int participants = parser.value(partsOpt).toInt();

    // The real stack, not logged in: notifications are fed where CometD would deliver them.
    QNetworkAccessManager network;
    GwsClient client(&network);
    CometdClient cometd(&network);
    CallModel model;
    Session session(&client, &cometd, &model);
    CallController control(&session, &client, &model);
    AgentAvailability availability(&session, &client);
    MainWindow window(&session, &control, &availability);
    window.resize(1100, 750);
    window.show();
    QElapsedTimer wait;
    wait.start();
    while (!window.windowHandle()->isExposed() && wait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    const QString channel = u"/v2/me/calls"_s;
    QElapsedTimer fill;
    fill.start();
    for (int c = 0; c < calls; ++c)
        emit cometd.message(channel, notification(c, participants, 0));
    QCoreApplication::processEvents();
    const qint64 fillMs = fill.elapsed();
    int participantRows = 0;
    for (int c = 0; c < model.rowCount(); ++c)
        participantRows += model.rowCount(model.index(c, 0));

    // Updates: a 2 ms timer applies what is due, so the rate holds even if a tick is late.
    std::vector<int> versions(size_t(calls), 0);
    qint64 applied = 0;
    QElapsedTimer clock;
    QTimer driver;
    driver.setTimerType(Qt::PreciseTimer);
    driver.setInterval(2);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        const qint64 due = clock.elapsed() * rate / 1000;
        for (; applied < due; ++applied) {
            const int c = int((applied * 7919) % calls); // spread over the calls
            emit cometd.message(channel, notification(c, participants, ++versions[size_t(c)]));
        }
    });

    LoopProbe probe(seconds);

    QTimer::singleShot(500, [&] { // let the first paint of the full list settle
        clock.start();
        driver.start();
        probe.start();
        QTimer::singleShot(seconds * 1000, &app, &QCoreApplication::quit);
    });
    app.exec();
    const double elapsedS = clock.elapsed() / 1000.0;

    std::printf("Busy supervisor (%s): %d calls, %d participant rows, MainWindow %dx%d\n",
                qPrintable(QGuiApplication::platformName()), model.rowCount(), participantRows,
                window.width(), window.height());
    std::printf("  initial fill: %lld ms for %d notifications\n", fillMs, calls);
    std::printf("  updates applied: %lld in %.1f s (%.0f/s)\n", applied, elapsedS,
                applied / elapsedS);
    std::printf("  event-loop gaps (1 ms probe, %zu ticks): p50 %.2f ms, p99 %.2f ms, "
                "max %.2f ms, %ld over 16 ms\n",
                probe.ticks(), probe.percentile(0.5), probe.percentile(0.99), probe.longestMs(),
                probe.gapsOver(16));
    std::printf(
        "  longest stall: %.1f ms at %.2f s, of which %.1f ms on the CPU (target < 16 ms)\n",
        probe.longestMs(), probe.longestAtS(), probe.longestCpuMs());
    std::printf("  GUI thread CPU: %.0f%% of one core while updating\n",
                probe.cpuMsSinceStart() / (elapsedS * 10));
    return 0;
}
