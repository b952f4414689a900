// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace rtcare {

// What the agent chose in Settings, kept with QSettings (Linux: ~/.config/RTCare/rtcare.conf).
// The command line reads the same values, so a scheduled job computes what the window shows.
struct AppSettings
{
    QString agentName;    // recorded as the actor of ticket changes; empty = the login name
    QString policyFile;   // SLA policy JSON replacing the built-in one; empty = built-in
    QString language;     // "zh_CN", "en"; empty = follow the system
    QString databasePath; // the ticket database; empty = the default location
    // Team mode (Settings → Team server): the tickets live on this PostgreSQL server instead
    // of databasePath. The URL never holds a password (the keychain or ~/.pgpass does).
    bool useTeamServer = false;
    QString teamServerUrl; // postgresql://USER@HOST:PORT/DB?sslmode=…, kept when not used
    QString theme = QStringLiteral("system"); // "system", "light" or "dark"
    bool notifications = true; // desktop notifications when a clock is at risk or breached
    // The daily automatic backup of the ticket database (backups::backupIfDue).
    bool dailyBackup = true;
    QString backupFolder; // empty = a "backups" folder beside the database
    int backupsKept = 7;  // the newest kept; kMinBackupsKept to kMaxBackupsKept
    static constexpr int kMinBackupsKept = 1;
    static constexpr int kMaxBackupsKept = 365;
    QString reportTimeZone; // IANA id reports cut days in; empty = the SLA policy's team zone

    [[nodiscard]] static AppSettings load();
    void save() const;
    // The database the settings choose: the team server's URL in team mode, else
    // databasePath (empty = the default location). --db and RTCARE_DB come before it.
    [[nodiscard]] QString chosenDatabase() const;
    // Where the daily backups of `database` go: backupFolder, else "backups" beside it.
    [[nodiscard]] QString effectiveBackupFolder(const QString& database) const;
    // The agent's name for the audit trail: agentName, else the login name, else "agent".
    [[nodiscard]] QString effectiveAgentName() const;
};

} // namespace rtcare
