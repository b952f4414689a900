// SPDX-License-Identifier: MIT
#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>
#include <QString>

#include <optional>

class QSplitter;
class QWidget;

namespace rtcare {

// Where a window opens: its remembered geometry (QSettings, under `key`) when there is one,
// else `preferred`, always shrunk and moved to fit the available area of its screen (a
// 1366×768 laptop included: the status bar stays on screen).
void placeWindow(QWidget* window, const QString& key, QSize preferred);

// What placeWindow decides, for a screen's `available` area: where the window's frame goes
// and the size inside it. `restored` is a remembered frame position and inner size; without
// one the window is centred at `preferred`.
struct WindowPlacement
{
    QPoint framePosition;
    QSize size;
    // The frame's outer rectangle, with a typical desktop's title bar and borders.
    [[nodiscard]] QRect outer() const;
};
[[nodiscard]] WindowPlacement fitWindow(const QRect& available, QSize preferred,
                                        const std::optional<QRect>& restored = std::nullopt);
// Remembers a window's geometry for placeWindow.
void rememberWindow(const QWidget* window, const QString& key);
// The same for a splitter's handle positions.
void restoreSplitter(QSplitter* splitter, const QString& key);
void rememberSplitter(const QSplitter* splitter, const QString& key);

} // namespace rtcare
