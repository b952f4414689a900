// SPDX-License-Identifier: MIT
#include "model/category.h"

#include <QCoreApplication>

namespace rtcare {

namespace {
struct CategoryInfo
{
    Category category;
    const char* id;
    const char* name;
};

constexpr std::array<CategoryInfo, 5> kInfo{{
    {Category::Network, "network", QT_TRANSLATE_NOOP("rtcare::Category", "Network connection")},
    {Category::AvQuality, "av_quality", QT_TRANSLATE_NOOP("rtcare::Category", "Audio/video quality")},
    {Category::Feature, "feature", QT_TRANSLATE_NOOP("rtcare::Category", "Feature malfunction")},
    {Category::Compatibility, "compatibility",
     QT_TRANSLATE_NOOP("rtcare::Category", "Compatibility")},
    {Category::Other, "other", QT_TRANSLATE_NOOP("rtcare::Category", "Other")},
}};

const CategoryInfo& info(Category category)
{
    return kInfo.at(static_cast<std::size_t>(category));
}
} // namespace

QString categoryId(Category category)
{
    return QString::fromLatin1(info(category).id);
}

std::optional<Category> categoryFromId(QStringView id)
{
    for (const auto& entry : kInfo) {
        if (id == QLatin1String(entry.id))
            return entry.category;
    }
    return std::nullopt;
}

QString categoryDisplayName(Category category)
{
    return QCoreApplication::translate("rtcare::Category", info(category).name);
}

} // namespace rtcare
