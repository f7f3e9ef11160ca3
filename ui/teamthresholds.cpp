#include "teamthresholds.h"

#include <QSettings>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The keys, in one place.
const QString kNotReadyWarning = u"team/notReadyWarningMinutes"_s;
const QString kNotReadyAlert = u"team/notReadyAlertMinutes"_s;
const QString kAfterCallWorkWarning = u"team/afterCallWorkWarningMinutes"_s;
const QString kAfterCallWorkAlert = u"team/afterCallWorkAlertMinutes"_s;

int minutes(const QSettings &settings, const QString &key, int fallback)
{
    return std::clamp(settings.value(key, fallback).toInt(), 1, TeamThresholds::kMaxMinutes);
}

TeamThresholds::Level levelOf(qint64 seconds, int warningMinutes, int alertMinutes)
{
    if (seconds >= qint64(alertMinutes) * 60)
        return TeamThresholds::Alert;
    return seconds >= qint64(warningMinutes) * 60 ? TeamThresholds::Warning
                                                  : TeamThresholds::Normal;
}
} // namespace

TeamThresholds::Level TeamThresholds::level(const QString &state, qint64 seconds) const
{
    if (state == u"NotReady")
        return levelOf(seconds, notReadyWarningMinutes, notReadyAlertMinutes);
    if (state == u"AfterCallWork")
        return levelOf(seconds, afterCallWorkWarningMinutes, afterCallWorkAlertMinutes);
    return Normal;
}

TeamThresholds TeamThresholds::load(const QSettings &settings)
{
    TeamThresholds t;
    t.notReadyWarningMinutes = minutes(settings, kNotReadyWarning, t.notReadyWarningMinutes);
    t.notReadyAlertMinutes = minutes(settings, kNotReadyAlert, t.notReadyAlertMinutes);
    t.afterCallWorkWarningMinutes =
        minutes(settings, kAfterCallWorkWarning, t.afterCallWorkWarningMinutes);
    t.afterCallWorkAlertMinutes =
        minutes(settings, kAfterCallWorkAlert, t.afterCallWorkAlertMinutes);
    return t;
}

void TeamThresholds::save(QSettings &settings) const
{
    settings.setValue(kNotReadyWarning, notReadyWarningMinutes);
    settings.setValue(kNotReadyAlert, notReadyAlertMinutes);
    settings.setValue(kAfterCallWorkWarning, afterCallWorkWarningMinutes);
    settings.setValue(kAfterCallWorkAlert, afterCallWorkAlertMinutes);
}

bool TeamThresholds::operator==(const TeamThresholds &o) const
{
    return notReadyWarningMinutes == o.notReadyWarningMinutes
           && notReadyAlertMinutes == o.notReadyAlertMinutes
           && afterCallWorkWarningMinutes == o.afterCallWorkWarningMinutes
           && afterCallWorkAlertMinutes == o.afterCallWorkAlertMinutes;
}
