// SPDX-License-Identifier: MIT
#include "searchcommand.h"

#include "clioutput.h"
#include "commands.h"
#include "subcommand.h"

#include "search/searchquery.h"
#include "storage/database.h"
#include "storage/ticketsearch.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rtcare::cli {

int searchCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption statusOption = ticketStatusOption();
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("At most N matches (default 20)."),
                                         QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QStringLiteral("Write a JSON array to stdout."));
    const QCommandLineOption statsOption(
        QStringLiteral("stats"),
        QStringLiteral("Write 'query: N ms, M matches' to stderr (the query alone)."));
    parser.addOptions({statusOption, limitOption, jsonOption, statsOption});
    parser.addPositionalArgument(QStringLiteral("QUERY"),
                                 QStringLiteral("A ticket number, a phone number or e-mail, or "
                                                "words (a symptom, category, scenario, device, "
                                                "region, customer)."));
    if (const int stop = parseArguments(
            parser, command,
            QStringLiteral("Searches the tickets; prints the matches best first: the ticket "
                           "whose number or contact it is, then by relevance, then urgency."),
            1, -1);
        stop >= 0)
        return stop;
    const QString text = parser.positionalArguments().join(QLatin1Char(' ')).simplified();
    if (text.isEmpty())
        return fail(BadInput, QStringLiteral("search: the query is empty"));
    std::optional<TicketStatus> status;
    if (const int stop = readTicketStatus(parser, statusOption, QStringLiteral("search"), &status);
        stop >= 0)
        return stop;
    bool limitOk = false;
    const int limit = parser.value(limitOption).toInt(&limitOk);
    if (!limitOk || limit < 1)
        return fail(BadInput, QStringLiteral("search: --limit: '%1' is not a positive number")
                                  .arg(parser.value(limitOption)));

    StorageError failure;
    const std::unique_ptr<Database> database =
        Database::open(resolveDatabasePath(globals), &failure);
    if (!database)
        return fail(Failure, failure.message);
    TicketSearch search(*database);
    search.setStatus(status);
    QString error;
    // The symptom vocabulary and the names are read once, before the clock starts: --stats
    // times the query.
    Q_UNUSED(search::parseSearch(text))
    QElapsedTimer timer;
    timer.start();
    const std::optional<SearchResults> results = search.run(text, limit, &error);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (!results)
        return fail(Failure, QStringLiteral("search: %1").arg(error));
    if (parser.isSet(statsOption))
        writeTo(stderr, QStringLiteral("query: %1 ms, %2 matches\n")
                            .arg(ms, 0, 'f', ms < 10 ? 2 : 1)
                            .arg(results->totalIsAtLeast
                                     ? QStringLiteral("more than %1").arg(results->total - 1)
                                     : QString::number(results->total)));

    const bool json = parser.isSet(jsonOption);
    if (json) {
        QJsonArray array;
        for (const SearchHit& hit : results->hits)
            array.append(QJsonObject{
                {QStringLiteral("number"), hit.row.number},
                {QStringLiteral("status"), statusId(hit.row.status)},
                {QStringLiteral("summary"), hit.row.summary},
                {QStringLiteral("matched"), QJsonArray::fromStringList(hit.matchedFields)}});
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    } else {
        for (const SearchHit& hit : results->hits)
            printOut(QStringLiteral("%1  %2  %3  [%4]\n")
                         .arg(hit.row.number, -17)
                         .arg(statusId(hit.row.status), -16)
                         .arg(hit.row.summary, hit.matchedFields.join(QLatin1Char(','))));
    }
    if (results->hits.isEmpty())
        writeTo(stderr,
                QStringLiteral("rtcare: no tickets match \u201C%1\u201D%2\n")
                    .arg(text, status ? QStringLiteral(" with status %1").arg(statusId(*status))
                                      : QString()));
    return finishStandardOutput(Success);
}

} // namespace rtcare::cli
