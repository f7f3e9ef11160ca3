#include "svgicons.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

class LazySvgIconEngine final : public QIconEngine
{
public:
    explicit LazySvgIconEngine(const QString &path) : m_path(path) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, pixmap(rect.size() * ratio, mode, state));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QSize side = actualSize(size, mode, QIcon::Off);
        if (side.isEmpty())
            return {};
        const QString key = u"softphone-svg:%1:%2:%3"_s.arg(m_path).arg(side.width()).arg(int(mode));
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        if (!m_renderer)
            m_renderer = std::make_unique<QSvgRenderer>(m_path);
        if (!m_renderer->isValid())
            return {};
        pm = QPixmap(side);
        pm.fill(Qt::transparent);
        {
            QPainter p(&pm);
            m_renderer->render(&p);
        }
        // Disabled (greyed) and the other modes as the style draws them, as Qt's SVG engine does.
        if (mode != QIcon::Normal && qobject_cast<QApplication *>(QCoreApplication::instance())) {
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            pm = QApplication::style()->generatedIconPixmap(mode, pm, &option);
        }
        QPixmapCache::insert(key, pm);
        return pm;
    }

    // Square, so known without parsing: a layout asks this long before anything is drawn.
    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        return side > 0 ? QSize(side, side) : QSize();
    }

    QIconEngine *clone() const override { return new LazySvgIconEngine(m_path); }
    QString key() const override { return u"softphone-svg"_s; }
    bool isNull() override { return false; }

private:
    QString m_path;
    std::unique_ptr<QSvgRenderer> m_renderer;
};

} // namespace

QIcon SvgIcons::icon(QStringView name)
{
    // GUI thread only, as QIcon itself.
    static QHash<QString, QIcon> made;
    const QString key = name.toString();
    auto it = made.constFind(key);
    if (it == made.cend())
        it = made.insert(key, QIcon(new LazySvgIconEngine(u":/icons/"_s + key + u".svg"_s)));
    return *it;
}
