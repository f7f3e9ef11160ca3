#include "gwssimulator.h"

#include "agentstatecontrol.h"
#include "apihandler.h"
#include "callcontrol.h"
#include "calldisposition.h"
#include "cometdhub.h"
#include "contactcentersession.h"
#include "controlhandler.h"
#include "democaller.h"
#include "devicecontrol.h"
#include "directory.h"
#include "faultinjector.h"
#include "hungrequests.h"
#include "loaddriver.h"
#include "notificationburst.h"
#include "requeststats.h"
#include "sessionstore.h"
#include "simconfig.h"
#include "simhttpserver.h"
#include "supervisorcontrol.h"
#include "switch.h"
#include "usershandler.h"

#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

struct GwsSimulator::Private
{
    // Members, not QObject children: they die in reverse order, the server first.
    Private()
        : control(&simSwitch)
        , dispositions(&simSwitch)
        , agentStates(&directory, &telephony)
        , supervisor(&simSwitch)
        , deviceControl(&directory, &supervisor)
        , ccSession(&simSwitch)
        , users(&directory, &telephony)
        , api(ApiHandler::Parts{&directory, &telephony, &control, &agentStates, &deviceControl,
                                &ccSession, &users, &stats, &dispositions})
        , burst(&directory, &telephony, &cometd)
        , load(LoadDriver::Parts{&directory, &telephony, &control, &agentStates, &ccSession})
        , controlHandler(ControlHandler::Parts{&simSwitch, &control, &stats, &faults, &sessions,
                                               &cometd, &burst, &hung, &dispositions, &load})
        , demo(&directory, &telephony, &control)
        , server(SimHttpServer::Parts{&directory, &sessions, &api, &controlHandler, &cometd, &stats,
                                      &faults, &hung})
    {}

    void apply(const SimConfig &c)
    {
        config = c;
        directory.setUsers(c.users);
        directory.setNotReadyReasons(c.notReadyReasons);
        agentStates.setWrapUpTime(c.wrapUpMs);
        dispositions.setDispositions(c.dispositions);
        simSwitch.setExternalAnswerDelay(c.externalAnswerDelayMs);
        simSwitch.setBusyNumbers(c.busyNumbers);
        cometd.setPollTimeout(c.pollTimeoutMs);
        users.setUsersListRole(c.usersListRole == "admin"_L1 ? UsersListRole::Admin
                                                             : UsersListRole::Supervisor);
    }

    SimConfig config;
    Switch simSwitch; // owns the directory and the calls, runs every commit
    Directory &directory = simSwitch.directory();
    Telephony &telephony = simSwitch.telephony();
    CometdHub cometd;
    SessionStore sessions;
    RequestStats stats;
    FaultInjector faults;
    HungRequests hung;
    CallControl control;
    CallDisposition dispositions;
    AgentStateControl agentStates;
    SupervisorControl supervisor;
    DeviceControl deviceControl;
    ContactCenterSession ccSession;
    UsersHandler users;
    ApiHandler api;
    NotificationBurst burst;
    LoadDriver load;
    ControlHandler controlHandler;
    DemoCaller demo;
    SimHttpServer server;
    quint16 port = 0;
    bool tls = false;
};

GwsSimulator::GwsSimulator(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->apply(SimConfig::builtIn());
    connect(&d->simSwitch, &Switch::notification, this,
            [this](const QString &userName, const QString &channel, const QJsonObject &data) {
                d->cometd.publish(userName, channel, data);
            });
}

GwsSimulator::~GwsSimulator()
{
    // Answer held long-polls while the sockets still exist, then let members go. Requests
    // the hang fault holds get nothing: their connections close with the server.
    d->demo.setEnabled(false);
    d->load.forget();
    d->cometd.clear();
    d->hung.abandon();
}

bool GwsSimulator::loadConfig(const QString &jsonFile, QString *error)
{
    SimConfig c;
    if (!SimConfig::fromFile(jsonFile, &c, error))
        return false;
    d->load.forget();
    d->cometd.clear();
    d->sessions.clear();
    d->telephony.clear();
    d->apply(c);
    return true;
}

bool GwsSimulator::loadConfigJson(const QByteArray &json, QString *error)
{
    SimConfig c;
    if (!SimConfig::fromJson(json, &c, error))
        return false;
    d->load.forget();
    d->cometd.clear();
    d->sessions.clear();
    d->telephony.clear();
    d->apply(c);
    return true;
}

bool GwsSimulator::addGeneratedUsers(int agents, int supervisors, QString *error)
{
    SimConfig c = d->config;
    if (!c.generateUsers(agents, supervisors, error))
        return false;
    d->load.forget();
    d->cometd.clear();
    d->sessions.clear();
    d->telephony.clear();
    d->apply(c);
    return true;
}

void GwsSimulator::setApiLatency(int ms)
{
    d->faults.configure(QJsonObject{{u"latencyMs"_s, ms}});
}

void GwsSimulator::setExternalAnswerDelay(int ms)
{
    d->config.externalAnswerDelayMs = ms;
    d->simSwitch.setExternalAnswerDelay(ms);
}

void GwsSimulator::setPollTimeout(int ms)
{
    d->config.pollTimeoutMs = ms;
    d->cometd.setPollTimeout(ms);
}

void GwsSimulator::setWrapUpTime(int ms)
{
    d->config.wrapUpMs = ms;
    d->agentStates.setWrapUpTime(ms);
}

qint64 GwsSimulator::wrapUpTimeLeft(const QString &userName) const
{
    const SimDevice *device = d->directory.deviceOfUser(userName);
    return device ? d->agentStates.wrapUpTimeLeft(device->id) : -1;
}

bool GwsSimulator::setUsersListRole(const QString &role)
{
    if (!SimConfig::usersListRoles().contains(role))
        return false;
    d->config.usersListRole = role;
    d->users.setUsersListRole(role == "admin"_L1 ? UsersListRole::Admin
                                                 : UsersListRole::Supervisor);
    return true;
}

void GwsSimulator::setDemoEnabled(bool on)
{
    d->demo.setEnabled(on);
}

void GwsSimulator::setDemoInterval(int ms)
{
    d->demo.setInterval(ms);
}

void GwsSimulator::setClientExpiry(int ms)
{
    d->cometd.setClientExpiry(ms);
}

void GwsSimulator::setSessionIdleTimeout(qint64 ms)
{
    d->sessions.setIdleTimeout(ms);
}

void GwsSimulator::setMaxSessionsPerUser(int count)
{
    d->sessions.setMaxSessionsPerUser(count);
}

int GwsSimulator::sessionCount() const
{
    return d->sessions.count();
}

void GwsSimulator::setMaxBodySize(qint64 bytes)
{
    ConnectionLimits limits = d->server.limits();
    limits.maxBodySize = bytes;
    d->server.setLimits(limits);
}

void GwsSimulator::setConnectionLimits(const ConnectionLimits &limits)
{
    d->server.setLimits(limits);
}

ConnectionLimits GwsSimulator::connectionLimits() const
{
    return d->server.limits();
}

int GwsSimulator::openConnectionCount() const
{
    return d->server.openConnections();
}

qint64 GwsSimulator::pendingRequestBytes() const
{
    return d->server.pendingRequestBytes();
}

int GwsSimulator::hungRequestCount() const
{
    return d->hung.count();
}

bool GwsSimulator::listenTls(const QSslCertificate &certificate, const QSslKey &privateKey,
                             quint16 port)
{
    if (certificate.isNull() || privateKey.isNull())
        return false;
    d->server.setTls(certificate, privateKey); // the next listen() serves TLS
    d->tls = true;
    return listen(port);
}

bool GwsSimulator::listen(quint16 port)
{
    const quint16 bound = d->server.listenGuarded(QHostAddress::LocalHost, port);
    if (!bound)
        return false;
    d->port = bound;
    const QString base = baseUrl().toString();
    d->directory.setBaseUrl(base);
    d->telephony.setBaseUrl(base);
    return true;
}

quint16 GwsSimulator::port() const
{
    return d->port;
}

QUrl GwsSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(d->tls ? u"https"_s : u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(d->port);
    return url;
}

const QStringList &GwsSimulator::extensionNames()
{
    static const QStringList names{u"errorMessages"_s, u"agentStateSettings"_s,
                                   u"monitorInParticipants"_s, u"monitoredUserMuteCapability"_s,
                                   u"usersCallsSubresource"_s};
    return names;
}

bool GwsSimulator::setExtensionEnabled(const QString &name, bool on)
{
    if (name == "errorMessages"_L1)
        d->simSwitch.setErrorMessagesEnabled(on);
    else if (name == "agentStateSettings"_L1)
        d->api.setAgentStateSettingsEnabled(on);
    else if (name == "monitorInParticipants"_L1)
        d->telephony.setMonitorsInParticipants(on);
    else if (name == "monitoredUserMuteCapability"_L1)
        d->telephony.setOfferMonitoredUserMute(on);
    else if (name == "usersCallsSubresource"_L1)
        d->users.setCallsSubresource(on);
    else
        return false;
    return true;
}

int GwsSimulator::cometdClientCount() const
{
    return d->cometd.clientCount();
}

int GwsSimulator::heldPollCount() const
{
    return d->cometd.heldPollCount();
}

int GwsSimulator::cometdPollTimerCount() const
{
    return d->cometd.pollTimerCount();
}
