// SPDX-License-Identifier: MIT
#include "statscommand.h"
#include "clioutput.h"
#include "subcommand.h"

#include "commands.h"
#include "evidence/callpair.h"
#include "evidence/csvstats.h"
#include "evidence/evidenceimport.h"
#include "evidence/evidencereport.h"
#include "evidence/evidencestore.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace rtcare::cli {

namespace {

using namespace rtcare::evidence;

struct EvidenceOptions
{
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               QStringLiteral("Threshold profile: agora-like (default), "
                                              "twilio-like or plivo-like."),
                               QStringLiteral("NAME")};
    QCommandLineOption map{QStringLiteral("map"),
                           QStringLiteral("CSV only: read column COL as METRIC (%1). Repeatable.")
                               .arg(csvMetricNames().join(QStringLiteral(", "))),
                           QStringLiteral("COL=METRIC")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QStringLiteral("Show this help.")};
};

// Parses the options shared by stats and attach; returns an exit code to stop with, or -1.
int parse(QCommandLineParser& parser, EvidenceOptions& o, const QStringList& command,
          const QString& description, int positional, ThresholdProfile* profile,
          ImportOptions* import, int maxPositional = 0)
{
    parser.setApplicationDescription(description);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions({o.json, o.profile, o.map, o.help});
    QStringList arguments = command;
    arguments[0] = QStringLiteral("rtcare ") + command.first();
    if (!parser.parse(arguments))
        return fail(BadInput, QStringLiteral("%1: %2").arg(command.first(), parser.errorText()));
    if (parser.isSet(o.help)) {
        writeTo(stdout, subcommandHelp(parser, command.first()));
        return Success;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < positional || given > std::max(positional, maxPositional))
        return fail(BadInput,
                    QStringLiteral("%1: expected %2 argument(s), got %3. See 'rtcare %1 --help'.")
                        .arg(command.first())
                        .arg(maxPositional > positional
                                 ? QStringLiteral("%1 or %2").arg(positional).arg(maxPositional)
                                 : QString::number(positional))
                        .arg(given));
    const QString profileId =
        parser.isSet(o.profile) ? parser.value(o.profile) : defaultProfileId();
    const std::optional<ThresholdProfile> found = findProfile(profileId);
    if (!found) {
        QStringList ids;
        for (const ThresholdProfile& p : thresholdProfiles())
            ids << p.id;
        return fail(BadInput, QStringLiteral("%1: --profile: unknown profile '%2'; use one of: %3")
                                  .arg(command.first(), profileId, ids.join(QStringLiteral(", "))));
    }
    *profile = *found;
    const QStringList maps = parser.values(o.map);
    for (const QString& entry : maps) {
        const qsizetype eq = entry.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == entry.size() - 1)
            return fail(BadInput, QStringLiteral("%1: --map takes COLUMN=METRIC, got '%2'")
                                      .arg(command.first(), entry));
        import->csvMapping.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return -1;
}

} // namespace

int statsCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    EvidenceOptions o;
    ThresholdProfile profile;
    ImportOptions import;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("webrtc-internals dump, rtcstats dump, legacy "
                                                "getStats capture or CSV."));
    parser.addPositionalArgument(
        QStringLiteral("OTHER_FILE"),
        QStringLiteral("Optional: the other participant's file of the same call; both are read "
                       "together (one time axis, a combined verdict)."),
        QStringLiteral("[OTHER_FILE]"));
    if (const int stop =
            parse(parser, o, command,
                  QStringLiteral("Reads a call-statistics file: figures per "
                                 "direction, MOS, findings, verdict, evidence sentence. With "
                                 "two files (both sides of one call), also where the problem "
                                 "sits when both are read together."),
                  1, &profile, &import, 2);
        stop >= 0)
        return stop;
    const QStringList files = parser.positionalArguments();
    std::vector<ImportedCall> calls;
    for (const QString& path : files) {
        QString error;
        std::optional<ImportedCall> call = importStatsFile(path, import, &error);
        if (!call)
            return fail(BadInput, QStringLiteral("stats: %1").arg(error));
        calls.push_back(std::move(*call));
    }
    const QString language = resolveLanguage(globals);
    const CallMetrics& first = calls.front().metrics;
    const Assessment assessment = assess(first, profile);
    const EvidenceSentences sentences = writeSentences(first, assessment);
    if (calls.size() == 1) {
        if (parser.isSet(o.json))
            writeTo(stdout,
                    QString::fromUtf8(QJsonDocument(statsReport(first, assessment, sentences))
                                          .toJson(QJsonDocument::Indented)));
        else
            writeTo(stdout, statsText(first, assessment, sentences, language));
        return Success;
    }
    const CallMetrics& other = calls.back().metrics;
    const PairAssessment pair = assessPair(first, other, profile);
    const EvidenceSentences pairSentences = writePairSentences(first, other, pair);
    if (parser.isSet(o.json)) {
        QJsonObject report = statsReport(first, assessment, sentences);
        report.insert(QStringLiteral("other_participant"),
                      statsReport(other, pair.b, writeSentences(other, pair.b)));
        QJsonObject pairJson = pair.toJson();
        if (pair.pairing.sameCall)
            pairJson.insert(QStringLiteral("sentence"),
                            QJsonObject{{QStringLiteral("key"), pairSentences.key},
                                        {QStringLiteral("en"), pairSentences.en},
                                        {QStringLiteral("zh_CN"), pairSentences.zhCN}});
        report.insert(QStringLiteral("pair"), pairJson);
        writeTo(stdout, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
        return Success;
    }
    writeTo(stdout, QStringLiteral("Participant A: %1\n").arg(calls.front().fileName));
    writeTo(stdout, statsText(first, assessment, sentences, language));
    writeTo(stdout, QStringLiteral("\nParticipant B: %1\n").arg(calls.back().fileName));
    writeTo(stdout, statsText(other, pair.b, writeSentences(other, pair.b), language));
    writeTo(stdout, QStringLiteral("\n") + pairText(pair, pairSentences, language));
    return Success;
}

int attachCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    EvidenceOptions o;
    ThresholdProfile profile;
    ImportOptions import;
    parser.addPositionalArgument(QStringLiteral("NUMBER"), QStringLiteral("The ticket number."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The call-statistics file."));
    if (const int stop = parse(parser, o, command,
                               QStringLiteral("Attaches a call-statistics file to a ticket as "
                                              "evidence and prints the evidence sentence."),
                               2, &profile, &import);
        stop >= 0)
        return stop;
    const QString number = parser.positionalArguments().at(0);
    const QString path = parser.positionalArguments().at(1);
    QString error;
    const std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
    if (!policy)
        return fail(BadInput, error);
    const std::unique_ptr<Database> database = Database::open(resolveDatabasePath(globals), &error);
    if (!database)
        return fail(Failure, error);
    TicketRepository repository(*database, *policy);
    const std::optional<Ticket> ticket = repository.findByNumber(number);
    if (!ticket)
        return fail(BadInput, QStringLiteral("attach: no ticket numbered %1").arg(number));
    const std::optional<ImportedCall> call = importStatsFile(path, import, &error);
    if (!call)
        return fail(BadInput, QStringLiteral("attach: %1").arg(error));
    EvidenceStore store(*database);
    const std::optional<EvidenceRecord> record =
        store.attach(ticket->id, call->fileName, QString::fromLatin1(call->sha256), call->metrics,
                     repository.now(), QStringLiteral("rtcare-cli"), &error);
    if (!record)
        return fail(BadInput, QStringLiteral("attach: %1").arg(error));
    const Assessment assessment = assess(call->metrics, profile);
    const EvidenceSentences sentences = writeSentences(call->metrics, assessment);
    if (parser.isSet(o.json)) {
        QJsonObject report = statsReport(call->metrics, assessment, sentences);
        report.insert(QStringLiteral("ticket"), number);
        report.insert(QStringLiteral("evidence_id"), record->id);
        writeTo(stdout, QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented)));
    } else {
        writeTo(stdout,
                QStringLiteral("Attached %1 (%2) to %3; verdict: %4\n%5\n")
                    .arg(call->fileName, call->metrics.format, number, sideId(assessment.verdict),
                         sentences.text(resolveLanguage(globals))));
    }
    return Success;
}

} // namespace rtcare::cli
