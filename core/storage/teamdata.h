// SPDX-License-Identifier: MIT
// The team's shared data on a team server (issue 18): the reply templates, tone rules and
// SLA policy every desktop uses, one JSON document each in the table team_data, in the same
// format as the override files (templates.json, tone-rules.json, an SLA policy file). Team
// leads write them (the server's grants refuse an agent's write); everyone reads them. On a
// local file the override files on disk stay in use and this table stays empty.
#pragma once

#include "storage/storageerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare {

class Database;
class SlaPolicy;

namespace teamdata {

// The documents' names: "templates", "tone_rules", "sla_policy".
[[nodiscard]] QStringList names();
[[nodiscard]] bool isName(const QString& name);

struct Document
{
    QByteArray json;
    QString updatedBy;
    QDateTime updatedAt; // UTC
};

// What is wrong with `json` as the document `name`, from the parser the override files use,
// each entry named after `source` (empty: the name): "FILE: template 'x': unknown stage 'y'".
// Empty when it is good. A document over limits::kDataFileBytes is refused unparsed.
[[nodiscard]] QStringList problems(const QString& name, const QByteArray& json,
                                   const QString& source = {});

// The stored document `name`; nullopt with an empty error.message when none is stored.
[[nodiscard]] std::optional<Document> read(const Database& database, const QString& name,
                                           StorageError* error);

// Validates `json` (problems()) and stores it as `name`, replacing the one stored, in one
// transaction; `updatedBy` is recorded with it. A bad document is StorageCause::BadInput
// with the parser's messages and nothing is stored; an agent's write on a team server is
// refused by the server (StorageCause::ReadOnly).
[[nodiscard]] bool write(const Database& database, const QString& name, const QByteArray& json,
                         const QString& updatedBy, StorageError* error, const QString& source = {});

// Whether the connected user may change the shared data: on a team server a member of
// rtcare_lead (or the owner); on a local file always (it is the agent's own).
[[nodiscard]] bool canEdit(const Database& database);

// The SLA policy the team shares: the stored policy when there is one and it is good.
// nullopt when none is stored; a broken one is reported in *errors (by name and key) and
// nullopt is returned, so the caller keeps the policy it has.
[[nodiscard]] std::optional<SlaPolicy> sharedPolicy(const Database& database, QStringList* errors);

} // namespace teamdata
} // namespace rtcare
