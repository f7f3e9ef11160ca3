#include "recentnumbers.h"

#include "calljournal.h"

QStringList RecentNumbers::numbers() const
{
    return m_journal && m_journal->isOpen() ? m_journal->successfulDestinations(kShown)
                                            : QStringList();
}
