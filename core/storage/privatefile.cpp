// SPDX-License-Identifier: MIT
#include "storage/privatefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace rtcare {

namespace {

// Qt leaves the reason out when a write stops part way ("Unknown error"); a full disk is
// by far the likeliest cause, so it is said when the disk has (almost) no room left.
QString failureReason(const QString& given, const QString& path)
{
    // Qt's own words (in the language Qt's translation gives them).
    static constexpr char kContext[] = "QIODevice";
    static constexpr char kUnknown[] = "Unknown error";
    const bool vague = given.isEmpty() || given == QCoreApplication::translate(kContext, kUnknown);
    if (!vague)
        return given;
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (disk.isValid() && disk.bytesAvailable() < 1024 * 1024)
        return QStringLiteral("no space left on the disk that holds %1 (%2 bytes free)")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))
            .arg(disk.bytesAvailable());
    return QStringLiteral("a write failed part way");
}

} // namespace

bool writeAll(QIODevice& device, const QByteArray& bytes, QString* error)
{
    if (device.write(bytes) == bytes.size())
        return true;
    if (error)
        *error = device.errorString();
    return false;
}

bool writePrivateFile(const QString& path,
                      const std::function<bool(QIODevice&, QString*)>& write, QString* error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString unchanged = QStringLiteral("; %1 was not written (a file already there is "
                                             "unchanged)")
                                  .arg(shown);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2. Check that the folder %3 exists and that "
                                "you may write to it")
                     .arg(shown, file.errorString(),
                          QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    // QSaveFile creates its temporary file with the default mode (or that of the file it
    // replaces): owner only before anything is written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = QStringLiteral("cannot make %1 private to you: %2%3")
                     .arg(shown, file.errorString(), unchanged);
        file.cancelWriting();
        return false;
    }
    QString reason;
    bool written = write(file, &reason);
    // QSaveFile::commit() does not see a failure of the last flush (Qt 6.4: a full disk
    // then leaves an empty file under the final name): flush and check first.
    if (written && !file.flush()) {
        written = false;
        reason = file.errorString();
    }
    if (!written) {
        file.cancelWriting();
        *error = QStringLiteral("cannot write %1: %2%3")
                     .arg(shown, failureReason(reason, path), unchanged);
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2%3")
                     .arg(shown, failureReason(file.errorString(), path), unchanged);
        return false;
    }
    return true;
}

bool writePrivateFile(const QString& path, const QByteArray& bytes, QString* error)
{
    return writePrivateFile(
        path, [&bytes](QIODevice& device, QString* reason) { return writeAll(device, bytes, reason); },
        error);
}

} // namespace rtcare
