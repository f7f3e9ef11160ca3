#include "calldelegate.h"

#include "call.h"
#include "callmodel.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace {
QIcon stateIcon(CallState state)
{
    switch (state) {
    case CallState::Ringing: return QIcon(u":/icons/state-ringing.svg"_s);
    case CallState::Dialing: return QIcon(u":/icons/state-dialing.svg"_s);
    case CallState::Established: return QIcon(u":/icons/state-established.svg"_s);
    case CallState::Held: return QIcon(u":/icons/state-held.svg"_s);
    default: return QIcon(u":/icons/state-other.svg"_s);
    }
}
} // namespace

void CallDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool participant = index.data(CallModel::IsParticipantRole).toBool();
    if (index.column() == CallModel::PartyColumn) {
        option->icon = participant ? QIcon(u":/icons/person.svg"_s)
                                   : stateIcon(CallState(index.data(CallModel::CallStateRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    } else if (index.column() == CallModel::StateColumn && !participant
               && index.data(CallModel::MutedRole).toBool()) {
        option->icon = QIcon(u":/icons/mute.svg"_s);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}
