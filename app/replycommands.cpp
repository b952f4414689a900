// SPDX-License-Identifier: MIT
#include "replycommands.h"
#include "clioutput.h"
#include "subcommand.h"

#include "commands.h"
#include "evidence/evidencestore.h"
#include "model/inputlimits.h"
#include "replies/commitments.h"
#include "replies/placeholders.h"
#include "replies/replydata.h"
#include "replies/replystore.h"
#include "replies/tonechecker.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace rtcare::cli {

namespace {

using namespace rtcare::replies;

void printJson(const QJsonObject& object)
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

// Problems in the team's own rule or template files: reported, never fatal. On a team
// server the team's shared rules and templates (teamdata.h); a server that cannot be
// reached leaves the files of this computer, said.
ReplyData loadData(const GlobalOptions& globals)
{
    const QString path = resolveDatabasePath(globals);
    std::unique_ptr<Database> server;
    if (DatabaseLocation::looksLikeUrl(path)) {
        QString error;
        server = Database::open(path, &error);
        if (!server)
            writeTo(stderr, QStringLiteral("rtcare: warning: %1 (the team's shared rules and "
                                           "templates are not read; this computer's are used)\n")
                                .arg(error));
    }
    ReplyData data = server ? loadReplyData(*server) : loadReplyData();
    for (const QString& error : std::as_const(data.errors))
        writeTo(stderr, QStringLiteral("rtcare: warning: %1 (the built-in set is used)\n").arg(error));
    return data;
}

// How often each template was part of a sent reply, from the database. Listing templates
// never creates a database: without one every count is 0. Returns an exit code to stop
// with, or -1.
int readTemplateUsage(const GlobalOptions& globals, QHash<QString, int>* usage)
{
    const QString path = resolveDatabasePath(globals);
    if (!QFileInfo::exists(path))
        return -1;
    QString error;
    const std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
    if (!policy)
        return fail(BadInput, error);
    const std::unique_ptr<Database> database = Database::open(path, &error);
    if (!database)
        return fail(Failure, error);
    TicketRepository repository(*database, *policy);
    *usage = ReplyStore(repository).templateUsage();
    return -1;
}

// 2026-12-05T18:00:00+08:00: the time in `zone`, always with a numeric offset (+00:00, never Z).
QString isoWithOffset(const QDateTime& utc, const QTimeZone& zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
           + QStringLiteral("%1%2:%3")
                 .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

int lintCommand(const GlobalOptions& globals, const QStringList& command)
{
    Q_UNUSED(globals)
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON to stdout."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Rules to run: zh, en or auto (default)."),
                                  QStringLiteral("LANG"), QStringLiteral("auto"));
    const QCommandLineOption nowOption(
        QStringLiteral("now"),
        QStringLiteral("The time promises count from, ISO 8601 with its offset "
                       "(e.g. 2026-12-04T17:42:00+08:00); default: the current time."),
        QStringLiteral("ISO8601"));
    const QCommandLineOption tzOption(
        QStringLiteral("tz"),
        QStringLiteral("The agent's time zone promised times are read in (IANA id, e.g. "
                       "Asia/Shanghai); default: the system's."),
        QStringLiteral("IANA_ZONE"));
    parser.addOptions({json, lang, nowOption, tzOption});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The reply (UTF-8); - or nothing reads stdin."));
    if (const int stop = parseArguments(parser, command,
                               QStringLiteral("Checks a reply's tone (blame, empty apology, "
                                              "over-promise, vague advice, unfilled placeholders) "
                                              "and lists the times it promises."),
                               0, 1);
        stop >= 0)
        return stop;
    const QString language = parser.value(lang);
    if (language != QLatin1String("zh") && language != QLatin1String("en")
        && language != QLatin1String("auto"))
        return fail(BadInput, QStringLiteral("lint: --lang takes zh, en or auto, not '%1'").arg(language));
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(nowOption)) {
        QString value = parser.value(nowOption);
        if (value.size() > 10 && value.at(10) == QLatin1Char(' ')) // RFC 3339 allows a space
            value[10] = QLatin1Char('T');
        // An offset (Z or ±HH:MM) is required: a bare local time would be read in a zone
        // the caller did not name.
        static const QRegularExpression withOffset(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}(:?\d{2})?)$)"));
        now = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!now.isValid() || !withOffset.match(value).hasMatch())
            return fail(BadInput, QStringLiteral("lint: --now takes an ISO 8601 time with its offset, "
                                                 "e.g. 2026-12-04T17:42:00+08:00, not '%1'")
                                      .arg(parser.value(nowOption)));
        now = now.toUTC();
    }
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(tzOption)) {
        const QByteArray id = parser.value(tzOption).toUtf8();
        zone = QTimeZone::isTimeZoneIdAvailable(id) ? QTimeZone(id) : QTimeZone();
        if (!zone.isValid())
            return fail(BadInput, QStringLiteral("lint: --tz: unknown time zone '%1' (an IANA id such as "
                                                 "Asia/Shanghai or Europe/Berlin)")
                                      .arg(parser.value(tzOption)));
    }
    const QString path = parser.positionalArguments().value(0, QStringLiteral("-"));
    QString error;
    const std::optional<QString> read =
        limits::readText(path, limits::kReplyChars, QStringLiteral("a reply"), &error);
    if (!read)
        return fail(BadInput, QStringLiteral("lint: %1").arg(error));
    const QString& text = *read;
    const ReplyData data = loadData(globals);
    const ToneChecker checker(data.rules, data.toneModel);
    const QList<ToneFinding> findings = checker.check(text, language);
    const QList<CommitmentCandidate> promised = findCommitments(text, now, zone);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ToneFinding& f : findings)
            array.append(f.toJson());
        QJsonArray commitments;
        for (const CommitmentCandidate& c : promised)
            commitments.append(QJsonObject{{QStringLiteral("text"), c.text},
                                           {QStringLiteral("due_at"), isoWithOffset(c.due, zone)}});
        printJson({{QStringLiteral("clean"), findings.isEmpty()},
                   {QStringLiteral("findings"), array},
                   {QStringLiteral("commitments"), commitments}});
        return Success;
    }
    if (findings.isEmpty())
        writeTo(stdout, QStringLiteral("clean\n"));
    for (const ToneFinding& f : findings)
        writeTo(stdout, QStringLiteral("%1 [%2] at %3: \"%4\"\n  %5\n  -> %6\n")
                            .arg(f.category, f.rule)
                            .arg(f.start)
                            .arg(f.text, f.message, f.suggestion));
    for (const CommitmentCandidate& c : promised)
        writeTo(stdout, QStringLiteral("Promised: \"%1\" due %2\n").arg(c.text, isoWithOffset(c.due, zone)));
    return Success;
}

int templatesCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON to stdout."));
    const QCommandLineOption stage(QStringLiteral("stage"), QStringLiteral("Only this stage."),
                                   QStringLiteral("STAGE"));
    parser.addOptions({json, stage});
    if (const int stop = parseArguments(parser, command,
                               QStringLiteral("Lists the reply templates: id, stage, title and "
                                              "how often each was used in sent replies."),
                               0, 0);
        stop >= 0)
        return stop;
    const ReplyData data = loadData(globals);
    const QList<ReplyTemplate> templates = data.templates.filtered(parser.value(stage), QString());
    QHash<QString, int> usage;
    if (const int stop = readTemplateUsage(globals, &usage); stop >= 0)
        return stop;
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ReplyTemplate& t : templates)
            array.append(QJsonObject{
                {QStringLiteral("id"), t.id},
                {QStringLiteral("stage"), t.stage},
                {QStringLiteral("title"), QJsonObject{{QStringLiteral("en"), t.titleEn},
                                                      {QStringLiteral("zh_CN"), t.titleZh}}},
                {QStringLiteral("body"), QJsonObject{{QStringLiteral("en"), t.bodyEn},
                                                     {QStringLiteral("zh_CN"), t.bodyZh}}},
                {QStringLiteral("placeholders"), QJsonArray::fromStringList(placeholdersIn(t.bodyEn))},
                {QStringLiteral("uses"), usage.value(t.id)}});
        printJson({{QStringLiteral("templates"), array}});
        return Success;
    }
    for (const ReplyTemplate& t : templates)
        writeTo(stdout, QStringLiteral("%1\t%2\t%3\t%4\n")
                            .arg(t.id, t.stage, t.titleEn)
                            .arg(usage.value(t.id)));
    return Success;
}

int renderCommand(const GlobalOptions& globals, const QStringList& command)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON to stdout."));
    const QCommandLineOption ticketOption(QStringLiteral("ticket"), QStringLiteral("Ticket number."),
                                          QStringLiteral("NUMBER"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("zh_CN or en (default en)."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption agent(QStringLiteral("agent"), QStringLiteral("Agent name."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Fill a placeholder, e.g. callback_time=18:00. Repeatable."),
                                 QStringLiteral("NAME=VALUE"));
    parser.addOptions({json, ticketOption, lang, agent, set});
    parser.addPositionalArgument(QStringLiteral("TEMPLATE_ID"), QStringLiteral("See 'rtcare templates'."));
    if (const int stop = parseArguments(parser, command,
                               QStringLiteral("Renders a reply template for a ticket."), 1, 1);
        stop >= 0)
        return stop;
    if (!parser.isSet(ticketOption))
        return fail(BadInput, QStringLiteral("render: --ticket NUMBER is required"));
    if (const QString problem = limits::textProblem(parser.value(agent), limits::kNameChars);
        !problem.isEmpty())
        return fail(BadInput, QStringLiteral("render: --agent %1 for a name").arg(problem));
    const ReplyData data = loadData(globals);
    const ReplyTemplate* reply = data.templates.find(parser.positionalArguments().constFirst());
    if (!reply)
        return fail(BadInput, QStringLiteral("render: unknown template '%1'; see 'rtcare templates'")
                                  .arg(parser.positionalArguments().constFirst()));
    QString error;
    const std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
    if (!policy)
        return fail(BadInput, error);
    const std::unique_ptr<Database> database = Database::open(resolveDatabasePath(globals), &error);
    if (!database)
        return fail(Failure, error);
    TicketRepository repository(*database, *policy);
    const std::optional<Ticket> ticket = repository.findByNumber(parser.value(ticketOption));
    if (!ticket)
        return fail(BadInput, QStringLiteral("render: no ticket %1").arg(parser.value(ticketOption)));
    const QString language = parser.value(lang);
    const QList<evidence::EvidenceRecord> evidence = evidence::EvidenceStore(*database).forTicket(ticket->id);
    QHash<QString, QString> values =
        replyValues(*ticket, evidence.isEmpty() ? nullptr : &evidence.last().metrics,
                    parser.value(agent), language);
    for (const QString& entry : parser.values(set)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(BadInput, QStringLiteral("render: --set takes NAME=VALUE, got '%1'").arg(entry));
        if (const QString problem = limits::textProblem(QStringView(entry).mid(eq + 1),
                                                        limits::kPlaceholderValueChars);
            !problem.isEmpty())
            return fail(BadInput, QStringLiteral("render: --set %1: the value %2 for a placeholder")
                                      .arg(entry.left(eq), problem));
        values.insert(entry.left(eq), entry.mid(eq + 1));
    }
    // A value that is itself a placeholder or a filler ("XXX") leaves its placeholder unfilled.
    const RenderedReply rendered = renderTemplate(reply->body(language), values, data.rules);
    if (parser.isSet(json)) {
        printJson({{QStringLiteral("template"), reply->id},
                   {QStringLiteral("ticket"), ticket->number},
                   {QStringLiteral("text"), rendered.text},
                   {QStringLiteral("unfilled"), QJsonArray::fromStringList(rendered.unfilled)}});
    } else {
        writeTo(stdout, rendered.text + QLatin1Char('\n'));
        if (!rendered.unfilled.isEmpty())
            writeTo(stderr, QStringLiteral("rtcare: render: fill before sending: %1\n")
                                .arg(rendered.unfilled.join(QStringLiteral(", "))));
    }
    return Success;
}

} // namespace rtcare::cli
