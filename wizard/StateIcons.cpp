#include "StateIcons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

QPixmap paint(StateIcons::Kind kind, int size)
{
    using K = StateIcons::Kind;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF circle(s * 0.06, s * 0.06, s * 0.88, s * 0.88);
    QPen white(Qt::white, std::max(1.5, s * 0.12), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    auto disc = [&](const QColor &c) {
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawEllipse(circle);
    };
    auto triangle = [&](const QColor &c) {
        QPainterPath path;
        path.moveTo(s * 0.5, s * 0.06);
        path.lineTo(s * 0.96, s * 0.9);
        path.lineTo(s * 0.04, s * 0.9);
        path.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(path);
    };
    auto exclamation = [&](qreal top, qreal bottom, const QColor &c) {
        QPen pen(c, std::max(1.5, s * 0.13), Qt::SolidLine, Qt::RoundCap);
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.5, s * top), QPointF(s * 0.5, s * bottom));
        p.drawPoint(QPointF(s * 0.5, s * (bottom + 0.16)));
    };
    switch (kind) {
    case K::Pending:
        p.setPen(QPen(QColor(0x9a, 0x9a, 0x9a), std::max(1.0, s * 0.09)));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(circle.adjusted(s * 0.06, s * 0.06, -s * 0.06, -s * 0.06));
        break;
    case K::Running: {
        disc(QColor(0x1f, 0x6f, 0xc5));
        QPainterPath play;
        play.moveTo(s * 0.4, s * 0.28);
        play.lineTo(s * 0.72, s * 0.5);
        play.lineTo(s * 0.4, s * 0.72);
        play.closeSubpath();
        p.setBrush(Qt::white);
        p.drawPath(play);
        break;
    }
    case K::Done:
        disc(QColor(0x2e, 0x8b, 0x3e));
        p.setPen(white);
        p.drawPolyline(QPolygonF{QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                 QPointF(s * 0.72, s * 0.34)});
        break;
    case K::Failed:
        disc(QColor(0xc6, 0x28, 0x28));
        p.setPen(white);
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case K::Skipped:
        disc(QColor(0x8a, 0x8a, 0x8a));
        p.setPen(white);
        p.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case K::Stopped:
        disc(QColor(0xd9, 0x7a, 0x00));
        p.setPen(white);
        p.drawLine(QPointF(s * 0.4, s * 0.32), QPointF(s * 0.4, s * 0.68));
        p.drawLine(QPointF(s * 0.6, s * 0.32), QPointF(s * 0.6, s * 0.68));
        break;
    case K::Blocked:
        disc(QColor(0xb0, 0x1e, 0x1e));
        p.setPen(white);
        p.drawLine(QPointF(s * 0.28, s * 0.5), QPointF(s * 0.72, s * 0.5));
        break;
    case K::Warning:
        triangle(QColor(0xe0, 0xa8, 0x00));
        exclamation(0.36, 0.58, Qt::black);
        break;
    case K::Blocking:
        disc(QColor(0xc6, 0x28, 0x28));
        exclamation(0.24, 0.54, Qt::white);
        break;
    case K::Info:
        disc(QColor(0x1f, 0x6f, 0xc5));
        p.setPen(QPen(Qt::white, std::max(1.5, s * 0.13), Qt::SolidLine, Qt::RoundCap));
        p.drawPoint(QPointF(s * 0.5, s * 0.3));
        p.drawLine(QPointF(s * 0.5, s * 0.46), QPointF(s * 0.5, s * 0.72));
        break;
    case K::Destructive: {
        QPainterPath diamond;
        diamond.moveTo(s * 0.5, s * 0.04);
        diamond.lineTo(s * 0.96, s * 0.5);
        diamond.lineTo(s * 0.5, s * 0.96);
        diamond.lineTo(s * 0.04, s * 0.5);
        diamond.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd9, 0x5a, 0x00));
        p.drawPath(diamond);
        exclamation(0.26, 0.54, Qt::white);
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon StateIcons::icon(Kind kind)
{
    static QHash<int, QIcon> cache;
    const auto it = cache.constFind(int(kind));
    if (it != cache.cend())
        return it.value();
    QIcon icon;
    for (int size : {16, 20, 24, 32, 48})
        icon.addPixmap(paint(kind, size));
    cache.insert(int(kind), icon);
    return icon;
}

QIcon StateIcons::step(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return icon(Kind::Pending);
    case StepState::Running:
        return icon(Kind::Running);
    case StepState::Succeeded:
        return icon(Kind::Done);
    case StepState::Failed:
        return icon(Kind::Failed);
    case StepState::Skipped:
        return icon(Kind::Skipped);
    case StepState::Cancelled:
    case StepState::Interrupted:
        return icon(Kind::Stopped);
    case StepState::Blocked:
        return icon(Kind::Blocked);
    }
    return icon(Kind::Pending);
}

QIcon StateIcons::application()
{
    static const QIcon icon(u":/icons/bpmsoft-upgrade.png"_s);
    return icon;
}

} // namespace upgrade::wizard
