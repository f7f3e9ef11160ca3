#include "embeddedsimulator.h"

#include "modules.h"
#include "simulatormodule.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSimulator, "softphone.simulator", QtInfoMsg)

EmbeddedSimulator::EmbeddedSimulator(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"gws-sim"_s);
}

EmbeddedSimulator::~EmbeddedSimulator()
{
    m_thread.quit();
    m_thread.wait();
}

void EmbeddedSimulator::start(bool demo)
{
    // A plain object in the thread hosts the simulator as its child: deleted there when
    // the thread's event loop ends (QThread::finished), and the simulator with it.
    auto *host = new QObject;
    host->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, host, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(host, [this, host, demo] {
        // Loaded here, off the window's thread, like everything else of the simulator.
        QString problem;
        auto *module =
            Modules::load<SimulatorModule>(QLatin1String(SOFTPHONE_SIMULATOR_MODULE), &problem);
        if (!module) {
            qCWarning(lcSimulator).noquote() << "no simulator module:" << problem;
            emit failed(tr("the simulator's module is missing (%1)")
                            .arg(QLatin1String(SOFTPHONE_SIMULATOR_MODULE)));
            return;
        }
        // Signals emitted here reach their receivers in the main thread queued.
        const QUrl url = module->start(host, demo);
        if (url.isValid())
            emit listening(url);
        else
            emit failed(tr("no loopback port to listen on"));
    });
}
