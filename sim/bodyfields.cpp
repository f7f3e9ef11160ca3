#include "bodyfields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace BodyFields {

namespace {

bool isUserData(const QJsonValue &value, int depth = 0)
{
    if (!value.isObject() || depth > 8)
        return false;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (!(v.isString() || v.isDouble() || isUserData(v, depth + 1)))
            return false;
    }
    return true;
}

bool hasType(const QJsonValue &v, Type type)
{
    switch (type) {
    case Type::String:
        return v.isString();
    case Type::Number:
        return v.isDouble();
    case Type::Bool:
        return v.isBool();
    case Type::Object:
        return v.isObject();
    case Type::StringArray:
        if (!v.isArray())
            return false;
        for (const QJsonValue &e : v.toArray())
            if (!e.isString())
                return false;
        return true;
    case Type::PhoneNumber:
        return v.isString() || (v.isObject() && v.toObject().value("phoneNumber"_L1).isString());
    case Type::UserData:
        return isUserData(v);
    }
    return false;
}

QString typeName(Type type)
{
    switch (type) {
    case Type::String:
        return u"a string"_s;
    case Type::Number:
        return u"a number"_s;
    case Type::Bool:
        return u"true or false"_s;
    case Type::Object:
        return u"an object"_s;
    case Type::StringArray:
        return u"an array of strings"_s;
    case Type::PhoneNumber:
        return u"a phone number string or {\"phoneNumber\": string}"_s;
    case Type::UserData:
        return u"an object of strings, numbers and such objects"_s;
    }
    return {};
}

} // namespace

OpResult check(const QJsonObject &body, std::initializer_list<std::pair<const char *, Type>> fields)
{
    for (const auto &[name, type] : fields) {
        const QString key = QString::fromLatin1(name);
        if (body.contains(key) && !hasType(body.value(key), type))
            return OpResult::fail(400, GwsStatus::ValidationError,
                                  u"%1 must be %2"_s.arg(key, typeName(type)));
    }
    return OpResult::ok();
}

} // namespace BodyFields
