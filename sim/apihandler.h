#pragma once

// The REST side of GWS under /api/v2 for an authenticated session: the user, devices,
// calls (lists answer URIs unless `fields` asks for objects), contact-center session, Dial
// and call operations, agent state and its settings, disposition codes and
// SetCallDisposition, device operations (Do Not Disturb,
// supervisor monitoring), and the directory (users and devices) for admins. Answers
// synchronously.

#include "httpreply.h"

class AgentStateControl;
class CallControl;
class CallDisposition;
class ContactCenterSession;
class DeviceControl;
class Directory;
class ListQuery;
class RequestStats;
class UsersHandler;
class Telephony;
class QHttpServerRequest;
struct HttpSession;

class ApiHandler
{
public:
    struct Parts
    {
        Directory *directory = nullptr;
        Telephony *telephony = nullptr;
        CallControl *control = nullptr;
        AgentStateControl *agentStates = nullptr;
        DeviceControl *deviceControl = nullptr;
        ContactCenterSession *ccSession = nullptr;
        const UsersHandler *users = nullptr;
        RequestStats *stats = nullptr;
        CallDisposition *dispositions = nullptr;
    };
    explicit ApiHandler(const Parts &parts);

    HttpReply handle(const QHttpServerRequest &request, const HttpSession &session);
    // Off: GET /api/v2/settings/agent-states answers 404 (it is a simulator extension).
    void setAgentStateSettingsEnabled(bool on) { m_agentStateSettings = on; }

private:
    HttpReply meResource(const QStringList &parts, bool get, bool post, const QJsonObject &body,
                         const QString &user, const ListQuery &query);
    HttpReply settings(const QStringList &parts, bool get) const;
    HttpReply me(const QString &userName, const ListQuery &query) const;
    QList<QJsonObject> devices(const QString &userName) const;
    QList<QJsonObject> calls(const QString &userName) const;
    HttpReply call(const QString &userName, const QString &legId) const;
    HttpReply dial(const QString &userName, const QString &deviceId, const QJsonObject &body);
    HttpReply operate(const QString &userName, const QString &legId, const QJsonObject &body);

    void count(const QJsonObject &body) const; // the operation, in the request statistics

    Directory *m_directory;
    Telephony *m_telephony;
    CallControl *m_control;
    AgentStateControl *m_agentStates;
    DeviceControl *m_deviceControl;
    ContactCenterSession *m_ccSession;
    const UsersHandler *m_users;
    RequestStats *m_stats;
    CallDisposition *m_dispositions;
    bool m_agentStateSettings = true;
};
