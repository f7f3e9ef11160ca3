#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Agent softphone for Genesys Web Services. "
                                                  "Without --server it runs on a built-in "
                                                  "simulator, logged in as agent1."));
    parser.addHelpOption();
    const QCommandLineOption server(u"server"_s,
                                    QCoreApplication::translate("AppOptions", "GWS base URL, e.g. https://gws.example.com:8443"),
                                    u"url"_s);
    const QCommandLineOption user(u"user"_s, QCoreApplication::translate("AppOptions", "User name (password from SOFTPHONE_PASSWORD or asked)"), u"name"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, QCoreApplication::translate("AppOptions", "Save a PNG of the window once logged in, then quit"), u"file"_s);
    const QCommandLineOption delay(u"screenshot-delay"_s, QCoreApplication::translate("AppOptions", "Milliseconds to wait before the screenshot"), u"ms"_s, u"1500"_s);
    const QCommandLineOption noDemo(u"no-demo"_s, QCoreApplication::translate("AppOptions", "Embedded simulator: no random demo calls"));
    const QCommandLineOption caFile(u"ca-file"_s, QCoreApplication::translate("AppOptions", "Also trust the CA certificates in this PEM file"), u"file"_s);
    const QCommandLineOption reportReady(u"report-ready"_s, QCoreApplication::translate("AppOptions", "Print \"ready <ms>\" on stderr once the window is shown and the session online"));
    const QCommandLineOption place(u"place"_s, QCoreApplication::translate("AppOptions", "Log in at this place (default: the agent's own)"), u"name"_s);
    const QCommandLineOption stayLoggedIn(u"stay-logged-in"_s, QCoreApplication::translate("AppOptions", "Quitting does not end the contact-center session"));
    const QCommandLineOption pin(u"pin-sha256"_s, QCoreApplication::translate("AppOptions", "Accept the server only with this public-key pin (base64 SHA-256 of its SubjectPublicKeyInfo, as curl --pinnedpubkey); repeatable"), u"base64"_s);
    const QCommandLineOption scene(u"screenshot-scene"_s, QCoreApplication::translate("AppOptions", "What to show before the screenshot: window, answer (answer the ringing call first), wrapup (answer; the far side ends the call), palette, history"), u"scene"_s, u"window"_s);
    parser.addOptions({server, user, place, screenshot, delay, scene, noDemo, caFile, reportReady, stayLoggedIn, pin});
    parser.process(arguments);

    AppOptions o;
    if (parser.isSet(server)) {
        o.server = QUrl::fromUserInput(parser.value(server));
        if (!o.server.isValid() || (o.server.scheme() != u"http" && o.server.scheme() != u"https"))
            o.error = QCoreApplication::translate("AppOptions", "Not an http(s) URL: %1").arg(parser.value(server));
        o.user = parser.value(user);
        o.place = parser.value(place);
        o.stayLoggedIn = parser.isSet(stayLoggedIn);
        for (QString p : parser.values(pin))
            o.pins.append(p.remove(u"sha256//"_s));
        o.password = qEnvironmentVariable("SOFTPHONE_PASSWORD");
    } else if (parser.isSet(user)) {
        o.error = QCoreApplication::translate("AppOptions", "--user needs --server");
    }
    o.caFile = parser.value(caFile);
    o.screenshot = parser.value(screenshot);
    o.screenshotDelayMs = parser.value(delay).toInt();
    o.screenshotScene = parser.value(scene);
    o.demo = !parser.isSet(noDemo);
    o.reportReady = parser.isSet(reportReady);
    return o;
}
