// Soak: several clients do random valid operations against one simulator for a while,
// through a burst of HTTP 500s and a stretch of latency; at the end every client's model
// must equal the simulator's own view (GET /sim/calls, raw JSON, not our parser): calls,
// states, participants, capabilities, user data, call type, consult parent, mute, and
// each agent's state. Enough operations must have succeeded and calls been answered.
// Usage: tst_soak [--seconds N] [--clients N] [--seed N]. Exit code 0 = consistent.

#include "clientstack.h"
#include "gwssimulator.h"
#include "simcontrol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
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
    int stateChanges = 0;
    int faulted = 0; // errors caused by the injected HTTP 500s
    QSet<QString> answered; // call ids seen Established by a client
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
    if (rng.bounded(25) == 0) { // the agent changes state now and then
        const QList<AgentStateOption> states = c.availability.agentStates();
        if (!states.isEmpty() && c.availability.setAgentState(states.at(rng.bounded(int(states.size()))))) {
            ++stats.operations;
            ++stats.stateChanges;
        }
        return;
    }
    if (calls.isEmpty() || rng.bounded(10) == 0) {
        const QString to = rng.bounded(3) == 0 ? QString::number(5001 + rng.bounded(clients))
                                               : randomExternal(rng);
        if (c.control.dial(to))
            ++stats.operations;
        return;
    }
    const Call &call = calls.at(rng.bounded(int(calls.size())));
    QStringList ops = call.capabilities;
    ops.removeAll(u"DeleteUserDataPair"_s);
    if (ops.isEmpty() || c.control.isBusy(call.id))
        return;
    // Through the client's one operation table, as the UI's actions go; a capability that
    // is no operation of ours is skipped.
    const auto op = CallOperations::fromName(ops.at(rng.bounded(int(ops.size()))));
    if (!op)
        return;
    OperationArgs args;
    switch (CallOperations::spec(*op).argument) {
    case OperationArgument::Destination:
        args.destination = randomExternal(rng);
        break;
    case OperationArgument::Digits:
        args.digits = QString::number(rng.bounded(10));
        break;
    case OperationArgument::Participant:
        if (call.participants.isEmpty())
            return;
        args.participant = call.participants.at(rng.bounded(int(call.participants.size()))).phoneNumber;
        break;
    case OperationArgument::UserData:
        args.userData = QJsonObject{{u"k"_s, QString::number(rng.bounded(100))}};
        break;
    default:
        break; // the other call and the consult pair are found by the controller
    }
    const bool sent = c.control.perform(*op, call.id, args);
    if (sent)
        ++stats.operations;
}

QJsonObject getJson(ClientStack &c, const QString &path)
{
    bool done = false;
    QJsonObject body;
    QObject::connect(c.client.get(path), &GwsRequest::finished, &c.session,
                     [&](const GwsResult &r) {
                         body = r.ok() ? r.body : QJsonObject();
                         done = true;
                     });
    QElapsedTimer t;
    t.start();
    while (!done && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return body;
}

QStringList numbers(const QJsonArray &participants)
{
    QStringList out;
    for (const QJsonValue &p : participants)
        out << (p.isString() ? p.toString() : p["phoneNumber"_L1].toString());
    return out;
}

QStringList numbers(const QList<Participant> &participants)
{
    QStringList out;
    for (const Participant &p : participants)
        out << p.phoneNumber;
    return out;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    for (const QJsonValue &v : array.toArray())
        out << v.toString();
    return out;
}

// Each user's live legs in the simulator's own view (GET /sim/calls): leg id -> resource.
QHash<QString, QHash<QString, QJsonObject>> serverLegs(SimControl &control)
{
    QHash<QString, QHash<QString, QJsonObject>> byUser;
    for (const QJsonValue &view : control.get(u"/sim/calls"_s).value("calls"_L1).toArray()) {
        QHash<QString, QJsonObject> legs;
        for (const QJsonValue &leg : view["legs"_L1].toArray())
            legs.insert(leg["id"_L1].toString(), leg.toObject());
        for (const QJsonValue &party : view["parties"_L1].toArray()) {
            const QJsonObject leg = legs.value(party["legId"_L1].toString());
            if (!leg.isEmpty() && leg["state"_L1].toString() != "Released"_L1)
                byUser[party["userName"_L1].toString()].insert(leg["id"_L1].toString(), leg);
        }
    }
    return byUser;
}

// One client's model against the server's view of that user, field by field.
QStringList differences(ClientStack &c, const QHash<QString, QJsonObject> &legs)
{
    QStringList diffs;
    if (legs.size() != c.calls.callCount())
        diffs << u"%1 calls on the server, %2 in the model"_s.arg(legs.size()).arg(c.calls.callCount());
    for (const QJsonObject &leg : legs) {
        const QString id = leg["id"_L1].toString();
        const Call *mine = c.calls.call(id);
        if (!mine) {
            diffs << u"call %1 missing from the model"_s.arg(id);
            continue;
        }
        const auto differ = [&](const char *what, const QString &model, const QString &server) {
            if (model != server)
                diffs << u"call %1 %2: model \"%3\", server \"%4\""_s.arg(id, QLatin1String(what),
                                                                          model, server);
        };
        differ("state", callStateToString(mine->state), leg["state"_L1].toString());
        differ("participants", numbers(mine->participants).join(u' '),
               numbers(leg["participants"_L1].toArray()).join(u' '));
        differ("capabilities", mine->capabilities.join(u' '), strings(leg["capabilities"_L1]).join(u' '));
        differ("callType", mine->callType, leg["callType"_L1].toString());
        differ("parentCallUri", mine->parentCallUri, leg["parentCallUri"_L1].toString());
        differ("mute", mine->muted ? u"On"_s : u"Off"_s,
               leg["mute"_L1].toString() == "On"_L1 ? u"On"_s : u"Off"_s);
        differ("userData",
               QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(mine->userData)).toJson(QJsonDocument::Compact)),
               QString::fromUtf8(QJsonDocument(leg["userData"_L1].toObject()).toJson(QJsonDocument::Compact)));
    }
    // The agent's state, from the server's own answer (raw JSON), against the client's.
    const QJsonObject device = getJson(c, u"/me/devices?fields=*"_s)["devices"_L1][0].toObject();
    const QString serverState = device["userState"_L1]["state"_L1].toString();
    const QString serverWork = device["userState"_L1]["workMode"_L1].toString();
    if (serverState.isEmpty())
        diffs << u"GET /me/devices did not answer"_s;
    else if (c.session.device().userState.state != serverState
             || c.session.device().userState.workMode != serverWork)
        diffs << u"agent state: model %1/%2, server %3/%4"_s.arg(c.session.device().userState.state,
                                                               c.session.device().userState.workMode,
                                                               serverState, serverWork);
    return diffs;
}

// Every client against the server; empty when all agree.
QStringList allDifferences(std::vector<std::unique_ptr<ClientStack>> &stacks, SimControl &control)
{
    const auto legs = serverLegs(control);
    QStringList all;
    for (auto &s : stacks)
        for (const QString &d : differences(*s, legs.value(s->client.userName())))
            all << s->client.userName() + u": "_s + d;
    return all;
}

bool anythingInFlight(std::vector<std::unique_ptr<ClientStack>> &stacks)
{
    for (auto &s : stacks)
        for (const Call &c : s->calls.calls())
            if (s->control.isBusy(c.id))
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"seconds"_s, u"How long to run"_s, u"n"_s, u"120"_s},
                       {u"clients"_s, u"How many agents"_s, u"n"_s, u"4"_s},
                       {u"seed"_s, u"Random seed (0 = random; CTest passes a fixed one)"_s, u"n"_s, u"0"_s}});
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
    const auto count = [&stats](const QString &m) {
        ++stats.refused;
        stats.faulted += m.contains(u"Simulated fault"_s) ? 1 : 0;
    };
    for (auto &s : stacks) {
        QObject::connect(&s->session, &Session::errorOccurred, &app, count);
        QObject::connect(&s->control, &CallController::errorOccurred, &app, count);
        QObject::connect(&s->availability, &AgentAvailability::errorOccurred, &app, count);
    }
    QTimer tick;
    tick.setInterval(20);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        if (rng.bounded(15) == 0) { // a customer calls in
            control.ringFrom(randomExternal(rng), QString::number(5001 + rng.bounded(clients)));
            ++stats.rings;
        }
        randomOperation(*stacks[rng.bounded(int(stacks.size()))], rng, clients, stats);
        for (auto &s : stacks)
            for (const Call &c : s->calls.calls())
                if (c.state == CallState::Established)
                    stats.answered.insert(c.id);
    });
    // Faults on the way: a third in, a burst of HTTP 500 on call operations; two thirds
    // in, every API answer late for two seconds. The clients must still end equal.
    const qint64 runMs = qint64(seconds) * 1000;
    bool failed = false, slowed = false, cleared = false;
    qint64 slowSince = 0;
    tick.start();
    clock.restart();
    while (clock.elapsed() < runMs) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (!failed && clock.elapsed() > runMs / 3) {
            failed = true;
            control.post(u"/sim/faults"_s, {{u"httpStatus"_s, 500}, {u"failCount"_s, 8},
                                           {u"paths"_s, u"/api/v2/me/calls"_s}});
            std::printf("soak: fault: 8 x HTTP 500 on /api/v2/me/calls (%d)\n", control.lastStatus());
        }
        if (!slowed && clock.elapsed() > 2 * runMs / 3) {
            slowed = true;
            slowSince = clock.elapsed();
            control.post(u"/sim/faults"_s, {{u"latencyMs"_s, 700}, {u"paths"_s, u"/api/v2/me"_s}});
            std::printf("soak: fault: 700 ms latency on /api/v2/me (%d)\n", control.lastStatus());
        }
        if (slowed && !cleared && clock.elapsed() - slowSince > 2000) {
            cleared = true;
            control.send(u"/sim/faults"_s, "DELETE");
        }
    }
    tick.stop();
    control.send(u"/sim/faults"_s, "DELETE");

    // Settle: until no request is in flight and every client agrees with the server twice
    // in a row (outcomes such as a far side answering still arrive), at most 30 s.
    QStringList diffs;
    int agreeing = 0;
    clock.restart();
    while (agreeing < 2 && clock.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 200);
        if (anythingInFlight(stacks))
            continue;
        diffs = allDifferences(stacks, control);
        agreeing = diffs.isEmpty() ? agreeing + 1 : 0;
    }
    for (const QString &d : std::as_const(diffs))
        std::printf("soak: %s\n", qPrintable(d));
    int compared = 0;
    for (const auto &legs : serverLegs(control))
        compared += int(legs.size());
    std::printf("soak: %d live calls compared field by field\n", compared);

    const int succeeded = stats.operations - stats.refused;
    std::printf("soak: %d operations sent (%d agent state), %d refusals/errors, %d rings, "
                "%d calls answered, %d operations failed by the fault, %d differences, settled in %lld ms\n",
                stats.operations, stats.stateChanges, stats.refused, stats.rings,
                int(stats.answered.size()), stats.faulted, int(diffs.size()),
                clock.elapsed());
    // A build where everything fails must not pass: floors scaled to the run's length.
    bool ok = diffs.isEmpty() && agreeing >= 2;
    const int floor = qMax(10, seconds * 2);
    if (succeeded < floor || succeeded < stats.operations / 2) {
        std::printf("soak: FAIL: only %d of %d operations succeeded (floor %d)\n", succeeded,
                    stats.operations, floor);
        ok = false;
    }
    if (stats.answered.size() < qMax(3, seconds / 5)) {
        std::printf("soak: FAIL: only %d calls were answered\n", int(stats.answered.size()));
        ok = false;
    }
    if (stats.stateChanges == 0 || stats.faulted == 0) {
        std::printf("soak: FAIL: no agent state change or no injected fault took effect\n");
        ok = false;
    }
    return ok ? 0 : 1;
}
