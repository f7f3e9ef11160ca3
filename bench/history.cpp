// Opening and searching a call history of 100,000 calls (issue 15: under 100 ms each).
// Beside each figure: the same match as one bare SQL COUNT(*) with LIKE on the same file,
// what a history without a search index pays to look at every row.
#include "call.h"
#include "calljournal.h"
#include "historymodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void fill(CallJournal &journal, int count)
{
    QSqlDatabase db = QSqlDatabase::database(journal.connectionName());
    db.transaction();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-80);
    const QStringList names{u"Jane Roe"_s, u"John Smith"_s, u"Ada Lovelace"_s, u"Alan Turing"_s};
    for (int i = 0; i < count; ++i) {
        Call call;
        call.id = u"call-%1"_s.arg(i);
        call.callUuid = u"uuid-%1"_s.arg(i);
        call.callType = i % 3 ? u"Inbound"_s : u"Outbound"_s;
        call.state = CallState::Ringing;
        Participant p;
        p.phoneNumber = u"+1555%1"_s.arg(i, 7, 10, QChar(u'0'));
        call.participants = {p};
        call.userData = {{u"CustomerName"_s, names[i % names.size()]},
                         {u"Account"_s, u"ACC-%1"_s.arg(i * 7919 % 1000003)}};
        const QDateTime at = start.addSecs(i * 60);
        journal.record(call, at);
        if (i % 5) {
            call.state = CallState::Established;
            journal.record(call, at.addSecs(4));
        }
        journal.end(call.id, at.addSecs(40));
    }
    db.commit();
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.sqlite"_s);
    QElapsedTimer t;
    t.start();
    {
        CallJournal journal(path);
        fill(journal, count);
    }
    std::printf("history: %d calls written in %.0f ms (one transaction, for the set-up only)\n",
                count, msSince(t));

    struct Case { const char *what; QString text; bool missed; };
    const QList<Case> cases{
        {"open (first page, no filter)", {}, false},
        {"search a number matching 1 call", u"5550099991"_s, false},
        {"search a name matching 1/4 of calls", u"lovelace"_s, false},
        {"search case data matching 1 call", u"ACC-424242"_s, false},
        {"missed calls only", {}, true},
    };
    std::printf("history: medians of 5, ms   %-38s %8s %14s %8s\n", "", "softphone", "floor COUNT(*)", "target");
    for (const Case &c : cases) {
        QList<double> ours, floor;
        for (int run = 0; run < 5; ++run) {
            t.restart();
            CallJournal journal(path); // opened each time, as the History view does at start
            HistoryModel model;
            model.setFilter(c.text, c.missed);
            model.setJournal(&journal);
            const int rows = model.rowCount();
            ours << msSince(t);
            if (rows == 0) {
                std::printf("history: FAIL: %s found nothing\n", c.what);
                return 1;
            }
            QSqlQuery q(QSqlDatabase::database(journal.connectionName()));
            t.restart();
            q.exec(c.missed ? u"SELECT COUNT(*) FROM calls WHERE outcome = 'Missed'"_s
                   : c.text.isEmpty()
                       ? u"SELECT COUNT(*) FROM calls"_s
                       : u"SELECT COUNT(*) FROM calls WHERE number LIKE '%%1%' OR name LIKE "
                         "'%%1%' OR case_data LIKE '%%1%'"_s.arg(c.text));
            q.next();
            floor << msSince(t);
        }
        std::printf("history: %-48s %8.1f %14.1f %8s\n", c.what, median(ours), median(floor), "100");
    }
    std::printf("history: bounded by opening the file and reading one page (%d rows); text of 3+ "
                "characters is found through the FTS5 trigram index, walked newest first, so "
                "it does not read every row as the LIKE floor does\n", HistoryModel::kPage);
    return 0;
}
