// JsonArrayStream: a JSON array cut into pieces anywhere still yields the same elements.

#include "jsonarraystream.h"

#include <QtTest>

class TestJsonArrayStream : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void stopsWhenAsked();
};

namespace {

struct Outcome
{
    QList<QByteArray> elements;
    bool failed = false;
    bool finished = false;
};

// Feeds `input` in pieces of `piece` bytes (0: whole).
Outcome run(const QByteArray &input, int piece)
{
    JsonArrayStream stream;
    Outcome out;
    auto collect = [&out](QByteArrayView element) {
        out.elements.append(element.toByteArray());
        return true;
    };
    if (piece <= 0) {
        stream.feed(input, collect);
    } else {
        for (qsizetype at = 0; at < input.size(); at += piece)
            stream.feed(QByteArrayView(input.constData() + at,
                                       std::min<qsizetype>(piece, input.size() - at)),
                        collect);
    }
    out.failed = stream.failed();
    out.finished = stream.finished();
    return out;
}

} // namespace

void TestJsonArrayStream::split_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("elements");
    QTest::addColumn<bool>("failed");
    QTest::addColumn<bool>("finished");

    using L = QList<QByteArray>;
    QTest::newRow("empty array") << QByteArray("[]") << L{} << false << true;
    QTest::newRow("spaces") << QByteArray(" \n[ \t]\r\n") << L{} << false << true;
    QTest::newRow("objects") << QByteArray(R"([{"a":1},{"b":[2,{"c":3}]}])")
                             << L{R"({"a":1})", R"({"b":[2,{"c":3}]})"} << false << true;
    QTest::newRow("brackets in strings")
        << QByteArray(R"([{"s":"}]{[,"},{"t":"\"]}\\"}])")
        << L{R"({"s":"}]{[,"})", R"({"t":"\"]}\\"})"} << false << true;
    QTest::newRow("scalars") << QByteArray(R"([1, "x,]", true ,null,[]])")
                             << L{"1", R"("x,]")", "true", "null", "[]"} << false << true;
    QTest::newRow("unicode") << QByteArray(R"([{"n":"Zoë \u00e9"}])") << L{R"({"n":"Zoë \u00e9"})"}
                             << false << true;
    QTest::newRow("truncated") << QByteArray(R"([{"channel":"/meta/connect","succ)") << L{} << false
                               << false;
    QTest::newRow("one of two") << QByteArray(R"([{"a":1},{"b")") << L{R"({"a":1})"} << false
                                << false;
    QTest::newRow("not json") << QByteArray("this is not json") << L{} << true << false;
    QTest::newRow("object, not array")
        << QByteArray(R"({"channel":"/meta/connect"})") << L{} << true << false;
    QTest::newRow("stray brace") << QByteArray(R"([{"a":1}}])") << L{R"({"a":1})"} << true << false;
    QTest::newRow("after the array")
        << QByteArray(R"([{"a":1}] x)") << L{R"({"a":1})"} << true << true;
}

void TestJsonArrayStream::split()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, elements);
    QFETCH(bool, failed);
    QFETCH(bool, finished);
    // Whole, then cut at every size: the result must not depend on where the pieces end.
    for (int piece = 0; piece <= input.size(); ++piece) {
        const Outcome out = run(input, piece);
        QCOMPARE(out.elements, elements);
        QCOMPARE(out.failed, failed);
        QCOMPARE(out.finished, finished);
    }
}

void TestJsonArrayStream::stopsWhenAsked()
{
    JsonArrayStream stream;
    int seen = 0;
    QVERIFY(!stream.feed("[1,2,3]", [&seen](QByteArrayView) { return ++seen < 2; }));
    QCOMPARE(seen, 2);
    QVERIFY(!stream.feed("[4]", [&seen](QByteArrayView) { return ++seen, true; }));
    QCOMPARE(seen, 2);
}

QTEST_GUILESS_MAIN(TestJsonArrayStream)
#include "tst_app_jsonarraystream.moc"
