// SPDX-License-Identifier: MIT
#pragma once

#include "sla/policy.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace rtcare {
class Database;
}

namespace rtcare::cli {

// Options that go before the subcommand and apply to every command and to the GUI:
// rtcare [--db PATH] [--policy FILE] [--lang zh_CN|en] [SUBCOMMAND ...]
struct GlobalOptions
{
    QString databasePath; // --db, else RTCARE_DB, else the default location
    QString policyFile;   // --policy; empty = the built-in policy
    QString language;     // --lang; empty = follow the system
    bool help = false;
    bool version = false;
};

struct Invocation
{
    GlobalOptions globals;
    QStringList command; // the subcommand and its own arguments; empty = open the window
    QString error;       // bad usage, for stderr (exit code 2)
};

[[nodiscard]] Invocation parseInvocation(const QStringList& arguments);
// main()'s arguments after the program name, decoded as the system encodes them.
[[nodiscard]] QStringList argumentList(int argc, char** argv);
// The organisation, name and version every run gives its QCoreApplication (Settings' keys).
void nameApplication();
[[nodiscard]] QString usageText();

// --db, else RTCARE_DB, else the database chosen in Settings, else Database::defaultPath().
[[nodiscard]] QString resolveDatabasePath(const GlobalOptions& options);
// --policy FILE, else the file chosen in Settings, else the built-in policy. Null with
// *error on a bad file.
[[nodiscard]] std::unique_ptr<SlaPolicy> loadPolicy(const GlobalOptions& options, QString* error);
// On a team server the SLA policy the team shares (teamdata.h), stored by a lead, replaces
// the one of Settings or the built-in one; --policy FILE still wins. A broken stored policy
// is said in *problems and `policy` is kept.
void adoptSharedPolicy(const GlobalOptions& options, const Database& database,
                       std::unique_ptr<SlaPolicy>& policy, QStringList* problems);
// "zh_CN" or "en": --lang, else Settings, else the system's language (Chinese or English,
// English for others).
[[nodiscard]] QString resolveLanguage(const GlobalOptions& options);

} // namespace rtcare::cli
