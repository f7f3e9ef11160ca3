#include "softphonestyle.h"

using namespace Qt::StringLiterals;

QIcon SoftphoneStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                   const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(u":/icons/toolbar-more-h.svg"_s);
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(u":/icons/toolbar-more-v.svg"_s);
    case SP_LineEditClearButton:
        return QIcon(u":/icons/clear.svg"_s);
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}
