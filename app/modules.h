#pragma once

#include <QString>

class QObject;

// Our modules: Qt plugins built to <build>/modules and installed to lib/softphone, code a
// program loads when it is first needed rather than at every start (issue 18): the ring
// tone's Qt Multimedia (softphone_audio), the built-in simulator (softphone_simulator).
namespace Modules {
// The module's root object (it stays loaded until the program ends), or null with
// `problem` naming every path tried and why it failed.
QObject *load(const QString &fileName, QString *problem);
}
