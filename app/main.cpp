// SPDX-License-Identifier: MIT
// rtcare: with a subcommand it runs headless and exits; without one it opens the window.
// The window and the drawn reports are in the rtcare-window module (windowmodule.h), so a
// headless command never loads Qt Widgets, Gui or Charts.
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "reportcommand.h"
#include "windowmodule.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

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
    const rtcare::cli::Invocation invocation =
        rtcare::cli::parseInvocation(rtcare::cli::argumentList(argc, argv));

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
        rtcare::cli::nameApplication();
        rtcare::cli::printOut(rtcare::cli::usageText());
        return rtcare::cli::finishStandardOutput(rtcare::cli::Success);
    }
    if (invocation.command.isEmpty() || rtcare::cli::commandNeedsGui(invocation.command))
        return rtcare::cli::runInWindowModule(&argc, argv, invocation.command.isEmpty());

    QCoreApplication app(argc, argv);
    rtcare::cli::nameApplication();
    return rtcare::cli::finishStandardOutput(
        rtcare::cli::runCommand(invocation.globals, invocation.command));
}
