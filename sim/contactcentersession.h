#pragma once

// POST /api/v2/me: StartContactCenterSession (optional `place`, optional `channels`) and
// EndContactCenterSession ("StartContactCenterSession" page). Only voice is simulated:
// other channels fail, which with voice is the documented partial success (statusCode 7).

#include "opresult.h"

#include <QJsonObject>

class Directory;
class Switch;

class ContactCenterSession
{
public:
    explicit ContactCenterSession(Switch *simSwitch);

    OpResult perform(const QString &userName, const QJsonObject &body);

private:
    OpResult start(const QString &userName, const QJsonObject &body);

    Switch *m_switch; // commit
    Directory *m_directory;
};
