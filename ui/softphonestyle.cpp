#include "softphonestyle.h"
#include "svgicons.h"

#include <QGroupBox>
#include <QPainter>

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

void SoftphoneStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    if (element == PE_FrameGroupBox && baseStyle()->name().compare(u"fusion"_s, Qt::CaseInsensitive) == 0)
        drawFusionGroupBoxFrame(option, painter, widget);
    else
        QProxyStyle::drawPrimitive(element, option, painter, widget);
}

// What Qt 6.4's Fusion draws from fusion_groupbox.png: below the title, a 1 px line of
// grey 0x757575 at 20 % opacity with rounded corners, 1 px in from the left and top, a
// shadow of 3 % black inside it, and a 1 % shade. tst_ui_style compares it with Fusion's
// own, pixel by pixel.
void SoftphoneStyle::drawFusionGroupBoxFrame(const QStyleOption *option, QPainter *painter,
                                             const QWidget *widget) const
{
    constexpr int kTopMargin = 3; // Fusion's groupBoxTopMargin
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    const int top = box && !box->isCheckable() && box->title().isEmpty()
                        ? kTopMargin
                        : qMax(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget),
                               option->fontMetrics.height())
                              + kTopMargin;
    const QRect line = option->rect.adjusted(1, top + 1, 0, 0);  // the line's pixels
    const QRect ring = line.adjusted(1, 1, -1, -1);               // a shadow just inside
    painter->save();
    painter->fillRect(ring.adjusted(1, 1, -1, -1), QColor(0, 0, 0, 3));
    painter->setPen(QColor(0, 0, 0, 7));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(ring.adjusted(0, 0, -1, -1)); // a 1 px pen covers one more pixel
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QColor(0x75, 0x75, 0x75, 0x32));
    painter->drawRoundedRect(QRectF(line).adjusted(0.5, 0.5, -0.5, -0.5), 1.2, 1.2);
    painter->restore();
}
