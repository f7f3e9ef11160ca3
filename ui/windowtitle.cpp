#include "windowtitle.h"

#include <QWidget>

WindowTitle::WindowTitle(QWidget *window, const QString &base)
    : QObject(window)
    , m_window(window)
    , m_base(base)
{
    apply();
}

void WindowTitle::setBase(const QString &base)
{
    m_base = base;
    apply();
}

void WindowTitle::setRinging(const QString &ringing)
{
    m_ringing = ringing;
    apply();
}

void WindowTitle::setMissed(int count)
{
    m_missed = qMax(0, count);
    apply();
}

QString WindowTitle::text() const
{
    // What needs the agent now comes first: a taskbar entry is cut at the end.
    QString text = m_base;
    if (m_missed > 0)
        text = tr("(%n missed) %1", "window title", m_missed).arg(text);
    if (!m_ringing.isEmpty())
        text = tr("%1 – %2", "window title: ringing, then the rest").arg(m_ringing, text);
    return text;
}

void WindowTitle::apply()
{
    if (m_window)
        m_window->setWindowTitle(text());
}
