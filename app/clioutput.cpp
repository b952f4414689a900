// SPDX-License-Identifier: MIT
#include "clioutput.h"

#include "commands.h"

#include <cerrno>
#include <cstring>

namespace rtcare::cli {

namespace {

int g_stdoutErrno = 0; // the first failure writing to standard output

QString reasonOf(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// fwrite, without flushing; false (and the failure remembered for stdout) on a short write.
bool put(FILE* stream, const char* data, std::size_t size)
{
    if (stream == stdout && g_stdoutErrno != 0)
        return false;
    errno = 0;
    if (std::fwrite(data, 1, size, stream) == size)
        return true;
    if (stream == stdout)
        g_stdoutErrno = errno != 0 ? errno : EIO;
    return false;
}

bool flush(FILE* stream)
{
    if (stream == stdout && g_stdoutErrno != 0)
        return false;
    errno = 0;
    if (std::fflush(stream) == 0 && !std::ferror(stream))
        return true;
    if (stream == stdout)
        g_stdoutErrno = errno != 0 ? errno : EIO;
    return false;
}

} // namespace

bool writeTo(FILE* stream, const QByteArray& bytes)
{
    const bool written = put(stream, bytes.constData(), std::size_t(bytes.size()));
    return flush(stream) && written;
}

bool writeTo(FILE* stream, const QString& text)
{
    return writeTo(stream, text.toUtf8());
}

bool printOut(const QString& text)
{
    return writeTo(stdout, text);
}

int fail(int code, const QString& message)
{
    writeTo(stderr, QStringLiteral("rtcare: %1\n").arg(message));
    return code;
}

StandardOutput::StandardOutput()
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 StandardOutput::readData(char*, qint64)
{
    return -1;
}

qint64 StandardOutput::writeData(const char* data, qint64 size)
{
    if (put(stdout, data, std::size_t(size)))
        return size;
    setErrorString(QStringLiteral("cannot write to standard output: %1").arg(reasonOf(g_stdoutErrno)));
    return -1;
}

bool standardOutputFailed()
{
    return g_stdoutErrno != 0;
}

int finishStandardOutput(int code)
{
    flush(stdout);
    if (g_stdoutErrno == 0)
        return code;
    fail(Failure, QStringLiteral("cannot write to standard output: %1; the output is incomplete")
                      .arg(reasonOf(g_stdoutErrno)));
    return code == Success ? Failure : code;
}

} // namespace rtcare::cli
