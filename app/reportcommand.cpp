// SPDX-License-Identifier: MIT
#include "reportcommand.h"
#include "clioutput.h"
#include "subcommand.h"

#include "commands.h"
#include "productlanguage.h"
#include "reports/periodreport.h"
#include "reports/reportfile.h"
#include "reports/reportexport.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/privatefile.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace rtcare::cli {

namespace {

DrawnReportWriter drawnReportWriter = nullptr;

} // namespace

void setDrawnReportWriter(DrawnReportWriter writer)
{
    drawnReportWriter = writer;
}

bool commandNeedsGui(const QStringList& command)
{
    if (command.isEmpty() || command.first() != QLatin1String("report"))
        return false;
    const auto drawn = [](const QString& id) {
        const std::optional<ReportFormat> format = reportFormatFromId(id);
        return format && isDrawnReportFormat(*format);
    };
    for (qsizetype i = 1; i < command.size(); ++i) {
        if (command.at(i).startsWith(QLatin1String("--format="))
            && drawn(command.at(i).mid(9)))
            return true;
        if (command.at(i) == QLatin1String("--format") && i + 1 < command.size()
            && drawn(command.at(i + 1)))
            return true;
    }
    return false;
}

int reportCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The team lead's report for a period: volumes, first-response SLA "
                       "attainment per tier and agent, hot spots, root causes, recurring "
                       "complaints and recommendations. Tickets count by their creation time, "
                       "on the days of the team's time zone (--tz, else Settings, else the SLA "
                       "policy's)."));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("First day, YYYY-MM-DD (default: 29 "
                                                       "days before --to)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("Last day, included whole (default: "
                                                     "today in the team's time zone)."),
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
    const QCommandLineOption tzOption(
        QStringLiteral("tz"),
        QStringLiteral("The time zone whose days, weeks and months the report counts, and "
                       "whose clock its times are shown on (IANA id, e.g. Asia/Shanghai); "
                       "default: the zone chosen in Settings, else the SLA policy's."),
        QStringLiteral("ZONE"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOptions(
        {fromOption, toOption, tzOption, formatOption, bucketOption, outOption, redactOption,
         help});
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
    const std::optional<ReportFormat> format = reportFormatFromId(parser.value(formatOption));
    if (!format)
        return fail(BadInput, QStringLiteral("--format: '%1' is not one of json, csv, html, pdf")
                                  .arg(parser.value(formatOption)));
    if (parser.isSet(tzOption)
        && !QTimeZone::isTimeZoneIdAvailable(parser.value(tzOption).toUtf8()))
        return fail(BadInput, QStringLiteral("--tz: unknown time zone '%1' (an IANA id such as "
                                             "Asia/Shanghai or Europe/Berlin)")
                                  .arg(parser.value(tzOption)));
    const std::optional<BucketSize> bucket = bucketSizeFromId(parser.value(bucketOption));
    if (!bucket)
        return fail(BadInput, QStringLiteral("--bucket: '%1' is not one of auto, day, week, month")
                                  .arg(parser.value(bucketOption)));

    // The period is checked against its limits before the database is opened.
    QString error;
    std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
    if (!policy)
        return fail(BadInput, error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString zoneId =
        parser.isSet(tzOption) ? parser.value(tzOption) : AppSettings::load().reportTimeZone;
    QTimeZone zone = reportTimeZone(*policy, zoneId);
    installProductLanguage(resolveLanguage(globals));

    const auto parseDate = [&](const QCommandLineOption& option, QDate* date) {
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        return date->isValid();
    };
    QDate to = now.toTimeZone(zone).date();
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
    QDateTime fromTime = from.startOfDay(zone);
    QDateTime toTime = to.addDays(1).startOfDay(zone);
    if (const QString problem = periodProblem(fromTime, toTime, *bucket); !problem.isEmpty())
        return fail(BadInput, QStringLiteral("--from %1 --to %2: %3")
                                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                                       problem));

    const std::unique_ptr<Database> database = Database::open(resolveDatabasePath(globals), &error);
    if (!database)
        return fail(Failure, error);
    // On a team server, the SLA policy the team leads share (and its time zone, unless one
    // was chosen): the same targets every desktop counts against.
    QStringList problems;
    adoptSharedPolicy(globals, *database, policy, &problems);
    for (const QString& problem : problems)
        writeTo(stderr, QStringLiteral("rtcare: %1; the SLA policy of this desktop is used\n")
                            .arg(problem));
    if (database->isServer()) {
        zone = reportTimeZone(*policy, zoneId);
        if (!parser.isSet(toOption))
            to = now.toTimeZone(zone).date();
        if (!parser.isSet(fromOption))
            from = to.addDays(-29);
        fromTime = from.startOfDay(zone);
        toTime = to.addDays(1).startOfDay(zone);
    }
    const std::optional<PeriodReport> computed =
        computeReport(*database, *policy, fromTime, toTime, now, ReportThresholds::builtIn(),
                      &error, *bucket, zone);
    if (!computed)
        return fail(Failure, error);
    const PeriodReport report = parser.isSet(redactOption) ? redacted(*computed) : *computed;

    if (isDrawnReportFormat(*format) && !drawnReportWriter)
        return fail(Failure, QStringLiteral("report: --format %1 is drawn by the window module, "
                                            "which this run has not loaded")
                                 .arg(reportFormatId(*format)));
    const std::optional<QByteArray> bytes = isDrawnReportFormat(*format)
                                                ? drawnReportWriter(report, *format, &error)
                                                : reportTextBytes(report, *format);
    if (!bytes)
        return fail(Failure, QStringLiteral("report: %1").arg(error));
    if (!parser.isSet(outOption)) {
        writeTo(stdout, *bytes); // checked by main()
        return Success;
    }
    if (!writePrivateFile(parser.value(outOption), *bytes, &error))
        return fail(Failure, QStringLiteral("report: %1").arg(error));
    return Success;
}

} // namespace rtcare::cli
