// SoftphoneStyle: the agent's window paints without loading any image-format plugin (Qt's
// PNGs probe them all: time and memory at every start), and the group-box frame it draws
// instead of Fusion's PNG is Fusion's, pixel for pixel within antialiasing.

#include "clientstack.h"
#include "gwssimulator.h"
#include "mainwindow.h"
#include "softphonestyle.h"

#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestUiStyle : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    // First: Fusion's own frame, painted by the next test, loads the plugins.
    void windowPaintsWithoutImagePlugins();
    void groupBoxFrameIsFusions_data();
    void groupBoxFrameIsFusions();

private:
    QTemporaryDir m_config;
};

namespace {
QStringList imagePluginsLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {u"(cannot read /proc/self/maps)"_s};
    QStringList plugins;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QString file = QString::fromUtf8(line.mid(line.lastIndexOf(' ') + 1));
        if (file.contains(u"/imageformats/"_s) && !plugins.contains(file))
            plugins << file;
    }
    return plugins;
}

QImage paint(QGroupBox *box, QStyle *style)
{
    box->setStyle(style);
    box->resize(160, 90);
    return box->grab().toImage().convertToFormat(QImage::Format_ARGB32);
}
} // namespace

void TestUiStyle::initTestCase()
{
    QCoreApplication::setOrganizationName(u"softphone-tests"_s);
    QCoreApplication::setApplicationName(u"tst_ui_style"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
    QApplication::setStyle(new SoftphoneStyle(QStyleFactory::create(u"Fusion"_s)));
}

// The whole window, logged in, shown and painted: its group boxes, toolbars and search
// fields, with no image-format plugin in the process.
void TestUiStyle::windowPaintsWithoutImagePlugins()
{
    QCOMPARE(imagePluginsLoaded(), QStringList());
    GwsSimulator sim;
    QVERIFY(sim.listen());
    ClientStack stack(sim.baseUrl(), u"agent1"_s, u"agent1"_s);
    MainWindow window(&stack.session, &stack.control, &stack.availability);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(stack.loginAndWait());
    const QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
    QCOMPARE(imagePluginsLoaded(), QStringList());
}

void TestUiStyle::groupBoxFrameIsFusions_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("checkable");
    QTest::newRow("titled") << u"Case data"_s << false;
    QTest::newRow("untitled") << QString() << false;
    QTest::newRow("checkable") << u"Sound"_s << true;
    QTest::newRow("checkable, untitled") << QString() << true;
}

void TestUiStyle::groupBoxFrameIsFusions()
{
    QFETCH(QString, title);
    QFETCH(bool, checkable);
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(u"Fusion"_s));
    SoftphoneStyle ours(QStyleFactory::create(u"Fusion"_s));
    QGroupBox box(title);
    box.setCheckable(checkable);
    auto *layout = new QVBoxLayout(&box);
    layout->addWidget(new QLabel(u"x"_s));
    const QImage expected = paint(&box, fusion.get());
    const QImage actual = paint(&box, &ours);
    QCOMPARE(actual.size(), expected.size());
    int worst = 0;
    int differing = 0;
    for (int y = 0; y < expected.height(); ++y) {
        for (int x = 0; x < expected.width(); ++x) {
            const QRgb a = actual.pixel(x, y);
            const QRgb e = expected.pixel(x, y);
            const int d = qMax(qMax(qAbs(qRed(a) - qRed(e)), qAbs(qGreen(a) - qGreen(e))),
                               qAbs(qBlue(a) - qBlue(e)));
            worst = qMax(worst, d);
            differing += d > 2;
        }
    }
    // The line, shadow and shade are the same colours at the same places; the corners'
    // antialiasing differs by a few levels on a few pixels (up to 6 a corner).
    QVERIFY2(worst <= 10 && differing <= 24,
             qPrintable(u"worst %1, %2 pixels differ"_s.arg(worst).arg(differing)));
}

QTEST_MAIN(TestUiStyle)
#include "tst_ui_style.moc"
