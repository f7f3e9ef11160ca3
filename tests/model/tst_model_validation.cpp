#include "validation.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ModelValidation : public QObject
{
    Q_OBJECT
private slots:
    void destination_data();
    void destination();
    void dtmf_data();
    void dtmf();
    void nullErrorPointer();
};

void tst_ModelValidation::destination_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("extension") << u"5001"_s << true << u"5001"_s;
    QTest::newRow("formatted e164") << u"+1 (555) 123-4567"_s << true << u"+15551234567"_s;
    QTest::newRow("feature code") << u"*72#"_s << true << u"*72#"_s;
    QTest::newRow("dots") << u"555.123.4567"_s << true << u"5551234567"_s;
    QTest::newRow("padded") << u"  5001\t"_s << true << u"5001"_s;
    // Not a separator of the contract (tests/contract): refused, as the simulator does.
    QTest::newRow("square brackets") << u"[5001]"_s << false << QString();
    QTest::newRow("32 digits") << QString(32, u'9') << true << QString(32, u'9');
    QTest::newRow("32 after stripping") << (QString(32, u'9') + u" - "_s) << true
                                        << QString(32, u'9');

    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("only separators") << u" -() "_s << false << QString();
    QTest::newRow("letters") << u"abc"_s << false << QString();
    QTest::newRow("33 digits") << QString(33, u'1') << false << QString();
    QTest::newRow("letter inside") << u"12a3"_s << false << QString();
    QTest::newRow("plus alone") << u"+"_s << false << QString();
    QTest::newRow("plus inside") << u"1+2"_s << false << QString();
    QTest::newRow("arabic-indic digit") << u"\u0663"_s << false << QString();
    QTest::newRow("sip uri") << u"sip:5001@host"_s << false << QString();
}

void tst_ModelValidation::destination()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, normalized);

    QString error;
    const std::optional<QString> result = Validation::normalizeDestination(input, &error);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(*result, normalized);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY2(!error.isEmpty(), "an invalid destination must explain why");
    }
}

void tst_ModelValidation::dtmf_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");

    QTest::newRow("all keys") << u"0123456789*#"_s << true;
    // Not in the documented set ("SendDtmf": 0-9, *, #); the simulator refuses them too.
    QTest::newRow("A-D") << u"ABCD"_s << false;
    QTest::newRow("a-d") << u"abcd"_s << false;
    QTest::newRow("single") << u"5"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("letter x") << u"12x"_s << false;
    QTest::newRow("E") << u"E"_s << false;
    QTest::newRow("space") << u"1 2"_s << false;
    QTest::newRow("plus") << u"+1"_s << false;
}

void tst_ModelValidation::dtmf()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);

    QString error;
    QCOMPARE(Validation::isValidDtmf(digits, &error), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void tst_ModelValidation::nullErrorPointer()
{
    QVERIFY(!Validation::normalizeDestination(u"abc"_s));
    QVERIFY(!Validation::isValidDtmf(u"x"_s));
}

QTEST_GUILESS_MAIN(tst_ModelValidation)
#include "tst_model_validation.moc"
