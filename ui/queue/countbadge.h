// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace rtcare {

// The application icon with a round badge showing `count` (tickets needing attention);
// "99+" above 99, and no badge at 0. The number is text, so it reads without colour.
[[nodiscard]] QIcon iconWithCount(const QIcon& base, int count);

} // namespace rtcare
