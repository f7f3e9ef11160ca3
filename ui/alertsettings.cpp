#include "alertsettings.h"

#include "call.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
// The keys under which each setting is stored, in one place.
const QString kTray = u"alerts/trayIcon"_s;
const QString kNotification = u"alerts/notification"_s;
const QString kUrgency = u"alerts/urgencyHint"_s;
const QString kTitle = u"alerts/title"_s;
const QString kSound = u"alerts/sound"_s;
const QString kDevice = u"alerts/outputDevice"_s;
const QString kVolume = u"alerts/volume"_s;
const QString kSecondDevice = u"alerts/secondDevice"_s;
// Read by every place that names a caller (alerts, call card, history), set in Settings.
const QString kNameKeys = u"callerNameKeys"_s;
} // namespace

QStringList AlertSettings::defaultCallerNameKeys()
{
    return ::defaultCallerNameKeys();
}

AlertSettings AlertSettings::load(const QSettings &settings)
{
    AlertSettings s;
    s.trayIcon = settings.value(kTray, s.trayIcon).toBool();
    s.notification = settings.value(kNotification, s.notification).toBool();
    s.urgencyHint = settings.value(kUrgency, s.urgencyHint).toBool();
    s.title = settings.value(kTitle, s.title).toBool();
    s.sound = settings.value(kSound, s.sound).toBool();
    s.outputDevice = settings.value(kDevice).toByteArray();
    s.volume = qBound(0, settings.value(kVolume, s.volume).toInt(), 100);
    s.secondDevice = settings.value(kSecondDevice).toByteArray();
    if (settings.contains(kNameKeys))
        s.callerNameKeys = settings.value(kNameKeys).toStringList();
    return s;
}

void AlertSettings::save(QSettings &settings) const
{
    settings.setValue(kTray, trayIcon);
    settings.setValue(kNotification, notification);
    settings.setValue(kUrgency, urgencyHint);
    settings.setValue(kTitle, title);
    settings.setValue(kSound, sound);
    settings.setValue(kDevice, outputDevice);
    settings.setValue(kVolume, volume);
    settings.setValue(kSecondDevice, secondDevice);
    settings.setValue(kNameKeys, callerNameKeys);
}

bool AlertSettings::operator==(const AlertSettings &o) const
{
    return trayIcon == o.trayIcon && notification == o.notification
           && urgencyHint == o.urgencyHint && title == o.title && sound == o.sound
           && outputDevice == o.outputDevice && volume == o.volume
           && secondDevice == o.secondDevice && callerNameKeys == o.callerNameKeys;
}
