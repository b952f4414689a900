// SPDX-License-Identifier: MIT
#include "model/idtable.h"

#include <QCoreApplication>

namespace rtcare::idtable {

int indexOf(std::span<const Entry> table, QStringView id)
{
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (id == QLatin1String(table[i].id))
            return static_cast<int>(i);
    }
    return -1;
}

QStringList ids(std::span<const Entry> table)
{
    QStringList result;
    result.reserve(static_cast<qsizetype>(table.size()));
    for (const Entry& entry : table)
        result.append(QString::fromLatin1(entry.id));
    return result;
}

QString idAt(std::span<const Entry> table, int index)
{
    return QString::fromLatin1(table[static_cast<std::size_t>(index)].id);
}

QString nameAt(std::span<const Entry> table, const char* context, int index)
{
    return QCoreApplication::translate(context, table[static_cast<std::size_t>(index)].name);
}

QString nameOf(std::span<const Entry> table, const char* context, QStringView id)
{
    const int index = indexOf(table, id);
    return index < 0 ? id.toString() : nameAt(table, context, index);
}

} // namespace rtcare::idtable
