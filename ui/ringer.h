#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <utility>

class AudioOutputs;

// The ring tone (resources/sounds/ring.wav, looped) on the agent's chosen output and, if
// chosen, a second one (speakers beside a headset). Qt Multimedia is in a module of its own
// (softphone_audio, see audiooutputs.h), loaded on the first ring or the first list of
// outputs, not at start-up. Without an audio output, or without the module, it rings
// nowhere and says why (problem()), never fails harder than that.
class Ringer : public QObject
{
    Q_OBJECT
public:
    explicit Ringer(QObject *parent = nullptr);
    ~Ringer() override;

    // Device ids are QAudioDevice::id(); empty `device`: the system's default output,
    // empty `secondDevice`: none. Applied at once if ringing.
    void setOutputs(const QByteArray &device, int volumePercent, const QByteArray &secondDevice);
    void start();
    void stop();
    bool isRinging() const { return m_ringing; }
    // Why it rings nowhere or not where chosen ("No audio output"); empty when all is well.
    QString problem() const { return m_problem; }

    // While ringing, one per chosen output (the main one first): where it rings.
    struct Output
    {
        QByteArray chosen;  // as set; empty: the default output
        QByteArray device;  // the device in use; empty when there is no audio output
        float volume = 1;   // as given to the player
        QObject *player = nullptr; // a QSoundEffect; null without a device: nothing to play on
    };
    QList<Output> outputs() const { return m_outputs; }

    // The outputs the agent can choose from: (id, description). Loads the audio module.
    static QList<std::pair<QByteArray, QString>> outputDevices();
    // The audio module, loaded at the first call (null if it cannot be: moduleProblem()).
    static AudioOutputs *audio();
    static QString moduleProblem();

signals:
    void problemChanged(const QString &problem);

private:
    void buildOutputs();
    void clearOutputs();
    void setProblem(const QString &problem);

    QByteArray m_device;
    QByteArray m_secondDevice;
    int m_volume = 80;
    bool m_ringing = false;
    QString m_problem;
    QList<Output> m_outputs;
};
