// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <span>

namespace rtcare::idtable {

// A fixed list of stable ids with translatable names (QT_TRANSLATE_NOOP in `name`).
// The entry's position is the enum value where an enum goes with the table.
struct Entry
{
    const char* id;
    const char* name;
};

// Position of `id` in `table`, or -1.
[[nodiscard]] int indexOf(std::span<const Entry> table, QStringView id);
[[nodiscard]] QStringList ids(std::span<const Entry> table);
[[nodiscard]] QString idAt(std::span<const Entry> table, int index);
// The translated name of the entry at `index`, in `context`.
[[nodiscard]] QString nameAt(std::span<const Entry> table, const char* context, int index);
// The translated name of `id`, or `id` itself when the table does not know it.
[[nodiscard]] QString nameOf(std::span<const Entry> table, const char* context, QStringView id);

} // namespace rtcare::idtable
