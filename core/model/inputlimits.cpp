// SPDX-License-Identifier: MIT
#include "model/inputlimits.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <cstdio>

namespace rtcare::limits {

QString bytesText(qint64 bytes)
{
    const QLocale english(QLocale::English);
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(english.toString(bytes / (1024 * 1024)));
    if (bytes >= 1024 && bytes % 1024 == 0)
        return QStringLiteral("%1 KiB").arg(english.toString(bytes / 1024));
    return QStringLiteral("%1 bytes").arg(english.toString(bytes));
}

QString charsText(qsizetype chars)
{
    return QStringLiteral("%1 characters").arg(QLocale(QLocale::English).toString(qint64(chars)));
}

std::optional<QByteArray> readAtMost(QIODevice& device, qint64 limit, bool* tooLarge)
{
    *tooLarge = false;
    if (!device.isSequential() && device.size() - device.pos() > limit) {
        *tooLarge = true;
        return std::nullopt;
    }
    QByteArray bytes;
    constexpr qint64 kChunk = 64 * 1024;
    while (bytes.size() <= limit) {
        const qint64 want = std::min<qint64>(kChunk, limit + 1 - bytes.size());
        const qsizetype before = bytes.size();
        bytes.resize(before + want);
        const qint64 got = device.read(bytes.data() + before, want);
        if (got < 0)
            return std::nullopt; // device.errorString() says why
        bytes.resize(before + got);
        if (got == 0 && !(device.isSequential() && !device.atEnd() && device.waitForReadyRead(-1)))
            break; // the end
    }
    if (bytes.size() > limit) {
        *tooLarge = true;
        return std::nullopt;
    }
    return bytes;
}

namespace {

QString shownPath(const QString& path)
{
    return path == QLatin1String("-") ? QStringLiteral("<stdin>") : QDir::toNativeSeparators(path);
}

// The file (or standard input) whole when it holds at most `limit` bytes; else nullopt with
// *tooLarge, or with *reason when it cannot be read.
std::optional<QByteArray> readBounded(const QString& path, qint64 limit, bool* tooLarge,
                                      QString* reason)
{
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    *tooLarge = false;
    if (!opened) {
        *reason = file.errorString();
        return std::nullopt;
    }
    std::optional<QByteArray> bytes = readAtMost(file, limit, tooLarge);
    if (!bytes && !*tooLarge)
        *reason = file.errorString();
    return bytes;
}

} // namespace

std::optional<QByteArray> readFile(const QString& path, qint64 limit, const QString& what,
                                   QString* error)
{
    bool tooLarge = false;
    QString reason;
    std::optional<QByteArray> bytes = readBounded(path, limit, &tooLarge, &reason);
    if (!bytes)
        *error = tooLarge ? QStringLiteral("%1: larger than %2, the limit for %3")
                                .arg(shownPath(path), bytesText(limit), what)
                          : QStringLiteral("%1: cannot be read: %2").arg(shownPath(path), reason);
    return bytes;
}

std::optional<QString> readText(const QString& path, qsizetype maxChars, const QString& what,
                                QString* error)
{
    bool tooLarge = false;
    QString reason;
    // A character (UTF-16 unit) takes at most three UTF-8 bytes.
    const std::optional<QByteArray> bytes =
        readBounded(path, 3 * qint64(maxChars), &tooLarge, &reason);
    if (!bytes && !tooLarge) {
        *error = QStringLiteral("%1: cannot be read: %2").arg(shownPath(path), reason);
        return std::nullopt;
    }
    QString text = bytes ? QString::fromUtf8(*bytes) : QString();
    if (tooLarge || text.size() > maxChars) {
        *error = QStringLiteral("%1: longer than %2, the limit for %3")
                     .arg(shownPath(path), charsText(maxChars), what);
        return std::nullopt;
    }
    return text;
}

QString textProblem(QStringView text, qsizetype limit)
{
    if (text.size() > limit)
        return QStringLiteral("is longer than %1 (%2), the limit").arg(charsText(limit),
                                                                     charsText(text.size()));
    if (text.contains(QChar(u'\0')))
        return QStringLiteral("contains a NUL character (\\u0000)");
    return {};
}

} // namespace rtcare::limits
