// The pure rules behind the palette and the shortcut editor: fuzzy matching, and which
// shortcut an action may take.

#include "fuzzymatch.h"
#include "shortcutrules.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestUiKeyboardRules : public QObject
{
    Q_OBJECT
private slots:
    void fuzzyMatches_data();
    void fuzzyMatches();
    void fuzzyRanks();
    void conflicts_data();
    void conflicts();
};

void TestUiKeyboardRules::fuzzyMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    QTest::newRow("empty matches all") << u""_s << u"Hold"_s << true;
    QTest::newRow("subsequence") << u"hld"_s << u"Hold"_s << true;
    QTest::newRow("case-insensitive") << u"HOLD"_s << u"hold"_s << true;
    QTest::newRow("across words") << u"ct"_s << u"Consult transfer…"_s << true;
    QTest::newRow("digits") << u"0999"_s << u"+15557770999"_s << true;
    QTest::newRow("out of order") << u"dlh"_s << u"Hold"_s << false;
    QTest::newRow("missing letter") << u"holx"_s << u"Hold"_s << false;
    QTest::newRow("longer than text") << u"holds"_s << u"Hold"_s << false;
    QTest::newRow("empty text") << u"h"_s << u""_s << false;
}

void TestUiKeyboardRules::fuzzyMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const int score = fuzzyMatchScore(pattern, text);
    QCOMPARE(score >= 0, matches);
    if (pattern.isEmpty())
        QCOMPARE(score, 0);
    else if (matches)
        QVERIFY(score > 0);
}

// Higher is likelier: what an agent typing the start of words or a run of letters means.
void TestUiKeyboardRules::fuzzyRanks()
{
    auto better = [](const QString &pattern, const QString &a, const QString &b) {
        const int sa = fuzzyMatchScore(pattern, a);
        const int sb = fuzzyMatchScore(pattern, b);
        if (sa <= sb)
            qWarning() << pattern << a << sa << "not above" << b << sb;
        return sa > sb;
    };
    QVERIFY(better(u"hld"_s, u"Hold"_s, u"Hang up, then dial"_s));
    QVERIFY(better(u"hold"_s, u"Hold"_s, u"Put on hold later"_s));
    QVERIFY(better(u"ct"_s, u"Consult transfer…"_s, u"Complete conference"_s));
    QVERIFY(better(u"lun"_s, u"Not Ready - Lunch"_s, u"Not Ready - Lull in n"_s));
    QVERIFY(better(u"mute"_s, u"Mute"_s, u"Unmute"_s));
    QVERIFY(better(u"rdy"_s, u"Ready"_s, u"Not Ready - Everything"_s));
    // The best alignment counts, not the first: "tr" at the word start of "transfer".
    QVERIFY(better(u"tr"_s, u"Complete transfer"_s, u"Complete etc. rest"_s));
}

void TestUiKeyboardRules::conflicts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("keys");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QString>("other");
    using V = ShortcutCheck::Verdict;
    QTest::newRow("free") << u"hold"_s << u"Ctrl+Alt+H"_s << int(V::Ok) << QString();
    QTest::newRow("none") << u"hold"_s << QString() << int(V::Ok) << QString();
    QTest::newRow("its own") << u"hold"_s << u"Ctrl+Shift+H"_s << int(V::Ok) << QString();
    QTest::newRow("taken") << u"retrieve"_s << u"Ctrl+Shift+H"_s << int(V::Conflict) << u"hold"_s;
    QTest::newRow("taken, F-key") << u"hold"_s << u"F7"_s << int(V::Conflict) << u"ready"_s;
    QTest::newRow("prefix of a chord") << u"hold"_s << u"Ctrl+K"_s << int(V::Conflict)
                                       << u"palette2"_s;
    QTest::newRow("chord starting with one") << u"hold"_s << u"Ctrl+Q, Ctrl+X"_s
                                             << int(V::Conflict) << u"quit"_s;
    QTest::newRow("letter alone") << u"hold"_s << u"H"_s << int(V::NeedsModifier) << QString();
    QTest::newRow("shift letter") << u"hold"_s << u"Shift+H"_s << int(V::NeedsModifier)
                                  << QString();
    QTest::newRow("digit alone") << u"hold"_s << u"5"_s << int(V::NeedsModifier) << QString();
    QTest::newRow("escape alone") << u"hold"_s << u"Esc"_s << int(V::NeedsModifier) << QString();
    QTest::newRow("function key alone") << u"hold"_s << u"F9"_s << int(V::Ok) << QString();
    QTest::newRow("shift function key") << u"hold"_s << u"Shift+F7"_s << int(V::Ok) << QString();
    QTest::newRow("alt letter") << u"hold"_s << u"Alt+H"_s << int(V::Ok) << QString();
}

void TestUiKeyboardRules::conflicts()
{
    QFETCH(QString, id);
    QFETCH(QString, keys);
    QFETCH(int, verdict);
    QFETCH(QString, other);
    const QList<ShortcutBinding> bindings{
        {u"hold"_s, QKeySequence(u"Ctrl+Shift+H"_s)},
        {u"retrieve"_s, QKeySequence(u"Ctrl+Shift+R"_s)},
        {u"ready"_s, QKeySequence(Qt::Key_F7)},
        {u"quit"_s, QKeySequence(u"Ctrl+Q"_s)},
        {u"palette2"_s, QKeySequence(u"Ctrl+K, Ctrl+P"_s)},
        {u"unbound"_s, QKeySequence()}, // no shortcut conflicts with nothing
    };
    const ShortcutCheck check = checkShortcut(bindings, id, QKeySequence(keys));
    QCOMPARE(int(check.verdict), verdict);
    QCOMPARE(check.otherId, other);
    QCOMPARE(check.ok(), verdict == int(ShortcutCheck::Verdict::Ok));
}

QTEST_GUILESS_MAIN(TestUiKeyboardRules)
#include "tst_ui_keyboardrules.moc"
