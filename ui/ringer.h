#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <utility>

class QSoundEffect;

// The ring tone (resources/sounds/ring.wav, looped) on the agent's chosen output and, if
// chosen, a second one (speakers beside a headset). Qt Multimedia's audio backend loads on
// the first ring, not at start-up. Without an audio output it rings nowhere and says why
// (problem()), never fails harder than that.
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
        QSoundEffect *player = nullptr; // null without a device: nothing to play on
    };
    QList<Output> outputs() const { return m_outputs; }

    // The outputs the agent can choose from: (id, description). Loads the audio backend.
    static QList<std::pair<QByteArray, QString>> outputDevices();

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
