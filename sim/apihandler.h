#pragma once

// The REST side of GWS under /api/v2 for an authenticated session: the user, devices,
// calls, contact-center session, Dial and call operations, agent state and its settings,
// supervisor monitoring, and the team (users and devices) for supervisors. Answers
// synchronously.

#include "httpreply.h"

class AgentStateControl;
class CallControl;
class Directory;
class RequestStats;
class SupervisorControl;
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
        SupervisorControl *supervisor = nullptr;
        const UsersHandler *users = nullptr;
        RequestStats *stats = nullptr;
    };
    explicit ApiHandler(const Parts &parts);

    HttpReply handle(const QHttpServerRequest &request, const HttpSession &session);

private:
    HttpReply meResource(const QStringList &parts, bool get, bool post, const QJsonObject &body,
                         const QString &user);
    HttpReply settings(const QStringList &parts, bool get) const;
    HttpReply me(bool post, const QJsonObject &body, const QString &userName);
    HttpReply devices(const QString &userName) const;
    HttpReply calls(const QString &userName) const;
    HttpReply call(const QString &userName, const QString &legId) const;
    HttpReply dial(const QString &userName, const QString &deviceId, const QJsonObject &body);
    HttpReply operate(const QString &userName, const QString &legId, const QJsonObject &body);

    void count(const QJsonObject &body) const; // the operation, in the request statistics

    Directory *m_directory;
    Telephony *m_telephony;
    CallControl *m_control;
    AgentStateControl *m_agentStates;
    SupervisorControl *m_supervisor;
    const UsersHandler *m_users;
    RequestStats *m_stats;
};
