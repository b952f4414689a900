// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace rtcare::text {

// What a fastText supervised model file (format 12, as fastText 0.9 writes it) says about
// itself, read and checked before the library sees the bytes: the library trusts its input
// (a truncated file makes it read forever), so every size is checked against the file.
struct ModelFileInfo
{
    int dim = 0;
    int wordNgrams = 0;
    int bucket = 0;
    int minn = 0;
    int maxn = 0;
    int words = 0;
    int labels = 0;
    bool quantized = false;
    bool pruned = false;
    qsizetype headerBytes = 8; // the magic number and version, which the library skips
};

constexpr qsizetype kMaxModelFileBytes = 64 * 1024 * 1024;

// Checks the whole file's structure; false with *error ("not a fastText model", "ends
// early in the dictionary", …) when the bytes cannot be a supervised model.
[[nodiscard]] bool checkModelFile(const QByteArray& bytes, ModelFileInfo* info, QString* error);

} // namespace rtcare::text
