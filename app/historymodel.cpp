#include "historymodel.h"

#include <QIODevice>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setJournal(CallJournal *journal)
{
    m_journal = journal;
    refresh();
}

void HistoryModel::setFilter(const QString &text, bool missedOnly)
{
    m_text = text.trimmed();
    m_missedOnly = missedOnly;
    refresh();
}

void HistoryModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_more = m_journal && m_journal->isOpen();
    endResetModel();
    fetchMore({}); // the first page now; the view asks for the rest as it scrolls
    const int unseen = m_journal && m_journal->isOpen() ? m_journal->unseenMissedCount() : 0;
    if (unseen != m_unseenMissed) {
        m_unseenMissed = unseen;
        emit unseenMissedCountChanged(unseen);
    }
}

void HistoryModel::markMissedSeen()
{
    if (!m_journal || m_unseenMissed == 0)
        return;
    m_journal->markMissedSeen();
    refresh();
}

QString HistoryModel::unavailableReason() const
{
    return m_journal && !m_journal->isOpen() ? m_journal->errorString() : QString();
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<JournalEntry> page =
        m_journal->entries(m_text, m_missedOnly, kPage, int(m_rows.size()));
    m_more = page.size() == kPage;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(page);
    endInsertRows();
}

JournalEntry HistoryModel::entryAt(int row) const
{
    return m_rows.value(row);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::outcomeText(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::Unfinished: return tr("In progress");
    case CallOutcome::Answered: return tr("Answered");
    case CallOutcome::Missed: return tr("Missed");
    case CallOutcome::Declined: return tr("Declined");
    case CallOutcome::NoAnswer: return tr("No answer");
    case CallOutcome::Transferred: return tr("Transferred");
    case CallOutcome::Conferenced: return tr("Conferenced");
    }
    return {};
}

QString HistoryModel::durationText(qint64 ms)
{
    return clockText(ms / 1000);
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_rows.at(index.row());
    switch (role) {
    case NumberRole: return e.number;
    case OutcomeRole: return int(e.outcome);
    case CallIdRole: return e.callId;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.startedAt.toLocalTime(), QLocale::ShortFormat);
        case OutcomeColumn: {
            const QString outcome = outcomeText(e.outcome);
            return e.direction == u"Outbound"_s ? tr("%1 (outgoing)").arg(outcome) : outcome;
        }
        case NumberColumn: return e.number;
        case NameColumn: return e.name;
        case TalkColumn: return e.answeredAt.isValid() ? durationText(e.talkMs) : QString();
        case DispositionColumn: return e.disposition;
        }
        break;
    case UnseenMissedRole:
        return e.outcome == CallOutcome::Missed && !e.seen;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn: return tr("When");
    case OutcomeColumn: return tr("Call");
    case NumberColumn: return tr("Number");
    case NameColumn: return tr("Name");
    case TalkColumn: return tr("Talk time");
    case DispositionColumn: return tr("Disposition");
    }
    return {};
}

namespace {
// Case data and names come from callers and the server: a field a spreadsheet would run as
// a formula gets a leading ' (OWASP "CSV injection"); a phone number such as +1555 stays.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first == u'=' || first == u'@' || first == u'\t' || first == u'\r')
        return true;
    if (first != u'+' && first != u'-')
        return false;
    for (QChar c : QStringView(text).mid(1))
        if (!c.isDigit() && c != u' ' && c != u'(' && c != u')' && c != u'-' && c != u'.')
            return true;
    return false;
}

QString csvField(QString text)
{
    if (looksLikeFormula(text))
        text.prepend(u'\'');
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(u'"', u"\"\""_s);
        return u'"' + text + u'"';
    }
    return text;
}
} // namespace

bool HistoryModel::exportCsv(QIODevice *out) const
{
    if (!m_journal || !out->isWritable())
        return false;
    QTextStream stream(out);
    stream << "started_utc,direction,outcome,number,name,ring_s,talk_s,hold_s,disposition,notes,call_id\r\n";
    m_journal->forEach(m_text, m_missedOnly, [&stream](const JournalEntry &e) {
        const QStringList fields{e.startedAt.toUTC().toString(Qt::ISODate), e.direction,
                                 outcomeName(e.outcome), e.number, e.name,
                                 QString::number(e.ringMs / 1000), QString::number(e.talkMs / 1000),
                                 QString::number(e.holdMs / 1000), e.disposition, e.notes,
                                 e.callId};
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        stream << quoted.join(u',') << "\r\n";
    });
    stream.flush();
    return stream.status() == QTextStream::Ok;
}
