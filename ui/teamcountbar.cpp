#include "teamcountbar.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const char *const kKey = "stateKey";
}

TeamCountBar::TeamCountBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(u"teamCounts"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
    m_group->setExclusive(true);
    buttonFor(QString())->setChecked(true);
    retranslateUi();
}

QToolButton *TeamCountBar::buttonFor(const QString &key)
{
    if (QToolButton *b = button(key))
        return b;
    auto *b = new QToolButton(this);
    b->setObjectName(key.isEmpty() ? u"countAll"_s : u"count_"_s + key);
    b->setProperty(kKey, key);
    b->setCheckable(true);
    b->setAutoRaise(true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setFocusPolicy(Qt::StrongFocus); // reached with Tab like any other control
    m_group->addButton(b);
    connect(b, &QToolButton::clicked, this, [this, key] {
        m_current = key;
        emit chosen(key);
    });
    m_layout->insertWidget(m_layout->count() - 1, b); // before the stretch
    m_buttons.append(b);
    return b;
}

QToolButton *TeamCountBar::button(const QString &key) const
{
    for (QToolButton *b : m_buttons)
        if (b->property(kKey).toString() == key)
            return b;
    return nullptr;
}

void TeamCountBar::setCounts(const QList<Entry> &entries, int total)
{
    m_entries = entries;
    m_total = total;
    // In the model's order: a state seen for the first time goes where it belongs.
    for (int i = 0; i < entries.size(); ++i) {
        QToolButton *b = buttonFor(entries[i].key);
        if (m_layout->indexOf(b) != i + 1) {
            m_layout->removeWidget(b);
            m_layout->insertWidget(i + 1, b);
        }
    }
    // A state the model can no longer back (e.g. "On a call" from a server that lists no
    // calls) goes, rather than show a count of 0 that is not true; choosing it ends too.
    for (QToolButton *b : std::as_const(m_buttons)) {
        const QString key = b->property(kKey).toString();
        const bool listed = key.isEmpty()
            || std::any_of(entries.cbegin(), entries.cend(),
                           [&key](const Entry &e) { return e.key == key; });
        b->setVisible(listed);
        if (!listed && key == m_current) {
            setCurrent(QString());
            emit chosen(QString());
        }
    }
    retranslateUi();
}

void TeamCountBar::setCurrent(const QString &key)
{
    m_current = key;
    buttonFor(key)->setChecked(true);
}

void TeamCountBar::word(QToolButton *button, const QString &label, int count)
{
    const QString number = locale().toString(count);
    //: A count bar button: the state, then how many agents are in it: "Ready 12"
    button->setText(tr("%1 %2").arg(label, number));
    //: A count bar button for a screen reader: "Ready: 12 agents"
    button->setAccessibleName(tr("%1: %n agent(s)", nullptr, count).arg(label));
    button->setToolTip(tr("Show only these agents"));
    button->setAccessibleDescription(button->toolTip());
}

void TeamCountBar::retranslateUi()
{
    setAccessibleName(tr("Agents per state"));
    QToolButton *all = buttonFor(QString());
    word(all, tr("All"), m_total);
    all->setToolTip(tr("Show every agent"));
    all->setAccessibleDescription(all->toolTip());
    for (QToolButton *b : std::as_const(m_buttons)) {
        const QString key = b->property(kKey).toString();
        if (key.isEmpty())
            continue;
        int count = 0;
        QString label = key;
        for (const Entry &e : std::as_const(m_entries)) {
            if (e.key == key) {
                count = e.count;
                label = e.label;
            }
        }
        word(b, label, count);
    }
}

QString TeamCountBar::text() const
{
    QStringList parts;
    for (int i = 0; i < m_layout->count(); ++i)
        if (auto *b = qobject_cast<QToolButton *>(m_layout->itemAt(i)->widget()))
            if (!b->isHidden())
                parts << b->text();
    return parts.join(u" · "_s);
}

void TeamCountBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
