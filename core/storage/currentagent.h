// SPDX-License-Identifier: MIT
// Who "me" is, and who the colleagues are, for assignment and presence. On a team server an
// agent is their PostgreSQL login role (current_user: the server, not the desktop, says who
// is connected); on a local file it is the agent's name from the settings.
#pragma once

#include <QString>
#include <QStringList>

namespace rtcare {

class Database;

// The current agent: current_user on a team server, `localName` on a file.
[[nodiscard]] QString currentAgent(const Database& database, const QString& localName);

// The agents a ticket can be given to, sorted: on a team server the login roles that are
// members of rtcare_agent (when `rtcare server init` has made that group), plus the names
// tickets are already assigned to; on a file, those names. `me` is always in the list.
[[nodiscard]] QStringList knownAgents(const Database& database, const QString& me);

// Whether `agent` may be given tickets: on a team server with the rtcare_agent group, a
// role that is a member of it; elsewhere any non-empty name.
[[nodiscard]] bool isKnownAgent(const Database& database, const QString& agent);

} // namespace rtcare
