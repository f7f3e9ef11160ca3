// The floor of bench_startup: the least a Qt Widgets program pays on this machine to put a
// window on screen (same Qt, same build type as the softphone it is compared with): a
// QMainWindow with a QLabel, shown, nothing else. Every start-up figure of the softphone is
// printed as a ratio to this one (issue 18).

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Empty Qt window"));
    window.setCentralWidget(new QLabel(QStringLiteral("An empty Qt Widgets window")));
    window.resize(640, 400);
    window.show();
    return app.exec();
}
