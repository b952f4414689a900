// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rtcare {

// "system" keeps the platform's style and colours; "light" and "dark" use the Fusion
// style with a light or dark palette. Applies to the running application at once.
void applyTheme(const QString& theme);

} // namespace rtcare
