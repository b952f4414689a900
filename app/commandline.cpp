// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/teamdata.h"

#include <QCoreApplication>
#include <QLocale>

namespace rtcare::cli {

Invocation parseInvocation(const QStringList& arguments)
{
    Invocation result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QLatin1Char('-')) || argument == QLatin1String("-")) {
            result.command = arguments.mid(i);
            break;
        }
        QString name = argument;
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = argument.indexOf(QLatin1Char('=')); eq > 0) {
            name = argument.left(eq);
            value = argument.mid(eq + 1);
            hasValue = true;
        }
        const bool takesValue = name == QLatin1String("--db") || name == QLatin1String("--policy")
                                || name == QLatin1String("--lang");
        if (takesValue && !hasValue) {
            if (i + 1 >= arguments.size()) {
                result.error = QStringLiteral("%1 needs a value").arg(name);
                return result;
            }
            value = arguments.at(++i);
        }
        if (name == QLatin1String("--db")) {
            result.globals.databasePath = value;
        } else if (name == QLatin1String("--policy")) {
            result.globals.policyFile = value;
        } else if (name == QLatin1String("--lang")) {
            if (value != QLatin1String("zh_CN") && value != QLatin1String("zh")
                && value != QLatin1String("en")) {
                result.error = QStringLiteral("--lang takes zh_CN or en, not '%1'").arg(value);
                return result;
            }
            result.globals.language = value;
        } else if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            result.globals.help = true;
        } else if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
            result.globals.version = true;
        } else {
            result.error = QStringLiteral("unknown option '%1'").arg(argument);
            return result;
        }
    }
    return result;
}

QStringList argumentList(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void nameApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("RTCare"));
    QCoreApplication::setApplicationName(QStringLiteral("rtcare"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RTCARE_VERSION));
}

QString usageText()
{
    return QStringLiteral(
        "Usage: rtcare [--db PATH] [--policy FILE] [--lang zh_CN|en] [COMMAND [ARGS...]]\n"
        "\n"
        "RTCare helps support agents handle complaints about real-time audio/video calls.\n"
        "Without a command it opens the ticket queue window.\n"
        "\n"
        "Global options (before the command):\n"
        "  --db PATH|URL    ticket database: a file, or a team server as\n"
        "                   postgresql://USER@HOST:PORT/DB?sslmode=require (the password\n"
        "                   comes from ~/.pgpass) (default: $RTCARE_DB, else the one\n"
        "                   chosen in Settings, else %1)\n"
        "  --policy FILE    SLA policy JSON (default: the one chosen in Settings, else\n"
        "                   the built-in policy)\n"
        "  --lang LANG      zh_CN or en (default: Settings, else the system language)\n"
        "  -h, --help       show this help\n"
        "  -v, --version    show the version\n"
        "\n"
        "Commands (headless; `rtcare COMMAND --help` for details):\n"
        "  list [--status S] [--mine] [--json]  the queue, most urgent first (--mine: yours)\n"
        "  take NUMBER [--json]                 make a ticket yours (audited)\n"
        "  assign NUMBER AGENT [--json]         give a ticket to a colleague (audited)\n"
        "  search [--json] [--status S] [--limit N] [--stats] QUERY\n"
        "                                       find tickets by number, contact or words (symptoms\n"
        "                                       in both languages, category, scenario, device),\n"
        "                                       best first\n"
        "  new --customer NAME --category C --description TEXT [--contact C] [--json]\n"
        "                                       file a ticket; prints its number\n"
        "  server init URL                      set up a PostgreSQL team server: schema and\n"
        "                                       the group roles rtcare_agent, rtcare_lead\n"
        "  push URL [--json]                    copy this database's tickets into a team server\n"
        "                                       (merged by uuid; pushing twice changes nothing)\n"
        "  team-data get NAME [--db URL]        print the team's shared templates, tone_rules or\n"
        "                                       sla_policy document\n"
        "  team-data set NAME FILE [--db URL]   check and store one (team leads only)\n"
        "  import FILE.jsonl                    add tickets from JSON lines (all or nothing)\n"
        "  export [--out FILE]                  write every ticket as JSON lines\n"
        "  demo-data --tickets N [--seed S]     add realistic synthetic tickets\n"
        "  classify [--json] [--enterprise] [--key-business] [--lang zh|en|auto] [--model FILE]\n"
        "           TEXT                        suggest category and priority tier, with reasons,\n"
        "                                       and read scenario, network, device and system\n"
        "  evaluate [--json] [--misses] [--model FILE] [--rules-only] [--fit] CORPUS.jsonl...\n"
        "                                       measure category and facts on labelled complaints\n"
        "  train-model [--settings FILE] --out FILE CORPUS.jsonl...\n"
        "                                       train the category model (deterministic)\n"
        "  diagnose [--json] --answers FILE     rank root causes for the diagnosis answers\n"
        "  stats [--json] [--profile NAME] [--map COL=METRIC]... FILE\n"
        "                                       call statistics: figures, MOS, verdict, sentence\n"
        "  attach NUMBER FILE                   attach call statistics to a ticket as evidence\n"
        "  lint [--json] [--lang zh|en|auto] [--now ISO8601] [--tz ZONE] [FILE|-]\n"
        "                                       check a reply's tone; list the times it promises\n"
        "  evaluate-tone [--json] [--misses] [--model FILE] [--settings FILE] [--rules-only]\n"
        "                [--fit [--good-alarm-cost N]] CORPUS.jsonl...\n"
        "                                       measure the tone checker on labelled replies\n"
        "  train-tone-model [--settings FILE] --out FILE CORPUS.jsonl...\n"
        "                                       train the tone model (deterministic)\n"
        "  templates [--json] [--stage STAGE]   list the reply templates\n"
        "  render TEMPLATE_ID --ticket NUMBER [--lang zh_CN|en] [--set NAME=VALUE]...\n"
        "                                       render a reply template for a ticket\n"
        "  report [--from DATE] [--to DATE] [--tz ZONE] [--format json|csv|html|pdf]\n"
        "         [--bucket auto|day|week|month] [--out FILE] [--redact]\n"
        "                                       team-lead report: volumes, SLA, hot spots, advice\n"
        "  backup [--out FILE]                  a consistent copy of the database (0600), also\n"
        "                                       while the window or a job is writing\n"
        "  restore FILE                         replace the tickets with a checked backup; the\n"
        "                                       database as it was is kept aside\n"
        "\n"
        "Writers share the database: one waits up to 120 s (RTCARE_LOCK_TIMEOUT, seconds) for\n"
        "another to finish, then gives up with exit status 1.\n"
        "\n"
        "Exit status: 0 success, 1 failure (for example the database cannot be opened),\n"
        "2 bad usage or bad input.\n")
        .arg(Database::defaultPath());
}

QString resolveDatabasePath(const GlobalOptions& options)
{
    if (!options.databasePath.isEmpty())
        return options.databasePath;
    const QString fromEnvironment = qEnvironmentVariable("RTCARE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString fromSettings = AppSettings::load().chosenDatabase();
    return fromSettings.isEmpty() ? Database::defaultPath() : fromSettings;
}

std::unique_ptr<SlaPolicy> loadPolicy(const GlobalOptions& options, QString* error)
{
    QString file = options.policyFile;
    const bool fromSettings = file.isEmpty();
    if (fromSettings)
        file = AppSettings::load().policyFile;
    if (file.isEmpty())
        return std::make_unique<SlaPolicy>(SlaPolicy::builtIn());
    std::optional<SlaPolicy> policy = SlaPolicy::fromFile(file, error);
    if (!policy) {
        if (fromSettings)
            *error += QStringLiteral(" (the SLA policy file chosen in Settings)");
        return nullptr;
    }
    return std::make_unique<SlaPolicy>(std::move(*policy));
}

void adoptSharedPolicy(const GlobalOptions& options, const Database& database,
                       std::unique_ptr<SlaPolicy>& policy, QStringList* problems)
{
    if (!database.isServer() || !options.policyFile.isEmpty())
        return;
    std::optional<SlaPolicy> shared = teamdata::sharedPolicy(database, problems);
    if (shared)
        policy = std::make_unique<SlaPolicy>(std::move(*shared));
}

QString resolveLanguage(const GlobalOptions& options)
{
    QString wanted = options.language;
    if (wanted.isEmpty())
        wanted = AppSettings::load().language;
    if (wanted.isEmpty())
        wanted = QLocale::system().name();
    return wanted.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                  : QStringLiteral("en");
}

} // namespace rtcare::cli
