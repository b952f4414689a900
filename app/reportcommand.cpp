// SPDX-License-Identifier: MIT
#include "reportcommand.h"
#include "clioutput.h"
#include "subcommand.h"

#include "commands.h"
#include "reports/reportpdf.h"
#include "reports/periodreport.h"
#include "reports/reportexport.h"
#include "storage/database.h"
#include "storage/privatefile.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>

namespace rtcare::cli {

namespace {

const QStringList kFormats{QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html"),
                           QStringLiteral("pdf")};

} // namespace

bool commandNeedsGui(const QStringList& command)
{
    if (command.isEmpty() || command.first() != QLatin1String("report"))
        return false;
    for (qsizetype i = 1; i < command.size(); ++i) {
        if (command.at(i) == QLatin1String("--format=pdf"))
            return true;
        if (command.at(i) == QLatin1String("--format") && i + 1 < command.size()
            && command.at(i + 1) == QLatin1String("pdf"))
            return true;
    }
    return false;
}

int reportCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The team lead's report for a period: volumes, first-response SLA "
                       "attainment, hot spots, root causes, recurring complaints and "
                       "recommendations. Tickets count by their creation time (UTC)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("First day, YYYY-MM-DD (default: 29 "
                                                       "days before --to)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("Last day, included whole (default: "
                                                     "today, UTC)."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("json (default), csv, html or pdf."),
                                          QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Write to FILE instead of standard output."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption redactOption(QStringLiteral("redact"),
                                          QStringLiteral("Leave out customer names and "
                                                         "contacts."));
    const QCommandLineOption bucketOption(
        QStringLiteral("bucket"),
        QStringLiteral("Volume over time per day, week or month (default: auto, by the "
                       "period's length)."),
        QStringLiteral("SIZE"), QStringLiteral("auto"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions(
        {fromOption, toOption, formatOption, bucketOption, outOption, redactOption, help});
    QStringList arguments = command;
    arguments[0] = QStringLiteral("rtcare report");
    if (!parser.parse(arguments))
        return fail(BadInput, parser.errorText());
    if (parser.isSet(help)) {
        writeTo(stdout, subcommandHelp(parser, QStringLiteral("report")));
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(BadInput, QStringLiteral("takes no arguments. See 'rtcare report --help'."));
    const QString format = parser.value(formatOption);
    if (!kFormats.contains(format))
        return fail(BadInput, QStringLiteral("--format: '%1' is not one of json, csv, html, pdf")
                                  .arg(format));
    const std::optional<BucketSize> bucket = bucketSizeFromId(parser.value(bucketOption));
    if (!bucket)
        return fail(BadInput, QStringLiteral("--bucket: '%1' is not one of auto, day, week, month")
                                  .arg(parser.value(bucketOption)));

    const auto parseDate = [&](const QCommandLineOption& option, QDate* date) {
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        return date->isValid();
    };
    // The period is checked against its limits before anything is opened or computed.
    QDate to = QDateTime::currentDateTimeUtc().date();
    if (parser.isSet(toOption) && !parseDate(toOption, &to))
        return fail(BadInput, QStringLiteral("--to: '%1' is not a date (YYYY-MM-DD)")
                                  .arg(parser.value(toOption)));
    QDate from = to.addDays(-29);
    if (parser.isSet(fromOption) && !parseDate(fromOption, &from))
        return fail(BadInput, QStringLiteral("--from: '%1' is not a date (YYYY-MM-DD)")
                                  .arg(parser.value(fromOption)));
    if (from > to)
        return fail(BadInput, QStringLiteral("--from %1 is after --to %2")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    const QDateTime fromTime(from, QTime(0, 0), Qt::UTC);
    const QDateTime toTime(to.addDays(1), QTime(0, 0), Qt::UTC);
    if (const QString problem = periodProblem(fromTime, toTime, *bucket); !problem.isEmpty())
        return fail(BadInput, QStringLiteral("--from %1 --to %2: %3")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                                       problem));

    QString error;
    const std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
    if (!policy)
        return fail(BadInput, error);
    const std::unique_ptr<Database> database = Database::open(resolveDatabasePath(globals), &error);
    if (!database)
        return fail(Failure, error);
    if (database->isServer())
        return fail(Failure, QStringLiteral("report: reports on a team server are not built yet "
                                            "(a later step of team mode); export the tickets "
                                            "with 'rtcare export' meanwhile"));
    const TicketRepository repository(*database, *policy);
    const QDateTime now = repository.now();

    const std::optional<PeriodReport> computed =
        computeReport(*database, *policy, fromTime, toTime, now, ReportThresholds::builtIn(),
                      &error, *bucket);
    if (!computed)
        return fail(Failure, error);
    const PeriodReport report = parser.isSet(redactOption) ? redacted(*computed) : *computed;

    QByteArray bytes;
    if (format == QLatin1String("json")) {
        bytes = QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("csv")) {
        bytes = reportCsv(report).toUtf8();
    } else if (format == QLatin1String("html")) {
        bytes = reportHtml(report).toUtf8();
    } else {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        if (!dir.isValid() || !writeReportPdf(report, path, &error))
            return fail(Failure, error.isEmpty() ? QStringLiteral("cannot write the PDF") : error);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Failure, file.errorString());
        bytes = file.readAll();
    }
    if (!parser.isSet(outOption)) {
        writeTo(stdout, bytes); // checked by main()
        return Success;
    }
    if (!writePrivateFile(parser.value(outOption), bytes, &error))
        return fail(Failure, QStringLiteral("report: %1").arg(error));
    return Success;
}

} // namespace rtcare::cli
