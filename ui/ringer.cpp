#include "ringer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {
// The device with that id, else the default output (null when there is none).
QAudioDevice findOutput(const QByteArray &id, bool *found)
{
    *found = id.isEmpty();
    if (!id.isEmpty()) {
        const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
        for (const QAudioDevice &device : outputs)
            if (device.id() == id) {
                *found = true;
                return device;
            }
    }
    return QMediaDevices::defaultAudioOutput();
}
} // namespace

Ringer::Ringer(QObject *parent)
    : QObject(parent)
{
}

Ringer::~Ringer()
{
    clearOutputs();
}

QList<std::pair<QByteArray, QString>> Ringer::outputDevices()
{
    QList<std::pair<QByteArray, QString>> list;
    const QList<QAudioDevice> outputs = QMediaDevices::audioOutputs();
    for (const QAudioDevice &device : outputs)
        list.append({device.id(), device.description()});
    return list;
}

void Ringer::setOutputs(const QByteArray &device, int volumePercent,
                        const QByteArray &secondDevice)
{
    m_device = device;
    m_volume = qBound(0, volumePercent, 100);
    m_secondDevice = secondDevice == device ? QByteArray() : secondDevice;
    if (m_ringing) {
        clearOutputs();
        buildOutputs();
    }
}

void Ringer::start()
{
    if (m_ringing)
        return;
    m_ringing = true;
    buildOutputs();
}

void Ringer::stop()
{
    if (!m_ringing)
        return;
    m_ringing = false;
    clearOutputs();
}

void Ringer::buildOutputs()
{
    QStringList problems;
    QList<QByteArray> wanted{m_device};
    if (!m_secondDevice.isEmpty())
        wanted.append(m_secondDevice);
    for (const QByteArray &id : std::as_const(wanted)) {
        bool found = false;
        const QAudioDevice device = findOutput(id, &found);
        Output output{id, device.id(), float(m_volume) / 100.0f, nullptr};
        if (device.isNull()) {
            problems << tr("No audio output");
            m_outputs.append(output);
            continue;
        }
        if (!found)
            problems << tr("%1 is not connected; ringing on %2")
                            .arg(QString::fromUtf8(id), device.description());
        output.player = new QSoundEffect(device, this);
        output.player->setSource(QUrl(u"qrc:/sounds/ring.wav"_s));
        output.player->setLoopCount(QSoundEffect::Infinite);
        output.player->setVolume(output.volume);
        output.player->play();
        m_outputs.append(output);
    }
    problems.removeDuplicates();
    setProblem(problems.join(u"; "_s));
}

void Ringer::clearOutputs()
{
    for (const Output &output : std::as_const(m_outputs)) {
        if (output.player) {
            output.player->stop();
            delete output.player;
        }
    }
    m_outputs.clear();
}

void Ringer::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}
