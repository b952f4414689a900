// SPDX-License-Identifier: MIT
// Real full disks and read-only folders for the CLI tests: a small tmpfs mounted at a
// folder (Linux, root only; otherwise the test says it was not checked here).
#pragma once

#include "catch.h"

#include <QDir>
#include <QProcess>
#include <QString>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace rtcare::test {

// A small tmpfs at `dir` (root only): a real full disk, or a real read-only folder.
struct Tmpfs
{
    QString dir;
    bool mounted = false;
    Tmpfs(const QString& path, const QString& size)
        : dir(path)
    {
#if defined(Q_OS_LINUX)
        QDir().mkpath(path);
        if (::geteuid() == 0)
            mounted = QProcess::execute(QStringLiteral("mount"),
                                        {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                         QStringLiteral("-o"), QStringLiteral("size=") + size,
                                         QStringLiteral("tmpfs"), path})
                      == 0;
#endif
        if (!mounted)
            WARN("not checked here: needs root and tmpfs mounts (run the tests as root)");
    }
    bool remountReadOnly() const
    {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), dir})
               == 0;
    }
    ~Tmpfs()
    {
        if (mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), dir});
    }
    Tmpfs(const Tmpfs&) = delete;
    Tmpfs& operator=(const Tmpfs&) = delete;
};

} // namespace rtcare::test
