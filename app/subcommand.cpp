// SPDX-License-Identifier: MIT
#include "subcommand.h"

#include "clioutput.h"
#include "commands.h"

namespace rtcare::cli {

QString subcommandHelp(const QCommandLineParser& parser, const QString& command)
{
    QString text = parser.helpText();
    const QString usage = QStringLiteral("Usage: ");
    const qsizetype end = text.indexOf(QLatin1Char(' '), usage.size());
    if (text.startsWith(usage) && end > 0)
        text.replace(usage.size(), end - usage.size(), QStringLiteral("rtcare ") + command);
    return text;
}

int parseArguments(QCommandLineParser& parser, const QStringList& command,
                   const QString& description, int minPositional, int maxPositional)
{
    parser.setApplicationDescription(description);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList arguments = command;
    arguments[0] = QStringLiteral("rtcare ") + command.first();
    if (!parser.parse(arguments))
        return fail(BadInput, QStringLiteral("%1: %2").arg(command.first(), parser.errorText()));
    if (parser.isSet(help)) {
        printOut(subcommandHelp(parser, command.first()));
        return Success;
    }
    const qsizetype positional = parser.positionalArguments().size();
    if (maxPositional >= 0 && (positional < minPositional || positional > maxPositional)) {
        return fail(BadInput, QStringLiteral("%1: expected %2 argument(s), got %3. See 'rtcare "
                                             "%1 --help'.")
                                  .arg(command.first())
                                  .arg(minPositional == maxPositional
                                           ? QString::number(minPositional)
                                           : QStringLiteral("%1 to %2").arg(minPositional).arg(
                                                 maxPositional))
                                  .arg(positional));
    }
    return -1;
}

QCommandLineOption ticketStatusOption()
{
    return QCommandLineOption(
        QStringLiteral("status"),
        QStringLiteral("Only tickets in status S (new, acknowledged, investigating, "
                       "waiting_customer, escalated, resolved, closed)."),
        QStringLiteral("S"));
}

int readTicketStatus(const QCommandLineParser& parser, const QCommandLineOption& option,
                     const QString& command, std::optional<TicketStatus>* status)
{
    status->reset();
    if (!parser.isSet(option))
        return -1;
    *status = statusFromId(parser.value(option));
    if (!*status)
        return fail(BadInput, QStringLiteral("%1: --status: '%2' is not a ticket status")
                                  .arg(command, parser.value(option)));
    return -1;
}

} // namespace rtcare::cli
