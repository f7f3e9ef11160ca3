#pragma once

#include <QProxyStyle>

// The platform's style, with our own SVG icons for the few standard icons the agent's
// window shows: Qt's are PNG files whose loading probes every image-format plugin (GIF,
// ICO, JPEG, SVG: some 12 ms at start-up), or a lookup in the icon theme on disk (the
// clear button of a search field, ~19 ms the first time). For the same reason Fusion's
// group-box frame, a PNG too, is drawn here: the same line, corners and shade.
class SoftphoneStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    void drawFusionGroupBoxFrame(const QStyleOption *option, QPainter *painter,
                                 const QWidget *widget) const;
};
