// The error wording table: statusCode + operation + situation -> words an agent uses.

#include "errorwording.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

GwsResult refused(int httpStatus, int statusCode)
{
    GwsResult r;
    r.kind = httpStatus == 200 ? GwsResult::Kind::Api : GwsResult::Kind::Http;
    r.httpStatus = httpStatus;
    r.statusCode = statusCode;
    r.statusMessage = u"Server words"_s;
    return r;
}

GwsResult ofKind(GwsResult::Kind kind)
{
    GwsResult r;
    r.kind = kind;
    return r;
}

} // namespace

class TestErrorWording : public QObject
{
    Q_OBJECT
private slots:
    void wording_data();
    void wording();
    void everyOperationAndOutcomeHasWords();
};

void TestErrorWording::wording_data()
{
    QTest::addColumn<int>("op"); // -1: unknown
    QTest::addColumn<GwsResult>("result");
    QTest::addColumn<bool>("asynchronous");
    QTest::addColumn<bool>("callGone");
    QTest::addColumn<bool>("inbound");
    QTest::addColumn<bool>("callerOnHold");
    QTest::addColumn<QString>("destination");
    QTest::addColumn<QString>("expected");

    const int hold = int(CallOperation::Hold);
    QTest::newRow("404 on an inbound call")
        << hold << refused(404, 6) << false << false << true << false << QString()
        << u"the caller has already hung up"_s;
    QTest::newRow("call gone, outbound")
        << int(CallOperation::Retrieve) << refused(400, 2) << false << true << false << false
        << QString() << u"the other party has already hung up"_s;
    QTest::newRow("consult to a busy number")
        << int(CallOperation::InitiateTransfer) << refused(200, 2) << true << false << true
        << true << u"5002"_s
        << u"5002 is busy; your caller is still on hold: Retrieve or try another number"_s;
    QTest::newRow("conference to a busy number")
        << int(CallOperation::SingleStepConference) << refused(200, 2) << true << false << true
        << false << u"+15550000000"_s << u"+15550000000 is busy; try another number or again later"_s;
    QTest::newRow("dialled number busy")
        << int(CallOperation::Dial) << refused(200, 2) << true << false << false << false
        << u"5002"_s << u"5002 is busy; try another number or again later"_s;
    QTest::newRow("invalid number")
        << int(CallOperation::SingleStepTransfer) << refused(400, 10) << false << false << true
        << false << u"12ab"_s << u"12ab is not a number that can be called: check it and try again"_s;
    QTest::newRow("own number")
        << int(CallOperation::SingleStepConference) << refused(400, 2) << false << false << true
        << false << u"5001"_s
        << u"5001 cannot be called from this call now: it may be your own number or already in the call"_s;
    QTest::newRow("state changed")
        << hold << refused(400, 2) << false << false << true << false << QString()
        << u"not possible any more: the call changed meanwhile; check it and try again"_s;
    QTest::newRow("tones refused")
        << int(CallOperation::SendDtmf) << refused(400, 2) << false << false << true << false
        << QString() << u"the tones were not sent: the call cannot take tones now"_s;
    QTest::newRow("no permission")
        << hold << refused(403, 5) << false << false << true << false << QString()
        << u"you are not allowed to do this; ask your supervisor"_s;
    QTest::newRow("server fault")
        << hold << refused(500, 4) << false << false << true << false << QString()
        << u"nothing was done: the server had a problem; try again"_s;
    QTest::newRow("timeout")
        << int(CallOperation::Answer) << ofKind(GwsResult::Kind::Timeout) << false << false
        << true << false << QString()
        << u"the server did not answer in time; the call will show what really happened once it answers"_s;
    QTest::newRow("network")
        << hold << ofKind(GwsResult::Kind::Network) << false << false << true << false
        << QString() << u"nothing was done: the server cannot be reached; check your connection"_s;
    QTest::newRow("session expired")
        << hold << refused(401, 0) << false << false << true << false << QString()
        << u"nothing was done: your session had expired and you are signed in again; check the call and try again"_s;
    // A Dial has no call: its 404 is no caller hanging up.
    QTest::newRow("dial 404")
        << int(CallOperation::Dial) << refused(404, 6) << false << false << false << false
        << u"5002"_s << u"the server refused it; try again"_s;
    QTest::newRow("unknown operation, error notification")
        << -1 << refused(200, 2) << true << false << false << false << QString()
        << u"not possible any more: the call changed meanwhile; check it and try again"_s;
    QTest::newRow("busy without a number known")
        << int(CallOperation::InitiateConference) << refused(200, 2) << true << false << false
        << false << QString() << u"the number is busy; try another number or again later"_s;
}

void TestErrorWording::wording()
{
    QFETCH(int, op);
    QFETCH(GwsResult, result);
    QFETCH(bool, asynchronous);
    QFETCH(bool, callGone);
    QFETCH(bool, inbound);
    QFETCH(bool, callerOnHold);
    QFETCH(QString, destination);
    QFETCH(QString, expected);
    FailureSituation s;
    if (op >= 0)
        s.op = CallOperation(op);
    s.result = result;
    s.asynchronous = asynchronous;
    s.callGone = callGone;
    s.inbound = inbound;
    s.callerOnHold = callerOnHold;
    s.destination = destination;
    QCOMPARE(ErrorWording::plain(s), expected);
}

// No combination is left without words, none shows the server's own text or a placeholder.
void TestErrorWording::everyOperationAndOutcomeHasWords()
{
    QList<GwsResult> outcomes;
    for (int code : {0, 1, 2, 3, 4, 5, 6, 7, 10, 20})
        for (int http : {200, 400, 401, 403, 404, 500, 503})
            outcomes << refused(http, code);
    for (auto kind : {GwsResult::Kind::Network, GwsResult::Kind::Tls, GwsResult::Kind::Timeout,
                      GwsResult::Kind::BadReply, GwsResult::Kind::Cancelled,
                      GwsResult::Kind::SignInPage})
        outcomes << ofKind(kind);
    for (CallOperation op : CallOperations::all()) {
        for (const GwsResult &r : std::as_const(outcomes)) {
            for (bool async : {false, true}) {
                FailureSituation s;
                s.op = op;
                s.result = r;
                s.asynchronous = async;
                const QString text = ErrorWording::plain(s);
                QVERIFY(!text.isEmpty());
                QVERIFY2(!text.contains(u"%1"_s) && !text.contains(u"Server words"_s),
                         qPrintable(text));
                QVERIFY2(text.at(0).isLower() || text.at(0).isDigit(), qPrintable(text));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestErrorWording)
#include "tst_app_errorwording.moc"
