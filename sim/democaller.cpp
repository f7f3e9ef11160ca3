#include "democaller.h"

#include "callcontrol.h"
#include "directory.h"
#include "telephony.h"

#include <QJsonObject>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

QString pick(const QStringList &list)
{
    return list.at(QRandomGenerator::global()->bounded(int(list.size())));
}

QString randomDigits(int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s.append(QChar(u'0' + QRandomGenerator::global()->bounded(10)));
    return s;
}

QJsonObject caseData()
{
    static const QStringList names{u"Maria Garcia"_s, u"John Smith"_s, u"Aiko Tanaka"_s,
                                   u"Olu Adeyemi"_s,  u"Lena Novak"_s, u"Ravi Patel"_s};
    static const QStringList reasons{u"Billing question"_s, u"Change of address"_s,
                                     u"Technical support"_s, u"Cancel subscription"_s,
                                     u"New order"_s};
    return QJsonObject{{u"CustomerName"_s, pick(names)},
                       {u"AccountNumber"_s, randomDigits(8)},
                       {u"Reason"_s, pick(reasons)}};
}

} // namespace

DemoCaller::DemoCaller(Directory *directory, Telephony *telephony, CallControl *control,
                       QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_telephony(telephony)
    , m_control(control)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DemoCaller::tick);
}

void DemoCaller::setEnabled(bool on)
{
    if (!on) {
        m_timer.stop();
        return;
    }
    if (!m_timer.isActive())
        m_timer.start(qMin(m_interval, 5000)); // the first call comes soon after start
}

void DemoCaller::tick()
{
    ringAll();
    // About every interval, never in lockstep with anything else.
    const int jitter = m_interval / 5;
    m_timer.start(m_interval - jitter + QRandomGenerator::global()->bounded(2 * jitter + 1));
}

int DemoCaller::ringAll()
{
    int made = 0;
    for (const SimUser &user : m_directory->users()) {
        const SimDevice *device = m_directory->deviceOfUser(user.userName);
        if (!device || !device->sessionStarted || device->userState != "Ready"_L1 ||
            device->doNotDisturb || !user.hasRole(u"ROLE_AGENT"_s))
            continue;
        bool ringing = false;
        for (const auto &leg : m_telephony->legsOfDevice(device->id))
            ringing = ringing || leg.second->state == LegState::Ringing;
        if (ringing)
            continue; // an unattended window must not pile up calls
        const QJsonObject body{{u"from"_s, QString(u"+1555"_s + randomDigits(7))},
                               {u"to"_s, device->phoneNumber},
                               {u"userData"_s, caseData()}};
        const CallControl::Result r = m_control->ringInbound(body);
        if (!r.isOk())
            continue;
        ++made;
        const QString legId = r.fields.value("legId"_L1).toString();
        QTimer::singleShot(m_abandonAfter, this, [this, legId] {
            const Party *leg = m_telephony->leg(legId);
            if (leg && leg->state == LegState::Ringing)
                m_control->farHangup(legId, {});
        });
    }
    return made;
}
