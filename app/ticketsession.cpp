// SPDX-License-Identifier: MIT
#include "ticketsession.h"

#include "clioutput.h"
#include "commands.h"
#include "storagecommands.h"
#include "subcommand.h"

namespace rtcare::cli {

int TicketSession::open(const GlobalOptions& globals, const QString& actor)
{
    QString error;
    policy = loadPolicy(globals, &error);
    if (!policy)
        return fail(BadInput, error);
    StorageError failure;
    database = Database::open(resolveDatabasePath(globals), &failure);
    if (!database)
        return fail(exitCodeFor(failure), failure.message);
    QStringList problems;
    adoptSharedPolicy(globals, *database, policy, &problems);
    for (const QString& problem : problems)
        writeTo(stderr, QStringLiteral("rtcare: %1; the SLA policy of this desktop is used\n")
                            .arg(problem));
    repository = std::make_unique<TicketRepository>(*database, *policy);
    repository->setActor(actor);
    return Success;
}

} // namespace rtcare::cli
