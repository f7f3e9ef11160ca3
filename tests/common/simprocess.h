#pragma once

// The gws-sim program in a process of its own, for tests that need a real crash: killing it
// makes the kernel reset its connections, and its state is gone with it.

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <QtCore/qtestsupport_core.h> // QTest::qWaitFor, without linking QtTest

class SimProcess
{
public:
    // `program`: the built gws-sim; `options`: its options besides --port.
    SimProcess(const QString &program, const QStringList &options)
        : m_program(program), m_options(options)
    {}
    ~SimProcess() { kill(); }

    // Starts it on `port` (0: any free one); false if it does not say where it listens.
    // The event loop runs meanwhile (clients in this process go on).
    bool start(quint16 port)
    {
        m_process.start(m_program,
                        QStringList{QStringLiteral("--port"), QString::number(port)} + m_options);
        if (!m_process.waitForStarted(5000))
            return false;
        QByteArray out;
        const QRegularExpression listening(
            QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
        QRegularExpressionMatch match;
        const bool said = QTest::qWaitFor(
            [&] {
                out += m_process.readAllStandardOutput();
                match = listening.match(QString::fromUtf8(out));
                return match.hasMatch() || m_process.state() == QProcess::NotRunning;
            },
            10000);
        if (!said || !match.hasMatch())
            return false;
        m_url = QUrl(match.captured(1));
        return true;
    }
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill(); // SIGKILL: no goodbye to anyone
        m_process.waitForFinished(5000);
    }
    QUrl url() const { return m_url; }

private:
    QString m_program;
    QStringList m_options;
    QProcess m_process;
    QUrl m_url;
};
