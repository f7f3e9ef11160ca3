#pragma once

// POST /api/v2/me: StartContactCenterSession (optional `place`, optional `channels`) and
// EndContactCenterSession ("StartContactCenterSession" page). Only voice is simulated:
// other channels fail, which with voice is the documented partial success (statusCode 7).

#include "opresult.h"

#include <QJsonObject>

class Directory;
class Telephony;

class ContactCenterSession
{
public:
    ContactCenterSession(Directory *directory, Telephony *telephony);

    OpResult perform(const QString &userName, const QJsonObject &body);

private:
    OpResult start(const QString &userName, const QJsonObject &body);

    Directory *m_directory;
    Telephony *m_telephony;
};
