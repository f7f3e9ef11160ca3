#include "wrapupsync.h"

#include "callcontroller.h"
#include "callmodel.h"
#include "gwsclient.h"
#include "gwspath.h"
#include "session.h"
#include "wrapup.h"

#include <QLoggingCategory>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWrapUpSync, "softphone.wrapup", QtInfoMsg)

namespace {
// A call the agent is handling: connected or held, not a consultation (part of the call it
// was made from) and not a supervisor's monitoring leg.
bool handledNow(const Call &c)
{
    return (c.state == CallState::Established || c.state == CallState::Held)
           && c.callType.compare(u"Consult"_s, Qt::CaseInsensitive) != 0 && !c.monitoring;
}
} // namespace

QString WrapUpSync::defaultDispositionKey()
{
    // The server's default key (WWE option interaction.disposition.key-name).
    return u"DispositionCode"_s;
}

QString WrapUpSync::defaultNotesKey()
{
    return u"Notes"_s;
}

WrapUpSync::WrapUpSync(Session *session, GwsClient *client, CallModel *calls,
                       CallController *control, WrapUp *wrapUp, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_client(client)
    , m_calls(calls)
    , m_control(control)
    , m_wrapUp(wrapUp)
{
    setKeys(defaultDispositionKey(), defaultNotesKey());
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &WrapUpSync::flush);
    connect(calls, &QAbstractItemModel::rowsInserted, this, &WrapUpSync::pickLiveCall);
    connect(calls, &QAbstractItemModel::rowsRemoved, this, &WrapUpSync::pickLiveCall);
    connect(calls, &QAbstractItemModel::dataChanged, this, &WrapUpSync::pickLiveCall);
    connect(calls, &QAbstractItemModel::modelReset, this, &WrapUpSync::pickLiveCall);
    connect(wrapUp, &WrapUp::draftSaved, this, &WrapUpSync::onDraft);
    connect(wrapUp, &WrapUp::wrappedUp, this,
            [this](const JournalEntry &call, const QString &disposition, const QString &) {
                onWrappedUp(call, disposition);
            });
    // Noticed before the request goes: whatever is typed goes at once, ahead of it.
    connect(control, &CallController::busyChanged, this, &WrapUpSync::onBusyChanged);
    connect(session, &Session::attemptReplaced, this, [this] {
        m_sending = m_again = false; // that attempt's answers will never come
    });
}

void WrapUpSync::setKeys(const QString &dispositionKey, const QString &notesKey)
{
    m_dispositionKey = dispositionKey.isEmpty() ? defaultDispositionKey() : dispositionKey;
    m_notesKey = notesKey.isEmpty() ? defaultNotesKey() : notesKey;
    m_wrapUp->setWrapUpKeys({m_dispositionKey, m_notesKey});
}

void WrapUpSync::pickLiveCall()
{
    QString chosen;
    bool chosenConnected = false;
    const QList<Call> calls = m_calls->calls();
    for (const Call &c : calls) {
        if (!handledNow(c))
            continue;
        m_seen.insert(c.id, Seen{c.uri, c.callUuid});
        const bool connected = c.state == CallState::Established;
        // The connected one first; the one shown already keeps its place among equals.
        if (chosen.isEmpty() || (connected && !chosenConnected)
            || (connected == chosenConnected && c.id == m_liveId)) {
            chosen = c.id;
            chosenConnected = connected;
        }
    }
    if (chosen == m_liveId)
        return;
    if (m_debounce.isActive()) {
        // Another call takes the card (a swap): what was typed for this one goes now.
        m_debounce.stop();
        flush();
    }
    m_liveId = chosen;
    m_wanted = m_attached = QJsonObject();
    if (const Call *c = m_calls->call(chosen))
        for (const QString &key : {m_dispositionKey, m_notesKey})
            if (c->userData.contains(key))
                m_attached.insert(key, c->userData.value(key).toString());
    m_wrapUp->setLiveCall(chosen);
}

void WrapUpSync::onDraft(const QString &callId, const QString &disposition, const QString &notes)
{
    if (callId != m_liveId || callId.isEmpty())
        return; // an ended call: its disposition goes at Done
    m_wanted = QJsonObject{{m_dispositionKey, disposition}, {m_notesKey, notes}};
    m_debounce.start(); // again: only a pause sends
}

void WrapUpSync::onBusyChanged(const QString &callId)
{
    if (callId != m_liveId || !m_debounce.isActive())
        return;
    const auto op = m_control->inFlight(callId);
    if (op == CallOperation::Hangup || op == CallOperation::SingleStepTransfer
        || op == CallOperation::CompleteTransfer) {
        m_debounce.stop();
        flush();
    }
}

void WrapUpSync::flush()
{
    const Call *call = m_calls->call(m_liveId);
    if (!call || m_session->status() != Session::Status::Online)
        return;
    const QString op = CallOperations::name(CallOperation::UpdateUserData);
    if (!call->can(CallOperations::capability(CallOperation::UpdateUserData))) {
        qCInfo(lcWrapUpSync) << "the call does not offer" << op << "; the notes stay local";
        return;
    }
    QJsonObject changes;
    for (auto it = m_wanted.begin(); it != m_wanted.end(); ++it)
        if (m_attached.value(it.key()) != it.value()
            && !(it.value().toString().isEmpty() && !m_attached.contains(it.key())))
            changes.insert(it.key(), it.value());
    if (changes.isEmpty())
        return;
    if (m_sending) {
        m_again = true;
        return;
    }
    m_sending = true;
    const QString callId = m_liveId;
    // Sent here, not through CallController::perform: a background save must not make the
    // call's own controls busy (Hang up would be refused while it is out).
    const QJsonObject body{{u"operationName"_s, op}, {u"userData"_s, changes}};
    connect(m_client->post(gwsPath(u"/me/calls", callId), body), &GwsRequest::finished,
            m_session->attemptContext(), [this, callId, changes, op](const GwsResult &r) {
                m_sending = false;
                if (!r.ok()) {
                    problem(tr("The notes could not be attached to the call (%1: %2). They are "
                               "kept on this computer.")
                                .arg(op, r.describe()));
                } else {
                    if (callId == m_liveId)
                        for (auto it = changes.begin(); it != changes.end(); ++it)
                            m_attached.insert(it.key(), it.value());
                    m_wrapUp->setServerProblem({});
                }
                if (std::exchange(m_again, false) && callId == m_liveId)
                    flush();
            });
}

void WrapUpSync::onWrappedUp(const JournalEntry &call, const QString &disposition)
{
    const Seen seen = m_seen.take(call.callId);
    if (disposition.isEmpty())
        return;
    const QString op = CallOperations::name(CallOperation::SetCallDisposition);
    const QString deviceId = m_session->device().id;
    if (m_session->status() != Session::Status::Online || deviceId.isEmpty()) {
        problem(tr("The disposition was not sent to the server: you are offline. It is kept "
                   "in your history."));
        return;
    }
    QJsonObject body{{u"operationName"_s, op},
                     {u"callUri"_s, seen.uri.isEmpty()
                                        ? m_client->urlFor(gwsPath(u"/me/calls", call.callId)).toString()
                                        : seen.uri},
                     {u"disposition"_s, disposition}};
    const QString uuid = seen.callUuid.isEmpty() ? call.callUuid : seen.callUuid;
    if (!uuid.isEmpty())
        body.insert(u"callUuid"_s, uuid);
    if (m_dispositionKey != defaultDispositionKey())
        body.insert(u"dispositionKey"_s, m_dispositionKey);
    const QString shown = m_wrapUp->displayName(disposition);
    connect(m_client->post(gwsPath(u"/me/devices", deviceId), body), &GwsRequest::finished,
            m_session->attemptContext(), [this, op, shown](const GwsResult &r) {
                if (!r.ok())
                    return problem(tr("The disposition \"%1\" did not reach the server (%2: %3). "
                                      "It is kept in your history.")
                                       .arg(shown, op, r.describe()));
                m_wrapUp->setServerProblem({});
            });
}

void WrapUpSync::problem(const QString &message)
{
    qCWarning(lcWrapUpSync).noquote() << message;
    m_wrapUp->setServerProblem(message);
}
