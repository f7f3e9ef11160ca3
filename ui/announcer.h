#pragma once

#include <QElapsedTimer>
#include <QLabel>
#include <QStringList>
#include <QTimer>

// A short line in the status bar that a screen reader speaks. Qt 6.4 has no announcement
// event and its AT-SPI bridge drops Alert events, so each announcement shows this label
// again as an accessible Notification named by the text: the bridge sends "showing" and
// name changes, which Orca speaks for notifications. Announcements made in the same turn
// of the event loop are said together; the same text again within a few seconds is dropped.
// A line said in another language goes when the language changes.
class Announcer : public QLabel
{
    Q_OBJECT
public:
    explicit Announcer(QWidget *parent = nullptr);

    void announce(const QString &text);
    // How long a said line stays in view.
    static constexpr int shownMs = 10000;

signals:
    // The text just shown and said.
    void announced(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void flush();

    QStringList m_pending;
    QTimer m_flush;
    QTimer m_hide;
    QStringList m_lastSaid; // the texts of the last line, and when it was said
    QElapsedTimer m_lastAt;
};
