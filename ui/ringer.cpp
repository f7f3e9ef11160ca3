#include "ringer.h"

#include "audiooutputs.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QUrl>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAudio, "softphone.audio", QtInfoMsg)

namespace {
QString &loadProblem()
{
    static QString problem;
    return problem;
}

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

AudioOutputs *Ringer::audio()
{
    static AudioOutputs *const loaded = []() -> AudioOutputs * {
        QStringList tried;
        for (const QString &dir : moduleDirs()) {
            const QString path = dir + u'/' + QLatin1String(SOFTPHONE_AUDIO_MODULE);
            if (!QFile::exists(path))
                continue;
            QPluginLoader loader(path);
            if (auto *outputs = qobject_cast<AudioOutputs *>(loader.instance())) {
                qCDebug(lcAudio).noquote() << "audio module loaded from" << path;
                return outputs; // stays loaded: the instance lives until the program ends
            }
            tried << path + u": "_s + loader.errorString();
        }
        if (tried.isEmpty())
            tried = moduleDirs();
        loadProblem() = tried.join(u"; "_s);
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
