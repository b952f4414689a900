// SPDX-License-Identifier: MIT
#pragma once

#include <QLayout>
#include <QList>

namespace rtcare {

// Lays widgets out left to right and wraps to a new line when the width runs out, so a
// row of action buttons or badges fits a narrow pane (and longer translations).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout&) = delete;
    FlowLayout& operator=(const FlowLayout&) = delete;

    void addItem(QLayoutItem* item) override;
    // Puts a widget at a position in the flow (addWidget appends).
    void insertWidget(int index, QWidget* widget);
    [[nodiscard]] int count() const override;
    [[nodiscard]] QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    [[nodiscard]] Qt::Orientations expandingDirections() const override;
    [[nodiscard]] bool hasHeightForWidth() const override;
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize minimumSize() const override;
    [[nodiscard]] QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    [[nodiscard]] int arrange(const QRect& rect, bool apply) const; // returns the height
    [[nodiscard]] int gap(Qt::Orientation orientation) const;

    QList<QLayoutItem*> m_items;
};

} // namespace rtcare
