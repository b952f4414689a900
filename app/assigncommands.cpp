// SPDX-License-Identifier: MIT
#include "assigncommands.h"

#include "clioutput.h"
#include "commands.h"
#include "storagecommands.h"
#include "subcommand.h"
#include "ticketsession.h"

#include "settings/appsettings.h"
#include "storage/currentagent.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::cli {

namespace {

// Take (agent empty) or assign: the same steps, the same output.
int runAssignment(const GlobalOptions& globals, const QString& name, const QString& number,
                  const QString& agent, bool json)
{
    TicketSession session;
    if (const int code = session.open(globals, QString()); code != Success)
        return code;
    const Database& database = *session.database;
    TicketRepository& repository = *session.repository;
    const QString me = commandLineAgent(database);
    repository.setActor(me);
    QString error;
    const std::optional<Ticket> ticket = repository.findByNumber(number.trimmed());
    if (!ticket)
        return fail(BadInput, QStringLiteral("%1: no ticket numbered '%2'").arg(name, number));
    const QString to = agent.isEmpty() ? me : agent.trimmed();
    if (!agent.isEmpty() && !isKnownAgent(database, to))
        return fail(BadInput, QStringLiteral("%1: '%2' is not an agent on this server (a login "
                                             "role in the group rtcare_agent)")
                                  .arg(name, agent));
    // The assignee read just now: a colleague who takes it between this read and the write
    // is not overwritten (the write is conditional on it).
    const bool ok = agent.isEmpty() ? repository.take(ticket->id, ticket->assignee, &error)
                                    : repository.assign(ticket->id, to, ticket->assignee, &error);
    if (!ok)
        return fail(Failure, QStringLiteral("%1: %2").arg(name, error));
    if (json) {
        const QJsonObject object{{QStringLiteral("number"), ticket->number},
                                 {QStringLiteral("assignee"), to},
                                 {QStringLiteral("previous_assignee"), ticket->assignee},
                                 {QStringLiteral("by"), me}};
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
    } else {
        printOut(
            QStringLiteral("%1: %2 -> %3\n")
                .arg(ticket->number,
                     ticket->assignee.isEmpty() ? QStringLiteral("(nobody)") : ticket->assignee,
                     to));
    }
    return Success;
}

} // namespace

QString commandLineAgent(const Database& database)
{
    return currentAgent(database, AppSettings::load().effectiveAgentName());
}

int takeCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QStringLiteral("The ticket's number."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON to stdout."));
    parser.addOption(json);
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Takes a ticket: it becomes yours (on a team server your login role, "
                           "else the agent name of the settings). Refused, changing nothing, "
                           "when a colleague has just taken it."),
            1, 1);
        stop >= 0)
        return stop;
    return runAssignment(globals, QStringLiteral("take"), parser.positionalArguments().first(),
                         QString(), parser.isSet(json));
}

int assignCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QStringLiteral("The ticket's number."));
    parser.addPositionalArgument(QStringLiteral("AGENT"),
                                 QStringLiteral("Who gets it (on a team server: their login "
                                                "role)."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON to stdout."));
    parser.addOption(json);
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Gives a ticket to a colleague; the ticket's history records who "
                           "did it and when."),
            2, 2);
        stop >= 0)
        return stop;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.at(1).trimmed().isEmpty())
        return fail(BadInput, QStringLiteral("assign: AGENT is empty"));
    return runAssignment(globals, QStringLiteral("assign"), arguments.at(0), arguments.at(1),
                         parser.isSet(json));
}

} // namespace rtcare::cli
