// Every flow an agent and a supervisor do, with the real client (ClientStack + Supervision)
// against documented_gws.mjs: what the agent sees in the CallModel/Device, and for each
// operation the documented request body the server received (/script/requests `body`).
// See README.md here for what each answer is based on.

#include "clientstack.h"
#include "jsonmember.h"
#include "supervision.h"
#include "teammodel.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
const QString kUser = u"jane"_s;
const QString kPassword = u"secret"_s;
const QString kAgentDeviceId = u"74152ed8-858f-4a33-9e96-36213a678d30"_s;
const QString kSupervisorDeviceId = u"efe1ab32-53f9-43ce-b65e-5768c61f7d4a"_s;
const QString kMonitoredDeviceId = u"9c14cad7-17c4-48d0-8492-7cf0ff92c224"_s; // the script's agent
constexpr int kStartMs = 15000;
constexpr int kLoginMs = 10000;
constexpr int kEventMs = 10000;
} // namespace

// A wait that fails the test on timeout, saying what did not happen and the client's state.
#define WAIT_FOR(cond, what)                                                                    \
    QVERIFY2(QTest::qWaitFor([&] { return bool(cond); }, kEventMs),                             \
             qPrintable(QString::fromUtf8(what) + u"; client: "_s + clientState()))

class TestScriptedFlows : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void holdMuteDtmf();
    void repeatedUpdateStillEndsTheWait();
    void singleStepTransfer();
    void consultTransfer();
    void consultConference();
    void cancelConsult();
    void swapAndMerge();
    void agentStatesAndDnd();
    void notReadyReasonIsShown();
    void supervisorMonitoring();
    void supervisorWithoutAdmin();

private:
    bool startServer(const QStringList &extraArgs);
    QJsonDocument control(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QJsonArray requests();
    // The JSON bodies of the POSTs with this operationName, oldest first (optionally to one path).
    QList<QJsonObject> posted(const QString &operation, const QString &path = {});
    QString callPath(const QString &id) const { return u"/api/v2/me/calls/"_s + id; }
    QString ring(const QString &from);
    bool answered(const QString &from, QString *id); // rung, answered and Established
    bool consultUp(const QString &original, const QString &operation, const QString &number,
                   QString *consult);
    CallState stateOf(const QString &id) const; // Released when not in the model
    QStringList numbersOf(const QString &id) const;
    QString clientState() const;

    QString m_node;
    QString m_script;
    std::unique_ptr<QProcess> m_server;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QUrl m_base;
    QNetworkAccessManager m_control;
    std::unique_ptr<ClientStack> m_stack;
    QStringList m_clientErrors;
};

void TestScriptedFlows::initTestCase()
{
    const QString node = QStringLiteral(NODE_EXECUTABLE);
    m_node = QFileInfo(node).isAbsolute() ? node : QStandardPaths::findExecutable(node);
    QVERIFY2(!m_node.isEmpty(), qPrintable(u"node (%1) not found; run scripts/setup.sh"_s.arg(node)));
    m_script = QDir(QStringLiteral(SCRIPTED_DIR)).filePath(u"documented_gws.mjs"_s);
    QVERIFY2(QFileInfo::exists(m_script), qPrintable(m_script + u" is missing"_s));
    const QString faye = QDir(QStringLiteral(INTEROP_DIR)).filePath(u"node_modules/faye/package.json"_s);
    QVERIFY2(QFileInfo::exists(faye), qPrintable(faye + u" is missing; run scripts/setup.sh"_s));
}

void TestScriptedFlows::init()
{
    m_clientErrors.clear();
    const bool supervisor = QByteArray(QTest::currentTestFunction()).startsWith("supervisor");
    QVERIFY(startServer(supervisor ? QStringList{u"--supervisor"_s} : QStringList{}));
    m_stack = std::make_unique<ClientStack>(m_base, kUser, kPassword);
    const auto collect = [this](const QString &text) { m_clientErrors << text; };
    connect(&m_stack->session, &Session::errorOccurred, this, collect);
    connect(&m_stack->control, &CallController::errorOccurred, this, collect);
    connect(&m_stack->availability, &AgentAvailability::errorOccurred, this, collect);
    QVERIFY2(m_stack->loginAndWait(kLoginMs), qPrintable(u"login: "_s + clientState()));
    QCOMPARE(m_stack->session.device().id, supervisor ? kSupervisorDeviceId : kAgentDeviceId);
    control("DELETE", u"/script/requests"_s);
}

void TestScriptedFlows::cleanup()
{
    const bool failed = QTest::currentTestFailed();
    if (failed) {
        qWarning().noquote() << "client:" << clientState() << "\nrequests seen by the server:";
        for (const QJsonValue &v : requests())
            if (v.toObject().value(u"method").toString() == u"POST"
                && !v.toObject().value(u"path").toString().contains(u"notifications"))
                qWarning().noquote() << v.toObject().value(u"path").toString()
                                     << v.toObject().value(u"status").toInt()
                                     << QJsonDocument(v.toObject().value(u"body").toObject()).toJson(QJsonDocument::Compact);
    }
    m_stack.reset();
    if (m_server) {
        m_server->kill();
        m_server->waitForFinished(5000);
        m_stderr += m_server->readAllStandardError();
        m_server.reset();
    }
    if (failed)
        qWarning().noquote() << "server stderr (tail):\n" << m_stderr.right(8000);
}

bool TestScriptedFlows::startServer(const QStringList &extraArgs)
{
    m_server = std::make_unique<QProcess>();
    m_stdout.clear();
    m_stderr.clear();
    connect(m_server.get(), &QProcess::readyReadStandardOutput, this,
            [this] { m_stdout += m_server->readAllStandardOutput(); });
    connect(m_server.get(), &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_server->readAllStandardError(); });
    m_server->start(m_node, QStringList{m_script, u"--user"_s, kUser, u"--password"_s, kPassword}
                                + extraArgs);
    const QByteArray marker = "documented-gws listening on ";
    const bool up = m_server->waitForStarted(kStartMs) && QTest::qWaitFor([&] {
        return (m_stdout.contains(marker) && m_stdout.indexOf('\n', m_stdout.indexOf(marker)) > 0)
               || m_server->state() != QProcess::Running;
    }, kStartMs);
    const int at = m_stdout.indexOf(marker);
    if (!up || at < 0) {
        qWarning().noquote() << "documented_gws.mjs did not come up; stdout:" << m_stdout
                             << "stderr:" << m_stderr;
        return false;
    }
    const int end = m_stdout.indexOf('\n', at);
    m_base = QUrl(QString::fromUtf8(m_stdout.mid(at + marker.size(), end - at - marker.size()).trimmed()));
    return m_base.isValid() && m_base.port() > 0;
}

QJsonDocument TestScriptedFlows::control(const QByteArray &method, const QString &path,
                                         const QJsonObject &body)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_control.sendCustomRequest(
        request, method, method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray());
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QByteArray raw = reply->readAll();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
        qWarning().noquote() << "control" << method << path << "failed:" << reply->errorString() << raw;
    reply->deleteLater();
    return QJsonDocument::fromJson(raw);
}

QJsonArray TestScriptedFlows::requests()
{
    return m_server ? control("GET", u"/script/requests"_s).array() : QJsonArray{};
}

QList<QJsonObject> TestScriptedFlows::posted(const QString &operation, const QString &path)
{
    QList<QJsonObject> bodies;
    for (const QJsonValue &v : requests()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"method").toString() == u"POST" && r.value(u"operation").toString() == operation
            && (path.isEmpty() || r.value(u"path").toString() == path))
            bodies.append(r.value(u"body").toObject());
    }
    return bodies;
}

QString TestScriptedFlows::ring(const QString &from)
{
    return control("POST", u"/script/ring"_s, {{u"from"_s, from}}).object().value(u"id").toString();
}

bool TestScriptedFlows::answered(const QString &from, QString *id)
{
    *id = ring(from);
    return !id->isEmpty()
           && QTest::qWaitFor([&] { return stateOf(*id) == CallState::Ringing; }, kEventMs)
           && m_stack->control.answer(*id)
           && QTest::qWaitFor([&] { return stateOf(*id) == CallState::Established; }, kEventMs)
           && numbersOf(*id) == QStringList{from};
}

// Initiate{Transfer,Conference}: the original Held, a new Consult call with parentCallUri
// seen Dialing, then Established.
bool TestScriptedFlows::consultUp(const QString &original, const QString &operation,
                                  const QString &number, QString *consult)
{
    CallModel &calls = m_stack->calls;
    const QString parentUri = calls.call(original)->uri;
    bool dialingSeen = false;
    QObject guard;
    const auto look = [&] {
        for (const Call &c : calls.calls())
            if (c.parentCallUri == parentUri) {
                *consult = c.id;
                dialingSeen = dialingSeen || c.state == CallState::Dialing;
            }
    };
    connect(&calls, &QAbstractItemModel::rowsInserted, &guard, look);
    connect(&calls, &QAbstractItemModel::dataChanged, &guard, look);
    const auto op = CallOperations::fromName(operation);
    if (!op || !m_stack->control.perform(*op, original, OperationArgs::forDestination(number)))
        return false;
    const bool up = QTest::qWaitFor([&] {
        return !consult->isEmpty() && stateOf(*consult) == CallState::Established
               && stateOf(original) == CallState::Held;
    }, kEventMs);
    if (!up || !dialingSeen) {
        qWarning() << operation << "consult up:" << up << "dialing seen:" << dialingSeen;
        return false;
    }
    const Call *c = calls.call(*consult);
    const QList<QJsonObject> bodies = posted(operation, callPath(original));
    return c->callType == u"Consult" && numbersOf(*consult) == QStringList{number}
           && bodies.size() == 1
           && bodies.first().value(u"destination").toObject().value(u"phoneNumber").toString() == number;
}

CallState TestScriptedFlows::stateOf(const QString &id) const
{
    const Call *c = m_stack->calls.call(id);
    return c ? c->state : CallState::Released;
}

QStringList TestScriptedFlows::numbersOf(const QString &id) const
{
    QStringList numbers;
    if (const Call *c = m_stack->calls.call(id))
        for (const Participant &p : c->participants)
            numbers << p.phoneNumber;
    return numbers;
}

QString TestScriptedFlows::clientState() const
{
    if (!m_stack)
        return u"(none)"_s;
    const Session &s = m_stack->session;
    QStringList calls;
    for (const Call &c : m_stack->calls.calls())
        calls << u"%1 %2 %3 [%4]%5"_s.arg(c.id.left(6), callStateToString(c.state),
                                          numbersOf(c.id).join(u','), c.capabilities.join(u' '),
                                          c.muted ? u" muted"_s : QString());
    return u"status %1, agent state '%2/%3/%4', dnd %5, monitoring '%6'; calls: %7; errors: %8"_s
        .arg(QString::fromLatin1(QMetaEnum::fromType<Session::Status>().valueToKey(int(s.status()))),
             s.device().userState.state, s.device().userState.workMode, s.device().userState.reason)
        .arg(s.device().doNotDisturb)
        .arg(s.device().monitoring.state, calls.isEmpty() ? u"none"_s : calls.join(u" | "_s),
             m_clientErrors.isEmpty() ? u"none"_s : m_clientErrors.join(u" | "_s));
}

// "Hold", "Retrieve", "MuteCall"/"UnmuteCall", "SendDtmf" (then a DtmfSent notification);
// an operation the call does not offer is refused 400 statusCode 2 and said.
void TestScriptedFlows::holdMuteDtmf()
{
    QString id;
    QVERIFY2(answered(u"+15551234567"_s, &id), qPrintable(clientState()));

    QVERIFY(m_stack->calls.call(id)->can(u"Hold"_s));
    QVERIFY(m_stack->control.perform(CallOperation::Hold, id));
    WAIT_FOR(stateOf(id) == CallState::Held && m_stack->calls.call(id)->can(u"Retrieve"_s), "never Held");
    WAIT_FOR(m_stack->control.perform(CallOperation::Retrieve, id), "Retrieve not sent");
    WAIT_FOR(stateOf(id) == CallState::Established, "never retrieved");

    QVERIFY(m_stack->calls.call(id)->can(u"MuteCall"_s));
    WAIT_FOR(m_stack->control.perform(CallOperation::MuteCall, id), "MuteCall not sent");
    WAIT_FOR(m_stack->calls.call(id)->muted && m_stack->calls.call(id)->can(u"UnmuteCall"_s), "never muted");
    WAIT_FOR(m_stack->control.perform(CallOperation::UnmuteCall, id), "UnmuteCall not sent");
    WAIT_FOR(!m_stack->calls.call(id)->muted && m_stack->calls.call(id)->can(u"MuteCall"_s), "never unmuted");
    for (const QString &op : {u"Hold"_s, u"Retrieve"_s, u"MuteCall"_s, u"UnmuteCall"_s}) {
        const QList<QJsonObject> bodies = posted(op, callPath(id));
        QCOMPARE(bodies.size(), 1);
        QCOMPARE(bodies.first(), (QJsonObject{{u"operationName"_s, op}}));
    }

    // Digits typed while a SendDtmf is out are queued and sent in order.
    QVERIFY(!m_stack->control.sendDtmf(id, u"12a"_s)); // refused locally: 0-9 * # only
    QCOMPARE(m_clientErrors.size(), 1);
    m_clientErrors.clear();
    QVERIFY(m_stack->control.sendDtmf(id, u"12*#"_s));
    QVERIFY(m_stack->control.sendDtmf(id, u"90"_s));
    WAIT_FOR(m_stack->control.dtmfSent(id) == u"12*#90", "dtmfSent is not 12*#90");
    QString digits;
    for (const QJsonObject &b : posted(u"SendDtmf"_s, callPath(id))) {
        QCOMPARE(b.keys(), (QStringList{u"digits"_s, u"operationName"_s}));
        digits += b.value(u"digits").toString();
    }
    QCOMPARE(digits, u"12*#90"_s);

    // Answer is not among an Established call's capabilities: 400 statusCode 2, said.
    QVERIFY(!m_stack->calls.call(id)->can(u"Answer"_s));
    WAIT_FOR(!m_stack->control.isBusy(id), "a request is still out");
    QVERIFY(m_stack->control.answer(id));
    WAIT_FOR(!m_clientErrors.isEmpty(), "a refused Answer was not said");
    QVERIFY2(m_clientErrors.last().contains(u"Answer"), qPrintable(m_clientErrors.last()));
    int refused = 0;
    for (const QJsonValue &v : requests())
        refused += v.toObject().value(u"operation").toString() == u"Answer"
                   && v.toObject().value(u"status").toInt() == 400;
    QCOMPARE(refused, 1);
    QCOMPARE(stateOf(id), CallState::Established);

    WAIT_FOR(m_stack->control.hangup(id), "Hangup not sent");
    WAIT_FOR(stateOf(id) == CallState::Released, "hung-up call still shown");
}

// UpdateUserData with what the call already holds: the server's AttachedDataChanged
// repeats the call byte for byte. Updates that repeat are dropped unparsed (RepeatedCalls),
// but not this one: it ends the wait for the operation's outcome at once, not after 5 s.
void TestScriptedFlows::repeatedUpdateStillEndsTheWait()
{
    QString id;
    QVERIFY2(answered(u"+15551234568"_s, &id), qPrintable(clientState()));
    QList<QByteArray> callTexts; // of every update read, delivered or not
    int dropped = 0;
    m_stack->cometd.setEventFilter([&, repeats = m_stack->cometd.eventFilter()](QByteArrayView event) {
        const QByteArrayView call = jsonMemberText(jsonMemberText(event, "data"), "call");
        if (!call.isNull())
            callTexts.append(call.toByteArray());
        const bool skip = repeats(event);
        dropped += skip;
        return skip;
    });
    const OperationArgs note = OperationArgs::forUserData({{u"Note"_s, u"asked for a refund"_s}});
    int repeatsDelivered = 0;
    for (int i = 0; i < 4; ++i) {
        WAIT_FOR(!m_stack->control.isBusy(id), "a request is still out");
        const qsizetype before = callTexts.size();
        QElapsedTimer waited;
        waited.start();
        QVERIFY(m_stack->control.perform(CallOperation::UpdateUserData, id, note));
        QVERIFY(m_stack->control.isBusy(id));
        WAIT_FOR(!m_stack->control.isBusy(id), "the outcome never ended the wait");
        QVERIFY2(waited.elapsed() < 2500, qPrintable(QString::number(waited.elapsed())));
        QVERIFY(callTexts.size() > before);
        if (before > 0 && callTexts.at(before) == callTexts.at(before - 1))
            ++repeatsDelivered; // the case this test is about
    }
    QCOMPARE(m_stack->calls.call(id)->userData.value(u"Note"_s).toString(), u"asked for a refund"_s);
    QCOMPARE(dropped, 0);
    // The call's duration in whole seconds changes its text now and then meanwhile.
    QVERIFY2(repeatsDelivered >= 2, qPrintable(QString::number(repeatsDelivered)));
}

// "SingleStepConference" (ParticipantsUpdated, participants as strings + participantsInfo),
// "RemoveParticipantFromConference" {participant}, "SingleStepTransfer": the agent's leg Released.
void TestScriptedFlows::singleStepTransfer()
{
    QString id;
    QVERIFY2(answered(u"+15551234567"_s, &id), qPrintable(clientState()));

    QVERIFY(m_stack->calls.call(id)->can(u"SingleStepConference"_s));
    QVERIFY(m_stack->control.perform(CallOperation::SingleStepConference, id, OperationArgs::forDestination(u"5003"_s)));
    WAIT_FOR(numbersOf(id) == (QStringList{u"+15551234567"_s, u"5003"_s}), "5003 never joined");
    QCOMPARE(stateOf(id), CallState::Established);
    WAIT_FOR(m_stack->calls.call(id)->can(u"RemoveParticipantFromConference"_s), "remove not offered");
    QCOMPARE(posted(u"SingleStepConference"_s, callPath(id)).value(0)
                 .value(u"destination").toObject().value(u"phoneNumber").toString(), u"5003"_s);

    WAIT_FOR(m_stack->control.perform(CallOperation::RemoveParticipant, id, OperationArgs::forParticipant(u"5003"_s)), "RemoveParticipantFromConference not sent");
    WAIT_FOR(numbersOf(id) == QStringList{u"+15551234567"_s}, "5003 never left");
    QCOMPARE(posted(u"RemoveParticipantFromConference"_s, callPath(id)).value(0).value(u"participant").toString(),
             u"5003"_s);

    WAIT_FOR(m_stack->control.perform(CallOperation::SingleStepTransfer, id, OperationArgs::forDestination(u"5002"_s)), "SingleStepTransfer not sent");
    WAIT_FOR(stateOf(id) == CallState::Released, "the transferred call is still shown");
    const QList<QJsonObject> bodies = posted(u"SingleStepTransfer"_s, callPath(id));
    QCOMPARE(bodies.size(), 1);
    QCOMPARE(bodies.first().value(u"destination").toObject(), (QJsonObject{{u"phoneNumber"_s, u"5002"_s}}));
    QVERIFY(m_stack->calls.calls().isEmpty());
}

// "InitiateTransfer" + "CompleteTransfer": once from the original (naming consultCallUri),
// once from the consult call (no consultCallUri, the server finds the pair); both Released.
void TestScriptedFlows::consultTransfer()
{
    for (const bool fromOriginal : {true, false}) {
        QString id, consult;
        QVERIFY2(answered(u"+15551234567"_s, &id), qPrintable(clientState()));
        QVERIFY2(consultUp(id, u"InitiateTransfer"_s, u"5002"_s, &consult), qPrintable(clientState()));
        QCOMPARE(m_stack->control.consultPartner(*m_stack->calls.call(id))->id, consult);
        const QString consultUri = m_stack->calls.call(consult)->uri;
        const QString on = fromOriginal ? id : consult;
        WAIT_FOR(m_stack->calls.call(on) && m_stack->calls.call(on)->can(u"CompleteTransfer"_s),
                 "CompleteTransfer not offered");
        WAIT_FOR(m_stack->control.perform(CallOperation::CompleteTransfer, on), "CompleteTransfer not sent");
        WAIT_FOR(stateOf(id) == CallState::Released && stateOf(consult) == CallState::Released,
                 "a transferred call is still shown");
        const QList<QJsonObject> bodies = posted(u"CompleteTransfer"_s, callPath(on));
        QCOMPARE(bodies.size(), 1);
        if (fromOriginal)
            QCOMPARE(bodies.first().value(u"consultCallUri").toString(), consultUri);
        else
            QVERIFY(!bodies.first().contains(u"consultCallUri"));
        QVERIFY2(m_clientErrors.isEmpty(), qPrintable(m_clientErrors.join(u" | "_s)));
    }
}

// "InitiateConference" + "CompleteConference" (on the consult): the consult Released, the
// original Established with the third party (ParticipantsUpdated); then remove that party.
void TestScriptedFlows::consultConference()
{
    QString id, consult;
    QVERIFY2(answered(u"+15551234567"_s, &id), qPrintable(clientState()));
    QVERIFY2(consultUp(id, u"InitiateConference"_s, u"5003"_s, &consult), qPrintable(clientState()));
    WAIT_FOR(m_stack->calls.call(consult)->can(u"CompleteConference"_s), "CompleteConference not offered");
    WAIT_FOR(m_stack->control.perform(CallOperation::CompleteConference, consult), "CompleteConference not sent");
    WAIT_FOR(stateOf(consult) == CallState::Released && stateOf(id) == CallState::Established
                 && numbersOf(id) == (QStringList{u"+15551234567"_s, u"5003"_s}),
             "no conference of three");
    QVERIFY(!posted(u"CompleteConference"_s, callPath(consult)).value(0).contains(u"consultCallUri"));
    QVERIFY(!m_stack->control.consultPartner(*m_stack->calls.call(id)));

    WAIT_FOR(m_stack->calls.call(id)->can(u"RemoveParticipantFromConference"_s), "remove not offered");
    WAIT_FOR(m_stack->control.perform(CallOperation::RemoveParticipant, id, OperationArgs::forParticipant(u"5003"_s)), "RemoveParticipantFromConference not sent");
    WAIT_FOR(numbersOf(id) == QStringList{u"+15551234567"_s}, "5003 never left");
    QCOMPARE(posted(u"RemoveParticipantFromConference"_s, callPath(id)).value(0),
             (QJsonObject{{u"operationName"_s, u"RemoveParticipantFromConference"_s},
                          {u"participant"_s, u"5003"_s}}));
    QVERIFY2(m_clientErrors.isEmpty(), qPrintable(m_clientErrors.join(u" | "_s)));
}

// Cancelling a consult: Hangup on the consult call, then Retrieve of the original.
void TestScriptedFlows::cancelConsult()
{
    QString id, consult;
    QVERIFY2(answered(u"+15551234567"_s, &id), qPrintable(clientState()));
    QVERIFY2(consultUp(id, u"InitiateTransfer"_s, u"5002"_s, &consult), qPrintable(clientState()));
    QVERIFY(m_stack->control.perform(CallOperation::CancelConsult, consult));
    WAIT_FOR(stateOf(consult) == CallState::Released && stateOf(id) == CallState::Established,
             "the consult was not cancelled and the original retrieved");
    int hangup = -1, retrieve = -1, i = 0;
    for (const QJsonValue &v : requests()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"operation").toString() == u"Hangup" && r.value(u"path").toString() == callPath(consult))
            hangup = i;
        if (r.value(u"operation").toString() == u"Retrieve" && r.value(u"path").toString() == callPath(id))
            retrieve = i;
        ++i;
    }
    QVERIFY2(hangup >= 0 && retrieve > hangup,
             qPrintable(u"Hangup of the consult at %1, Retrieve of the original at %2"_s.arg(hangup).arg(retrieve)));
    QVERIFY2(m_clientErrors.isEmpty(), qPrintable(m_clientErrors.join(u" | "_s)));
}

// A second inbound call while one is active: hold the first, answer the second, then
// "SwapCalls" and "MergeWithOtherCall" with otherCallUri (the call-control reference's name).
void TestScriptedFlows::swapAndMerge()
{
    CallModel &calls = m_stack->calls;
    QString first;
    QVERIFY2(answered(u"+15551110001"_s, &first), qPrintable(clientState()));
    const QString second = ring(u"+15551110002"_s);
    WAIT_FOR(stateOf(second) == CallState::Ringing, "second call never rang");
    QCOMPARE(stateOf(first), CallState::Established);
    QVERIFY(m_stack->control.perform(CallOperation::Hold, first));
    WAIT_FOR(stateOf(first) == CallState::Held, "first never Held");
    QVERIFY(m_stack->control.answer(second));
    WAIT_FOR(stateOf(second) == CallState::Established, "second never Established");
    QCOMPARE(m_stack->control.otherCall(*calls.call(second))->id, first);

    WAIT_FOR(calls.call(second)->can(u"SwapCalls"_s), "SwapCalls not offered");
    const QString firstUri = calls.call(first)->uri, secondUri = calls.call(second)->uri;
    WAIT_FOR(m_stack->control.perform(CallOperation::SwapCalls, second, OperationArgs::forOtherCall(first)), "SwapCalls not sent");
    WAIT_FOR(stateOf(second) == CallState::Held && stateOf(first) == CallState::Established, "not swapped");
    QCOMPARE(posted(u"SwapCalls"_s, callPath(second)).value(0),
             (QJsonObject{{u"operationName"_s, u"SwapCalls"_s}, {u"otherCallUri"_s, firstUri}}));

    WAIT_FOR(calls.call(first)->can(u"MergeWithOtherCall"_s), "MergeWithOtherCall not offered");
    WAIT_FOR(m_stack->control.perform(CallOperation::MergeWithOtherCall, first, OperationArgs::forOtherCall(second)), "MergeWithOtherCall not sent");
    WAIT_FOR(stateOf(second) == CallState::Released
                 && numbersOf(first) == (QStringList{u"+15551110001"_s, u"+15551110002"_s}),
             "not merged");
    QCOMPARE(posted(u"MergeWithOtherCall"_s, callPath(first)).value(0),
             (QJsonObject{{u"operationName"_s, u"MergeWithOtherCall"_s}, {u"otherCallUri"_s, secondUri}}));
    QCOMPARE(stateOf(first), CallState::Established);
    QVERIFY2(m_clientErrors.isEmpty(), qPrintable(m_clientErrors.join(u" | "_s)));
}

// "Ready", "NotReady" (reasonCode -> userState.reason), "AfterCallWork" (NotReady +
// workMode), "DoNotDisturbOn"/"DoNotDisturbOff" on the device.
void TestScriptedFlows::agentStatesAndDnd()
{
    Session &s = m_stack->session;
    const auto user = [&] { return s.device().userState; };
    WAIT_FOR(user().state == u"Ready", "not Ready after login");
    const auto option = [&](const QString &op) {
        for (const AgentStateOption &o : m_stack->availability.agentStates())
            if (o.operationName == op)
                return o;
        return AgentStateOption{};
    };
    const AgentStateOption notReady = option(u"NotReady"_s), acw = option(u"AfterCallWork"_s),
                           ready = option(u"Ready"_s);
    QVERIFY(!notReady.operationName.isEmpty() && !acw.operationName.isEmpty() && !ready.operationName.isEmpty());

    WAIT_FOR(m_stack->availability.setAgentState(notReady), "NotReady not sent");
    WAIT_FOR(user().state == u"NotReady" && user().workMode.isEmpty() && user().reason.isEmpty(), "never NotReady");
    WAIT_FOR(m_stack->availability.setAgentState(acw), "AfterCallWork not sent");
    WAIT_FOR(user().isAfterCallWork(), "never NotReady/AfterCallWork");
    QCOMPARE(agentStateLabel(user()), u"After Call Work"_s);
    const AgentStateOption lunch{u"NotReady"_s, u"Not Ready - Lunch"_s, u"Lunch"_s};
    WAIT_FOR(m_stack->availability.setAgentState(lunch), "NotReady with a reason not sent");
    WAIT_FOR(user().state == u"NotReady" && user().reason == u"Lunch", "reason Lunch never shown");
    WAIT_FOR(m_stack->availability.setAgentState(ready), "Ready not sent");
    WAIT_FOR(user().state == u"Ready" && user().reason.isEmpty(), "never Ready again");
    const QList<QJsonObject> voice = [&] {
        QList<QJsonObject> all;
        for (const QJsonValue &v : requests())
            if (v.toObject().value(u"path").toString() == u"/api/v2/me/channels/voice")
                all << v.toObject().value(u"body").toObject();
        return all;
    }();
    QCOMPARE(voice, (QList<QJsonObject>{
        {{u"operationName"_s, u"NotReady"_s}}, {{u"operationName"_s, u"AfterCallWork"_s}},
        {{u"operationName"_s, u"NotReady"_s}, {u"reasonCode"_s, u"Lunch"_s}},
        {{u"operationName"_s, u"Ready"_s}}}));

    const QString devicePath = u"/api/v2/me/devices/"_s + kAgentDeviceId;
    QVERIFY(s.device().can(u"DoNotDisturbOn"_s));
    WAIT_FOR(m_stack->availability.setDoNotDisturb(true), "DoNotDisturbOn not sent");
    WAIT_FOR(s.device().doNotDisturb && s.device().can(u"DoNotDisturbOff"_s), "DND never On");
    QCOMPARE(s.device().userState.state, u"Ready"_s); // DND is no agent state
    WAIT_FOR(m_stack->availability.setDoNotDisturb(false), "DoNotDisturbOff not sent");
    WAIT_FOR(!s.device().doNotDisturb && s.device().can(u"DoNotDisturbOn"_s), "DND never Off");
    QCOMPARE(posted(u"DoNotDisturbOn"_s, devicePath).size(), 1);
    QCOMPARE(posted(u"DoNotDisturbOff"_s, devicePath).size(), 1);
    QVERIFY2(m_clientErrors.isEmpty(), qPrintable(m_clientErrors.join(u" | "_s)));
}

// What the agent reads after "NotReady" with reasonCode: the server's userState.reason must
// show on screen (agentStateLabel), while displayName is the documented "Not Ready".
void TestScriptedFlows::notReadyReasonIsShown()
{
    Session &s = m_stack->session;
    const auto user = [&] { return s.device().userState; };
    WAIT_FOR(m_stack->availability.setAgentState({u"NotReady"_s, u"Not Ready - Lunch"_s, u"Lunch"_s}), "NotReady not sent");
    WAIT_FOR(user().state == u"NotReady" && user().reason == u"Lunch", "reason Lunch never in the device");
    QCOMPARE(user().displayName, u"Not Ready"_s);
    QVERIFY2(agentStateLabel(user()).contains(u"Lunch"),
             qPrintable(u"userState {displayName 'Not Ready', state NotReady, reason 'Lunch'} is shown as '%1'"_s
                            .arg(agentStateLabel(user()))));
}

// "ListenIn" with targetDeviceUri: supervisorMonitoringState + CancelSupervisorMonitoring;
// the monitored call (mute On, SwitchToBargeIn); "SwitchToBargeIn" / "SwitchToListenIn";
// "CancelSupervisorMonitoring": state gone, monitored call Released.
void TestScriptedFlows::supervisorMonitoring()
{
    Session &s = m_stack->session;
    QVERIFY(s.user().isSupervisor());
    TeamModel team;
    Supervision sup(&s, &m_stack->client, &m_stack->control, &team);
    const QString agentUri = m_base.toString(QUrl::StripTrailingSlash) + u"/api/v2/devices/"_s + kMonitoredDeviceId;
    const QString devicePath = u"/api/v2/me/devices/"_s + kSupervisorDeviceId;

    WAIT_FOR(sup.monitor(agentUri, u"ListenIn"_s), "ListenIn not sent");
    WAIT_FOR(s.device().monitoring.state == u"ListenIn" && sup.canCancel(), "never monitoring");
    QCOMPARE(sup.monitoredDeviceId(), kMonitoredDeviceId);
    QCOMPARE(s.device().monitoring.targetDeviceUri, agentUri);
    QCOMPARE(posted(u"ListenIn"_s, devicePath).value(0),
             (QJsonObject{{u"operationName"_s, u"ListenIn"_s}, {u"targetDeviceUri"_s, agentUri},
                          {u"supervisorMonitoringScope"_s, u"Call"_s},
                          {u"supervisorMonitoringMode"_s, u"AllCalls"_s}}));

    const QString id = control("POST", u"/script/ring-monitored"_s).object().value(u"id").toString();
    QVERIFY(!id.isEmpty());
    WAIT_FOR(sup.monitoredCall() && sup.monitoredCall()->id == id, "no monitored call");
    QVERIFY(sup.monitoredCall()->muted);
    QCOMPARE(numbersOf(id), (QStringList{u"5000"_s, u"5001"_s}));
    QCOMPARE(sup.monitoringOperation(), u"ListenIn"_s);

    WAIT_FOR(sup.switchTo(u"BargeIn"_s), "SwitchToBargeIn not sent");
    WAIT_FOR(m_stack->calls.call(id)->can(u"SwitchToListenIn"_s) && !m_stack->calls.call(id)->muted,
             "never barged in");
    QCOMPARE(sup.monitoringOperation(), u"BargeIn"_s);
    QVERIFY(!sup.switchTo(u"BargeIn"_s)); // not offered now
    WAIT_FOR(sup.switchTo(u"ListenIn"_s), "SwitchToListenIn not sent");
    WAIT_FOR(m_stack->calls.call(id)->can(u"SwitchToBargeIn"_s) && m_stack->calls.call(id)->muted,
             "never back to listening");
    QCOMPARE(posted(u"SwitchToBargeIn"_s, callPath(id)).value(0), (QJsonObject{{u"operationName"_s, u"SwitchToBargeIn"_s}}));
    QCOMPARE(posted(u"SwitchToListenIn"_s, callPath(id)).size(), 1);

    WAIT_FOR(sup.cancel(), "CancelSupervisorMonitoring not sent");
    WAIT_FOR(!s.device().monitoring.isActive() && !sup.canCancel() && stateOf(id) == CallState::Released
                 && !sup.monitoredCall(),
             "monitoring not ended");
    QCOMPARE(posted(u"CancelSupervisorMonitoring"_s, devicePath).value(0),
             (QJsonObject{{u"operationName"_s, u"CancelSupervisorMonitoring"_s}}));
    QVERIFY2(m_clientErrors.isEmpty(), qPrintable(m_clientErrors.join(u" | "_s)));
}

// GET /api/v2/users without ROLE_ADMIN: 403 statusCode 5; the client says why there is no
// team, and monitoring by phoneNumber (Coach, scope Agent, NextCall) still works.
void TestScriptedFlows::supervisorWithoutAdmin()
{
    Session &s = m_stack->session;
    TeamModel team;
    Supervision sup(&s, &m_stack->client, &m_stack->control, &team);
    QString sideErrors;
    connect(&sup, &Supervision::errorOccurred, this, [&](const QString &e) { sideErrors += e; });
    WAIT_FOR(!sup.teamUnavailableReason().isEmpty(), "no reason given for the missing team");
    QCOMPARE(team.rowCount(), 0);
    int refused = 0;
    for (const QJsonValue &v : requests())
        refused += v.toObject().value(u"path").toString() == u"/api/v2/users"
                   && v.toObject().value(u"status").toInt() == 403;
    QVERIFY(refused >= 1);

    WAIT_FOR(sup.monitorNumber(u"5000"_s, u"Coach"_s, u"Agent"_s, u"NextCall"_s), "Coach not sent");
    WAIT_FOR(s.device().monitoring.state == u"Coach", "never coaching");
    QCOMPARE(s.device().monitoring.scope, u"Agent"_s);
    QCOMPARE(s.device().monitoring.mode, u"NextCall"_s);
    QCOMPARE(sup.monitoredDeviceId(), kMonitoredDeviceId);
    QCOMPARE(posted(u"Coach"_s).value(0),
             (QJsonObject{{u"operationName"_s, u"Coach"_s}, {u"phoneNumber"_s, u"5000"_s},
                          {u"supervisorMonitoringScope"_s, u"Agent"_s},
                          {u"supervisorMonitoringMode"_s, u"NextCall"_s}}));

    const QString id = control("POST", u"/script/ring-monitored"_s).object().value(u"id").toString();
    WAIT_FOR(sup.monitoredCall() && sup.monitoredCall()->id == id, "no monitored call");
    QVERIFY(!sup.monitoredCall()->muted);
    QCOMPARE(sup.monitoringOperation(), u"Coach"_s);
    WAIT_FOR(sup.cancel(), "CancelSupervisorMonitoring not sent");
    WAIT_FOR(!s.device().monitoring.isActive() && stateOf(id) == CallState::Released, "monitoring not ended");
    QVERIFY2(sideErrors.isEmpty(), qPrintable(sideErrors));
}

QTEST_GUILESS_MAIN(TestScriptedFlows)
#include "tst_scripted_flows.moc"
