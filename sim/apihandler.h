#pragma once

// The REST side of GWS under /api/v2 for an authenticated session: the user, devices,
// calls, contact-center session, Dial and call operations, agent state and its settings.
// Answers synchronously.

#include "httpreply.h"

class AgentStateControl;
class CallControl;
class Directory;
class RequestStats;
class Telephony;
class QHttpServerRequest;
struct HttpSession;

class ApiHandler
{
public:
    ApiHandler(Directory *directory, Telephony *telephony, CallControl *control,
               AgentStateControl *agentStates, RequestStats *stats);

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

    Directory *m_directory;
    Telephony *m_telephony;
    CallControl *m_control;
    AgentStateControl *m_agentStates;
    RequestStats *m_stats;
};
