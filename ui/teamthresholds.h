#pragma once

#include <QString>

class QSettings;

// How long an agent may stay in a state before the team board warns (amber, "⚠ long")
// and alerts (red, "⛔ very long"), in minutes; set in Settings > Team board, stored with
// QSettings under "team/". Only the states a supervisor watches the clock of.
struct TeamThresholds
{
    enum Level { Normal, Warning, Alert };

    int notReadyWarningMinutes = 5;
    int notReadyAlertMinutes = 15;
    int afterCallWorkWarningMinutes = 3;
    int afterCallWorkAlertMinutes = 10;

    static constexpr int kMaxMinutes = 480; // a shift

    // `state`: the agent's state as the server spells it (NotReady, AfterCallWork, ...).
    Level level(const QString &state, qint64 seconds) const;

    static TeamThresholds load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const TeamThresholds &o) const;
    bool operator!=(const TeamThresholds &o) const { return !(*this == o); }
};
