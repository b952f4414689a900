// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace rtcare {

// The complaint types of the domain's classification table (domain.md §2), plus "other".
enum class Category { Network, AvQuality, Feature, Compatibility, Other };

inline constexpr std::array<Category, 5> kAllCategories{
    Category::Network, Category::AvQuality, Category::Feature, Category::Compatibility,
    Category::Other};

// Stable id used in files, the database and the command line: "network", "av_quality", ...
[[nodiscard]] QString categoryId(Category category);
[[nodiscard]] std::optional<Category> categoryFromId(QStringView id);
// Name for people, in the application's current language.
[[nodiscard]] QString categoryDisplayName(Category category);

} // namespace rtcare
