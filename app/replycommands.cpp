// SPDX-License-Identifier: MIT
#include "replycommands.h"
#include "clioutput.h"
#include "subcommand.h"

#include "commands.h"
#include "evidence/evidencestore.h"
#include "replies/commitments.h"
#include "replies/placeholders.h"
#include "replies/promisecheck.h"
#include "replies/replydata.h"
#include "replies/replystore.h"
#include "replies/tonechecker.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace rtcare::cli {

namespace {

using namespace rtcare::replies;

void printJson(const QJsonObject& object)
{
    writeTo(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented)));
}

// Problems in the team's own rule or template files: reported, never fatal.
ReplyData loadData()
{
    ReplyData data = loadReplyData();
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


} // namespace

int lintCommand(const GlobalOptions& globals, const QStringList& command)
{
    Q_UNUSED(globals)
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write JSON to stdout."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QStringLiteral("Rules to run: zh, en or auto (default)."),
                                  QStringLiteral("LANG"), QStringLiteral("auto"));
    const QCommandLineOption promiseTicket(
        QStringLiteral("ticket"),
        QStringLiteral("Also flag promised times sooner than this ticket's tier plans a first "
                       "response for (over_promise, promise_sooner_than_tier)."),
        QStringLiteral("NUMBER"));
    const QCommandLineOption promiseTier(
        QStringLiteral("tier"),
        QStringLiteral("The same against a tier of the SLA policy (e.g. medium); overrides the "
                       "ticket's tier."),
        QStringLiteral("ID"));
    parser.addOptions({json, lang, promiseTicket, promiseTier});
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("The reply (UTF-8); - or nothing reads stdin."));
    if (const int stop = parseArguments(parser, command,
                               QStringLiteral("Checks a reply's tone: blame, empty apology, "
                                              "over-promise, vague advice, unfilled placeholders."),
                               0, 1);
        stop >= 0)
        return stop;
    const QString language = parser.value(lang);
    if (language != QLatin1String("zh") && language != QLatin1String("en")
        && language != QLatin1String("auto"))
        return fail(BadInput, QStringLiteral("lint: --lang takes zh, en or auto, not '%1'").arg(language));
    const QString path = parser.positionalArguments().value(0, QStringLiteral("-"));
    QFile file;
    bool opened = false;
    if (path == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened)
        return fail(BadInput, QStringLiteral("lint: cannot read %1: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    const ReplyData data = loadData();
    const ToneChecker checker(data.rules);
    QList<ToneFinding> findings = checker.check(text, language);
    if (parser.isSet(promiseTicket) || parser.isSet(promiseTier)) {
        QString error;
        const std::unique_ptr<SlaPolicy> policy = loadPolicy(globals, &error);
        if (!policy)
            return fail(BadInput, error);
        QString tierId = parser.value(promiseTier);
        QDateTime now = QDateTime::currentDateTimeUtc();
        if (parser.isSet(promiseTicket)) {
            const std::unique_ptr<Database> database =
                Database::open(resolveDatabasePath(globals), &error);
            if (!database)
                return fail(Failure, error);
            const TicketRepository repository(*database, *policy);
            const QString number = parser.value(promiseTicket);
            const std::optional<Ticket> ticket = repository.findByNumber(number);
            if (!ticket)
                return fail(BadInput, QStringLiteral("lint: no ticket %1").arg(number));
            if (tierId.isEmpty())
                tierId = ticket->priority;
            now = repository.now();
        }
        const Tier* tier = policy->tier(tierId);
        if (!tier) {
            QStringList known;
            for (const Tier& t : policy->tiers())
                known << t.id;
            return fail(BadInput, QStringLiteral("lint: unknown tier '%1' (the policy has %2)")
                                      .arg(tierId, known.join(QStringLiteral(", "))));
        }
        mergeFindings(findings, checkPromises(findCommitments(text, now), now, *tier));
    }
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const ToneFinding& f : findings)
            array.append(f.toJson());
        printJson({{QStringLiteral("clean"), findings.isEmpty()},
                   {QStringLiteral("findings"), array}});
        return Success;
    }
    if (findings.isEmpty()) {
        writeTo(stdout, QStringLiteral("clean\n"));
        return Success;
    }
    for (const ToneFinding& f : findings)
        writeTo(stdout, QStringLiteral("%1 [%2] at %3: \"%4\"\n  %5\n  -> %6\n")
                            .arg(f.category, f.rule)
                            .arg(f.start)
                            .arg(f.text, f.message, f.suggestion));
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
    const ReplyData data = loadData();
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
    const ReplyData data = loadData();
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
    QHash<QString, QString> values = ticketPlaceholders(*ticket, parser.value(agent), language);
    const QList<evidence::EvidenceRecord> evidence = evidence::EvidenceStore(*database).forTicket(ticket->id);
    if (!evidence.isEmpty())
        values.insert(evidencePlaceholders(evidence.last().metrics, language));
    for (const QString& entry : parser.values(set)) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(BadInput, QStringLiteral("render: --set takes NAME=VALUE, got '%1'").arg(entry));
        values.insert(entry.left(eq), entry.mid(eq + 1));
    }
    const RenderedReply rendered = renderTemplate(reply->body(language), values);
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
