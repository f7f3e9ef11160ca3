#include "ringingalerts.h"

#include "call.h"
#include "callcontroller.h"
#include "callmodel.h"
#include "desktopnotifier.h"
#include "languagechange.h"
#include "ringer.h"

#include <QApplication>
#include <QWidget>
#include <utility>

using namespace Qt::StringLiterals;

QString RingingAlerts::answerAction()
{
    return u"answer"_s;
}

QString RingingAlerts::declineAction()
{
    return u"decline"_s;
}

RingingAlerts::RingingAlerts(CallModel *calls, CallController *control, QWidget *window,
                             DesktopNotifier *notifier, QObject *parent)
    : QObject(parent)
    , m_calls(calls)
    , m_control(control)
    , m_window(window)
    , m_notifier(notifier)
    , m_ringer(new Ringer(this))
{
    m_notifier->setParent(this);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &RingingAlerts::onAction);
    // Dismissed: the agent has seen it; it is not shown again for that call.
    connect(m_notifier, &DesktopNotifier::dismissed, this,
            [this](const QString &id) { m_notified.remove(id); });
    connect(calls, &QAbstractItemModel::rowsInserted, this, &RingingAlerts::update);
    connect(calls, &QAbstractItemModel::rowsRemoved, this, &RingingAlerts::update);
    connect(calls, &QAbstractItemModel::modelReset, this, &RingingAlerts::update);
    connect(calls, &QAbstractItemModel::dataChanged, this, &RingingAlerts::update);
    if (window)
        onLanguageChange(window, this, [this] { retranslate(); });
    update();
}

void RingingAlerts::retranslate()
{
    updateTitle();
    // Shown again with the same id: the desktop replaces each one in place.
    for (const QString &id : m_notified.keys())
        if (const Call *call = m_calls->call(id))
            notify(*call);
}

RingingAlerts::~RingingAlerts()
{
    // A critical notification never expires: none may outlive the program. (Quitting logs
    // out first, which ends the ringing while the event loop still runs; this is the rest.)
    closeNotifications();
}

void RingingAlerts::setSettings(const AlertSettings &settings)
{
    const bool notificationsOff = m_settings.notification && !settings.notification;
    m_settings = settings;
    m_ringer->setOutputs(settings.outputDevice, settings.volume, settings.secondDevice);
    if (notificationsOff)
        closeNotifications();
    update(); // names from other keys; the title and the sound as switched now
}

QString RingingAlerts::callerName(const Call &call) const
{
    return callerNameFromCaseData(call.userData, m_settings.callerNameKeys);
}

QString RingingAlerts::callerOf(const Call &call) const
{
    const QString number = call.remoteParty();
    const QString name = callerName(call);
    if (name.isEmpty())
        return number.isEmpty() ? tr("unknown caller") : number;
    return number.isEmpty() ? name : tr("%1 (%2)").arg(name, number);
}

void RingingAlerts::update()
{
    QStringList ringing;
    for (int row = 0; row < m_calls->rowCount(); ++row) {
        const Call *call = m_calls->callAt(m_calls->index(row, 0));
        if (call && call->state == CallState::Ringing)
            ringing.append(call->id);
    }
    const QStringList before = std::exchange(m_ringing, ringing);
    for (const QString &id : std::as_const(ringing)) {
        const Call *call = m_calls->call(id);
        const bool isNew = !before.contains(id);
        if (isNew && m_settings.urgencyHint && m_window) {
            QApplication::alert(m_window); // until the agent looks; never takes the focus
            emit attentionRequested();
        }
        if (!m_settings.notification)
            continue;
        // New, or the caller's name arrived later (case data attached while it rings).
        const auto shown = m_notified.constFind(id);
        if (isNew || (shown != m_notified.cend() && *shown != callerOf(*call)))
            notify(*call);
    }
    for (const QString &id : before)
        if (!ringing.contains(id) && m_notified.remove(id))
            m_notifier->close(id);
    if (ringing != before || !ringing.isEmpty()) {
        updateTitle(); // the caller's name may have changed
        updateSound();
    }
    if (ringing != before)
        emit ringingChanged();
}

void RingingAlerts::notify(const Call &call)
{
    const QString number = call.remoteParty();
    const QString name = callerName(call);
    DesktopNotification n;
    n.id = call.id;
    n.summary = tr("Ringing: %1").arg(name.isEmpty() ? number : name);
    n.body = name.isEmpty() ? tr("Incoming call") : number;
    n.actions = {{answerAction(), tr("Answer")}, {declineAction(), tr("Decline")}};
    m_notified.insert(call.id, callerOf(call));
    m_notifier->show(n);
}

void RingingAlerts::onAction(const QString &callId, const QString &actionKey)
{
    const Call *call = m_calls->call(callId);
    if (!call || call->state != CallState::Ringing)
        return; // answered or gone meanwhile
    // Declining a ringing call is Hangup on it: GWS documents no Reject operation.
    const CallOperation op = actionKey == answerAction()    ? CallOperation::Answer
                             : actionKey == declineAction() ? CallOperation::Hangup
                                                            : CallOperation::Dial;
    if (op != CallOperation::Dial && m_control->isAvailable(op, callId))
        m_control->perform(op, callId);
}

void RingingAlerts::updateTitle()
{
    QString text;
    if (m_settings.title && !m_ringing.isEmpty()) {
        const Call *first = m_calls->call(m_ringing.first());
        const QString caller = first ? callerOf(*first) : QString();
        const int more = int(m_ringing.size() - 1);
        text = more > 0 ? tr("Ringing: %1 (+%n more)", nullptr, more).arg(caller)
                        : tr("Ringing: %1").arg(caller);
    }
    if (text == m_titleText)
        return;
    m_titleText = text;
    emit titleTextChanged(text);
}

void RingingAlerts::updateSound()
{
    if (m_settings.sound && !m_ringing.isEmpty())
        m_ringer->start();
    else
        m_ringer->stop();
}

void RingingAlerts::closeNotifications()
{
    for (auto it = m_notified.cbegin(); it != m_notified.cend(); ++it)
        m_notifier->close(it.key());
    m_notified.clear();
}
