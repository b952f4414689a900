// SPDX-License-Identifier: MIT
#include "model/category.h"

#include "model/idtable.h"
#include "model/sourcenames.h"

namespace rtcare {

namespace {
constexpr auto kContext = "rtcare::Category";
// In the order of the Category enum.
constexpr std::array<idtable::Entry, 5> kCategories{{
    {"network", QT_TRANSLATE_NOOP("rtcare::Category", "Network connection")},
    {"av_quality", QT_TRANSLATE_NOOP("rtcare::Category", "Audio/video quality")},
    {"feature", QT_TRANSLATE_NOOP("rtcare::Category", "Feature malfunction")},
    {"compatibility", QT_TRANSLATE_NOOP("rtcare::Category", "Compatibility")},
    {"other", QT_TRANSLATE_NOOP("rtcare::Category", "Other")},
}};
} // namespace

QString categoryId(Category category)
{
    return idtable::idAt(kCategories, static_cast<int>(category));
}

std::optional<Category> categoryFromId(QStringView id)
{
    const int index = idtable::indexOf(kCategories, id);
    return index < 0 ? std::nullopt : std::optional(static_cast<Category>(index));
}

const char* categorySourceName(Category category)
{
    return kCategories.at(static_cast<std::size_t>(category)).name;
}

QString categoryDisplayName(Category category)
{
    return idtable::nameAt(kCategories, kContext, static_cast<int>(category));
}

} // namespace rtcare
