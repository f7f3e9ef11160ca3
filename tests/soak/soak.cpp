// Soak: several clients do random valid operations against one simulator for a while;
// at the end every client's model must equal what the server says (GET /me/calls).
// Usage: tst_soak [--seconds N] [--clients N] [--seed N]. Exit code 0 = consistent.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Stats
{
    int operations = 0;
    int refused = 0;
    int rings = 0;
};

QByteArray soakConfig(int clients)
{
    QJsonArray users;
    for (int i = 1; i <= clients; ++i)
        users.append(QJsonObject{{u"userName"_s, u"agent%1"_s.arg(i)},
                                 {u"password"_s, u"agent%1"_s.arg(i)},
                                 {u"phoneNumber"_s, QString::number(5000 + i)}});
    return QJsonDocument(QJsonObject{{u"users"_s, users}, {u"externalAnswerDelayMs"_s, 150}})
        .toJson();
}

QString randomExternal(QRandomGenerator &rng)
{
    return u"+1555%1"_s.arg(rng.bounded(1000000, 9999999));
}

// One random operation the call's capabilities allow, with made-up attributes.
void randomOperation(ClientStack &c, QRandomGenerator &rng, int clients, Stats &stats)
{
    const QList<Call> calls = c.calls.calls();
    if (calls.isEmpty() || rng.bounded(10) == 0) {
        const QString to = rng.bounded(3) == 0 ? QString::number(5001 + rng.bounded(clients))
                                               : randomExternal(rng);
        if (c.session.dial(to))
            ++stats.operations;
        return;
    }
    const Call &call = calls.at(rng.bounded(int(calls.size())));
    QStringList ops = call.capabilities;
    ops.removeAll(u"DeleteUserDataPair"_s);
    if (ops.isEmpty() || c.session.isBusy(call.id))
        return;
    const QString op = ops.at(rng.bounded(int(ops.size())));
    bool sent = false;
    if (op.startsWith(u"SingleStep") || op.startsWith(u"Initiate")) {
        sent = c.session.toDestination(call.id, op, randomExternal(rng));
    } else if (op.startsWith(u"Complete")) {
        sent = c.session.completeConsult(call.id, op);
    } else if (op == u"SendDtmf") {
        sent = c.session.sendDtmf(call.id, QString::number(rng.bounded(10)));
    } else if (op == u"RemoveParticipantFromConference") {
        if (!call.participants.isEmpty())
            sent = c.session.removeParticipant(
                call.id, call.participants.at(rng.bounded(int(call.participants.size()))).phoneNumber);
    } else if (op == u"SwapCalls" || op == u"MergeWithOtherCall") {
        if (const Call *other = c.session.otherCall(call))
            sent = c.session.withOtherCall(call.id, op, other->id);
    } else if (op.endsWith(u"UserData")) {
        sent = c.session.callOperation(call.id, op,
                                       {{u"userData"_s, QJsonObject{{u"k"_s, QString::number(rng.bounded(100))}}},
                                        {u"key"_s, u"k"_s}});
    } else {
        sent = c.session.callOperation(call.id, op);
    }
    if (sent)
        ++stats.operations;
}

// The model against the server, call by call, on what the agent sees.
QStringList differences(ClientStack &c)
{
    QStringList diffs;
    bool done = false;
    QJsonArray serverCalls;
    QObject::connect(c.client.get(u"/me/calls?fields=*"_s), &GwsRequest::finished, &c.session,
                     [&](const GwsResult &r) {
                         serverCalls = r.body.value(u"calls").toArray();
                         done = true;
                     });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!done)
        return {u"GET /me/calls did not answer"_s};
    if (serverCalls.size() != c.calls.callCount())
        diffs << u"%1 calls on the server, %2 in the model"_s.arg(serverCalls.size()).arg(c.calls.callCount());
    for (const QJsonValue &v : serverCalls) {
        const auto server = parseCall(v);
        const Call *mine = server ? c.calls.call(server->id) : nullptr;
        if (!server || !mine) {
            diffs << u"call %1 missing from the model"_s.arg(v.toObject().value(u"id").toString());
            continue;
        }
        if (mine->state != server->state || mine->muted != server->muted
            || mine->participants != server->participants
            || mine->capabilities != server->capabilities)
            diffs << u"call %1 differs: model %2, server %3"_s.arg(mine->id, callStateToString(mine->state),
                                                                   callStateToString(server->state));
    }
    return diffs;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"seconds"_s, u"How long to run"_s, u"n"_s, u"120"_s},
                       {u"clients"_s, u"How many agents"_s, u"n"_s, u"4"_s},
                       {u"seed"_s, u"Random seed (0 = random)"_s, u"n"_s, u"0"_s}});
    parser.process(app);
    const int seconds = parser.value(u"seconds"_s).toInt();
    const int clients = qBound(2, parser.value(u"clients"_s).toInt(), 20);
    quint32 seed = parser.value(u"seed"_s).toUInt();
    if (seed == 0)
        seed = QRandomGenerator::global()->generate();
    QRandomGenerator rng(seed);
    std::printf("soak: %d s, %d clients, seed %u\n", seconds, clients, seed);

    GwsSimulator sim;
    QString error;
    if (!sim.loadConfigJson(soakConfig(clients), &error) || !sim.listen()) {
        std::printf("soak: simulator failed: %s\n", qPrintable(error));
        return 2;
    }
    sim.setPollTimeout(5000);
    SimControl control(sim.baseUrl());

    std::vector<std::unique_ptr<ClientStack>> stacks;
    for (int i = 1; i <= clients; ++i) {
        auto s = std::make_unique<ClientStack>(sim.baseUrl(), u"agent%1"_s.arg(i), u"agent%1"_s.arg(i));
        s->session.login();
        stacks.push_back(std::move(s));
    }
    QElapsedTimer clock;
    clock.start();
    auto allOnline = [&] {
        for (auto &s : stacks)
            if (s->session.status() != Session::Status::Online)
                return false;
        return true;
    };
    while (!allOnline() && clock.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!allOnline()) {
        std::printf("soak: clients did not come online\n");
        return 1;
    }

    Stats stats;
    for (auto &s : stacks)
        QObject::connect(&s->session, &Session::errorOccurred, &app, [&stats] { ++stats.refused; });
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (rng.bounded(15) == 0) { // a customer calls in
            control.ringFrom(randomExternal(rng), QString::number(5001 + rng.bounded(clients)));
            ++stats.rings;
        }
        randomOperation(*stacks[rng.bounded(int(stacks.size()))], rng, clients, stats);
    });
    tick.start();
    clock.restart();
    while (clock.elapsed() < qint64(seconds) * 1000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    tick.stop();

    // Let every outcome arrive (external parties answer, consults settle), then compare.
    clock.restart();
    while (clock.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    int bad = 0;
    for (auto &s : stacks) {
        const QStringList diffs = differences(*s);
        for (const QString &d : diffs)
            std::printf("soak: %s: %s\n", qPrintable(s->client.userName()), qPrintable(d));
        bad += diffs.size();
    }
    std::printf("soak: %d operations sent, %d rings, %d refusals/errors reported, %d differences\n",
                stats.operations, stats.rings, stats.refused, bad);
    return bad == 0 ? 0 : 1;
}
