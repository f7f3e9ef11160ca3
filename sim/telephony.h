#pragma once

// The simulated switch: connections, parties and call legs, the far side's behaviour
// (external numbers answer after a delay, busy numbers refuse), and the notifications.
// Operations change the state through the primitives below and then call commit(), which
// ends calls that lost their last partner, brings supervisors' monitoring legs in line
// (MonitorLegs) and tells every affected device what changed, by comparing each leg's
// resource with the one last published.

#include "connection.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <deque>
#include <memory>
#include <vector>

class Directory;
struct CallCapabilityInput;
struct SimDevice;

class Telephony : public QObject
{
    Q_OBJECT
public:
    explicit Telephony(Directory *directory, QObject *parent = nullptr);
    ~Telephony() override;

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    QString baseUrl() const { return m_baseUrl; }
    void setExternalAnswerDelay(int ms) { m_answerDelay = qMax(0, ms); }
    int externalAnswerDelay() const { return m_answerDelay; }
    void setBusyNumbers(const QStringList &numbers) { m_busyNumbers = numbers; }
    // The `ErrorMessage` notification for later failures (a simulator extension).
    void setErrorMessagesEnabled(bool on) { m_errorMessages = on; }
    // Forgets every call without notifications (the users changed).
    void clear();

    // --- lookups (active calls) ---
    Connection *connection(const QString &id);
    Connection *connectionOfLeg(const QString &legId);
    const Connection *connectionOfLeg(const QString &legId) const;
    Party *leg(const QString &legId);
    const Party *leg(const QString &legId) const;
    Party *party(int pid, Connection **where = nullptr);
    // A consult leg whose parent is `legId`, or nullptr.
    const Party *consultOf(const QString &legId) const;
    // The consult pair a leg belongs to: its own original call or its consult call.
    struct ConsultPair
    {
        const Party *original = nullptr;
        const Party *consult = nullptr;
        bool isValid() const { return original && consult; }
    };
    ConsultPair consultPair(const Party &leg) const;
    // Every current leg of a device, with its connection, oldest first.
    QList<QPair<const Connection *, const Party *>> legsOfDevice(const QString &deviceId) const;
    QList<const Connection *> activeConnections() const;
    QList<Connection *> connections();
    // An active or recently ended connection, by its id or any of its legs' ids.
    const Connection *findAny(const QString &connectionOrLegId) const;

    // --- capabilities: the facts about a leg that the rules (Capabilities) read ---
    CallCapabilityInput capabilityInput(const Connection &c, const Party &leg) const;
    QStringList capabilities(const Connection &c, const Party &leg) const;

    // --- resources ---
    QJsonObject callResource(const Connection &c, const Party &leg) const;
    QJsonObject serverView(const Connection &c) const;
    QString callUri(const QString &legId) const;
    static QJsonObject participant(const QString &number);

    // --- primitives; call commit() afterwards ---
    Connection &createConnection(const QString &origin);
    int addAgent(Connection &c, const SimDevice &device, LegState state, const QString &callType,
                 const QString &ani, const QString &dnis);
    int addExternal(Connection &c, const QString &number, LegState state);
    // A supervisor's monitoring leg on the call of `agentLeg` (Established at once).
    int addMonitor(Connection &c, const SimDevice &supervisor, const Party &agentLeg,
                   const QString &operation);
    // Rings `number` into the call: an agent device gets a Ringing leg, any other number
    // is an external party that answers (or is busy) after the configured delay.
    int addDestination(Connection &c, const QString &number, const QString &agentCallType,
                       const QString &ani, const QString &byDeviceId, const QString &byLegId);
    void removeParty(int pid);
    // The party answers: Ringing -> Established, and the parties dialing it connect too.
    void answer(int pid);
    // Moves every party of `from` into `to` (a join); `from` ends at the next commit.
    void moveParties(Connection &from, Connection &to);
    void recordDtmf(Connection &c, const Party &sender, const QString &digits);

    // --- notifications ---
    void commit();
    void publishCallEvent(const Connection &c, const Party &leg, const QString &notificationType);
    void publishError(const QString &deviceId, const QString &legId, int code,
                      const QString &message);

signals:
    // A message for the `/v2/me/calls` channel of one user.
    void callMessage(const QString &userName, const QJsonObject &data);
    // A device's call leg is gone (after its Released notification); `wasConnected`: the
    // leg was Established or Held at the end, not a missed or failed call.
    void callEnded(const QString &deviceId, bool wasConnected);

private:
    struct Published
    {
        QString deviceId;
        quint64 order = 0;
        QJsonObject resource;
        bool monitor = false; // a supervisor's monitoring leg
    };

    QString newId() const;
    void endDeadConnections();
    void repairReferences();
    void publishDiffs();
    void emitForDevice(const QString &deviceId, QJsonObject data);
    void scheduleFarSide(int pid, bool busy);

    Directory *m_directory;
    QString m_baseUrl;
    int m_answerDelay = 1000;
    QStringList m_busyNumbers;
    bool m_errorMessages = true;
    std::vector<std::unique_ptr<Connection>> m_active;
    std::deque<std::unique_ptr<Connection>> m_history; // ended calls, for GET /sim/calls/{id}
    QHash<QString, Published> m_published;             // legId -> last resource sent
    quint64 m_publishOrder = 0;
    int m_nextPid = 1;
};
