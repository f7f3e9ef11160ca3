#include "dialpad.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

DialPad::DialPad(QWidget *parent)
    : QWidget(parent)
    , m_sent(new QLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    const struct { QChar key; const char *letters; } keys[] = {
        {u'1', ""}, {u'2', "ABC"}, {u'3', "DEF"}, {u'4', "GHI"}, {u'5', "JKL"}, {u'6', "MNO"},
        {u'7', "PQRS"}, {u'8', "TUV"}, {u'9', "WXYZ"}, {u'*', ""}, {u'0', "+"}, {u'#', ""},
    };
    // Room for a digit over "WXYZ" in the font the agent chose (large text included).
    const QFontMetrics metrics = fontMetrics();
    const QSize keySize(metrics.horizontalAdvance(u"WXYZ"_s) + metrics.height(),
                        metrics.lineSpacing() * 2 + metrics.height() / 2);
    int index = 0;
    for (const auto &k : keys) {
        auto *b = new QToolButton(this);
        const QString letters = QLatin1String(k.letters);
        b->setText(letters.isEmpty() ? QString(k.key) : QString(k.key) + u'\n' + letters);
        b->setObjectName(u"key_"_s + k.key);
        b->setFocusPolicy(Qt::NoFocus); // the pad keeps focus, so typing keeps working
        b->setMinimumSize(keySize);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        const QChar key = k.key;
        connect(b, &QToolButton::clicked, this, [this, key] { emit keyPressed(key); });
        grid->addWidget(b, index / 3, index % 3);
        m_buttons.insert(key, b);
        ++index;
    }
    layout->addLayout(grid);
    m_sent->setObjectName(u"sentDigits"_s);
    m_sent->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sent);
    retranslateUi();
}

void DialPad::retranslateUi()
{
    setAccessibleName(tr("Dial pad"));
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setAccessibleName(tr("Key %1").arg(it.key()));
    m_sent->setAccessibleName(tr("DTMF digits sent"));
    setSentDigits(sentDigits());
}

void DialPad::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DialPad::setSentDigits(const QString &digits)
{
    m_sent->setProperty("digits", digits);
    m_sent->setText(digits.isEmpty() ? QString() : tr("Sent: %1").arg(digits));
}

QString DialPad::sentDigits() const
{
    return m_sent->property("digits").toString();
}

void DialPad::setSentDigitsVisible(bool visible)
{
    m_sent->setVisible(visible);
}

bool DialPad::pressKey(QChar key)
{
    QToolButton *b = m_buttons.value(key);
    if (!b)
        return false;
    b->animateClick(); // shows the press, then emits clicked -> keyPressed
    return true;
}

void DialPad::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.size() == 1 && pressKey(text.at(0)))
        return;
    QWidget::keyPressEvent(event);
}
