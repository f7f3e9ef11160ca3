#include "announcer.h"

#include <QAccessibleWidget>
#include <QEvent>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int repeatWindowMs = 3000;
// At most four lines a second: a flood of changes (a supervisor's hundreds of calls) comes
// as a few joined lines, not one relayout of the window per change.
constexpr int minGapMs = 250;

// The label as assistive technology sees it: a notification whose name is the line.
class AnnouncerAccessible : public QAccessibleWidget
{
public:
    explicit AnnouncerAccessible(Announcer *announcer)
        : QAccessibleWidget(announcer, QAccessible::Notification)
    {}
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<QLabel *>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *announcerAccessible(const QString &className, QObject *object)
{
    if (className == "Announcer"_L1 && object && object->isWidgetType())
        return new AnnouncerAccessible(static_cast<Announcer *>(object));
    return nullptr;
}

} // namespace

Announcer::Announcer(QWidget *parent)
    : QLabel(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(announcerAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled)
    setObjectName(u"announcer"_s);
    setTextFormat(Qt::PlainText); // callers' names are data, never markup
    hide();
    m_flush.setSingleShot(true);
    m_flush.setInterval(0);
    connect(&m_flush, &QTimer::timeout, this, &Announcer::flush);
    m_hide.setSingleShot(true);
    m_hide.setInterval(shownMs);
    connect(&m_hide, &QTimer::timeout, this, &QWidget::hide);
}

void Announcer::announce(const QString &text)
{
    if (text.isEmpty() || m_pending.contains(text))
        return;
    if (m_lastSaid.contains(text) && m_lastAt.isValid() && m_lastAt.elapsed() < repeatWindowMs)
        return;
    m_pending.append(text);
    if (m_flush.isActive())
        return; // joins the line about to be said
    const qint64 since = m_lastAt.isValid() ? m_lastAt.elapsed() : minGapMs;
    m_flush.start(int(std::max<qint64>(0, minGapMs - since)));
}

void Announcer::flush()
{
    if (m_pending.isEmpty())
        return;
    m_lastSaid = std::exchange(m_pending, {});
    m_lastAt.start();
    QString line = m_lastSaid.first();
    for (qsizetype i = 1; i < m_lastSaid.size(); ++i)
        line = tr("%1; %2", "two announcements made at the same moment").arg(line, m_lastSaid[i]);
    // Hidden first, so that showing it again is an event a screen reader presents.
    hide();
    setText(line);
    show();
    m_hide.start();
    emit announced(line);
}

void Announcer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_hide.stop();
        hide(); // said in the language before; the next line comes in the new one
    }
    QLabel::changeEvent(event);
}
