#include "embeddedsimulator.h"

#include "gwssimulator.h"

using namespace Qt::StringLiterals;

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
        auto *simulator = new GwsSimulator(host);
        simulator->setDemoEnabled(demo);
        // Signals emitted here reach their receivers in the main thread queued.
        if (simulator->listen())
            emit listening(simulator->baseUrl());
        else
            emit failed();
    });
}
