#include "aftercallclock.h"

#include "aftercallwork.h"
#include "call.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AfterCallClock::AfterCallClock(AfterCallWork *afterCallWork, QWidget *parent)
    : QWidget(parent)
    , m_acw(afterCallWork)
    , m_clock(new QLabel(this))
    , m_extend(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"afterCallClock"_s);
    m_clock->setObjectName(u"afterCallClockText"_s);
    m_clock->setTextFormat(Qt::PlainText);
    QFont bold = m_clock->font();
    bold.setBold(true);
    m_clock->setFont(bold);
    m_extend->setObjectName(u"afterCallExtend"_s);
    m_problem->setObjectName(u"afterCallProblem"_s);
    m_problem->setTextFormat(Qt::PlainText); // server text, never markup
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_clock, 1);
    row->addWidget(m_extend);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problem);

    m_ticker.setSingleShot(true);
    connect(&m_ticker, &QTimer::timeout, this, &AfterCallClock::tick);
    connect(m_extend, &QPushButton::clicked, this, [this] {
        m_problem->hide();
        m_acw->extend();
    });
    connect(m_acw, &AfterCallWork::changed, this, &AfterCallClock::refresh);
    connect(m_acw, &AfterCallWork::errorOccurred, this, [this](const QString &message) {
        m_problem->setText(message);
        m_problem->setVisible(m_acw->isActive());
    });
    connect(m_acw, &AfterCallWork::finished, this, [this](bool ok) {
        if (ok)
            m_problem->hide();
    });
    retranslateUi();
}

void AfterCallClock::retranslateUi()
{
    // A fixed name: a changing one would be read out at every tick.
    m_clock->setAccessibleName(tr("After-call work"));
    m_extend->setText(tr("E&xtend +%1").arg(clockText(m_acw->extendSeconds())));
    m_extend->setAccessibleName(tr("Extend after-call work"));
    refresh();
}

void AfterCallClock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QString AfterCallClock::doneDescription() const
{
    return m_acw->isActive() ? tr("Done: back to %1").arg(m_acw->returnStateName()) : QString();
}

bool AfterCallClock::isDoneBusy() const
{
    return m_acw->isReturning();
}

void AfterCallClock::refresh()
{
    const bool active = m_acw->isActive();
    setVisible(active);
    if (!active)
        m_problem->hide();
    emit doneChanged();
    const bool timed = m_acw->isTimed();
    m_extend->setVisible(timed); // offered only where the server has a wrap-up time
    const QString blocked = m_acw->extendBlockedReason();
    m_extend->setEnabled(blocked.isEmpty());
    const QString adds = tr("Adds %1 to the time left").arg(clockText(m_acw->extendSeconds()));
    m_extend->setToolTip(blocked.isEmpty() ? adds : blocked);
    m_extend->setAccessibleDescription(blocked.isEmpty() ? adds : blocked);
    m_clock->setAccessibleDescription(
        timed ? tr("Ends at %1").arg(QLocale().toString(m_acw->deadline().toLocalTime().time(),
                                                        QLocale::ShortFormat))
              : QString());
    tick();
}

void AfterCallClock::tick()
{
    if (!m_acw->isTimed()) {
        m_ticker.stop();
        m_clock->setText(tr("After-call work"));
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_clock->setText(tr("After-call work: %1 left").arg(clockText(m_acw->secondsLeft(now))));
    const qint64 ms = now.msecsTo(m_acw->deadline());
    if (!isVisible() || ms <= 0) {
        m_ticker.stop(); // nobody sees it, or nothing more to count
        return;
    }
    // The shown (rounded up) second changes when the time left crosses a whole second.
    const qint64 untilChange = ms % 1000 == 0 ? 1000 : ms % 1000;
    m_ticker.start(int(untilChange) + 1);
}

void AfterCallClock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    tick();
}

void AfterCallClock::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_ticker.stop();
}
