// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

class QSplitter;
class QWidget;

namespace rtcare {

// Where a window opens: its remembered geometry (QSettings, under `key`) when there is one,
// else `preferred`, always shrunk and moved to fit the available area of its screen (a
// 1366×768 laptop included: the status bar stays on screen).
void placeWindow(QWidget* window, const QString& key, QSize preferred);
// Remembers a window's geometry for placeWindow.
void rememberWindow(const QWidget* window, const QString& key);
// The same for a splitter's handle positions.
void restoreSplitter(QSplitter* splitter, const QString& key);
void rememberSplitter(const QSplitter* splitter, const QString& key);

} // namespace rtcare
