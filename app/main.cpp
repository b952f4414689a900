// SPDX-License-Identifier: MIT
// rtcare: with a subcommand it runs headless and exits; without one it opens the window.
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "gui.h"
#include "reportcommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <csignal>
#include <cstdio>
#include <memory>

#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace {

// A GUI-subsystem executable on Windows has no console; a command run from one
// writes to the console it was started from.
void attachConsole()
{
#if defined(Q_OS_WIN)
    if (AttachConsole(ATTACH_PARENT_PROCESS)) {
        std::freopen("CONOUT$", "w", stdout);
        std::freopen("CONOUT$", "w", stderr);
        std::freopen("CONIN$", "r", stdin);
    }
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const rtcare::cli::Invocation invocation = rtcare::cli::parseInvocation(arguments);

    const bool headless = !invocation.command.isEmpty() || invocation.globals.help
                          || invocation.globals.version || !invocation.error.isEmpty();
    if (headless) {
        attachConsole();
#if defined(SIGPIPE)
        // A closed pipe is a write error reported like a full disk, not a silent death.
        std::signal(SIGPIPE, SIG_IGN);
#endif
    }
    if (!invocation.error.isEmpty())
        return rtcare::cli::fail(rtcare::cli::BadInput,
                                 QStringLiteral("%1\nTry 'rtcare --help'.").arg(invocation.error));
    if (invocation.globals.version) {
        rtcare::cli::printOut(QStringLiteral("rtcare %1\n").arg(QStringLiteral(RTCARE_VERSION)));
        return rtcare::cli::finishStandardOutput(rtcare::cli::Success);
    }
    if (invocation.globals.help) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("RTCare"));
        QCoreApplication::setApplicationName(QStringLiteral("rtcare"));
        rtcare::cli::printOut(rtcare::cli::usageText());
        return rtcare::cli::finishStandardOutput(rtcare::cli::Success);
    }
    if (invocation.command.isEmpty())
        return rtcare::runGui(argc, argv, invocation.globals);

    // A PDF report lays out text and charts with Qt GUI, on the offscreen platform: no display.
    const bool gui = rtcare::cli::commandNeedsGui(invocation.command);
    if (gui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        gui ? std::make_unique<QApplication>(argc, argv)
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("RTCare"));
    QCoreApplication::setApplicationName(QStringLiteral("rtcare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RTCARE_VERSION));
    return rtcare::cli::finishStandardOutput(
        rtcare::cli::runCommand(invocation.globals, invocation.command));
}
