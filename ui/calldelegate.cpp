#include "calldelegate.h"

#include "call.h"
#include "callmodel.h"
#include "svgicons.h"

#include <QIcon>

using namespace Qt::StringLiterals;

namespace {
QIcon stateIcon(CallState state)
{
    switch (state) {
    case CallState::Ringing: return SvgIcons::icon(u"state-ringing");
    case CallState::Dialing: return SvgIcons::icon(u"state-dialing");
    case CallState::Established: return SvgIcons::icon(u"state-established");
    case CallState::Held: return SvgIcons::icon(u"state-held");
    default: return SvgIcons::icon(u"state-other");
    }
}
} // namespace

void CallDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool participant = index.data(CallModel::IsParticipantRole).toBool();
    if (index.column() == CallModel::PartyColumn) {
        option->icon = participant ? SvgIcons::icon(u"person")
                                   : stateIcon(CallState(index.data(CallModel::CallStateRole).toInt()));
        option->features |= QStyleOptionViewItem::HasDecoration;
    } else if (index.column() == CallModel::StateColumn && !participant
               && index.data(CallModel::MutedRole).toBool()) {
        option->icon = SvgIcons::icon(u"mute");
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}
