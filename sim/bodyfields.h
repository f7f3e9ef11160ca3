#pragma once

// Type checks for request-body fields. A field that is present must have its type (null
// included: it is not absent); otherwise the request is refused with 400 statusCode 10 and
// changes nothing. A wrong type must never fall back to a default: {"party": 123} is not
// "every outside party", {"keys": "x"} is not "all keys".

#include "opresult.h"

#include <QJsonObject>
#include <initializer_list>
#include <utility>

namespace BodyFields {

enum class Type {
    String,
    Number,
    Bool,
    Object,
    StringArray,
    PhoneNumber, // a string, or an object whose phoneNumber is a string
    UserData,    // an object of strings, numbers and nested such objects (a KV list)
};

// Ok, or the refusal naming the first field present with the wrong type.
OpResult check(const QJsonObject &body, std::initializer_list<std::pair<const char *, Type>> fields);

} // namespace BodyFields
