#include "modules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPluginLoader>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
// Installed: beside the program's bin/ as lib/softphone. The build tree's module folder
// only for a program that runs from that build tree (its tests included): an installed
// program never loads code from wherever it happened to be built.
QStringList moduleDirs()
{
    const QString here = QCoreApplication::applicationDirPath();
    QStringList dirs{QDir::cleanPath(here + u'/' + QLatin1String(SOFTPHONE_MODULE_DIR_FROM_BIN))};
    const QString buildTree = QFileInfo(QLatin1String(SOFTPHONE_BUILD_DIR)).canonicalFilePath();
    if (!buildTree.isEmpty() && (here == buildTree || here.startsWith(buildTree + u'/')))
        dirs << QLatin1String(SOFTPHONE_BUILD_MODULE_DIR);
    return dirs;
}
} // namespace

QObject *Modules::load(const QString &fileName, QString *problem)
{
    QStringList tried;
    for (const QString &dir : moduleDirs()) {
        const QString path = dir + u'/' + fileName;
        if (!QFile::exists(path))
            continue;
        QPluginLoader loader(path);
        if (QObject *root = loader.instance())
            return root;
        tried << path + u": "_s + loader.errorString();
    }
    if (tried.isEmpty())
        for (const QString &dir : moduleDirs())
            tried << dir + u'/' + fileName + u": not found"_s;
    if (problem)
        *problem = tried.join(u"; "_s);
    return nullptr;
}
