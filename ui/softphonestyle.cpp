#include "softphonestyle.h"
#include "svgicons.h"

using namespace Qt::StringLiterals;

QIcon SoftphoneStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                   const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return SvgIcons::icon(u"toolbar-more-h");
    case SP_ToolBarVerticalExtensionButton:
        return SvgIcons::icon(u"toolbar-more-v");
    case SP_LineEditClearButton:
        return SvgIcons::icon(u"clear");
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}
