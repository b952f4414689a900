// SPDX-License-Identifier: MIT
#include "commands.h"
#include "clioutput.h"
#include "subcommand.h"

#include "reportcommand.h"
#include "searchcommand.h"
#include "statscommand.h"
#include "storagecommands.h"
#include "teamcommands.h"
#include "teamdatacommands.h"
#include "ticketsession.h"

#include "demo/demodata.h"
#include "diagnosecommands.h"
#include "replycommands.h"
#include "textmodelcommands.h"
#include "tonecommands.h"
#include "exchange/ticketexport.h"
#include "exchange/ticketimport.h"
#include "sla/clock.h"
#include "assigncommands.h"
#include "storage/database.h"
#include "storage/privatefile.h"
#include "storage/queuequery.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <cstdio>

namespace rtcare::cli {

namespace {



int listCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption = ticketStatusOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write a JSON array to stdout."));
    const QCommandLineOption mineOption(
        QStringLiteral("mine"),
        QStringLiteral("Only the tickets you have (on a team server: your login role; else the "
                       "agent name of the settings)."));
    parser.addOptions({statusOption, mineOption, jsonOption});
    if (const int stop = parseArguments(parser, command,
                                        QStringLiteral("Lists tickets, most urgent first."), 0, 0);
        stop >= 0)
        return stop;
    std::optional<TicketStatus> status;
    if (const int stop = readTicketStatus(parser, statusOption, QStringLiteral("list"), &status);
        stop >= 0)
        return stop;
    TicketSession session;
    if (const int code = session.open(globals, QStringLiteral("rtcare-cli")); code != Success)
        return code;

    QueueQuery query(*session.database);
    query.setFilter(QueueFilter::All);
    query.setStatus(status);
    if (parser.isSet(mineOption))
        query.setAssignee(commandLineAgent(*session.database));
    const QDateTime now = session.repository->now();
    const bool json = parser.isSet(jsonOption);
    StandardOutput out;
    if (json)
        out.write("[");
    else
        out.write(QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                      .arg(QStringLiteral("NUMBER"), -17)
                      .arg(QStringLiteral("CATEGORY"), -13)
                      .arg(QStringLiteral("PRIORITY"), -11)
                      .arg(QStringLiteral("STATUS"), -16)
                      .arg(QStringLiteral("CREATED (UTC)"), -20)
                      .arg(QStringLiteral("FIRST RESPONSE DUE"), -20)
                      .arg(QStringLiteral("STATE"))
                      .toUtf8());
    bool first = true;
    const bool ok = query.visit(now, [&](const QueueRow& row) {
        const ClockStatus clock = firstResponseClock(*session.policy, row.priority, row.createdAt,
                                                     row.firstResponseDue, row.firstResponseAt,
                                                     now);
        const QString created = row.createdAt.toString(Qt::ISODate);
        const QString due = row.firstResponseDue.toString(Qt::ISODate);
        QByteArray line;
        if (json) {
            const QJsonObject object{{QStringLiteral("number"), row.number},
                                     {QStringLiteral("category"), categoryId(row.category)},
                                     {QStringLiteral("priority"), row.priority},
                                     {QStringLiteral("status"), statusId(row.status)},
                                     {QStringLiteral("created_at"), created},
                                     {QStringLiteral("first_response_due"), due},
                                     {QStringLiteral("first_response_state"), clock.id()},
                                     {QStringLiteral("assignee"), row.assignee}};
            line = (first ? "\n" : ",\n") + QJsonDocument(object).toJson(QJsonDocument::Compact);
        } else {
            line = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                       .arg(row.number, -17)
                       .arg(categoryId(row.category), -13)
                       .arg(row.priority, -11)
                       .arg(statusId(row.status), -16)
                       .arg(created, -20)
                       .arg(due, -20)
                       .arg(clock.id())
                       .toUtf8();
        }
        first = false;
        return out.write(line) == line.size(); // stops at a write error (reported on return)
    });
    if (standardOutputFailed())
        return Failure; // main() says what failed
    if (!ok)
        return fail(Failure, QStringLiteral("list: cannot read the tickets"));
    if (json)
        out.write(first ? "]\n" : "\n]\n");
    return Success;
}

int importCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the result as JSON."));
    parser.addOption(jsonOption);
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("JSON lines, one rtcare.ticket/1 object per "
                                                "line; - reads standard input."));
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Imports tickets, all or nothing: any bad line and nothing is "
                           "imported. A ticket already present (same uuid) is replaced when "
                           "the file's copy was updated later, else skipped."),
            1, 1);
        stop >= 0)
        return stop;
    const QString path = parser.positionalArguments().constFirst();
    // Standard input or a pipe is held in memory within its limit (importTickets()).
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            return fail(Failure, QStringLiteral("import: cannot read standard input"));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(BadInput, QStringLiteral("import: cannot open %1: %2")
                                      .arg(path, file.errorString()));
    }
    TicketSession session;
    if (const int code = session.open(globals, QStringLiteral("rtcare-cli")); code != Success)
        return code;
    session.repository->setActor(QStringLiteral("import"));
    StorageError error;
    const QString source = path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
    const std::optional<ImportResult> result =
        importTickets(file, source, *session.repository, &error);
    if (!result) {
        // A bad file is bad input (2); a locked, full, read-only or damaged database is a
        // failure (1): the same file may import once the cause is gone.
        writeTo(stderr, error.message + QStringLiteral("\nrtcare: import: nothing was imported\n"));
        return exitCodeFor(error);
    }
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("imported"), result->imported},
                                      {QStringLiteral("updated"), result->updated},
                                      {QStringLiteral("skipped"), result->skipped}})
                .toJson(QJsonDocument::Compact)
            + '\n'));
    } else {
        printOut(QStringLiteral("Imported %1 ticket(s) from %2; %3 updated (newer copy); %4 "
                                "already present were skipped.\n")
                     .arg(result->imported)
                     .arg(source)
                     .arg(result->updated)
                     .arg(result->skipped));
    }
    return Success;
}

int exportCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Write to FILE instead of standard "
                                                      "output (replaced only when complete)."),
                                       QStringLiteral("FILE"));
    parser.addOption(outOption);
    if (const int stop = parseArguments(
            parser, command, QStringLiteral("Exports every ticket as JSON lines."), 0, 0);
        stop >= 0)
        return stop;
    TicketSession session;
    if (const int code = session.open(globals, QStringLiteral("rtcare-cli")); code != Success)
        return code;
    QString error;
    if (parser.isSet(outOption)) {
        const QString path = parser.value(outOption);
        std::optional<qint64> count;
        const bool written = writePrivateFile(
            path,
            [&](QIODevice& file, QString* reason) {
                count = exportTickets(*session.database, file, reason);
                return count.has_value();
            },
            &error);
        if (!written)
            return fail(Failure, QStringLiteral("export: %1").arg(error));
        writeTo(stderr, QStringLiteral("Exported %1 ticket(s) to %2\n").arg(*count).arg(path));
        return Success;
    }
    StandardOutput out;
    if (!exportTickets(*session.database, out, &error))
        return standardOutputFailed() ? Failure : fail(Failure, QStringLiteral("export: %1").arg(error));
    return Success;
}

// True when a ticket was filed by someone other than demo-data (its "create" audit row).
bool holdsRealTickets(const Database& database)
{
    QSqlQuery q(database.connection());
    return !q.exec(QStringLiteral("SELECT 1 FROM audit WHERE action = 'create' AND "
                                  "actor <> 'demo-data' LIMIT 1"))
           || q.next();
}

int demoDataCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption ticketsOption(QStringLiteral("tickets"),
                                           QStringLiteral("How many tickets to add."),
                                           QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Random seed (default 1): the same seed "
                                                       "gives the same tickets."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write the result as JSON."));
    parser.addOptions({ticketsOption, seedOption, jsonOption});
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Adds realistic synthetic tickets for demos and benchmarks."), 0, 0);
        stop >= 0)
        return stop;
    bool ok = false;
    const int tickets = parser.value(ticketsOption).toInt(&ok);
    if (!parser.isSet(ticketsOption) || !ok || tickets <= 0 || tickets > 10'000'000)
        return fail(BadInput, QStringLiteral("demo-data: --tickets takes a whole number from 1 "
                                             "to 10000000"));
    const uint seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return fail(BadInput, QStringLiteral("demo-data: --seed takes a whole number"));
    TicketSession session;
    if (const int code = session.open(globals, QStringLiteral("rtcare-cli")); code != Success)
        return code;
    // A team server takes demo tickets only while it holds no real ones (a trial server, a
    // benchmark): synthetic tickets must never mix into a team's real queue.
    if (session.database->isServer() && holdsRealTickets(*session.database))
        return fail(BadInput, QStringLiteral("demo-data: %1 already holds tickets filed by "
                                             "agents; synthetic tickets go only into a team "
                                             "server without real tickets (or a database file)")
                                  .arg(session.database->path()));
    DemoOptions options;
    options.count = tickets;
    options.seed = seed;
    options.now = session.repository->now();
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<int> written =
        generateDemoTickets(*session.database, *session.policy, options, &error);
    if (!written)
        return fail(Failure, QStringLiteral("demo-data: %1").arg(error));
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (parser.isSet(jsonOption)) {
        printOut(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("tickets"), *written},
                                      {QStringLiteral("database"), session.database->path()},
                                      {QStringLiteral("seconds"), seconds}})
                .toJson(QJsonDocument::Compact)
            + '\n'));
    } else {
        printOut(QStringLiteral("Added %1 demo tickets to %2 in %3 s\n")
                     .arg(*written)
                     .arg(session.database->path())
                     .arg(seconds, 0, 'f', 1));
    }
    return Success;
}

} // namespace

int runCommand(const GlobalOptions& globals, const QStringList& command)
{
    const QString& name = command.first();
    // A database URL of an unknown scheme is bad input, whatever the command.
    if (const QString location = resolveDatabasePath(globals);
        DatabaseLocation::looksLikeUrl(location)) {
        QString problem;
        if (!DatabaseLocation::parse(location, &problem))
            return fail(BadInput, problem);
    }
    if (name == QLatin1String("new"))
        return newCommand(globals, command);
    if (name == QLatin1String("server"))
        return serverCommand(globals, command);
    if (name == QLatin1String("list"))
        return listCommand(globals, command);
    if (name == QLatin1String("push"))
        return pushCommand(globals, command);
    if (name == QLatin1String("team-data"))
        return teamDataCommand(globals, command);
    if (name == QLatin1String("take"))
        return takeCommand(globals, command);
    if (name == QLatin1String("assign"))
        return assignCommand(globals, command);
    if (name == QLatin1String("search"))
        return searchCommand(globals, command);
    if (name == QLatin1String("import"))
        return importCommand(globals, command);
    if (name == QLatin1String("export"))
        return exportCommand(globals, command);
    if (name == QLatin1String("demo-data"))
        return demoDataCommand(globals, command);
    if (name == QLatin1String("classify"))
        return classifyCommand(globals, command);
    if (name == QLatin1String("diagnose"))
        return diagnoseCommand(globals, command);
    if (name == QLatin1String("evaluate"))
        return evaluateCommand(globals, command);
    if (name == QLatin1String("train-model"))
        return trainModelCommand(globals, command);
    if (name == QLatin1String("evaluate-tone"))
        return evaluateToneCommand(globals, command);
    if (name == QLatin1String("train-tone-model"))
        return trainToneModelCommand(globals, command);
    if (name == QLatin1String("stats"))
        return statsCommand(globals, command);
    if (name == QLatin1String("attach"))
        return attachCommand(globals, command);
    if (name == QLatin1String("lint"))
        return lintCommand(globals, command);
    if (name == QLatin1String("templates"))
        return templatesCommand(globals, command);
    if (name == QLatin1String("render"))
        return renderCommand(globals, command);
    if (name == QLatin1String("report"))
        return reportCommand(globals, command);
    if (name == QLatin1String("backup"))
        return backupCommand(globals, command);
    if (name == QLatin1String("restore"))
        return restoreCommand(globals, command);
    return fail(BadInput, QStringLiteral("unknown command '%1'. See 'rtcare --help'.").arg(name));
}

} // namespace rtcare::cli
