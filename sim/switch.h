#pragma once

// The simulated switch's one owner: who exists (Directory), the calls (Telephony) and the
// supervisors' monitoring legs (MonitorLegs), which do not know each other. Operations
// change the parts, then call commit(), the pipeline that ends calls that lost their last
// partner, brings monitoring legs in line, and publishes what changed (each leg's resource,
// capabilities included, compared with the one last published). The Switch also plays the
// far side (outside numbers answer after a delay, busy numbers refuse) and addresses every
// notification to the user of the device it concerns.

#include "directory.h"
#include "telephony.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>

class Switch : public QObject
{
    Q_OBJECT
public:
    explicit Switch(QObject *parent = nullptr);

    Directory &directory() { return m_directory; }
    const Directory &directory() const { return m_directory; }
    Telephony &telephony() { return m_telephony; }
    const Telephony &telephony() const { return m_telephony; }

    void setExternalAnswerDelay(int ms) { m_answerDelay = qMax(0, ms); }
    int externalAnswerDelay() const { return m_answerDelay; }
    void setBusyNumbers(const QStringList &numbers) { m_busyNumbers = numbers; }
    // The `ErrorMessage` notification for later failures (a simulator extension).
    void setErrorMessagesEnabled(bool on) { m_errorMessages = on; }

    // Rings `number` into the call: an agent device gets a Ringing leg, any other number
    // is an external party that answers (or is busy) after the configured delay. Call
    // commit() afterwards.
    int addDestination(Connection &c, const QString &number, const QString &agentCallType,
                       const QString &ani, const QString &byDeviceId, const QString &byLegId);

    // After every change: settle the calls, reconcile monitoring legs, publish the news.
    void commit();

    // GET /sim/calls/{id}: the connection as the switch sees it, with each agent's user.
    QJsonObject serverView(const Connection &c) const;

signals:
    // A message for one user's CometD channel (/v2/me/calls or /v2/me/devices).
    void notification(const QString &userName, const QString &channel, const QJsonObject &data);

private:
    void scheduleFarSide(int pid, bool busy);
    void publishError(const QString &deviceId, const QString &legId, int code,
                      const QString &message);
    void sendCallMessage(const QString &deviceId, QJsonObject data);
    void sendDeviceState(const QString &deviceId);

    // Members in this order: the Directory outlives the Telephony that names its devices.
    Directory m_directory;
    Telephony m_telephony;
    int m_answerDelay = 1000;
    QStringList m_busyNumbers;
    bool m_errorMessages = true;
};
