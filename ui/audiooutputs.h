#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QtPlugin>
#include <utility>

// What the ringer needs of an audio system. Implemented on Qt Multimedia by the
// softphone_audio module (ui/multimediaoutputs.cpp), which Ringer loads the first time a
// call rings or Settings lists the outputs: linked into the program, Qt Multimedia with its
// backend and codecs cost every start some 9 ms and 3 MiB (issue 18).
class AudioOutputs
{
public:
    virtual ~AudioOutputs() = default;
    // (id, description) of each output the system has; ids are QAudioDevice::id().
    virtual QList<std::pair<QByteArray, QString>> outputs() const = 0;
    // The system's default output; empty when there is none.
    virtual QByteArray defaultOutput() const = 0;
    // A player (a QSoundEffect) looping `source` on output `device` at `volume` (0..1),
    // already started, owned by `parent`; null when that output does not exist.
    virtual QObject *loop(const QByteArray &device, const QUrl &source, float volume,
                          QObject *parent) = 0;
};

#define AudioOutputs_iid "org.softphone.AudioOutputs/1"
Q_DECLARE_INTERFACE(AudioOutputs, AudioOutputs_iid)
