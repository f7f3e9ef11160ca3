// The softphone program: reads the options and hands them, with the system keychain, to
// the Application, which builds and runs everything else.
#include "application.h"
#include "appoptions.h"
#include "credentialstore.h"
#include "softphonestyle.h"
#include "svgicons.h"
#include "translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart; // --report-ready measures from here
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Softphone"_s);
    QApplication::setOrganizationName(u"Softphone"_s);
    QApplication::setApplicationVersion(u"0.1.0"_s);
    QApplication::setDesktopFileName(u"softphone"_s);
    QApplication::setWindowIcon(SvgIcons::icon(u"softphone"));
    // The platform's style (or -style), with our icons where Qt's cost a plugin scan.
    QApplication::setStyle(new SoftphoneStyle(QApplication::style()));
    // The agent's language (Settings), before any text is made: the option errors too.
    Translations::apply(Translations::load(QSettings()));

    const AppOptions options = AppOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        qCritical().noquote() << options.error;
        return 2;
    }
    CredentialStore keychain;
    Application application(options, &keychain);
    application.setStartClock(sinceStart);
    QObject::connect(&application, &Application::fatalError, &app, [](const QString &reason) {
        qCritical().noquote() << reason;
        QCoreApplication::exit(1);
    });
    if (!application.start()) {
        qCritical().noquote() << application.error();
        return 2;
    }
    return app.exec();
}
