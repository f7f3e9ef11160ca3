#pragma once

#include <QDateTime>

class CallJournal;
class QSettings;

// How long the call history keeps calls: "Keep call history for N days" in Tools >
// Settings, saved as QSettings history/retentionDays. Applied when the history opens and
// at once when the agent changes it.
namespace HistoryRetention {
constexpr int kDefaultDays = 90;
constexpr int kMinDays = 1;
constexpr int kMaxDays = 3650;

// The saved number of days; missing or below kMinDays (hand-edited) reads as the default,
// above kMaxDays as kMaxDays.
int load(const QSettings &settings);
void save(QSettings &settings, int days);
// Deletes the journal's ended calls that started more than `days` before `now`; how many.
int apply(CallJournal *journal, int days,
          const QDateTime &now = QDateTime::currentDateTimeUtc());
} // namespace HistoryRetention
