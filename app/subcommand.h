// SPDX-License-Identifier: MIT
#pragma once

#include "model/status.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare::cli {

// Parses a subcommand's own arguments (`command` starts with its name) after adding
// --help: returns an exit code when the command must stop here (bad usage, or --help
// shown), -1 to go on. A negative `maxPositional` takes any number of arguments.
[[nodiscard]] int parseArguments(QCommandLineParser& parser, const QStringList& command,
                                 const QString& description, int minPositional = 0,
                                 int maxPositional = 0);

// The subcommand's help, its usage line naming "rtcare <command>" rather than the path the
// program was started from.
[[nodiscard]] QString subcommandHelp(const QCommandLineParser& parser, const QString& command);

// --status S, listing every ticket status (list, search).
[[nodiscard]] QCommandLineOption ticketStatusOption();
// The value of ticketStatusOption() once parsed, into *status (nullopt when not given):
// returns -1 to go on, or the exit code after saying "<command>: --status: 'X' is not a
// ticket status".
[[nodiscard]] int readTicketStatus(const QCommandLineParser& parser,
                                   const QCommandLineOption& option, const QString& command,
                                   std::optional<TicketStatus>* status);

} // namespace rtcare::cli
