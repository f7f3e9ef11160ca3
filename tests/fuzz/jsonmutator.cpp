#include "jsonmutator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <cstring>
#include <random>

using namespace Qt::StringLiterals;

extern "C" size_t LLVMFuzzerMutate(uint8_t *data, size_t size, size_t maxSize);

namespace {

using Rng = std::minstd_rand;

// Words the parser and model act on; most of what changes behaviour is one of these.
const char *const keys[] = {
    "channel",
    "data",
    "messageType",
    "notificationType",
    "call",
    "phoneNumber",
    "devices",
    "errorMessage",
    "errorCode",
    "callUri",
    "calls",
    "id",
    "uri",
    "path",
    "state",
    "callUuid",
    "connId",
    "deviceUri",
    "dnis",
    "ani",
    "callType",
    "parentCallUri",
    "recordingState",
    "participants",
    "participantsInfo",
    "capabilities",
    "userData",
    "duration",
    "mute",
    "supervisorListeningIn",
    "monitoredUserMuted",
    "monitoring",
    "formattedPhoneNumber",
    "digits",
    "e164Number",
    "deviceState",
    "userState",
    "displayName",
    "doNotDisturb",
};
const char *const words[] = {
    "CallStateChangeMessage",
    "DeviceStateChangeMessage",
    "ErrorMessage",
    "StatusChange",
    "ParticipantsUpdated",
    "Unknown",
    "Ringing",
    "Dialing",
    "Established",
    "Held",
    "Released",
    "released",
    "Inbound",
    "Outbound",
    "Internal",
    "Consult",
    "On",
    "Off",
    "true",
    "Hangup",
    "Answer",
    "Hold",
    "Retrieve",
    "C1",
    "C2",
    "C3",
    "5001",
    "5002",
    "7",
    "-5",
    "1e10",
    "-1e10",
    "2147483648",
    "nan",
    "inf",
    " 12 ",
    "",
    "http://127.0.0.1:8080/api/v2/me/calls/C1",
};

template <typename T, size_t N> const T &pick(const T (&list)[N], Rng &rng)
{
    return list[rng() % N];
}

QJsonValue interestingValue(Rng &rng)
{
    switch (rng() % 4) {
    case 0: {
        static const double numbers[] = {0,    -1,   1,     2147483647., 2147483648., -2147483649.,
                                         1e10, 1e15, 1e308, -1e308,      0.5,         -0.5};
        return pick(numbers, rng);
    }
    case 1: {
        switch (rng() % 5) {
        case 0: return true;
        case 1: return false;
        case 2: return QJsonValue::Null;
        case 3: return QJsonArray();
        default: return QJsonObject();
        }
    }
    case 2:
        if (rng() % 8 == 0)
            return QString(int(rng() % 2000), QChar(u'0' + int(rng() % 10)));
        [[fallthrough]];
    default: return QString::fromLatin1(pick(words, rng));
    }
}

int countNodes(const QJsonValue &v)
{
    int n = 1;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n += countNodes(it.value());
    } else if (v.isArray()) {
        for (const QJsonValue &child : v.toArray())
            n += countNodes(child);
    }
    return n;
}

// The k-th node in pre-order.
QJsonValue nodeAt(const QJsonValue &v, int k)
{
    if (k == 0)
        return v;
    --k;
    QJsonArray children;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            children.append(it.value());
    } else {
        children = v.toArray();
    }
    for (const QJsonValue &child : std::as_const(children)) {
        const int n = countNodes(child);
        if (k < n)
            return nodeAt(child, k);
        k -= n;
    }
    return v;
}

QJsonValue mutateNode(const QJsonValue &v, const QJsonValue &root, Rng &rng)
{
    const auto donor = [&] { return nodeAt(root, int(rng() % uint(countNodes(root)))); };
    switch (rng() % 6) {
    case 0: return interestingValue(rng);
    case 1: return donor(); // a subtree from elsewhere: a call where a participant was...
    case 2:
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            if (!o.isEmpty() && rng() % 2)
                o.remove(o.keys().at(qsizetype(rng() % uint(o.size()))));
            else
                o.insert(QString::fromLatin1(pick(keys, rng)),
                         rng() % 2 ? interestingValue(rng) : donor());
            return o;
        }
        if (v.isArray()) {
            QJsonArray a = v.toArray();
            const qsizetype at = a.isEmpty() ? 0 : qsizetype(rng() % uint(a.size()));
            switch (rng() % 3) {
            case 0:
                if (!a.isEmpty())
                    a.removeAt(at);
                break;
            case 1:
                if (!a.isEmpty())
                    a.insert(at, a.at(at)); // the same message or participant twice
                break;
            default: a.insert(at, donor()); break;
            }
            return a;
        }
        return interestingValue(rng);
    case 3:
        if (v.isDouble())
            return v.toDouble() * (rng() % 2 ? -1 : 1e9) + double(int(rng() % 3) - 1);
        if (v.isString())
            return QJsonValue(v.toString() + v.toString()); // longer ids, numbers, types
        return interestingValue(rng);
    case 4: return QJsonArray{v}; // a single message becomes a Bayeux array, etc.
    default: return QJsonValue(QString::fromLatin1(pick(words, rng)));
    }
}

QJsonValue replaceAt(const QJsonValue &v, int k, const QJsonValue &root, Rng &rng)
{
    if (k == 0)
        return mutateNode(v, root, rng);
    --k;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const int n = countNodes(it.value());
            if (k < n) {
                *it = replaceAt(it.value(), k, root, rng);
                break;
            }
            k -= n;
        }
        return o;
    }
    QJsonArray a = v.toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const int n = countNodes(a.at(i));
        if (k < n) {
            a[i] = replaceAt(a.at(i), k, root, rng);
            break;
        }
        k -= n;
    }
    return a;
}

} // namespace

size_t mutateJson(uint8_t *data, size_t size, size_t maxSize, unsigned int seed)
{
    Rng rng(seed);
    if (rng() % 3 == 0)
        return LLVMFuzzerMutate(data, size, maxSize);
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isNull())
        return LLVMFuzzerMutate(data, size, maxSize);

    QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    for (unsigned int steps = 1 + rng() % 3; steps > 0; --steps)
        root = replaceAt(root, int(rng() % uint(countNodes(root))), root, rng);
    if (!root.isArray() && !root.isObject())
        root = QJsonArray{root};

    const QJsonDocument out =
        root.isArray() ? QJsonDocument(root.toArray()) : QJsonDocument(root.toObject());
    const QByteArray bytes = out.toJson(QJsonDocument::Compact);
    if (size_t(bytes.size()) > maxSize)
        return LLVMFuzzerMutate(data, size, maxSize);
    std::memcpy(data, bytes.constData(), size_t(bytes.size()));
    return size_t(bytes.size());
}
