#include "wrapupcard.h"

#include "aftercallclock.h"
#include "aftercallwork.h"
#include "historymodel.h"
#include "wrapup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

WrapUpCard::WrapUpCard(WrapUp *wrapUp, QWidget *parent)
    : QGroupBox(tr("Wrap-up"), parent)
    , m_wrapUp(wrapUp)
    , m_summary(new QLabel(this))
    , m_caseData(new QLabel(this))
    , m_disposition(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_done(new QPushButton(tr("&Done"), this))
    , m_blocked(new QLabel(this))
{
    setObjectName(u"wrapUpCard"_s);
    setAccessibleName(tr("Wrap-up of the last call"));
    m_summary->setObjectName(u"wrapUpSummary"_s);
    m_caseData->setObjectName(u"wrapUpCaseData"_s);
    for (QLabel *label : {m_summary, m_caseData, m_blocked}) {
        label->setTextFormat(Qt::PlainText); // caller and server text, never markup
        label->setWordWrap(true);
    }
    m_disposition->setObjectName(u"wrapUpDisposition"_s);
    m_disposition->setAccessibleName(tr("Disposition"));
    m_notes->setObjectName(u"wrapUpNotes"_s);
    m_notes->setAccessibleName(tr("Notes on the call"));
    m_notes->setPlaceholderText(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_done->setObjectName(u"wrapUpDone"_s);
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_blocked->setObjectName(u"wrapUpBlocked"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("D&isposition:"), m_disposition);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_caseData);
    layout->addLayout(form);
    layout->addWidget(m_notes);
    auto *row = new QHBoxLayout;
    row->addWidget(m_blocked, 1);
    row->addWidget(m_done);
    layout->addLayout(row);

    // A draft is written at every change: nothing typed is lost if the program stops.
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { m_wrapUp->saveDraft(chosenDisposition(), m_notes->toPlainText()); });
    connect(m_disposition, &QComboBox::currentIndexChanged, this, [this] {
        m_wrapUp->saveDraft(chosenDisposition(), m_notes->toPlainText());
        updateDone();
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        if (m_clock) // saved once the agent's state is back (AfterCallWork::finished)
            m_clock->afterCallWork()->finish();
        else
            m_wrapUp->done(chosenDisposition(), m_notes->toPlainText());
    });
    connect(m_wrapUp, &WrapUp::changed, this, &WrapUpCard::showCurrent);
    showCurrent();
}

QString WrapUpCard::chosenDisposition() const
{
    return m_disposition->currentData().toString();
}

void WrapUpCard::showCurrent()
{
    const auto entry = m_wrapUp->current();
    setVisible(entry.has_value());
    if (!entry) {
        m_callId.clear();
        return;
    }
    const int waiting = m_wrapUp->pendingCount();
    setTitle(waiting > 1 ? tr("Wrap-up (1 of %1)").arg(waiting) : tr("Wrap-up"));
    if (entry->callId == m_callId)
        return; // the same call: keep what is being typed
    m_callId = entry->callId;
    const QString who = entry->name.isEmpty() ? entry->number
                                              : tr("%1 (%2)").arg(entry->name, entry->number);
    m_summary->setText(tr("%1: %2, talked %3, on hold %4")
                           .arg(who, HistoryModel::outcomeText(entry->outcome),
                                HistoryModel::durationText(entry->talkMs),
                                HistoryModel::durationText(entry->holdMs)));
    QStringList data;
    for (auto it = entry->caseData.cbegin(); it != entry->caseData.cend(); ++it)
        data << tr("%1: %2").arg(it.key(), it.value().toString());
    m_caseData->setText(data.join(u'\n'));
    m_caseData->setVisible(!data.isEmpty());

    const QSignalBlocker blockChoice(m_disposition);
    const QSignalBlocker blockNotes(m_notes);
    m_disposition->clear();
    m_disposition->addItem(tr("(none)"), QString());
    for (const QString &d : m_wrapUp->dispositions())
        m_disposition->addItem(d, d);
    // A draft from before (typed, then a restart): as it was left.
    const int chosen = m_disposition->findData(entry->disposition);
    m_disposition->setCurrentIndex(chosen >= 0 ? chosen : 0);
    m_notes->setPlainText(entry->notes);
    setAccessibleDescription(m_summary->text());
    updateDone();
}

void WrapUpCard::setAfterCallWork(AfterCallWork *afterCallWork)
{
    if (m_clock)
        return;
    m_clock = new AfterCallClock(afterCallWork, this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_clock); // the most urgent line
    // Tab follows the card from the top: Extend, disposition, notes, Done.
    setTabOrder(m_clock->extendButton(), m_disposition);
    setTabOrder(m_disposition, m_notes);
    setTabOrder(m_notes, m_done);
    connect(m_clock, &AfterCallClock::doneChanged, this, &WrapUpCard::updateDone);
    // Not back (a failure): the card stays as it is, with the problem shown by the clock.
    connect(afterCallWork, &AfterCallWork::finished, this, [this](bool ok) {
        if (ok)
            m_wrapUp->done(chosenDisposition(), m_notes->toPlainText());
    });
    updateDone();
}

void WrapUpCard::updateDone()
{
    const QString reason = m_wrapUp->doneBlockedReason(chosenDisposition());
    const QString back = m_clock ? m_clock->doneDescription() : QString();
    m_done->setEnabled(reason.isEmpty() && !(m_clock && m_clock->isDoneBusy()));
    m_done->setToolTip(!reason.isEmpty() ? reason
                       : back.isEmpty()  ? tr("Save the wrap-up and close it (Ctrl+Return)")
                                         : tr("%1 (Ctrl+Return)").arg(back));
    m_done->setAccessibleDescription(reason.isEmpty() ? back : reason);
    m_blocked->setText(reason);
    m_blocked->setVisible(!reason.isEmpty());
}
