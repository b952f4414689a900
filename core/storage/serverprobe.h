// SPDX-License-Identifier: MIT
// "Test connection" on the Settings page: connects to a team server once, with a short
// timeout, and says what it found (or why it could not), without changing anything there.
// Blocking: call it from a worker thread (it uses a connection of its own).
#pragma once

#include "storage/databaselocation.h"

#include <QString>

namespace rtcare {

enum class ProbeOutcome
{
    Connected,      // logged in; schemaVersion and role say the rest
    NoDriver,       // Qt's PostgreSQL driver (QPSQL) is not installed
    Unreachable,    // no server answered at that host and port (or the timeout passed)
    PasswordNeeded, // the server asks a password and none was given (.pgpass, keychain)
    WrongPassword,  // the server refused the user and password
    NoSuchDatabase, // the server has no database of that name
    TlsFailed,      // the TLS mode asked for cannot be met (no TLS on the server, bad certificate)
    SchemaNewer,    // a newer RTCare set the database up: this version would refuse it
    NotRtcare,      // the database holds another program's tables
    Other,          // anything else: detail has the server's words
};

enum class TeamRole
{
    None,          // not a member of rtcare_agent
    Agent,         // member of rtcare_agent
    Lead,          // member of rtcare_lead
    Administrator, // a superuser: may run 'rtcare server init'
};

struct ServerProbe
{
    ProbeOutcome outcome = ProbeOutcome::Other;
    int schemaVersion = 0; // 0: no RTCare schema yet (first use creates it); -1: not readable
    int latestVersion = 0; // the newest schema this RTCare knows
    TeamRole role = TeamRole::None;
    bool teamRolesExist = false; // 'rtcare server init' has made rtcare_agent and rtcare_lead
    QString user;                // who the server says is logged in
    QString detail;              // the driver's or server's own words, when it failed
};

// Connects to `server` (with `password` when not empty; else libpq's .pgpass and the like),
// giving up after `timeoutSeconds` unless the URL sets connect_timeout itself.
[[nodiscard]] ServerProbe probeServer(const ServerAddress& server, const QString& password,
                                      int timeoutSeconds = 5);

} // namespace rtcare
