// SPDX-License-Identifier: MIT
// rtcare-window's entry points (windowmodule.h): the window, or a command that draws.
#include "clioutput.h"
#include "commandline.h"
#include "commands.h"
#include "gui.h"
#include "reportcommand.h"
#include "windowmodule.h"

#include "reports/reportoutput.h"

#include <QApplication>

#include <type_traits>

extern "C" Q_DECL_EXPORT const char* rtcare_window_version()
{
    return RTCARE_VERSION;
}

extern "C" Q_DECL_EXPORT int rtcare_window_main(int* argc, char** argv)
{
    using namespace rtcare;
    const cli::Invocation invocation = cli::parseInvocation(cli::argumentList(*argc, argv));
    if (invocation.command.isEmpty())
        return runGui(*argc, argv, invocation.globals);

    // A drawn report lays out text and charts with Qt GUI, on the offscreen platform: no
    // display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(*argc, argv);
    cli::nameApplication();
    cli::setDrawnReportWriter(&reportBytes);
    return cli::finishStandardOutput(cli::runCommand(invocation.globals, invocation.command));
}

// The signatures rtcare resolves them with.
static_assert(std::is_same_v<decltype(&rtcare_window_main), rtcare::cli::WindowMain>);
static_assert(std::is_same_v<decltype(&rtcare_window_version), rtcare::cli::WindowVersion>);
