// SPDX-License-Identifier: MIT
#include "widgets/windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QWidget>

#include <algorithm>

namespace rtcare {

namespace {

QString geometryKey(const QString& key)
{
    return QStringLiteral("windows/%1/geometry").arg(key);
}

QString splitterKey(const QString& key)
{
    return QStringLiteral("windows/%1/splitter").arg(key);
}

// The window frame (title bar and borders) is not known before the window is shown;
// this is a typical desktop's.
constexpr QMargins kFrame(8, 34, 8, 8);

} // namespace

QRect WindowPlacement::outer() const
{
    return QRect(framePosition,
                 size + QSize(kFrame.left() + kFrame.right(), kFrame.top() + kFrame.bottom()));
}

WindowPlacement fitWindow(const QRect& available, QSize preferred,
                          const std::optional<QRect>& restored)
{
    const QSize frame(kFrame.left() + kFrame.right(), kFrame.top() + kFrame.bottom());
    const QSize size =
        (restored ? restored->size() : preferred).boundedTo(available.size() - frame);
    const QSize outer = size + frame;
    QPoint pos = restored ? restored->topLeft()
                          : available.center() - QPoint(outer.width() / 2, outer.height() / 2);
    pos.setX(std::clamp(pos.x(), available.left(), available.right() - outer.width() + 1));
    pos.setY(std::clamp(pos.y(), available.top(), available.bottom() - outer.height() + 1));
    return {pos, size};
}

void placeWindow(QWidget* window, const QString& key, QSize preferred)
{
    const QByteArray saved = QSettings().value(geometryKey(key)).toByteArray();
    const bool restored = !saved.isEmpty() && window->restoreGeometry(saved);
    QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        if (!restored)
            window->resize(preferred);
        return;
    }
    // move() places the frame; resize() sizes what is inside it.
    const WindowPlacement placement =
        fitWindow(screen->availableGeometry(), preferred,
                  restored ? std::optional(QRect(window->pos(), window->size())) : std::nullopt);
    window->resize(placement.size);
    window->move(placement.framePosition);
}

void rememberWindow(const QWidget* window, const QString& key)
{
    QSettings().setValue(geometryKey(key), window->saveGeometry());
}

void restoreSplitter(QSplitter* splitter, const QString& key)
{
    const QByteArray saved = QSettings().value(splitterKey(key)).toByteArray();
    if (!saved.isEmpty())
        splitter->restoreState(saved);
}

void rememberSplitter(const QSplitter* splitter, const QString& key)
{
    QSettings().setValue(splitterKey(key), splitter->saveState());
}

} // namespace rtcare
