// The real client (ClientStack: GwsClient + CometdClient + Session + CallModel) against a
// scripted GWS that answers exactly as the documentation shows (documented_gws.mjs, with
// Faye for the notifications). Written against the documented behaviour, not against
// today's client: see README.md here for what each answer is based on.

#include "clientstack.h"

#include <QDir>
#include <QElapsedTimer>
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
const QString kDeviceId = u"74152ed8-858f-4a33-9e96-36213a678d30"_s; // the script's device
constexpr int kStartMs = 15000;  // node start-up on a busy machine
constexpr int kLoginMs = 10000;
constexpr int kEventMs = 10000;
constexpr int kWindowMs = 10000;        // the login-page observation window
constexpr int kMaxRequestsInWindow = 10; // "a small number of requests" in that window
} // namespace

class TestScriptedGws : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void loginReadsDocumentedLists();
    void dialAnswerHangup();
    void survivesUnknownClientWithCallsIntact();
    void loginPageRedirectDoesNotSpin();
    void partialSuccessIsSuccess();

private:
    bool startServer(const QStringList &extraArgs);
    void newClient();
    bool loginOnline(); // logged in and Online; the device may still be unknown
    QJsonDocument control(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {});
    QJsonArray requests(bool fresh = true);
    int count(const std::function<bool(const QJsonObject &)> &pred, bool fresh = false);
    QString summary(); // the request log, one line each, for failure messages
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
    QJsonArray m_cachedLog;
    QElapsedTimer m_cacheAge;
};

static bool isGet(const QJsonObject &r, const QString &path)
{
    return r.value(u"method").toString() == u"GET" && r.value(u"path").toString() == path;
}
static bool hasChannel(const QJsonObject &r, const QString &channel)
{
    return r.value(u"channels").toArray().contains(channel);
}

void TestScriptedGws::initTestCase()
{
    // Fail loudly rather than skip: scripts/setup.sh installs node and the npm packages.
    const QString node = QStringLiteral(NODE_EXECUTABLE);
    m_node = QFileInfo(node).isAbsolute() ? node : QStandardPaths::findExecutable(node);
    QVERIFY2(!m_node.isEmpty(), qPrintable(u"node (%1) not found; run scripts/setup.sh"_s.arg(node)));
    m_script = QDir(QStringLiteral(SCRIPTED_DIR)).filePath(u"documented_gws.mjs"_s);
    QVERIFY2(QFileInfo::exists(m_script), qPrintable(m_script + u" is missing"_s));
    const QString faye = QDir(QStringLiteral(INTEROP_DIR)).filePath(u"node_modules/faye/package.json"_s);
    QVERIFY2(QFileInfo::exists(faye), qPrintable(faye + u" is missing; run scripts/setup.sh"_s));
}

void TestScriptedGws::init()
{
    m_clientErrors.clear();
    m_cachedLog = {};
    m_cacheAge.invalidate();
    // partialSuccessIsSuccess needs a server whose StartContactCenterSession answers 7.
    const bool partial = QByteArray(QTest::currentTestFunction()) == "partialSuccessIsSuccess";
    QVERIFY(startServer(partial ? QStringList{u"--partial-success"_s} : QStringList{}));
    newClient();
}

void TestScriptedGws::cleanup()
{
    const bool failed = QTest::currentTestFailed();
    if (failed)
        qWarning().noquote() << "client:" << clientState() << "\nrequests seen by the server:\n"
                             << summary();
    m_stack.reset();
    if (m_server) {
        m_server->kill();
        m_server->waitForFinished(5000);
        m_stderr += m_server->readAllStandardError();
        m_server.reset();
    }
    if (failed)
        qWarning().noquote() << "server stdout:\n" << m_stdout << "\nserver stderr (tail):\n"
                             << m_stderr.right(12000);
}

bool TestScriptedGws::startServer(const QStringList &extraArgs)
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
    if (!m_server->waitForStarted(kStartMs)) {
        qWarning().noquote() << "cannot start" << m_node << m_script << m_server->errorString();
        return false;
    }
    const QByteArray marker = "documented-gws listening on ";
    const bool up = QTest::qWaitFor([&] {
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

void TestScriptedGws::newClient()
{
    m_stack = std::make_unique<ClientStack>(m_base, kUser, kPassword);
    connect(&m_stack->session, &Session::errorOccurred, this,
            [this](const QString &text) { m_clientErrors << text; });
}

bool TestScriptedGws::loginOnline()
{
    m_stack->session.login();
    // Failed is final: no need to wait out the timeout.
    (void)QTest::qWaitFor([this] {
        const auto s = m_stack->session.status();
        return s == Session::Status::Online || s == Session::Status::Failed;
    }, kLoginMs);
    return m_stack->session.status() == Session::Status::Online;
}

QJsonDocument TestScriptedGws::control(const QByteArray &method, const QString &path,
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

QJsonArray TestScriptedGws::requests(bool fresh)
{
    // Polled from qWaitFor predicates: at most every 200 ms unless asked for a fresh copy.
    if (fresh || !m_cacheAge.isValid() || m_cacheAge.elapsed() > 200) {
        m_cachedLog = control("GET", u"/script/requests"_s).array();
        m_cacheAge.start();
    }
    return m_cachedLog;
}

int TestScriptedGws::count(const std::function<bool(const QJsonObject &)> &pred, bool fresh)
{
    int n = 0;
    for (const QJsonValue &v : requests(fresh))
        n += pred(v.toObject()) ? 1 : 0;
    return n;
}

QString TestScriptedGws::summary()
{
    if (!m_server)
        return {};
    QString out;
    int i = 0;
    for (const QJsonValue &v : requests()) {
        const QJsonObject r = v.toObject();
        out += u"%1 %2 %3%4%5 -> %6%7%8\n"_s.arg(i++)
                   .arg(r.value(u"method").toString(), r.value(u"path").toString(),
                        r.value(u"query").toString().isEmpty() ? QString() : u"?"_s + r.value(u"query").toString(),
                        r.value(u"operation").toString().isEmpty() ? QString() : u" "_s + r.value(u"operation").toString())
                   .arg(r.value(u"status").toInt())
                   .arg(r.value(u"channels").toArray().isEmpty() ? QString()
                        : u" "_s + QString::fromUtf8(QJsonDocument(r.value(u"channels").toArray()).toJson(QJsonDocument::Compact)))
                   .arg(r.value(u"hasAuthorization").toBool() ? u" [auth]"_s : QString());
    }
    return out;
}

QString TestScriptedGws::clientState() const
{
    if (!m_stack)
        return u"(none)"_s;
    const Session &s = m_stack->session;
    return u"status %1, device id '%2', agent state '%3', %4 call(s); errors: %5"_s
        .arg(QString::fromLatin1(QMetaEnum::fromType<Session::Status>().valueToKey(int(s.status()))),
             s.device().id, s.device().userState.state)
        .arg(m_stack->calls.calls().size())
        .arg(m_clientErrors.isEmpty() ? u"none"_s : m_clientErrors.join(u" | "_s));
}

// "List Devices" / "Request Parameters": a list answers URIs unless ?fields=* is asked;
// "StartContactCenterSession": its outcome is a notification, so subscribe first.
void TestScriptedGws::loginReadsDocumentedLists()
{
    const bool online = m_stack->loginAndWait(kLoginMs);

    // How the device was read: objects (fields=* or subresources=*) or by following a uri.
    const int readDevice = count([](const QJsonObject &r) {
        const QString q = r.value(u"query").toString();
        return (isGet(r, u"/api/v2/me/devices"_s) && q.contains(u"fields=*"_s))
               || (isGet(r, u"/api/v2/me"_s) && q.contains(u"subresources=*"_s))
               || (r.value(u"method").toString() == u"GET"
                   && r.value(u"path").toString().endsWith(u"/devices/"_s + kDeviceId));
    }, true);
    QVERIFY2(readDevice > 0,
             qPrintable(u"the device list was read without ?fields=* (it answers only uris) and "
                        "no uri was followed; client: "_s + clientState()));

    // Handshake and subscribe to /v2/me/devices before StartContactCenterSession.
    int handshake = -1, subscribe = -1, start = -1;
    const QJsonArray log = requests();
    for (int i = 0; i < log.size(); ++i) {
        const QJsonObject r = log.at(i).toObject();
        if (handshake < 0 && hasChannel(r, u"/meta/handshake"_s))
            handshake = i;
        if (subscribe < 0 && r.value(u"subscriptions").toArray().contains(u"/v2/me/devices"_s))
            subscribe = i;
        if (start < 0 && r.value(u"operation").toString() == u"StartContactCenterSession")
            start = i;
    }
    QVERIFY2(start >= 0, "StartContactCenterSession was never sent");
    QVERIFY2(handshake >= 0 && handshake < start,
             qPrintable(u"CometD handshake (request %1) must come before StartContactCenterSession "
                        "(request %2): its DeviceStateChangeMessage is lost otherwise"_s.arg(handshake).arg(start)));
    QVERIFY2(subscribe >= 0 && subscribe < start,
             qPrintable(u"subscribe to /v2/me/devices (request %1) must come before "
                        "StartContactCenterSession (request %2)"_s.arg(subscribe).arg(start)));

    QVERIFY2(online, qPrintable(u"not Online with a device: "_s + clientState()));
    QCOMPARE(m_stack->session.device().id, kDeviceId);
    QVERIFY2(QTest::qWaitFor([this] { return m_stack->session.device().userState.state == u"Ready"; },
                             kEventMs),
             qPrintable(u"agent state never became Ready from the device event: "_s + clientState()));
}

// "Call resource", "Dial", "Answer", "Hangup", CometD call events in both participant shapes.
void TestScriptedGws::dialAnswerHangup()
{
    QVERIFY2(m_stack->loginAndWait(kLoginMs),
             qPrintable(u"not Online with a device id (nothing to dial from; the device list "
                        "answers only uris without ?fields=*): "_s + clientState()));
    CallModel &calls = m_stack->calls;
    // Every state each call passed through, with its remote party then.
    QList<std::pair<QString, QString>> seen; // (id, "State remoteParty")
    const auto record = [&] {
        for (const Call &c : calls.calls()) {
            const QString what = callStateToString(c.state) + u" "_s + c.remoteParty();
            if (!seen.contains(std::pair{c.id, what}))
                seen.append({c.id, what});
        }
    };
    QObject guard; // disconnects `record` when this function returns
    connect(&calls, &QAbstractItemModel::rowsInserted, &guard, record);
    connect(&calls, &QAbstractItemModel::dataChanged, &guard, record);
    connect(&calls, &QAbstractItemModel::modelReset, &guard, record);

    QVERIFY2(m_stack->control.dial(u"5001"_s), qPrintable(u"dial refused: "_s + clientState()));
    QString id;
    QVERIFY2(QTest::qWaitFor([&] {
        for (const auto &[callId, what] : seen)
            if (what == u"Dialing 5001")
                id = callId;
        return !id.isEmpty();
    }, kEventMs), qPrintable(u"no Dialing call with remote party 5001 (strings shape); seen: "_s
                             + QDebug::toString(seen) + u"; "_s + clientState()));
    QVERIFY2(QTest::qWaitFor([&] {
        const Call *c = calls.call(id);
        return c && c->state == CallState::Established;
    }, kEventMs), qPrintable(u"dialled call never Established: "_s + clientState()));
    QCOMPARE(calls.call(id)->remoteParty(), u"5001"_s);
    QVERIFY(m_stack->control.hangup(id));
    QVERIFY2(QTest::qWaitFor([&] { return !calls.call(id); }, kEventMs),
             qPrintable(u"hung-up call still in the model: "_s + clientState()));

    const QString inbound =
        control("POST", u"/script/ring"_s, {{u"from"_s, u"+15551234567"_s}}).object().value(u"id").toString();
    QVERIFY(!inbound.isEmpty());
    QVERIFY2(QTest::qWaitFor([&] {
        const Call *c = calls.call(inbound);
        return c && c->state == CallState::Ringing;
    }, kEventMs), qPrintable(u"no Ringing call: "_s + clientState()));
    QCOMPARE(calls.call(inbound)->remoteParty(), u"+15551234567"_s);
    QVERIFY(m_stack->control.answer(inbound));
    QVERIFY2(QTest::qWaitFor([&] {
        const Call *c = calls.call(inbound);
        return c && c->state == CallState::Established;
    }, kEventMs), qPrintable(u"answered call never Established: "_s + clientState()));
    QVERIFY(m_stack->control.hangup(inbound));
    QVERIFY2(QTest::qWaitFor([&] { return !calls.call(inbound); }, kEventMs),
             qPrintable(u"hung-up inbound call still in the model: "_s + clientState()));
}

// "CometD notifications": 402::Unknown client means handshake again, then recover the
// state with GET /me/calls?fields=* ("Recovering existing state"); the call stays.
void TestScriptedGws::survivesUnknownClientWithCallsIntact()
{
    // An inbound call needs no device id, so this runs even where dialling cannot.
    QVERIFY2(loginOnline(), qPrintable(u"login: "_s + clientState()));
    CallModel &calls = m_stack->calls;
    const QString id =
        control("POST", u"/script/ring"_s, {{u"from"_s, u"+15551234567"_s}}).object().value(u"id").toString();
    QVERIFY2(QTest::qWaitFor([&] { return calls.call(id) != nullptr; }, kEventMs),
             qPrintable(u"no Ringing call: "_s + clientState()));
    QVERIFY(m_stack->control.answer(id));
    QVERIFY2(QTest::qWaitFor([&] {
        const Call *c = calls.call(id);
        return c && c->state == CallState::Established;
    }, kEventMs), qPrintable(u"call never Established: "_s + clientState()));

    bool lost = false; // the call vanished from the model at some point
    const auto watch = [&] { lost = lost || !calls.call(id); };
    QObject guard; // disconnects `watch` when this function returns
    connect(&calls, &QAbstractItemModel::rowsRemoved, &guard, watch);
    connect(&calls, &QAbstractItemModel::modelReset, &guard, watch);

    const QString oldClientId = m_stack->cometd.clientId();
    control("DELETE", u"/script/requests"_s);
    control("POST", u"/script/forget-cometd-clients"_s);
    QVERIFY2(QTest::qWaitFor([&] {
        return count([](const QJsonObject &r) { return hasChannel(r, u"/meta/handshake"_s); }) > 0;
    }, kEventMs), "the client never handshook again after 402::Unknown client");
    QVERIFY2(QTest::qWaitFor([&] {
        return m_stack->cometd.state() == CometdClient::State::Connected
               && m_stack->cometd.clientId() != oldClientId
               && m_stack->session.status() == Session::Status::Online;
    }, kEventMs), qPrintable(u"not Online again with a new CometD client: "_s + clientState()));
    // The resync read must have been answered before the call's presence means anything.
    QVERIFY2(QTest::qWaitFor([&] {
        return count([](const QJsonObject &r) {
            return r.contains(u"status")
                   && (isGet(r, u"/api/v2/me/calls"_s)
                       || (isGet(r, u"/api/v2/me"_s) && r.value(u"query").toString().contains(u"subresources")));
        }) > 0;
    }, kEventMs), "no state recovery (GET /me/calls) after the new handshake");
    // Give the answer a moment to be applied; the call must never go missing meanwhile.
    QVERIFY2(!QTest::qWaitFor([&] { return lost; }, 1000),
             qPrintable(u"the call vanished from the model after the re-handshake (state recovered "
                        "from a uris-only list?): "_s + clientState()));
    const Call *call = calls.call(id);
    QVERIFY2(call, qPrintable(u"call gone: "_s + clientState()));
    QCOMPARE(call->state, CallState::Established);

    // Events still arrive on the new CometD client.
    QVERIFY(m_stack->control.hangup(id));
    QVERIFY2(QTest::qWaitFor([&] { return !calls.call(id); }, kEventMs),
             qPrintable(u"Released event not received after the re-handshake: "_s + clientState()));
}

// An SSO front answering 302 to /login with an HTML form: an authentication failure,
// retried a bounded number of times, never a spin.
void TestScriptedGws::loginPageRedirectDoesNotSpin()
{
    const auto notOnline = [this] {
        const auto s = m_stack->session.status();
        return s == Session::Status::Failed || s == Session::Status::Reconnecting;
    };
    const auto all = [](const QJsonObject &) { return true; };
    const auto redirected = [](const QJsonObject &r) { return r.value(u"status").toInt() == 302; };
    const auto toLogin = [](const QJsonObject &r) { return r.value(u"path").toString() == u"/login"; };
    const QString host = u"127.0.0.1"_s;
    QCOMPARE(m_base.host(), host);

    const auto observeWindow = [&](const char *phase) {
        QElapsedTimer window;
        window.start();
        QVERIFY2(QTest::qWaitFor(notOnline, kWindowMs),
                 qPrintable(u"%1: still '%2' with every request redirected to a login page"_s
                                .arg(QLatin1StringView(phase), clientState())));
        // Watch the rest of the window: more than a few requests is a spin.
        const bool spun = QTest::qWaitFor([&] { return count(all) > kMaxRequestsInWindow; },
                                          int(qMax<qint64>(0, kWindowMs - window.elapsed())));
        const int total = count(all, true);
        QVERIFY2(!spun && total <= kMaxRequestsInWindow,
                 qPrintable(u"%1: %2 requests within %3 ms against a login page (at most %4 "
                            "allowed): the client spins\n%5"_s
                                .arg(QLatin1StringView(phase)).arg(total).arg(window.elapsed())
                                .arg(kMaxRequestsInWindow).arg(summary())));
        QVERIFY2(count(toLogin, true) <= count(redirected),
                 qPrintable(u"%1: /login fetched more often than redirected to"_s.arg(QLatin1StringView(phase))));
        QVERIFY2(notOnline(), qPrintable(u"%1: ended '%2'"_s.arg(QLatin1StringView(phase), clientState())));
    };

    // (a) Logged in when the login page appears.
    QVERIFY2(loginOnline(), qPrintable(u"login: "_s + clientState()));
    control("DELETE", u"/script/requests"_s);
    control("POST", u"/script/login-page"_s, {{u"on"_s, true}});
    observeWindow("logged in");
    if (QTest::currentTestFailed())
        return;

    // (b) A fresh client logging in while the login page is up.
    m_stack.reset();
    m_clientErrors.clear();
    control("DELETE", u"/script/requests"_s);
    newClient();
    m_stack->session.login();
    observeWindow("fresh login");
    if (QTest::currentTestFailed())
        return;

    // Credentials went nowhere but this server (the only origin the client was given).
    for (const QJsonValue &v : requests()) {
        const QJsonObject r = v.toObject();
        if (r.value(u"hasAuthorization").toBool())
            QVERIFY2(r.value(u"host").toString() == u"%1:%2"_s.arg(host).arg(m_base.port()),
                     qPrintable(u"credentials sent to "_s + r.value(u"host").toString()));
    }
}

// "StartContactCenterSession": statusCode 7 (partial success) is not a failure.
void TestScriptedGws::partialSuccessIsSuccess()
{
    QVERIFY2(loginOnline(), qPrintable(u"not Online after StartContactCenterSession answered "
                                       "statusCode 7 (partial success): "_s + clientState()));
}

QTEST_GUILESS_MAIN(TestScriptedGws)
#include "tst_scripted_gws.moc"
