#include "languagechange.h"

#include <QEvent>
#include <QWidget>

namespace {

class LanguageWatch : public QObject
{
public:
    LanguageWatch(QObject *owner, std::function<void()> retranslate)
        : QObject(owner)
        , m_retranslate(std::move(retranslate))
    {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false; // the widget retranslates itself too
    }

private:
    std::function<void()> m_retranslate;
};

} // namespace

void onLanguageChange(QWidget *widget, QObject *owner, std::function<void()> retranslate)
{
    // Owned by `owner`: gone with it, and a deleted filter is removed from the widget.
    widget->installEventFilter(new LanguageWatch(owner, std::move(retranslate)));
}
