// SPDX-License-Identifier: MIT
// Everything a headless command writes goes through here. Writes to standard output are
// checked: the first failure (a full disk, a closed pipe) is remembered, later writes are
// skipped, and finishStandardOutput() turns it into a message and exit status 1, so a
// command never reports success for output that did not arrive. Files go through
// writePrivateFile() (core/storage/privatefile.h).
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <cstdio>

namespace rtcare::cli {

// UTF-8, flushed at once. False when standard output (or `stream`) refused the bytes.
bool writeTo(FILE* stream, const QByteArray& bytes);
bool writeTo(FILE* stream, const QString& text);
bool printOut(const QString& text);
// "rtcare: <message>" on stderr; returns `code` so a command can `return fail(...)`.
int fail(int code, const QString& message);

// Standard output as a device for writers that stream (list, export): buffered, and a
// write that fails returns -1 (errorString() says why) so the writer stops at once.
class StandardOutput : public QIODevice
{
public:
    StandardOutput();
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;
};

// True once a write to standard output failed.
[[nodiscard]] bool standardOutputFailed();
// Flushes standard output and checks that everything written arrived. When it did not,
// says so on stderr ("rtcare: cannot write to standard output: <reason>; the output is
// incomplete") and returns Failure (or `code` when that is already a failure).
[[nodiscard]] int finishStandardOutput(int code);

} // namespace rtcare::cli
