#pragma once

#include "call.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QWidget>

class QLabel;

// The selected call at a glance: who (name from the case data, number), how long (ringing,
// talking, on hold: the hold timer warns in words and colour past its thresholds), who
// else is on it (participants, the conference owner) and whether a supervisor is on the
// line. Its accessible description reads all of it.
class CallCard : public QWidget
{
    Q_OBJECT
public:
    // QSettings keys, read when the card is built; defaults apply when absent.
    struct Settings
    {
        QStringList callerNameKeys;   // AlertSettings' (one setting for every place)
        int holdWarningSeconds = 30;  // "callCard/holdWarningSeconds": amber, "long hold"
        int holdAlertSeconds = 60;    // "callCard/holdAlertSeconds": red, "very long hold"
        static Settings load();
    };

    explicit CallCard(QWidget *parent = nullptr);

    // Shows `call` (null: none) as of `now`; `ownNumber` is the agent's device number.
    void showCall(const Call *call, const QDateTime &now, const QString &ownNumber);
    // The agent this supervisor monitors (a name, else a number; empty: unknown), named on
    // the supervisor's own monitoring leg: "Monitoring Jane Doe (listening)".
    void setMonitoredAgent(const QString &agent);
    // Whether a timer of the shown call runs (the window keeps its ticker on for it).
    bool isCounting() const { return m_counting; }

    // For tests and screen readers: what each line says now.
    QString callerName() const;
    QString number() const;
    QString timerText() const;
    QString talkText() const;
    QString participantsText() const;
    QString supervisionText() const;
    // 0 normal, 1 long hold, 2 very long hold.
    int holdLevel() const { return m_holdLevel; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setHoldLevel(int level);
    QString monitoringTitle(const Call &call) const;

    Settings m_settings;
    QLabel *m_name;
    QLabel *m_number;
    QLabel *m_timer;
    QLabel *m_talk;
    QLabel *m_supervision;
    QLabel *m_participantsTitle;
    QLabel *m_participants;
    // Whether the agent owns each conference, learnt while it was connected: a held call
    // offers no conference operations to tell it by.
    QHash<QString, bool> m_owns;
    // What is shown, to say it again in another language.
    std::optional<Call> m_call;
    QDateTime m_now;
    QString m_ownNumber;
    QString m_monitoredAgent;
    bool m_counting = false;
    int m_holdLevel = -1;
};
