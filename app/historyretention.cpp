#include "historyretention.h"

#include "calljournal.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString kKey = u"history/retentionDays"_s;
}

int HistoryRetention::load(const QSettings &settings)
{
    bool ok = false;
    const int days = settings.value(kKey).toInt(&ok);
    if (!ok || days < kMinDays)
        return kDefaultDays; // never "purge all" from a stray 0
    return qMin(days, kMaxDays);
}

void HistoryRetention::save(QSettings &settings, int days)
{
    settings.setValue(kKey, qBound(kMinDays, days, kMaxDays));
}

int HistoryRetention::apply(CallJournal *journal, int days, const QDateTime &now)
{
    if (!journal || !journal->isOpen())
        return 0;
    return journal->purgeOlderThan(now.addDays(-qBound(kMinDays, days, kMaxDays)));
}
