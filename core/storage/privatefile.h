// SPDX-License-Identifier: MIT
// Every file RTCare writes for someone to keep (ticket exports, reports, the team's own
// templates) goes through here: written whole or not at all, readable by its owner only.
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <functional>

namespace rtcare {

// Writes `path` through a temporary file in the same folder (QSaveFile) that is made
// readable and writable by its owner only (0600) before its first byte, flushed to the disk
// and renamed over `path` only when every write and the flush succeeded. On any failure
// (a folder that is missing or read-only, a full disk, `write` returning false with a
// reason) *error names the file and the cause, the temporary file is removed and `path` is
// as it was: never a partial file under the final name.
[[nodiscard]] bool writePrivateFile(const QString& path,
                                    const std::function<bool(QIODevice&, QString*)>& write,
                                    QString* error);
[[nodiscard]] bool writePrivateFile(const QString& path, const QByteArray& bytes,
                                    QString* error);

// Writes all of `bytes` to `device`; false with *error when the device refused some.
[[nodiscard]] bool writeAll(QIODevice& device, const QByteArray& bytes, QString* error);

} // namespace rtcare
