#include "callerrorlist.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CallErrorBar::CallErrorBar(const QString &message, const QString &details, QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_dismiss(new QToolButton(this))
{
    setObjectName(u"callError"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    p.setColor(QPalette::WindowText, QColor(0x5f, 0x00, 0x0c));
    setPalette(p);
    setAccessibleDescription(message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->setSpacing(2);
    auto *row = new QHBoxLayout;
    m_text->setObjectName(u"callErrorText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_toggle->setObjectName(u"callErrorDetailsButton"_s);
    m_toggle->setCheckable(true);
    m_dismiss->setObjectName(u"callErrorDismiss"_s);
    row->addWidget(m_text, 1);
    row->addWidget(m_toggle);
    row->addWidget(m_dismiss);
    layout->addLayout(row);
    m_details->setObjectName(u"callErrorDetails"_s);
    m_details->setTextFormat(Qt::PlainText); // the server's words, never markup
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setText(details);
    m_details->hide();
    layout->addWidget(m_details);
    connect(m_toggle, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_dismiss, &QToolButton::clicked, this, &CallErrorBar::dismissed);
    retranslateUi();
}

void CallErrorBar::retranslateUi()
{
    setAccessibleName(tr("Call problem"));
    //: A problem with a call, as shown beside it: the warning sign, then the message
    m_text->setText(tr("⚠ %1").arg(message()));
    m_toggle->setText(tr("Details"));
    m_toggle->setAccessibleName(tr("Details"));
    m_toggle->setAccessibleDescription(tr("Show the technical text of this problem"));
    m_dismiss->setText(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_dismiss->setToolTip(tr("Hide this message"));
    m_details->setAccessibleName(tr("Technical details"));
}

void CallErrorBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

QString CallErrorBar::message() const
{
    return accessibleDescription();
}

QString CallErrorBar::details() const
{
    return m_details->text();
}

CallErrorList::CallErrorList(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"callErrors"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    hide();
}

void CallErrorList::showError(const QString &callId, const QString &operation,
                              const QString &message, const QString &details)
{
    take(callId);
    auto *bar = new CallErrorBar(message, details, this);
    layout()->addWidget(bar);
    m_bars.insert(callId, bar);
    m_operations.insert(callId, operation);
    connect(bar, &CallErrorBar::dismissed, this, [this, callId] { take(callId); });
    show();
}

void CallErrorList::resolve(const QString &callId, const QString &operation)
{
    if (m_bars.contains(callId) && m_operations.value(callId) == operation)
        take(callId);
}

QString CallErrorList::take(const QString &callId)
{
    CallErrorBar *bar = m_bars.take(callId);
    m_operations.remove(callId);
    if (!bar)
        return {};
    const QString message = bar->message();
    bar->hide();
    bar->deleteLater();
    setVisible(!m_bars.isEmpty());
    return message;
}
