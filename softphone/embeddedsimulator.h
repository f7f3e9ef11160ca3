#pragma once

#include <QObject>
#include <QThread>
#include <QUrl>

// The built-in GWS simulator (no --server) on a thread of its own: it starts while the
// window is being built, and its work never stalls the window, nor the window's its. It is
// a module (softphone_simulator, simulatormodule.h), loaded in that thread.
// Every object of the simulator is made, used and deleted in that thread: GwsSimulator
// makes timers and sockets as it is built, so it is built there rather than moved.
class EmbeddedSimulator : public QObject
{
    Q_OBJECT
public:
    explicit EmbeddedSimulator(QObject *parent = nullptr);
    // Deletes the simulator in its thread, then joins the thread.
    ~EmbeddedSimulator() override;

    // Starts the thread; listening() or failed() follows. `demo`: rings the agent now and then.
    void start(bool demo);

signals:
    void listening(const QUrl &baseUrl); // http://127.0.0.1:<port>
    void failed(const QString &why);     // no loopback port, or no module

private:
    QThread m_thread;
};
