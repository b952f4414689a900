// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>

namespace rtcare::cli {

// What every headless command writes with: UTF-8, flushed at once.
void writeTo(FILE* stream, const QByteArray& bytes);
void writeTo(FILE* stream, const QString& text);
void printOut(const QString& text);
// "rtcare: <message>" on stderr; returns `code` so a command can `return fail(...)`.
int fail(int code, const QString& message);

} // namespace rtcare::cli
