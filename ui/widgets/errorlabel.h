// SPDX-License-Identifier: MIT
#pragma once

class QLabel;
class QWidget;

namespace rtcare {

// The hidden, wrapping label a form shows a refused action's message in. The message is
// text (not only the red colour), so it reads without colour.
[[nodiscard]] QLabel* createErrorLabel(QWidget* parent);

} // namespace rtcare
