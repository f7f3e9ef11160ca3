// The softphone_simulator module: the GWS simulator (sim/) behind SimulatorModule.
#include "gwssimulator.h"
#include "simulatormodule.h"

#include <QObject>

class EmbeddedGws : public QObject, public SimulatorModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SimulatorModule_iid)
    Q_INTERFACES(SimulatorModule)
public:
    QUrl start(QObject *host, bool demo) override
    {
        auto *simulator = new GwsSimulator(host);
        simulator->setDemoEnabled(demo);
        return simulator->listen() ? simulator->baseUrl() : QUrl();
    }
};

#include "simulatorplugin.moc"
