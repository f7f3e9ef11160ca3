#pragma once

#include <QByteArray>
#include <QStringList>

class QSettings;

// How the softphone tells the agent that a call rings, each part off-switchable
// (Settings dialog), persisted with QSettings under "alerts/".
struct AlertSettings
{
    bool trayIcon = true;
    bool notification = true; // a desktop notification with Answer / Decline
    bool urgencyHint = true;  // QApplication::alert: the taskbar entry asks for attention
    bool title = true;        // the window title says "Ringing: <caller>"
    bool sound = true;
    QByteArray outputDevice;  // QAudioDevice::id(); empty: the system's default output
    int volume = 80;          // percent
    QByteArray secondDevice;  // rings there too (e.g. speakers beside a headset); empty: none
    // Case-data keys that may hold the caller's name, tried in order.
    QStringList callerNameKeys = defaultCallerNameKeys();

    static QStringList defaultCallerNameKeys();
    static AlertSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const AlertSettings &o) const;
    bool operator!=(const AlertSettings &o) const { return !(*this == o); }
};
