// SPDX-License-Identifier: MIT
#pragma once

#include "model/inputlimits.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace rtcare::replies {

// A built-in data file (a Qt resource) parsed by `parse(json, &errors)`. The built-in files
// ship inside the program and are checked by the tests, so a missing or broken one stops it.
template <typename Parse>
auto parseBuiltIn(const QString& resource, const char* what, Parse parse)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("built-in %s missing", what);
    QStringList errors;
    auto parsed = parse(file.readAll(), &errors);
    if (!errors.isEmpty())
        qFatal("built-in %s: %s", what, qPrintable(errors.join(QLatin1Char('\n'))));
    return parsed;
}

// A team's own entries on top of the built-in ones: an entry replaces the built-in one with
// the same id, the others are added (an override file's, or the team server's document).
template <typename Entry>
void applyOverride(QList<Entry>& entries, const QList<Entry>& user)
{
    for (const Entry& entry : user) {
        auto it = std::find_if(entries.begin(), entries.end(),
                               [&entry](const Entry& known) { return known.id == entry.id; });
        if (it != entries.end())
            *it = entry;
        else
            entries.append(entry);
    }
}

// A team's override file on top of the built-in entries: entries read from `path` replace
// the built-in ones with the same id, the others are added. A missing file adds nothing;
// an unreadable one, or one larger than limits::kDataFileBytes, is reported in *errors and the built-in entries stay.
// `parse(json)` returns the file's entries (reporting its own problems).
template <typename Entry, typename Parse>
void applyOverrideFile(QList<Entry>& entries, const QString& path, QStringList* errors,
                       Parse parse)
{
    if (!QFile::exists(path))
        return;
    QString problem;
    const std::optional<QByteArray> bytes =
        limits::readFile(path, limits::kDataFileBytes, QStringLiteral("a team's own reply file"),
                         &problem);
    if (!bytes) {
        errors->append(problem);
        return;
    }
    applyOverride(entries, parse(*bytes));
}

} // namespace rtcare::replies
