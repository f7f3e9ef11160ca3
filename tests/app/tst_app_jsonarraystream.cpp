// JsonArrayStream: a JSON array cut into pieces anywhere still yields the same elements.
// jsonMemberText and RepeatedCalls: what an event says, read from its text before a parse.

#include "jsonarraystream.h"
#include "jsonmember.h"
#include "repeatedcalls.h"

#include <QtTest>

class TestJsonArrayStream : public QObject
{
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void stopsWhenAsked();
    void memberText_data();
    void memberText();
    void repeatedCallsOnlyForIdenticalUpdates();
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

void TestJsonArrayStream::memberText_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("expected"); // "<null>": not found for sure

    const QByteArray null = "<null>";
    QTest::newRow("string keeps quotes") << QByteArray(R"({"a":1,"id":"x1"})") << QByteArray("id")
                                         << QByteArray(R"("x1")");
    QTest::newRow("object, spaces around") << QByteArray(" { \"call\" :\n {\"b\": [1, {\"c\":\"}\"}]} , \"z\":null } ")
                                           << QByteArray("call")
                                           << QByteArray(R"({"b": [1, {"c":"}"}]})");
    QTest::newRow("nested name is not a member") << QByteArray(R"({"data":{"id":"in"}})")
                                                 << QByteArray("id") << null;
    QTest::newRow("quote and backslash in a string")
        << QByteArray(R"({"s":"a\"b\\","id":7})") << QByteArray("id") << QByteArray("7");
    QTest::newRow("name twice") << QByteArray(R"({"id":1,"id":2})") << QByteArray("id") << null;
    QTest::newRow("name spelled with an escape") << QByteArray(R"({"i\u0064":1})") << QByteArray("id") << null;
    QTest::newRow("another name with an escape") << QByteArray(R"({"\u0061":1,"id":2})")
                                                 << QByteArray("id") << null;
    QTest::newRow("missing") << QByteArray(R"({"a":1})") << QByteArray("id") << null;
    QTest::newRow("empty object") << QByteArray("{}") << QByteArray("id") << null;
    QTest::newRow("not an object") << QByteArray(R"(["id",1])") << QByteArray("id") << null;
    QTest::newRow("cut short") << QByteArray(R"({"id":"x","b":{"c":1})") << QByteArray("id") << null;
    QTest::newRow("something after") << QByteArray(R"({"id":"x"} {)") << QByteArray("id") << null;
    QTest::newRow("unterminated string") << QByteArray(R"({"id":"x)") << QByteArray("id") << null;
    QTest::newRow("missing colon") << QByteArray(R"({"id" "x"})") << QByteArray("id") << null;
}

void TestJsonArrayStream::memberText()
{
    QFETCH(QByteArray, object);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, expected);
    const QByteArrayView found = jsonMemberText(object, name);
    if (expected == "<null>")
        QVERIFY2(found.isNull(), found.toByteArray().constData());
    else
        QCOMPARE(found.toByteArray(), expected);
}

namespace {
QByteArray callEvent(const char *state, int serverMs, const char *wrapUp = "0",
                     const char *type = "CallStateChangeMessage")
{
    return QStringLiteral(R"({"data":{"notificationType":"StatusChange","call":{"id":"c1","state":"%1",)"
                          R"("capabilities":["Hangup"]},"extensions":{"WrapUpTime":%2},"messageType":"%3",)"
                          R"("metrics":{"serverGenerationTimestamp":%4}},"channel":"/v2/me/calls","id":"%4"})")
        .arg(QLatin1StringView(state), QLatin1StringView(wrapUp), QLatin1StringView(type))
        .arg(serverMs)
        .toUtf8();
}
} // namespace

// Only an update whose call and extensions are byte for byte the last delivered ones for
// that call is a repeat; what the owner forgets is delivered again.
void TestJsonArrayStream::repeatedCallsOnlyForIdenticalUpdates()
{
    RepeatedCalls repeats;
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 1)));
    QVERIFY(repeats.isRepeat(callEvent("Ringing", 2)));  // only the server's metrics differ
    QVERIFY(!repeats.isRepeat(callEvent("Established", 3)));
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 4))); // back: not the last one delivered
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 5, "30"))); // another wrap-up time
    QVERIFY(repeats.isRepeat(callEvent("Ringing", 6, "30")));
    // An error about the call is never one, whatever it carries.
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 7, "30", "ErrorMessage")));
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 8, "30", "ErrorMessage")));
    repeats.forget(QStringLiteral("c1"));
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 9, "30")));
    QVERIFY(repeats.isRepeat(callEvent("Ringing", 10, "30")));
    repeats.forgetAll();
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 11, "30")));
    // Not readable for sure: never a repeat, and whatever was delivered is forgotten (it
    // may have changed the call unseen).
    QVERIFY(repeats.isRepeat(callEvent("Ringing", 12, "30")));
    const QByteArray twice = R"({"data":{"messageType":"CallStateChangeMessage","call":{"id":"c1"},"call":{"id":"c1"}}})";
    QVERIFY(!repeats.isRepeat(twice));
    QVERIFY(!repeats.isRepeat(twice));
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 13, "30")));
    const QByteArray escapedId = R"({"data":{"messageType":"CallStateChangeMessage","call":{"id":"c\u0031"}}})";
    QVERIFY(!repeats.isRepeat(escapedId));
    QVERIFY(!repeats.isRepeat(escapedId));
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 14, "30")));
    const QByteArray twoExtensions = R"({"data":{"messageType":"CallStateChangeMessage","call":{"id":"c1"},)"
                                     R"("extensions":{"WrapUpTime":1},"extensions":{"WrapUpTime":2}}})";
    QVERIFY(!repeats.isRepeat(twoExtensions));
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 15, "30")));
    // Other notifications and meta replies leave the memory as it is.
    QVERIFY(!repeats.isRepeat(R"({"data":{"messageType":"DeviceStateChangeMessage","devices":[]}})"));
    QVERIFY(!repeats.isRepeat(R"({"channel":"/meta/connect","successful":true})"));
    QVERIFY(repeats.isRepeat(callEvent("Ringing", 16, "30")));
    // A call too big to remember is never a repeat (the memory stays bounded), and the
    // smaller one it replaces is forgotten.
    const QByteArray huge = R"({"data":{"messageType":"CallStateChangeMessage","call":{"id":"c1","pad":")"
                            + QByteArray(70 * 1024, 'x') + R"("}}})";
    QVERIFY(!repeats.isRepeat(huge));
    QVERIFY(!repeats.isRepeat(huge));
    QVERIFY(!repeats.isRepeat(callEvent("Ringing", 17, "30")));
}

QTEST_GUILESS_MAIN(TestJsonArrayStream)
#include "tst_app_jsonarraystream.moc"
