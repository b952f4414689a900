// SPDX-License-Identifier: MIT
// The untranslated (English) names of categories and scenarios, as the translation files
// know them: what search compares a query with in every language.
#pragma once

#include "model/category.h"

#include <QStringView>

namespace rtcare {

[[nodiscard]] const char* categorySourceName(Category category);
// nullptr when the id is not a known scenario.
[[nodiscard]] const char* scenarioSourceName(QStringView id);

} // namespace rtcare
