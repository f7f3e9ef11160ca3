// gws-sim: the GWS simulator as a program, for tests, demos and several clients at once.
#include "gwssimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[0], &byte, 1);
}

void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [app] {
        char byte;
        [[maybe_unused]] const auto n = ::read(signalPipe[1], &byte, 1);
        app->quit();
    });
    struct sigaction sa = {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gws-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Genesys Web Services 8.5 simulator (REST + CometD)"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1 (0: any free)."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption configOption(u"config"_s, u"JSON file with users and settings."_s,
                                          u"FILE"_s);
    const QCommandLineOption demoOption(u"demo"_s, u"Ring logged-in agents every ~20 s."_s);
    const QCommandLineOption delayOption(u"answer-delay"_s,
                                         u"Milliseconds before outside numbers answer."_s, u"MS"_s);
    const QCommandLineOption pollOption(u"poll-timeout"_s,
                                        u"CometD long-poll timeout in milliseconds."_s, u"MS"_s);
    parser.addOptions({portOption, configOption, demoOption, delayOption, pollOption});
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "gws-sim: --port needs a number from 0 to 65535\n");
        return 2;
    }

    GwsSimulator simulator;
    if (parser.isSet(configOption)) {
        QString error;
        if (!simulator.loadConfig(parser.value(configOption), &error)) {
            std::fprintf(stderr, "gws-sim: %s\n", qPrintable(error));
            return 2;
        }
    }
    // Options given on the command line win over the config file.
    for (const auto &[option, setter] :
         {std::pair{&delayOption, &GwsSimulator::setExternalAnswerDelay},
          std::pair{&pollOption, &GwsSimulator::setPollTimeout}}) {
        if (!parser.isSet(*option))
            continue;
        const int ms = parser.value(*option).toInt(&ok);
        if (!ok || ms < 0) {
            std::fprintf(stderr, "gws-sim: --%s needs milliseconds\n",
                         qPrintable(option->names().constFirst()));
            return 2;
        }
        (simulator.*setter)(ms);
    }
    simulator.setDemoEnabled(parser.isSet(demoOption));

    if (!simulator.listen(quint16(port))) {
        std::fprintf(stderr, "gws-sim: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    quitOnSignals(&app);
    std::printf("gws-sim listening on %s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
