#include "faultinjector.h"

#include "bodyfields.h"

using namespace Qt::StringLiterals;

namespace {

// A non-negative integer, or `fallback` when absent.
bool count(const QJsonObject &o, QLatin1String name, int fallback, int max, int *value)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        *value = fallback;
        return true;
    }
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d < 0 || d > max || d != double(qint64(d)))
        return false;
    *value = int(d);
    return true;
}

} // namespace

OpResult FaultInjector::configure(const QJsonObject &settings)
{
    if (OpResult r = BodyFields::check(settings, {{"latencyMs", BodyFields::Type::Number},
                                                  {"httpStatus", BodyFields::Type::Number},
                                                  {"failCount", BodyFields::Type::Number},
                                                  {"dropConnections", BodyFields::Type::Bool},
                                                  {"hang", BodyFields::Type::Bool},
                                                  {"signInPage", BodyFields::Type::Bool},
                                                  {"paths", BodyFields::Type::String}});
        !r.isOk())
        return r;
    FaultInjector next;
    next.m_failed = m_failed;
    next.m_dropped = m_dropped;
    next.m_hung = m_hung;
    next.m_signInPages = m_signInPages;
    int failCount = 0;
    auto invalid = [](const QString &what) {
        return OpResult::fail(400, GwsStatus::ValidationError, what);
    };
    if (!count(settings, "latencyMs"_L1, 0, 600000, &next.m_latencyMs))
        return invalid(u"latencyMs must be 0 to 600000"_s);
    if (!count(settings, "httpStatus"_L1, 0, 599, &next.m_httpStatus) ||
        (next.m_httpStatus != 0 && next.m_httpStatus < 400))
        return invalid(u"httpStatus must be 400 to 599"_s);
    if (!count(settings, "failCount"_L1, 0, 1000000, &failCount))
        return invalid(u"failCount must be a count"_s);
    const QJsonValue drop = settings.value("dropConnections"_L1);
    if (!drop.isUndefined() && !drop.isBool())
        return invalid(u"dropConnections must be true or false"_s);
    next.m_drop = drop.toBool();
    const QJsonValue hang = settings.value("hang"_L1);
    if (!hang.isUndefined() && !hang.isBool())
        return invalid(u"hang must be true or false"_s);
    next.m_hang = hang.toBool();
    const QJsonValue signIn = settings.value("signInPage"_L1);
    if (!signIn.isUndefined() && !signIn.isBool())
        return invalid(u"signInPage must be true or false"_s);
    next.m_signIn = signIn.toBool();
    const QJsonValue paths = settings.value("paths"_L1);
    if (!paths.isUndefined() && !paths.isString())
        return invalid(u"paths must be a path prefix"_s);
    if (paths.isString())
        next.m_prefix = paths.toString();
    // failCount alone means the usual fault: a server error.
    if (failCount > 0 && next.m_httpStatus == 0 && !next.m_drop && !next.m_hang
        && !next.m_signIn)
        next.m_httpStatus = 500;
    next.m_remaining = failCount > 0 ? failCount : -1;
    *this = next;
    return OpResult::ok({{u"faults"_s, toJson()}});
}

QJsonObject FaultInjector::toJson() const
{
    // remaining -1: every matching request fails until cleared.
    return QJsonObject{{u"latencyMs"_s, m_latencyMs},  {u"httpStatus"_s, m_httpStatus},
                       {u"dropConnections"_s, m_drop}, {u"hang"_s, m_hang},
                       {u"remaining"_s, m_remaining},  {u"paths"_s, m_prefix},
                       {u"failed"_s, m_failed},        {u"dropped"_s, m_dropped},
                       {u"hung"_s, m_hung},            {u"signInPage"_s, m_signIn},
                       {u"signInPages"_s, m_signInPages}};
}

FaultInjector::Decision FaultInjector::decide(const QString &path)
{
    Decision d;
    if (!path.startsWith(m_prefix))
        return d;
    d.latencyMs = m_latencyMs;
    if ((!m_hang && !m_drop && !m_signIn && m_httpStatus == 0) || m_remaining == 0)
        return d;
    if (m_remaining > 0)
        --m_remaining;
    // Hanging wins, then dropping: a server that hangs does not even close the connection,
    // one that closes it says nothing at all.
    if (m_hang) {
        d.action = Action::Hang;
        ++m_hung;
    } else if (m_drop) {
        d.action = Action::Drop;
        ++m_dropped;
    } else if (m_signIn) {
        d.action = Action::SignInPage;
        ++m_signInPages;
    } else {
        d.action = Action::Fail;
        d.httpStatus = m_httpStatus;
        ++m_failed;
    }
    return d;
}
