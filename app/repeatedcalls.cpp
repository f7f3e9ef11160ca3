#include "repeatedcalls.h"

#include "jsonmember.h"

namespace {
// More calls than an agent or a supervisor has at once; beyond it the memory starts over.
constexpr qsizetype kMaxCalls = 64;
// A call resource is a few KB; a bigger one is not remembered (never a repeat), so a
// server cannot make this memory hold more than kMaxCalls x kMaxCallText.
constexpr qsizetype kMaxCallText = 64 * 1024;
} // namespace

bool RepeatedCalls::isRepeat(QByteArrayView event)
{
    // Delivered without being remembered, an update would leave the memory behind the
    // model: whatever may be one and cannot be read for sure makes it start over.
    const auto unsure = [this] {
        m_delivered.clear();
        return false;
    };
    const QByteArrayView data = jsonMemberText(event, "data");
    if (data.isNull())
        return event.contains("\"data\"") ? unsure() : false; // else a meta reply
    const QByteArrayView type = jsonMemberText(data, "messageType");
    if (type != QByteArrayView("\"CallStateChangeMessage\""))
        return type.isNull() ? unsure() : false; // else another kind of notification
    const QByteArrayView call = jsonMemberText(data, "call");
    const QByteArrayView id = call.isNull() ? QByteArrayView() : jsonMemberText(call, "id");
    if (id.size() < 3 || !id.startsWith('"') || id.contains('\\'))
        return unsure(); // forget() could not name it
    const QByteArrayView extensions = jsonMemberText(data, "extensions");
    if (extensions.isNull() && data.contains("\"extensions\""))
        return unsure(); // there but not for sure (twice, say): not the same as absent
    const QByteArray key = id.toByteArray();
    if (call.size() + extensions.size() > kMaxCallText) {
        m_delivered.remove(key);
        return false;
    }
    QByteArray delivered;
    delivered.reserve(call.size() + 1 + extensions.size());
    delivered.append(call).append('\0').append(extensions);
    const auto it = m_delivered.constFind(key);
    if (it != m_delivered.cend() && *it == delivered)
        return true;
    if (it == m_delivered.cend() && m_delivered.size() >= kMaxCalls)
        m_delivered.clear();
    m_delivered.insert(key, delivered);
    return false;
}

void RepeatedCalls::forget(const QString &callId)
{
    m_delivered.remove('"' + callId.toUtf8() + '"');
}
