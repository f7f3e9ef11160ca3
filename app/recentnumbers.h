#pragma once

#include <QStringList>

class CallJournal;

// The numbers the agent reached lately, newest first, at most ten, offered in the
// destination dialog and the command palette: a view of the logged-in user's call journal
// (CallJournal::successfulDestinations), so a destination that was busy, did not answer
// or was refused never comes back, and the list is the user's own on this server.
class RecentNumbers
{
public:
    static constexpr int kShown = 10;

    // The journal of the logged-in user (not owned); null: no numbers.
    void setJournal(CallJournal *journal) { m_journal = journal; }
    QStringList numbers() const;

private:
    CallJournal *m_journal = nullptr;
};
