#pragma once

#include <QtPlugin>
#include <QUrl>

class QObject;

// The built-in simulator as a module (softphone_simulator, app/modules.h): only a program
// started without --server loads it, so an agent on a real server carries neither the
// simulator nor Qt HTTP Server and WebSockets (issue 18).
class SimulatorModule
{
public:
    virtual ~SimulatorModule() = default;
    // Makes a simulator as a child of `host`, in the calling thread, and has it listen on a
    // loopback port: its base URL, or an empty URL when it cannot listen.
    virtual QUrl start(QObject *host, bool demo) = 0;
};

#define SimulatorModule_iid "org.softphone.SimulatorModule/1"
Q_DECLARE_INTERFACE(SimulatorModule, SimulatorModule_iid)
