// SPDX-License-Identifier: MIT
#include "queue/highlightdelegate.h"

#include "queue/queuemodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace rtcare {

HighlightDelegate::HighlightDelegate(const QueueModel& model, QObject* parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

void HighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QList<QueueModel::Highlight> marks = m_model.highlights(opt.text);
    if (marks.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect rect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, rect.width());
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    if (!selected)
        marked.setBackground(opt.palette.color(QPalette::Highlight).lighter(170));
    QList<QTextLayout::FormatRange> ranges;
    for (const QueueModel::Highlight& mark : marks) {
        if (mark.start < shown.size())
            ranges.append(
                {int(mark.start), int(std::min(mark.length, shown.size() - mark.start)), marked});
    }
    QTextLayout layout(shown, opt.font);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (!line.isValid()) {
        layout.endLayout();
        return;
    }
    line.setLineWidth(rect.width());
    layout.endLayout();
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(rect);
    layout.draw(painter, QPointF(rect.left(), rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}

} // namespace rtcare
