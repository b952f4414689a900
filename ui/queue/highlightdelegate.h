// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace rtcare {

class QueueModel;

// The queue's summary cell with the words of the current search in bold on the highlight
// colour (the query's own words and the synonyms it was widened to). Cheap: one scan of a
// short line per painted row; without a search the cell paints as usual.
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    HighlightDelegate(const QueueModel& model, QObject* parent = nullptr);
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    const QueueModel& m_model;
};

} // namespace rtcare
