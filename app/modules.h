#pragma once

#include <QObject>
#include <QString>

// Our modules: Qt plugins built to <build>/modules and installed to lib/softphone, code a
// program loads when it is first needed rather than at every start (issue 18): the ring
// tone's Qt Multimedia (softphone_audio), the built-in simulator (softphone_simulator).
namespace Modules {
// The module's root object (it stays loaded until the program ends), or null with
// `problem` naming every path tried and why it failed.
QObject *load(const QString &fileName, QString *problem);

// The module's root object as its interface (Q_DECLARE_INTERFACE), or null with `problem`
// saying why: not found, not loadable, or not that kind of module.
template <class Interface>
Interface *load(const QString &fileName, QString *problem)
{
    QObject *root = load(fileName, problem);
    auto *module = qobject_cast<Interface *>(root);
    if (root && !module && problem)
        *problem = fileName + QStringLiteral(": not a module of the kind expected");
    return module;
}
}
