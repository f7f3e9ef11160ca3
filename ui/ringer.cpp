#include "ringer.h"

#include "audiooutputs.h"
#include "modules.h"

#include <algorithm>

#include <QLoggingCategory>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudio, "softphone.audio", QtInfoMsg)

namespace {
QString &loadProblem()
{
    static QString problem;
    return problem;
}
} // namespace

AudioOutputs *Ringer::audio()
{
    static AudioOutputs *const loaded = []() -> AudioOutputs * {
        auto *outputs =
            Modules::load<AudioOutputs>(QLatin1String(SOFTPHONE_AUDIO_MODULE), &loadProblem());
        if (outputs) {
            qCDebug(lcAudio) << "audio module loaded";
            return outputs; // stays loaded: the instance lives until the program ends
        }
        qCWarning(lcAudio).noquote() << "no audio module, the ring tone is off:" << loadProblem();
        return nullptr;
    }();
    return loaded;
}

QString Ringer::moduleProblem()
{
    audio();
    return loadProblem();
}

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
    AudioOutputs *outputs = audio();
    return outputs ? outputs->outputs() : QList<std::pair<QByteArray, QString>>();
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
    AudioOutputs *audio = Ringer::audio();
    const auto devices = audio ? audio->outputs() : QList<std::pair<QByteArray, QString>>();
    const QByteArray fallback = audio ? audio->defaultOutput() : QByteArray();
    const auto describe = [&devices](const QByteArray &id) {
        for (const auto &[deviceId, description] : devices)
            if (deviceId == id)
                return description;
        return QString::fromUtf8(id);
    };
    for (const QByteArray &id : std::as_const(wanted)) {
        // The chosen output, else the system's default one.
        const bool found = id.isEmpty()
                           || std::any_of(devices.cbegin(), devices.cend(),
                                          [&id](const auto &d) { return d.first == id; });
        const QByteArray device = found && !id.isEmpty() ? id : fallback;
        Output output{id, device, float(m_volume) / 100.0f, nullptr};
        if (device.isEmpty()) {
            problems << (audio ? tr("No audio output")
                               : tr("No audio output: the audio module is missing"));
            m_outputs.append(output);
            continue;
        }
        if (!found)
            problems << tr("%1 is not connected; ringing on %2")
                            .arg(QString::fromUtf8(id), describe(device));
        output.player = audio->loop(device, QUrl(u"qrc:/sounds/ring.wav"_s), output.volume, this);
        m_outputs.append(output);
    }
    problems.removeDuplicates();
    setProblem(problems.join(u"; "_s));
}

void Ringer::clearOutputs()
{
    for (const Output &output : std::as_const(m_outputs)) {
        delete output.player; // a QSoundEffect stops as it goes
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
