// SPDX-License-Identifier: MIT
#include "teamcommands.h"

#include "clioutput.h"
#include "commands.h"
#include "storagecommands.h"
#include "subcommand.h"
#include "ticketsession.h"

#include "assigncommands.h"
#include "exchange/ticketexport.h"
#include "exchange/ticketimport.h"
#include "exchange/ticketjson.h"
#include "model/channel.h"
#include "storage/database.h"
#include "storage/serverroles.h"
#include "storage/ticketrepository.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::cli {

namespace {

QString categoryList()
{
    QStringList ids;
    for (const Category category : kAllCategories)
        ids << categoryId(category);
    return ids.join(QStringLiteral(", "));
}

} // namespace

int newCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption customer(QStringLiteral("customer"),
                                      QStringLiteral("The customer's name (required)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        QStringLiteral("The complaint's category (required): %1.").arg(categoryList()),
        QStringLiteral("C"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         QStringLiteral("The complaint in the customer's words "
                                                        "(required)."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption contact(QStringLiteral("contact"),
                                     QStringLiteral("Phone, e-mail or account of the customer."),
                                     QStringLiteral("CONTACT"));
    const QCommandLineOption channel(
        QStringLiteral("channel"),
        QStringLiteral("Where the complaint came in: %1 (default: other).")
            .arg(channelIds().join(QStringLiteral(", "))),
        QStringLiteral("CH"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the new ticket as JSON to stdout."));
    parser.addOptions({customer, category, description, contact, channel, json});
    if (const int stop = parseArguments(parser, command,
                                        QStringLiteral("Files a ticket and prints its number."),
                                        0, 0);
        stop >= 0)
        return stop;
    for (const QCommandLineOption* required : {&customer, &category, &description}) {
        if (parser.value(*required).trimmed().isEmpty())
            return fail(BadInput, QStringLiteral("new: --%1 is required. See 'rtcare new --help'.")
                                      .arg(required->names().first()));
    }
    NewTicket input;
    const std::optional<Category> chosen = categoryFromId(parser.value(category));
    if (!chosen)
        return fail(BadInput, QStringLiteral("new: --category: '%1' is not a category; use one "
                                             "of %2")
                                  .arg(parser.value(category), categoryList()));
    input.category = *chosen;
    if (parser.isSet(channel)) {
        if (!isKnownChannel(parser.value(channel)))
            return fail(BadInput, QStringLiteral("new: --channel: '%1' is not a channel; use one "
                                                 "of %2")
                                      .arg(parser.value(channel),
                                           channelIds().join(QStringLiteral(", "))));
        input.channel = parser.value(channel);
    }
    input.customer.name = parser.value(customer);
    input.customer.contact = parser.value(contact);
    input.description = parser.value(description);
    if (const QString problem = TicketRepository::newTicketProblem(input); !problem.isEmpty())
        return fail(BadInput, QStringLiteral("new: %1").arg(problem));

    TicketSession session;
    if (const int code = session.open(globals, QStringLiteral("rtcare-cli")); code != Success)
        return code;
    QString error;
    const std::optional<Ticket> ticket = session.repository->create(input, &error);
    if (!ticket)
        return fail(Failure, QStringLiteral("new: %1").arg(error));
    if (parser.isSet(json)) {
        printOut(QString::fromUtf8(QJsonDocument(ticketjson::toJson(*ticket)).toJson(QJsonDocument::Indented)));
        return Success;
    }
    printOut(ticket->number + QLatin1Char('\n'));
    return Success;
}

int serverCommand(const GlobalOptions& globals, const QStringList& command)
{
    Q_UNUSED(globals);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("init"),
                                 QStringLiteral("Set up the schema and the group roles."));
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QStringLiteral("postgresql://ADMIN@HOST:PORT/DB?sslmode=..."));
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Sets up a PostgreSQL team server, run once by an administrator: "
                           "creates or upgrades the schema and the group roles rtcare_agent "
                           "and rtcare_lead with their grants."),
            2, 2);
        stop >= 0)
        return stop;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.first() != QLatin1String("init"))
        return fail(BadInput, QStringLiteral("server: unknown action '%1'; the only one is "
                                             "'init'. See 'rtcare server --help'.")
                                  .arg(arguments.first()));
    const QString url = arguments.at(1);
    QString problem;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(url, &problem);
    if (!location)
        return fail(BadInput, QStringLiteral("server init: %1").arg(problem));
    if (!location->isServer())
        return fail(BadInput, QStringLiteral("server init: '%1' is not a postgresql:// URL")
                                  .arg(url));
    StorageError failure;
    const std::unique_ptr<Database> database =
        Database::open(url, &failure, [](int from, int to) {
            writeTo(stderr, QStringLiteral("rtcare: upgrading the schema on the team server from "
                                           "version %1 to %2; on a large server this takes a "
                                           "while (the search index is built from every ticket, "
                                           "about a minute per 1,000,000 tickets)\n")
                                .arg(from)
                                .arg(to));
        });
    if (!database)
        return fail(exitCodeFor(failure), failure.message);
    QStringList done;
    if (!initServerRoles(*database, &done, &failure))
        return fail(exitCodeFor(failure), QStringLiteral("server init: %1").arg(failure.message));
    printOut(done.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    return Success;
}

int pushCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("URL"),
                                 QStringLiteral("The team server: postgresql://USER@HOST:PORT/DB"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Write the summary as JSON to stdout."));
    parser.addOption(json);
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Copies the tickets of the local database (--db, else the default file) "
                           "into a team server, merged by uuid as 'rtcare import' does: a ticket "
                           "already there is updated only when the local copy is newer, so "
                           "pushing twice changes nothing. A pushed ticket keeps its number when "
                           "the server has no other ticket with it, else it gets its day's next "
                           "free number (listed)."),
            1, 1);
        stop >= 0)
        return stop;
    const QString url = parser.positionalArguments().first();
    QString problem;
    const std::optional<DatabaseLocation> target = DatabaseLocation::parse(url, &problem);
    if (!target)
        return fail(BadInput, QStringLiteral("push: %1").arg(problem));
    if (!target->isServer())
        return fail(BadInput, QStringLiteral("push: '%1' is not a postgresql:// URL").arg(url));
    const QString sourcePath = resolveDatabasePath(globals);
    if (DatabaseLocation::looksLikeUrl(sourcePath))
        return fail(BadInput, QStringLiteral("push: the database to push must be a local file; "
                                             "--db names %1")
                                  .arg(sourcePath));
    QString error;
    const std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
    if (!policy)
        return fail(BadInput, error);
    StorageError failure;
    QBuffer tickets;
    tickets.open(QIODevice::ReadWrite);
    qint64 exported = 0;
    {
        const std::unique_ptr<Database> local = Database::open(sourcePath, &failure);
        if (!local)
            return fail(exitCodeFor(failure), failure.message);
        const std::optional<qint64> written = exportTickets(*local, tickets, &error);
        if (!written)
            return fail(Failure, QStringLiteral("push: %1").arg(error));
        exported = *written;
    }
    const std::unique_ptr<Database> server = Database::open(url, &failure);
    if (!server)
        return fail(exitCodeFor(failure), failure.message);
    TicketRepository repository(*server, *policy);
    repository.setActor(commandLineAgent(*server));
    tickets.seek(0);
    ImportOptions options;
    options.renumberTaken = true;
    const std::optional<ImportResult> result =
        importTickets(tickets, sourcePath, repository, &failure, options);
    if (!result)
        return fail(exitCodeFor(failure), QStringLiteral("push: %1; nothing was pushed")
                                              .arg(failure.message));
    if (parser.isSet(json)) {
        const QJsonObject object{{QStringLiteral("tickets"), exported},
                                 {QStringLiteral("added"), result->imported},
                                 {QStringLiteral("updated"), result->updated},
                                 {QStringLiteral("unchanged"), result->skipped},
                                 {QStringLiteral("renumbered"),
                                  QJsonArray::fromStringList(result->renumbered)}};
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
        return Success;
    }
    for (const QString& line : result->renumbered)
        printOut(QStringLiteral("renumbered %1 (the server has another ticket with that "
                                "number)\n")
                     .arg(line));
    printOut(QStringLiteral("pushed %1 tickets to %2: %3 added, %4 updated, %5 unchanged, %6 "
                            "renumbered\n")
                 .arg(exported)
                 .arg(url)
                 .arg(result->imported)
                 .arg(result->updated)
                 .arg(result->skipped)
                 .arg(result->renumbered.size()));
    return Success;
}

} // namespace rtcare::cli
