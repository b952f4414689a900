// SPDX-License-Identifier: MIT
// Who may do what on a team server (PostgreSQL): the group roles and their grants.
#pragma once

#include "storage/storageerror.h"

#include <QStringList>

namespace rtcare {

class Database;

// Creates (when missing) the group roles rtcare_agent and rtcare_lead (a lead is also an
// agent) and grants, in one transaction, on the database's current schema:
// - agents read and work tickets: SELECT, INSERT, UPDATE on tickets, replies, commitments,
//   evidence, drafts and the ticket counters (DELETE only on drafts and evidence);
// - the audit trail is append-only for every role: SELECT and INSERT only, UPDATE, DELETE
//   and TRUNCATE revoked from PUBLIC and both groups (a trigger also refuses them);
// - report_daily is written by the server's own triggers, read by agents.
// - the shared templates, tone rules and SLA policy (team_data, teamdata.h): agents read
//   them, leads also write them (SELECT, INSERT, UPDATE, DELETE). Needs a role that may create roles (an administrator).
// `done` lists what was done, one line each. False with *error on failure (nothing changed).
[[nodiscard]] bool initServerRoles(const Database& database, QStringList* done,
                                   StorageError* error);

// The group roles (for tests and messages).
inline constexpr const char* kAgentRole = "rtcare_agent";
inline constexpr const char* kLeadRole = "rtcare_lead";

} // namespace rtcare
