// SPDX-License-Identifier: MIT
// Runs the built rtcare binary as a script or a scheduled job would: no display, UTC, no
// RTCARE_DB or RTCARE_DIAGNOSIS_DIR from the developer's shell, and settings (QSettings)
// in a private folder instead of the developer's own configuration.
#pragma once

#include "catch.h"

#include <QList>
#include <QPair>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace rtcare::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

using Environment = QList<QPair<QString, QString>>;

// Where the runs keep their settings (XDG_CONFIG_HOME); one folder per test program.
inline const QTemporaryDir& cliConfigHome()
{
    static const QTemporaryDir dir;
    return dir;
}

// The environment every run gets (see above), plus `extra`.
inline QProcessEnvironment rtcareEnvironment(const Environment& extra = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("RTCARE_DB"));
    environment.remove(QStringLiteral("RTCARE_DIAGNOSIS_DIR"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), cliConfigHome().path());
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    for (const auto& [name, value] : extra)
        environment.insert(name, value);
    return environment;
}

inline CliRun runRtcare(const QStringList& arguments, const QByteArray& input = {},
                        const Environment& extra = {})
{
    QProcess process;
    process.setProcessEnvironment(rtcareEnvironment(extra));
    process.start(QStringLiteral(RTCARE_BINARY), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rtcare::test
