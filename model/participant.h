#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// One party of a call, as GWS lists it in a call's `participants`.
struct Participant
{
    QString phoneNumber;
    QString formattedPhoneNumber;
    QString digits;
    QString e164Number;

    // The number to show: formatted, else phoneNumber, else digits, else e164Number.
    QString displayNumber() const;

    bool operator==(const Participant &other) const;
    bool operator!=(const Participant &other) const { return !(*this == other); }
};

// Parses both documented shapes: `participants` as an array of objects, or as an array of
// phone-number strings with a parallel `participantsInfo` array of objects.
// Missing or malformed entries are skipped; never fails.
QList<Participant> parseParticipants(const QJsonValue &participants,
                                     const QJsonValue &participantsInfo);
