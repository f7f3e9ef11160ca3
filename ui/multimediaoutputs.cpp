// The softphone_audio module: AudioOutputs on Qt Multimedia, loaded by Ringer when needed.
#include "audiooutputs.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>

class MultimediaOutputs : public QObject, public AudioOutputs
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID AudioOutputs_iid)
    Q_INTERFACES(AudioOutputs)
public:
    QList<std::pair<QByteArray, QString>> outputs() const override
    {
        QList<std::pair<QByteArray, QString>> list;
        const QList<QAudioDevice> devices = QMediaDevices::audioOutputs();
        for (const QAudioDevice &device : devices)
            list.append({device.id(), device.description()});
        return list;
    }

    QByteArray defaultOutput() const override
    {
        return QMediaDevices::defaultAudioOutput().id();
    }

    QObject *loop(const QByteArray &device, const QUrl &source, float volume,
                  QObject *parent) override
    {
        const QList<QAudioDevice> devices = QMediaDevices::audioOutputs();
        for (const QAudioDevice &output : devices) {
            if (output.id() != device)
                continue;
            auto *player = new QSoundEffect(output, parent);
            player->setSource(source);
            player->setLoopCount(QSoundEffect::Infinite);
            player->setVolume(volume);
            player->play();
            return player;
        }
        return nullptr;
    }
};

#include "multimediaoutputs.moc"
