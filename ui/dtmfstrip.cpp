#include "dtmfstrip.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

DtmfStrip::DtmfStrip(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_digits(new QLabel(this))
    , m_mask(new QToolButton(this))
{
    setObjectName(u"dtmfStrip"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setTextFormat(Qt::PlainText);
    m_digits->setObjectName(u"dtmfDigits"_s);
    m_digits->setTextFormat(Qt::PlainText);
    m_digits->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_mask->setObjectName(u"maskDtmf"_s);
    m_mask->setCheckable(true);
    connect(m_mask, &QToolButton::toggled, this, &DtmfStrip::maskToggled);
    layout->addWidget(m_title);
    layout->addWidget(m_digits, 1);
    layout->addWidget(m_mask);
    retranslateUi();
}

void DtmfStrip::retranslateUi()
{
    m_digits->setAccessibleName(tr("Tones sent"));
    m_mask->setText(tr("Mask"));
    m_mask->setAccessibleName(tr("Mask tones"));
    m_mask->setToolTip(tr("Show the tones you send on this call as dots, for PINs and card "
                          "numbers; tones are never written to the log"));
    showTones(m_party, m_sent, m_masked);
}

void DtmfStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DtmfStrip::showTones(const QString &party, const QString &sent, bool masked)
{
    m_party = party;
    m_sent = sent;
    m_masked = masked;
    m_title->setText(party.isEmpty() ? tr("Tones:") : tr("Tones to %1:").arg(party));
    m_digits->setText(sent.isEmpty() ? tr("none sent") : sent);
    // Read out as a count when masked: a screen reader must not spell the dots either.
    m_digits->setAccessibleDescription(
        sent.isEmpty() ? tr("No tones sent on this call")
                       : masked ? tr("%n tone(s) sent, masked", nullptr, int(sent.size()))
                                : tr("Sent: %1").arg(sent));
    m_mask->setEnabled(!party.isEmpty());
    const QSignalBlocker quiet(m_mask); // showing the call's state is not a toggle by the agent
    m_mask->setChecked(masked);
    m_mask->setAccessibleDescription(party.isEmpty() ? tr("No call takes tones now")
                                     : masked        ? tr("On: tones on this call show as dots")
                                                     : tr("Off: tones on this call show as digits"));
}
