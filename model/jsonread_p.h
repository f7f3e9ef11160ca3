#pragma once

// Lenient readers shared by the parsers. A real GWS sends numbers as strings ("duration":
// "7") and flags as "On"/"Off", and peers differ; so one odd field yields its default
// instead of losing the whole resource. Private to model/.

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace JsonRead {

// A string as is; a number as its decimal text (integral numbers without ".0"); else empty.
QString text(const QJsonValue &value);
// A number, or a string holding one (fraction truncated, clamped to int); else fallback.
int integer(const QJsonValue &value, int fallback = 0);
// true, "On", "true" (any case) or a non-zero number; anything else is false.
bool flag(const QJsonValue &value);
// The string entries of an array; other entries and non-arrays are ignored.
QStringList strings(const QJsonValue &value);

} // namespace JsonRead
