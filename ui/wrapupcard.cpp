#include "wrapupcard.h"

#include "aftercallclock.h"
#include "aftercallwork.h"
#include "comboname.h"
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
    : QGroupBox(parent)
    , m_wrapUp(wrapUp)
    , m_summary(new QLabel(this))
    , m_caseData(new QLabel(this))
    , m_disposition(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_done(new QPushButton(this))
    , m_blocked(new QLabel(this))
    , m_dispositionLabel(new QLabel(this))
    , m_body(new QWidget(this))
    , m_problemRow(new QWidget(this))
    , m_problem(new QLabel(m_problemRow))
    , m_dismiss(new QPushButton(m_problemRow))
{
    setObjectName(u"wrapUpCard"_s);
    m_summary->setObjectName(u"wrapUpSummary"_s);
    m_caseData->setObjectName(u"wrapUpCaseData"_s);
    for (QLabel *label : {m_summary, m_caseData, m_blocked}) {
        label->setTextFormat(Qt::PlainText); // caller and server text, never markup
        label->setWordWrap(true);
    }
    m_disposition->setObjectName(u"wrapUpDisposition"_s);
    m_notes->setObjectName(u"wrapUpNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);
    m_done->setObjectName(u"wrapUpDone"_s);
    m_done->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_blocked->setObjectName(u"wrapUpBlocked"_s);

    auto *form = new QFormLayout;
    m_dispositionLabel->setBuddy(m_disposition);
    form->addRow(m_dispositionLabel, m_disposition);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_problemRow);
    outer->addWidget(m_body);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
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
    connect(m_wrapUp, &WrapUp::dispositionsChanged, this,
            [this] { fillDispositions(chosenDisposition()); });

    // Sending to the server failed: said here, where the agent looks, until dismissed.
    m_problem->setObjectName(u"wrapUpServerProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: palette(bright-text); background: #b3261e; padding: 4px;"_s);
    m_dismiss->setObjectName(u"wrapUpDismissProblem"_s);
    auto *problemLayout = new QHBoxLayout(m_problemRow);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problem, 1);
    problemLayout->addWidget(m_dismiss, 0, Qt::AlignTop);
    connect(m_dismiss, &QPushButton::clicked, this, [this] { m_wrapUp->setServerProblem({}); });
    connect(m_wrapUp, &WrapUp::serverProblemChanged, this, &WrapUpCard::showServerProblem);
    showServerProblem();
    retranslateUi();
}

void WrapUpCard::retranslateUi()
{
    setComboAccessibleName(m_disposition, tr("Disposition"));
    m_dispositionLabel->setText(tr("D&isposition:"));
    m_notes->setAccessibleName(tr("Notes on the call"));
    m_notes->setPlaceholderText(tr("Notes"));
    m_done->setText(tr("&Done"));
    m_dismiss->setText(tr("Dis&miss"));
    m_dismiss->setAccessibleName(tr("Dismiss the wrap-up message"));
    if (m_disposition->count() > 0)
        m_disposition->setItemText(0, tr("(none)"));
    setTitle(tr("Wrap-up"));
    setAccessibleName(tr("Wrap-up of the last call"));
    showCurrent(); // the title, summary and Done's reason, from the call shown
}

void WrapUpCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void WrapUpCard::showServerProblem()
{
    const QString problem = m_wrapUp->serverProblem();
    m_problem->setText(problem);
    m_problem->setAccessibleName(problem);
    m_problemRow->setVisible(!problem.isEmpty());
    setVisible(m_body->isVisibleTo(this) || !problem.isEmpty());
}

// Shows display names, keeps names as the data (what is stored and sent).
void WrapUpCard::fillDispositions(const QString &chosen)
{
    const QSignalBlocker blockChoice(m_disposition);
    m_disposition->clear();
    m_disposition->addItem(tr("(none)"), QString());
    for (const QString &d : m_wrapUp->dispositions())
        m_disposition->addItem(m_wrapUp->displayName(d), d);
    int index = m_disposition->findData(chosen);
    if (index < 0 && !chosen.isEmpty()) {
        // Chosen from a list no longer offered (a draft from before): still shown as chosen.
        m_disposition->addItem(m_wrapUp->displayName(chosen), chosen);
        index = m_disposition->count() - 1;
    }
    m_disposition->setCurrentIndex(qMax(0, index));
}

QString WrapUpCard::chosenDisposition() const
{
    return m_disposition->currentData().toString();
}

void WrapUpCard::showCurrent()
{
    const auto entry = m_wrapUp->current();
    m_body->setVisible(entry.has_value());
    setVisible(entry.has_value() || !m_wrapUp->serverProblem().isEmpty());
    if (!entry) {
        m_callId.clear();
        return;
    }
    const bool live = m_wrapUp->isLive();
    const int waiting = m_wrapUp->pendingCount();
    setTitle(live ? tr("Notes on the current call")
                  : waiting > 1 ? tr("Wrap-up (1 of %1)").arg(waiting) : tr("Wrap-up"));
    setAccessibleName(live ? tr("Notes on the current call") : tr("Wrap-up of the last call"));
    m_done->setVisible(!live); // the wrap-up is due when the call has ended
    const QString who = entry->name.isEmpty() ? entry->number
                                              : tr("%1 (%2)").arg(entry->name, entry->number);
    m_summary->setText(live ? tr("%1, on the call now: what you note here is attached to the call")
                                  .arg(who)
                            : tr("%1: %2, talked %3, on hold %4")
                                  .arg(who, HistoryModel::outcomeText(entry->outcome),
                                       HistoryModel::durationText(entry->talkMs),
                                       HistoryModel::durationText(entry->holdMs)));
    setAccessibleDescription(m_summary->text());
    QStringList data;
    for (auto it = entry->caseData.cbegin(); it != entry->caseData.cend(); ++it)
        if (!m_wrapUp->isWrapUpKey(it.key())) // the notes themselves, attached to the call
            data << tr("%1: %2").arg(it.key(), it.value().toString());
    m_caseData->setText(data.join(u'\n'));
    m_caseData->setVisible(!data.isEmpty() && !live); // live: the case data panel has it
    if (entry->callId == m_callId)
        return updateDone(); // the same call (live, then ended): keep what is being typed
    m_callId = entry->callId;

    const QSignalBlocker blockNotes(m_notes);
    // A draft from before (typed, then a restart): as it was left.
    fillDispositions(entry->disposition);
    m_notes->setPlainText(entry->notes);
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
    m_blocked->setVisible(!reason.isEmpty() && !m_wrapUp->isLive());
}
