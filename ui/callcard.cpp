#include "callcard.h"

#include "alertsettings.h"
#include "call.h"

#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // server and case-data text, never markup
    label->setWordWrap(true);
    return label;
}

bool isInbound(const Call &call)
{
    return call.callType.compare(u"Inbound"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

CallCard::Settings CallCard::Settings::load()
{
    const QSettings s;
    Settings out;
    out.callerNameKeys = AlertSettings::load(s).callerNameKeys; // set in Settings
    out.holdWarningSeconds = s.value(u"callCard/holdWarningSeconds"_s, 30).toInt();
    out.holdAlertSeconds = s.value(u"callCard/holdAlertSeconds"_s, 60).toInt();
    return out;
}

CallCard::CallCard(QWidget *parent)
    : QWidget(parent)
    , m_settings(Settings::load())
    , m_name(plainLabel(this, u"callerName"_s))
    , m_number(plainLabel(this, u"callerNumber"_s))
    , m_timer(plainLabel(this, u"callTimer"_s))
    , m_talk(plainLabel(this, u"talkTimer"_s))
    , m_supervision(plainLabel(this, u"supervisionBadge"_s))
    , m_participantsTitle(plainLabel(this, u"participantsTitle"_s))
    , m_participants(plainLabel(this, u"participants"_s))
{
    setObjectName(u"callCard"_s);
    setFocusPolicy(Qt::TabFocus); // a screen reader reaches it with Tab and reads the description
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setFont(big);
    m_timer->setMargin(2);
    m_supervision->setMargin(3);
    m_supervision->setStyleSheet(u"background: #e8eaf6; color: #1a237e; border-radius: 3px;"_s);
    QFont bold = m_participantsTitle->font();
    bold.setBold(true);
    m_participantsTitle->setFont(bold);
    for (QLabel *label : {m_name, m_number, m_timer, m_talk, m_supervision, m_participantsTitle,
                          m_participants})
        layout->addWidget(label);
    retranslateUi();
}

void CallCard::retranslateUi()
{
    setAccessibleName(tr("Call card"));
    showCall(m_call ? &*m_call : nullptr, m_now, m_ownNumber);
}

void CallCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CallCard::setHoldLevel(int level)
{
    if (level == m_holdLevel)
        return;
    m_holdLevel = level;
    // Colour doubles the words ("long hold"), never replaces them.
    static const QString styles[] = {
        QString(),
        u"background: #fff3cd; color: #6b4700; border-radius: 3px;"_s,
        u"background: #fde7e9; color: #8c0014; border-radius: 3px; font-weight: bold;"_s,
    };
    m_timer->setStyleSheet(styles[std::clamp(level, 0, 2)]);
}

void CallCard::showCall(const Call *call, const QDateTime &now, const QString &ownNumber)
{
    if (call != (m_call ? &*m_call : nullptr)) // not a repeat of what is shown (retranslateUi)
        m_call = call ? std::optional<Call>(*call) : std::nullopt;
    m_now = now;
    m_ownNumber = ownNumber;
    const bool any = call != nullptr;
    for (QLabel *label : {m_number, m_timer, m_participantsTitle, m_participants})
        label->setVisible(any);
    m_counting = false;
    if (!call) {
        m_name->setText(tr("No call selected"));
        m_talk->hide();
        m_supervision->hide();
        setHoldLevel(0);
        setAccessibleDescription(tr("No call selected"));
        return;
    }

    // Who.
    const QString party = call->remoteParty();
    const QString name = callerNameFromCaseData(call->userData, m_settings.callerNameKeys);
    m_name->setText(name.isEmpty() ? party : name);
    const QString type = isInbound(*call) ? tr("Inbound call")
                         : call->callType.compare(u"Consult"_s, Qt::CaseInsensitive) == 0
                             ? tr("Consultation call")
                         : call->callType.compare(u"Outbound"_s, Qt::CaseInsensitive) == 0
                             ? tr("Outbound call")
                             : tr("Internal call");
    m_number->setText(name.isEmpty() ? type : tr("%1 · %2").arg(party, type));
    // The supervisor's own leg (our device monitors, the call offers the monitoring
    // switches): whom it monitors and how, not an ordinary call.
    if (call->monitoring) {
        m_name->setText(monitoringTitle(*call));
        m_number->setText(tr("Monitored call · %1").arg(name.isEmpty() ? party : name));
    }

    // How long.
    const int inState = call->secondsInState(now);
    const int talk = call->liveDurationSeconds(now);
    int level = 0;
    switch (call->state) {
    case CallState::Ringing:
        m_timer->setText(tr("Ringing for %1").arg(clockText(inState)));
        m_counting = true;
        break;
    case CallState::Dialing:
        m_timer->setText(tr("Calling for %1").arg(clockText(inState)));
        m_counting = true;
        break;
    case CallState::Established:
        m_timer->setText(tr("Talking %1").arg(clockText(talk)));
        m_counting = true;
        break;
    case CallState::Held:
        m_counting = true;
        level = inState >= m_settings.holdAlertSeconds     ? 2
                : inState >= m_settings.holdWarningSeconds ? 1
                                                           : 0;
        m_timer->setText(level == 2   ? tr("⚠ On hold %1 - very long: take the caller back")
                                            .arg(clockText(inState))
                         : level == 1 ? tr("⚠ On hold %1 - long").arg(clockText(inState))
                                      : tr("On hold %1").arg(clockText(inState)));
        break;
    default:
        m_timer->setText(call->state == CallState::Released ? tr("Ended") : tr("State unknown"));
        break;
    }
    setHoldLevel(level);
    m_talk->setVisible(call->state == CallState::Held);
    m_talk->setText(tr("Call time %1").arg(clockText(talk)));

    // Supervision, as the call's documented fields tell it.
    QString supervision;
    switch (call->supervision()) {
    case CallSupervision::None: break;
    case CallSupervision::SupervisorListening:
        // `supervisorListeningIn` is all GWS documents: it does not tell coaching apart.
        supervision = tr("◉ Supervisor listening or coaching (the caller does not hear them)");
        break;
    case CallSupervision::YouListenIn: supervision = tr("◉ You are listening in"); break;
    case CallSupervision::YouCoach: supervision = tr("◉ You are coaching: only the agent hears you"); break;
    case CallSupervision::YouBargedIn: supervision = tr("◉ You barged in: everyone hears you"); break;
    case CallSupervision::YouMonitor: supervision = tr("◉ You are monitoring this call"); break;
    }
    if (call->monitoring && call->monitoredUserMuted)
        supervision += tr("; the agent is muted");
    m_supervision->setText(supervision);
    m_supervision->setVisible(!supervision.isEmpty());

    // Who else: the documented participants are numbers; the caller's name comes from the
    // case data, each party's state from the agent's leg.
    const bool conference = call->participants.size() >= 2;
    // Only the conference owner (or a supervisor) may remove a party ("RemoveParticipant-
    // FromConference"): the offer is what tells the owner.
    if (call->state == CallState::Established && conference && !call->monitoring) {
        if (m_owns.size() > 64)
            m_owns.clear(); // a shift's worth of ended calls; what matters is relearnt
        m_owns.insert(call->id, call->can(u"RemoveParticipantFromConference"_s));
    }
    const auto known = m_owns.constFind(call->id);
    const bool ownerKnown = conference && !call->monitoring && known != m_owns.cend();
    const bool youOwn = ownerKnown && *known;
    QString partyState;
    switch (call->state) {
    case CallState::Ringing: partyState = tr("calling you"); break;
    case CallState::Dialing: partyState = tr("being called"); break;
    case CallState::Established: partyState = tr("connected"); break;
    case CallState::Held:
        // In a conference the others go on talking while the agent holds.
        partyState = conference ? tr("connected, without you") : tr("on hold");
        break;
    default: break;
    }
    QStringList lines;
    const QString you = ownNumber.isEmpty() ? tr("You") : tr("You (%1)").arg(ownNumber);
    lines << (call->monitoring ? tr("%1, supervising").arg(you)
              : youOwn         ? tr("%1, conference owner").arg(you)
                               : you);
    const QString callerNumber = isInbound(*call) ? call->ani : QString();
    for (const Participant &p : call->participants) {
        const QString number = p.displayNumber();
        const bool isCaller = !name.isEmpty()
                              && (call->participants.size() == 1
                                  || (!callerNumber.isEmpty()
                                      && (p.phoneNumber == callerNumber || number == callerNumber)));
        const QString who = isCaller ? tr("%1 (%2)").arg(name, number) : number;
        lines << (partyState.isEmpty() ? who : tr("%1: %2").arg(who, partyState));
    }
    if (ownerKnown && !youOwn)
        lines << tr("Conference owner: another party");
    m_participants->setText(u"• "_s + lines.join(u"\n• "_s));
    m_participantsTitle->setText(conference ? tr("Conference: you and %n others", nullptr,
                                                    int(call->participants.size()))
                                            : tr("On the call"));

    QStringList description{m_name->text(), m_number->text(), m_timer->text()};
    if (m_talk->isVisibleTo(this))
        description << m_talk->text();
    if (!supervision.isEmpty())
        description << supervision;
    description << m_participantsTitle->text() + u": "_s + lines.join(u"; "_s);
    setAccessibleDescription(description.join(u". "_s));
}

void CallCard::setMonitoredAgent(const QString &agent)
{
    if (agent == std::exchange(m_monitoredAgent, agent))
        return;
    if (m_call && m_call->monitoring)
        showCall(&*m_call, m_now, m_ownNumber);
}

QString CallCard::monitoringTitle(const Call &call) const
{
    const QString agent = m_monitoredAgent.isEmpty() ? tr("an agent") : m_monitoredAgent;
    switch (call.supervision()) {
    case CallSupervision::YouListenIn: return tr("Monitoring %1 (listening)").arg(agent);
    case CallSupervision::YouCoach: return tr("Monitoring %1 (coaching)").arg(agent);
    case CallSupervision::YouBargedIn: return tr("Monitoring %1 (barged in)").arg(agent);
    default: return tr("Monitoring %1").arg(agent);
    }
}

QString CallCard::callerName() const { return m_name->text(); }
QString CallCard::number() const { return m_number->text(); }
QString CallCard::timerText() const { return m_timer->text(); }
QString CallCard::talkText() const { return m_talk->isVisibleTo(this) ? m_talk->text() : QString(); }
QString CallCard::participantsText() const { return m_participants->text(); }
QString CallCard::supervisionText() const
{
    return m_supervision->isVisibleTo(this) ? m_supervision->text() : QString();
}
