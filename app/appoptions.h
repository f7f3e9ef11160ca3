#pragma once

#include <QStringList>
#include <QUrl>

// What the command line asked for. No server means: run the embedded simulator.
struct AppOptions
{
    QUrl server;
    QString user;
    QString password;   // from SOFTPHONE_PASSWORD only; never a command-line argument
    QString place;      // StartContactCenterSession place; empty: the agent's default
    QString caFile;     // extra trusted CA certificates (PEM) for https servers
    QStringList pins;   // --pin-sha256: accepted public-key pins (base64 SHA-256 of the SPKI)
    QString screenshot; // save a PNG of the window once logged in, then quit
    int screenshotDelayMs = 1500;
    QString screenshotScene = QStringLiteral("window"); // window, answer, palette, history
    bool demo = true;   // embedded simulator rings the agent now and then
    bool stayLoggedIn = false; // quitting keeps the contact-center session (sites that want it)
    bool reportReady = false; // print "ready <ms>" on stderr once shown and online (bench/)
    QString error;      // set when the arguments make no sense

    bool embedded() const { return server.isEmpty(); }
    static AppOptions parse(const QStringList &arguments);
};
