#pragma once

// The calls on the simulated switch: connections, parties and call legs, their resources
// and the news about them. It speaks of devices only (who uses a device is the
// Directory's): its notifications name the device, and the Switch addresses them. The
// Switch runs the commit pipeline over the steps below after every change.

#include "connection.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

struct CallCapabilityInput;
struct SimDevice;

class Telephony : public QObject
{
    Q_OBJECT
public:
    explicit Telephony(QObject *parent = nullptr);
    ~Telephony() override;

    void setBaseUrl(const QString &baseUrl)
    {
        m_baseUrl = baseUrl;
        ++m_resourceEpoch;
    }
    // The `extensions` of every CallStateChangeMessage about an agent's call (T-Server's,
    // e.g. {"WrapUpTime": 30} as the SetCallDisposition page's sample shows); none on a
    // supervisor's monitoring leg.
    void setCallExtensions(const QJsonObject &extensions) { m_callExtensions = extensions; }
    QString baseUrl() const { return m_baseUrl; }
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
    // Whether the operation is carried out on that leg now (Capabilities::acceptsOnCall).
    bool accepts(const Connection &c, const Party &leg, const QString &operation) const;
    // The extension "monitoredUserMuteCapability" (off by default).
    void setOfferMonitoredUserMute(bool on)
    {
        m_offerMonitoredUserMute = on;
        ++m_resourceEpoch;
    }
    // The extension "monitorInParticipants" (on by default): a coaching supervisor among
    // the agent's participants, a barging one among everyone's. Off, agents' legs never
    // list a monitoring supervisor (the docs show none).
    void setMonitorsInParticipants(bool on)
    {
        m_monitorsInParticipants = on;
        ++m_resourceEpoch;
    }

    // --- resources ---
    QJsonObject callResource(const Connection &c, const Party &leg) const;
    // GET /sim/calls/{id}; `userOfDevice` names the user of an agent party's device.
    using UserOfDevice = std::function<QString(const QString &deviceId)>;
    QJsonObject serverView(const Connection &c, const UserOfDevice &userOfDevice) const;
    QString callUri(const QString &legId) const;
    // Whether `viewer`'s leg has `party` among its participants.
    bool lists(const Party &viewer, const Party &party) const;
    static QJsonObject participant(const QString &number);

    // --- primitives; call Switch::commit() afterwards ---
    Connection &createConnection(const QString &origin);
    int addAgent(Connection &c, const SimDevice &device, LegState state, const QString &callType,
                 const QString &ani, const QString &dnis);
    int addExternal(Connection &c, const QString &number, LegState state);
    // A supervisor's monitoring leg on the call of `agentLeg` (Established at once).
    int addMonitor(Connection &c, const SimDevice &supervisor, const Party &agentLeg,
                   const QString &operation);
    void removeParty(int pid);
    // The party answers: Ringing -> Established, and the parties dialing it connect too.
    void answer(int pid);
    // Moves every party of `from` into `to` (a join); `from` ends at the next commit.
    void moveParties(Connection &from, Connection &to);
    void recordDtmf(Connection &c, const Party &sender, const QString &digits);

    // --- the commit pipeline's steps (Switch::commit) ---
    // Calls without two parties, one of them an agent, end (into the history).
    void endDeadConnections();
    // Consult and conference-owner references to legs that are gone are dropped.
    void repairReferences();
    // Each leg's resource against the one last published: the notifications due.
    void publishDiffs();

    // --- notifications ---
    void publishCallEvent(const Connection &c, const Party &leg, const QString &notificationType);

signals:
    // A message for the `/v2/me/calls` channel of the device's user.
    void callMessage(const QString &deviceId, const QJsonObject &data);
    // A device's call leg is gone (after its Released notification); `wasConnected`: the
    // leg was Established or Held at the end, not a missed or failed call;
    // `agentStateSerial`: the device's stateSerial when the leg began.
    void callEnded(const QString &deviceId, bool wasConnected, quint64 agentStateSerial);

private:
    struct Published
    {
        QString deviceId;
        quint64 order = 0;
        QJsonObject resource;
        bool monitor = false; // a supervisor's monitoring leg
        quint64 agentStateSerial = 0;
        qint64 sinceMs = 0; // the leg's start, for the duration in its Released message
    };
    // What a connection's legs' resources are made of, the time aside: compared with the
    // last commit's, so that publishDiffs() builds again only the legs that can differ.
    struct ConnectionFacts
    {
        std::vector<Party> parties;
        QJsonObject userData;
        QString ownerLegId;
        ConsultKind consultKind = ConsultKind::None;
        bool sameAs(const ConnectionFacts &other) const;
    };
    // Devices whose legs may have a new resource: those with a leg in a connection whose
    // facts changed, began or ended (a leg's capabilities read the device's other calls).
    QSet<QString> changedDevices();

    QString newId() const;
    QJsonObject callMessageData(const QString &notificationType, const QJsonObject &call,
                                bool monitor) const;

    QString m_baseUrl;
    QJsonObject m_callExtensions;
    std::vector<std::unique_ptr<Connection>> m_active;
    std::deque<std::unique_ptr<Connection>> m_history; // ended calls, for GET /sim/calls/{id}
    QHash<QString, Published> m_published;             // legId -> last resource sent
    QHash<QString, ConnectionFacts> m_facts;           // connection id -> at the last commit
    quint64 m_resourceEpoch = 0;    // bumped by settings every resource shows
    quint64 m_publishedEpoch = 0;   // the epoch of m_published
    quint64 m_publishOrder = 0;
    int m_nextPid = 1;
    bool m_offerMonitoredUserMute = false;
    bool m_monitorsInParticipants = true;
};
