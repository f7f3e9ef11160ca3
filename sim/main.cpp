// gws-sim: the GWS simulator as a program, for tests, demos and several clients at once.
#include "gwssimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>
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

// A contact center of 1,000 agents keeps more than 1,024 connections open (a long-poll and
// a REST connection each), the usual soft limit of open files: take what the hard limit
// allows.
void raiseOpenFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

// A PEM file's contents, or an error message for stderr.
bool readFile(const QString &fileName, QByteArray *data)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "gws-sim: %s: %s\n", qPrintable(fileName),
                     qPrintable(file.errorString()));
        return false;
    }
    *data = file.readAll();
    return true;
}

// The key may be RSA or EC (what `openssl req -newkey` makes); PEM either way.
QSslKey readKey(const QByteArray &pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        const QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return QSslKey();
}

} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
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
    const QCommandLineOption latencyOption(
        u"latency"_s, u"Answer every /api request this many milliseconds later (a network)."_s,
        u"MS"_s);
    const QCommandLineOption certOption(
        u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (with --tls-key)."_s, u"FILE"_s);
    const QCommandLineOption keyOption(u"tls-key"_s, u"The PEM private key of --tls-cert."_s,
                                       u"FILE"_s);
    const QCommandLineOption agentsOption(
        u"agents"_s, u"Add N generated agents: agent0001/agent0001 at 6001, and so on."_s,
        u"N"_s);
    const QCommandLineOption supervisorsOption(
        u"supervisors"_s, u"Add M generated supervisors: sup01/sup01 at 5201, and so on."_s,
        u"M"_s);
    const QCommandLineOption perPeerOption(
        u"max-connections-per-peer"_s,
        u"Open connections allowed from one address (default 512; benchmarks need more)."_s,
        u"N"_s);
    const QCommandLineOption usersListRoleOption(
        u"users-list-role"_s,
        u"Who may read GET /api/v2/users: supervisor (default) or admin."_s, u"ROLE"_s);
    const QCommandLineOption withOption(
        u"with-extension"_s,
        u"Switch a simulator extension on (repeatable): %1."_s.arg(
            GwsSimulator::extensionNames().join(u", "_s)),
        u"NAME"_s);
    const QCommandLineOption withoutOption(
        u"without-extension"_s,
        u"Switch a simulator extension off (repeatable): %1."_s.arg(
            GwsSimulator::extensionNames().join(u", "_s)),
        u"NAME"_s);
    parser.addOptions({portOption, configOption, demoOption, delayOption, pollOption,
                       latencyOption, certOption, keyOption, agentsOption, supervisorsOption,
                       perPeerOption, usersListRoleOption, withOption, withoutOption});
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
    if (parser.isSet(agentsOption) || parser.isSet(supervisorsOption)) {
        bool okAgents = true, okSupervisors = true;
        const int agents =
            parser.isSet(agentsOption) ? parser.value(agentsOption).toInt(&okAgents) : 0;
        const int supervisors =
            parser.isSet(supervisorsOption) ? parser.value(supervisorsOption).toInt(&okSupervisors)
                                            : 0;
        QString error;
        if (!okAgents || !okSupervisors) {
            std::fprintf(stderr, "gws-sim: --agents and --supervisors need numbers\n");
            return 2;
        }
        if (!simulator.addGeneratedUsers(agents, supervisors, &error)) {
            std::fprintf(stderr, "gws-sim: %s\n", qPrintable(error));
            return 2;
        }
    }
    if (parser.isSet(perPeerOption)) {
        const int n = parser.value(perPeerOption).toInt(&ok);
        if (!ok || n < 1) {
            std::fprintf(stderr, "gws-sim: --max-connections-per-peer needs a number from 1\n");
            return 2;
        }
        ConnectionLimits limits = simulator.connectionLimits();
        limits.maxConnectionsPerPeer = n;
        simulator.setConnectionLimits(limits);
    }
    // Options given on the command line win over the config file.
    for (const auto &[option, setter] :
         {std::pair{&delayOption, &GwsSimulator::setExternalAnswerDelay},
          std::pair{&pollOption, &GwsSimulator::setPollTimeout},
          std::pair{&latencyOption, &GwsSimulator::setApiLatency}}) {
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
    if (parser.isSet(usersListRoleOption) &&
        !simulator.setUsersListRole(parser.value(usersListRoleOption))) {
        std::fprintf(stderr, "gws-sim: --users-list-role needs supervisor or admin\n");
        return 2;
    }
    for (const auto &[option, on] : {std::pair{&withOption, true}, std::pair{&withoutOption, false}}) {
        for (const QString &name : parser.values(*option)) {
            if (!simulator.setExtensionEnabled(name, on)) {
                std::fprintf(stderr, "gws-sim: --%s: unknown extension %s (known: %s)\n",
                             qPrintable(option->names().constFirst()), qPrintable(name),
                             qPrintable(GwsSimulator::extensionNames().join(u", "_s)));
                return 2;
            }
        }
    }

    bool listening = false;
    if (parser.isSet(certOption) || parser.isSet(keyOption)) {
        QByteArray certPem, keyPem;
        if (!parser.isSet(certOption) || !parser.isSet(keyOption)) {
            std::fprintf(stderr, "gws-sim: --tls-cert and --tls-key go together\n");
            return 2;
        }
        if (!readFile(parser.value(certOption), &certPem) ||
            !readFile(parser.value(keyOption), &keyPem))
            return 2;
        const QSslCertificate certificate(certPem, QSsl::Pem);
        const QSslKey key = readKey(keyPem);
        if (certificate.isNull() || key.isNull()) {
            std::fprintf(stderr, "gws-sim: %s\n",
                         certificate.isNull() ? "--tls-cert holds no PEM certificate"
                                              : "--tls-key holds no PEM RSA or EC private key");
            return 2;
        }
        listening = simulator.listenTls(certificate, key, quint16(port));
    } else {
        listening = simulator.listen(quint16(port));
    }
    if (!listening) {
        std::fprintf(stderr, "gws-sim: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }
    quitOnSignals(&app);
    std::printf("gws-sim listening on %s\n", qPrintable(simulator.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
