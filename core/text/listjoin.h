// SPDX-License-Identifier: MIT
// Lists in the reader's language: "a, b, c" in English, "a、b、c" in Chinese; clauses
// "a; b" and "a；b". Follows the installed translation, as every other shown text does.
#pragma once

#include <QString>
#include <QStringList>

namespace rtcare {

[[nodiscard]] QString joinList(const QStringList& items);
[[nodiscard]] QString joinClauses(const QStringList& items);

} // namespace rtcare
