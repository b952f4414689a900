// SPDX-License-Identifier: MIT
#include "clioutput.h"

namespace rtcare::cli {

void writeTo(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

void writeTo(FILE* stream, const QString& text)
{
    writeTo(stream, text.toUtf8());
}

void printOut(const QString& text)
{
    writeTo(stdout, text);
}

int fail(int code, const QString& message)
{
    writeTo(stderr, QStringLiteral("rtcare: %1\n").arg(message));
    return code;
}

} // namespace rtcare::cli
