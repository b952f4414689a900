// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QStyledItemDelegate>

class QFontMetrics;

namespace rtcare {

// Paints a first-response clock cell as a chip: a drawn shape plus words, so the state
// reads without colour (circle = on track, triangle = warning, cross = overdue,
// check = met, check struck through = missed); green/amber/red/grey only add to it.
// Reads QueueModel::ClockStatusRole for the state and the display text for the words.
class ClockDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Shape { None, Circle, Triangle, Cross, Check, StruckCheck };

    explicit ClockDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override;

    // Width of the clock column: fits the longest chip text of the current language.
    [[nodiscard]] int columnWidth(const QFontMetrics& metrics) const;

    // The shape and colour for a clock state id ("on_track", "warning_75", ...).
    [[nodiscard]] static Shape shapeFor(const QString& stateId);
    [[nodiscard]] static QColor colorFor(Shape shape);
    // Draws a shape into a square; also used by the detail pane's clock line.
    static void drawShape(QPainter* painter, Shape shape, const QRectF& square,
                          const QColor& color);

private:
    [[nodiscard]] static int chipExtra(const QFontMetrics& metrics); // everything but text
};

} // namespace rtcare
