// SPDX-License-Identifier: MIT
#include "teamdatacommands.h"

#include "assigncommands.h"
#include "clioutput.h"
#include "commands.h"
#include "storagecommands.h"
#include "subcommand.h"

#include "model/inputlimits.h"
#include "replies/replydata.h"
#include "storage/database.h"
#include "storage/teamdata.h"

#include <QCommandLineParser>

namespace rtcare::cli {

int teamDataCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("get|set"),
                                 QStringLiteral("Print the stored document, or store FILE."));
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 teamdata::names().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("set: the document, in the format of the "
                                                "override files (templates.json, "
                                                "tone-rules.json, an SLA policy file)."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The team server (default: the global --db, "
                                               "$RTCARE_DB, else Settings)."),
                                QStringLiteral("URL"));
    parser.addOption(db);
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("The reply templates, tone rules and SLA policy the whole team shares "
                           "on a team server. Everyone reads them; only team leads (members of "
                           "rtcare_lead) may store them. A document is checked before it is "
                           "stored: a broken one is refused, entry named, and nothing changes."),
            2, 3);
        stop >= 0)
        return stop;
    const QStringList arguments = parser.positionalArguments();
    const QString action = arguments.at(0);
    const QString name = arguments.at(1);
    if (action != QLatin1String("get") && action != QLatin1String("set"))
        return fail(BadInput, QStringLiteral("team-data: unknown action '%1'; use get or set. "
                                             "See 'rtcare team-data --help'.")
                                  .arg(action));
    if ((action == QLatin1String("get")) != (arguments.size() == 2))
        return fail(BadInput, action == QLatin1String("get")
                                  ? QStringLiteral("team-data get: takes NAME only")
                                  : QStringLiteral("team-data set: needs NAME and FILE"));
    if (!teamdata::isName(name))
        return fail(BadInput, QStringLiteral("team-data: '%1' is not shared team data; use one "
                                             "of %2")
                                  .arg(name, teamdata::names().join(QStringLiteral(", "))));

    QByteArray document;
    if (action == QLatin1String("set")) {
        const QString file = arguments.at(2);
        QString problem;
        const std::optional<QByteArray> bytes = limits::readFile(
            file, limits::kDataFileBytes, QStringLiteral("the team's shared data"), &problem);
        if (!bytes)
            return fail(BadInput, QStringLiteral("team-data set: %1").arg(problem));
        if (const QStringList problems = teamdata::problems(name, *bytes, file);
            !problems.isEmpty())
            return fail(BadInput, QStringLiteral("team-data set: %1; nothing was stored")
                                      .arg(problems.join(QStringLiteral("\n"))));
        document = *bytes;
    }

    GlobalOptions options = globals;
    if (parser.isSet(db))
        options.databasePath = parser.value(db);
    const QString path = resolveDatabasePath(options);
    StorageError failure;
    const std::unique_ptr<Database> database = Database::open(path, &failure);
    if (!database)
        return fail(exitCodeFor(failure), failure.message);

    if (action == QLatin1String("get")) {
        const std::optional<teamdata::Document> stored = teamdata::read(*database, name, &failure);
        if (!stored && !failure.message.isEmpty())
            return fail(exitCodeFor(failure),
                        QStringLiteral("team-data get: %1").arg(failure.message));
        if (!stored)
            return fail(Failure, QStringLiteral("team-data get: no shared %1 stored on %2; the "
                                                "built-in set is in use")
                                     .arg(name, database->path()));
        printOut(QString::fromUtf8(stored->json));
        if (!stored->json.endsWith('\n'))
            printOut(QStringLiteral("\n"));
        return Success;
    }
    if (!teamdata::write(*database, name, document, commandLineAgent(*database), &failure,
                         arguments.at(2)))
        return fail(exitCodeFor(failure), QStringLiteral("team-data set: %1").arg(failure.message));
    printOut(QStringLiteral("stored the shared %1 on %2\n").arg(name, database->path()));
    if (!database->isServer())
        writeTo(stderr, QStringLiteral("rtcare: note: %1 is a local file: the window keeps using "
                                       "its own files (Settings, %2); shared data is used on a "
                                       "team server\n")
                            .arg(database->path(), replies::repliesOverrideFolder()));
    return Success;
}

} // namespace rtcare::cli
