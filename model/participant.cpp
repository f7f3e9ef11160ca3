#include "participant.h"

#include "jsonread_p.h"

using namespace Qt::StringLiterals;

QString Participant::displayNumber() const
{
    for (const QString *candidate : {&formattedPhoneNumber, &phoneNumber, &digits, &e164Number}) {
        if (!candidate->isEmpty())
            return *candidate;
    }
    return {};
}

bool Participant::operator==(const Participant &other) const
{
    return phoneNumber == other.phoneNumber && formattedPhoneNumber == other.formattedPhoneNumber
        && digits == other.digits && e164Number == other.e164Number;
}

namespace {

Participant fromObject(const QJsonObject &object)
{
    Participant p;
    p.phoneNumber = JsonRead::text(object.value("phoneNumber"_L1));
    p.formattedPhoneNumber = JsonRead::text(object.value("formattedPhoneNumber"_L1));
    p.digits = JsonRead::text(object.value("digits"_L1));
    p.e164Number = JsonRead::text(object.value("e164Number"_L1));
    return p;
}

bool isBlank(const Participant &p)
{
    return p.displayNumber().isEmpty();
}

} // namespace

QList<Participant> parseParticipants(const QJsonValue &participants,
                                     const QJsonValue &participantsInfo)
{
    const QJsonArray info = participantsInfo.toArray();
    QList<Participant> result;

    // Only the info array: still better than showing no one.
    if (!participants.isArray()) {
        for (const QJsonValue &entry : info) {
            const Participant p = fromObject(entry.toObject());
            if (!isBlank(p))
                result.append(p);
        }
        return result;
    }

    const QJsonArray list = participants.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue entry = list.at(i);
        Participant p;
        if (entry.isObject()) {
            p = fromObject(entry.toObject());
        } else if (entry.isString() || entry.isDouble()) {
            // Strings shape: the number is the entry, the details sit at the same index
            // of participantsInfo (which usually lacks phoneNumber).
            if (i < info.size())
                p = fromObject(info.at(i).toObject());
            p.phoneNumber = JsonRead::text(entry);
        }
        if (!isBlank(p))
            result.append(p);
    }
    return result;
}
