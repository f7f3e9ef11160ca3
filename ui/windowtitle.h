#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

// The one writer of the main window's title, composed from its parts: a ringing call
// ("Ringing: Jane Doe (+1555…) – "), the missed calls not yet seen ("(2 missed) ") and
// the program's own name ("Softphone (built-in simulator)"). Whoever has a part to show
// sets that part; nobody else sets the window's title.
class WindowTitle : public QObject
{
    Q_OBJECT
public:
    explicit WindowTitle(QWidget *window, const QString &base = {});

    void setBase(const QString &base);
    QString base() const { return m_base; }
    // Empty: nothing rings (or the agent switched the title alert off).
    void setRinging(const QString &ringing);
    void setMissed(int count);
    int missed() const { return m_missed; }
    QString text() const;

private:
    void apply();

    QPointer<QWidget> m_window;
    QString m_base;
    QString m_ringing;
    int m_missed = 0;
};
