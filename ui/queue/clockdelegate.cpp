// SPDX-License-Identifier: MIT
#include "queue/clockdelegate.h"

#include "queue/clocktext.h"
#include "queue/queuemodel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rtcare {

namespace {
constexpr int kCellMargin = 3;  // between the cell and the chip
constexpr int kChipPadding = 6; // inside the chip, left and right
constexpr int kGap = 5;         // between shape and text

int shapeSize(const QFontMetrics& metrics)
{
    return std::max(8, metrics.height() * 3 / 4);
}

QColor blend(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
                            float(base.greenF() * (1 - amount) + tint.greenF() * amount),
                            float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}
} // namespace

ClockDelegate::ClockDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

ClockDelegate::Shape ClockDelegate::shapeFor(const QString& stateId)
{
    if (stateId == u"on_track")
        return Shape::Circle;
    if (stateId.startsWith(u"warning"))
        return Shape::Triangle;
    if (stateId == u"breached")
        return Shape::Cross;
    if (stateId == u"met")
        return Shape::Check;
    if (stateId == u"missed")
        return Shape::StruckCheck;
    return Shape::None;
}

QColor ClockDelegate::colorFor(Shape shape)
{
    switch (shape) {
    case Shape::Circle: return QColor(0x2e, 0x7d, 0x32);   // green
    case Shape::Triangle: return QColor(0xb2, 0x6a, 0x00); // amber, dark enough for text
    case Shape::Cross: return QColor(0xc6, 0x28, 0x28);    // red
    case Shape::Check:
    case Shape::StruckCheck:
    case Shape::None: return QColor(0x75, 0x75, 0x75);     // grey: the clock stopped
    }
    return {};
}

void ClockDelegate::drawShape(QPainter* painter, Shape shape, const QRectF& square,
                              const QColor& color)
{
    const double s = square.width();
    auto at = [&square, s](double x, double y) {
        return QPointF(square.left() + x * s, square.top() + y * s);
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max(1.5, s / 6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (shape) {
    case Shape::None:
        break;
    case Shape::Circle:
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(square.adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1));
        break;
    case Shape::Triangle: {
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(QPolygonF({at(0.5, 0.05), at(0.97, 0.92), at(0.03, 0.92)}));
        break;
    }
    case Shape::Cross:
        painter->setPen(pen);
        painter->drawLine(at(0.15, 0.15), at(0.85, 0.85));
        painter->drawLine(at(0.85, 0.15), at(0.15, 0.85));
        break;
    case Shape::Check:
    case Shape::StruckCheck: {
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(QPolygonF({at(0.1, 0.55), at(0.38, 0.82), at(0.9, 0.2)}));
        if (shape == Shape::StruckCheck) {
            QPen slash = pen;
            slash.setWidthF(std::max(1.0, pen.widthF() * 0.7));
            painter->setPen(slash);
            painter->drawLine(at(0.1, 0.1), at(0.9, 0.9));
        }
        break;
    }
    }
    painter->restore();
}

int ClockDelegate::chipExtra(const QFontMetrics& metrics)
{
    return 2 * kCellMargin + 2 * kChipPadding + shapeSize(metrics) + kGap + 2;
}

int ClockDelegate::columnWidth(const QFontMetrics& metrics) const
{
    int text = 0;
    for (const QString& sample : ClockText::widestChips())
        text = std::max(text, metrics.horizontalAdvance(sample));
    return text + chipExtra(metrics);
}

QSize ClockDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QFontMetrics& metrics = option.fontMetrics;
    int width = columnWidth(metrics);
    if (index.isValid()) {
        const int own = metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
        width = std::max(width, own + chipExtra(metrics));
    }
    return {width, metrics.height() + 2 * kCellMargin + 4};
}

void ClockDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    opt.icon = {};
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, focus

    if (text.isEmpty())
        return;
    const Shape shape = shapeFor(index.data(QueueModel::ClockStatusRole).toString());
    const QColor color = colorFor(shape);
    const QFontMetrics& metrics = opt.fontMetrics;
    const int iconSize = shapeSize(metrics);

    const QRect cell = opt.rect.adjusted(kCellMargin, kCellMargin, -kCellMargin, -kCellMargin);
    const int textWidth = metrics.horizontalAdvance(text) + 2; // rounding slack
    const int wanted = 2 * kChipPadding + iconSize + kGap + textWidth;
    QRect chip = cell;
    chip.setWidth(std::min(cell.width(), wanted));
    if (opt.direction == Qt::RightToLeft)
        chip.moveRight(cell.right());

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color, 1));
    painter->setBrush(blend(opt.palette.color(QPalette::Base), color, 0.14));
    const double radius = chip.height() / 2.0;
    painter->drawRoundedRect(QRectF(chip).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    const QRect inner = chip.adjusted(kChipPadding, 0, -kChipPadding, 0);
    const QRectF square(QStyle::visualRect(opt.direction, inner,
                                           QRect(inner.left(),
                                                 inner.center().y() - iconSize / 2 + 1,
                                                 iconSize, iconSize)));
    drawShape(painter, shape, square, color);

    QRect textRect = inner.adjusted(iconSize + kGap, 0, 0, 0);
    textRect = QStyle::visualRect(opt.direction, inner, textRect);
    painter->setPen(opt.palette.color(QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(textRect, int(Qt::AlignVCenter | Qt::AlignLeading),
                      textRect.width() >= textWidth
                          ? text
                          : metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

} // namespace rtcare
