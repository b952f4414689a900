// SPDX-License-Identifier: MIT
#include "windowmodule.h"

#include "clioutput.h"
#include "commands.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <cstdio>
#include <string>

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
#endif

namespace rtcare::cli {

namespace {

// The executable's own path, before any QCoreApplication exists (its applicationDirPath()
// needs one, and which kind to create is the module's choice).
QString executablePath(const char* argv0)
{
#if defined(Q_OS_WIN)
    std::wstring path(32768, L'\0');
    const DWORD length = GetModuleFileNameW(nullptr, path.data(), DWORD(path.size()));
    if (length > 0 && length < path.size())
        return QString::fromWCharArray(path.data(), qsizetype(length));
#elif defined(Q_OS_MACOS)
    uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::string path(size, '\0');
    if (_NSGetExecutablePath(path.data(), &size) == 0)
        return QString::fromUtf8(path.c_str());
#elif defined(Q_OS_LINUX)
    const QString path = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (!path.isEmpty())
        return path;
#endif
    return QString::fromLocal8Bit(argv0);
}

// Where the module may be: beside the executable (the build tree, Windows), then where the
// package installs it (RTCARE_WINDOW_MODULE_DIR, relative to the executable's directory).
QStringList moduleCandidates(const char* argv0)
{
    const QDir directory = QFileInfo(executablePath(argv0)).absoluteDir();
    const QString file = QStringLiteral(RTCARE_WINDOW_MODULE_FILE);
    QStringList candidates{directory.filePath(file)};
    const QString installed = QDir::cleanPath(
        directory.filePath(QStringLiteral(RTCARE_WINDOW_MODULE_DIR "/" RTCARE_WINDOW_MODULE_FILE)));
    if (!candidates.contains(installed))
        candidates << installed;
    return candidates;
}

int failToLoad(const QString& message, bool window)
{
#if defined(Q_OS_WIN)
    // Started from the Start menu there is no console to read stderr in.
    if (window && GetConsoleWindow() == nullptr) {
        const std::wstring text = message.toStdWString();
        MessageBoxW(nullptr, text.c_str(), L"RTCare", MB_OK | MB_ICONERROR);
    }
#else
    Q_UNUSED(window);
#endif
    return fail(Failure, message);
}

} // namespace

int runInWindowModule(int* argc, char** argv, bool window)
{
    const QStringList candidates = moduleCandidates(argv[0]);
    QString path;
    for (const QString& candidate : candidates) {
        if (QFileInfo::exists(candidate)) {
            path = candidate;
            break;
        }
    }
    if (path.isEmpty())
        return failToLoad(QStringLiteral("the window module is missing (looked for %1); the "
                                         "window and HTML or PDF reports need it, the other "
                                         "commands work without it. Reinstall RTCare.")
                              .arg(candidates.join(QStringLiteral(" and "))),
                          window);
    QLibrary module(path);
    if (!module.load())
        return failToLoad(QStringLiteral("the window module %1 cannot be loaded: %2")
                              .arg(QDir::toNativeSeparators(path), module.errorString()),
                          window);
    const auto version = reinterpret_cast<WindowVersion>(module.resolve(kWindowVersionSymbol));
    const auto main = reinterpret_cast<WindowMain>(module.resolve(kWindowMainSymbol));
    if (!version || !main)
        return failToLoad(QStringLiteral("%1 is not RTCare's window module")
                              .arg(QDir::toNativeSeparators(path)),
                          window);
    if (QLatin1String(version()) != QLatin1String(RTCARE_VERSION))
        return failToLoad(QStringLiteral("the window module %1 is of RTCare %2, this rtcare is "
                                         "%3. Reinstall RTCare.")
                              .arg(QDir::toNativeSeparators(path), QLatin1String(version()),
                                   QStringLiteral(RTCARE_VERSION)),
                          window);
    // The module stays loaded until the process ends (QLibrary does not unload on
    // destruction), as the objects it made live until then.
    return main(argc, argv);
}

} // namespace rtcare::cli
