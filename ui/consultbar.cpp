#include "consultbar.h"

#include "call.h"
#include "callactions.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

ConsultBar::ConsultBar(CallActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"consultBar"_s);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xf3, 0xe5, 0xf5));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_text->setObjectName(u"consultText"_s);
    layout->addWidget(m_text, 1);
    for (CallOperation op : {CallOperation::CompleteTransfer, CallOperation::CompleteConference,
                         CallOperation::CancelConsult}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(actions->action(op));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        actions->describeIn(b, op);
        layout->addWidget(b);
    }
    hide();
}

void ConsultBar::showPair(const Call *original, const Call *consult)
{
    if (!consult) {
        hide();
        return;
    }
    m_consulted = consult->remoteParty();
    m_caller = original ? original->remoteParty() : QString();
    retranslateUi();
    show();
}

void ConsultBar::retranslateUi()
{
    const QString caller = m_caller.isEmpty() ? tr("the caller") : m_caller;
    m_text->setText(tr("Consulting %1 about the call with %2 (on hold)").arg(m_consulted, caller));
}

void ConsultBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
