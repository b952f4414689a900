// SPDX-License-Identifier: MIT
#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace rtcare {

namespace {
constexpr auto kAgentName = "agent/name";
constexpr auto kPolicyFile = "sla/policyFile";
constexpr auto kLanguage = "ui/language";
constexpr auto kDatabasePath = "storage/databasePath";
constexpr auto kUseTeamServer = "storage/useTeamServer";
constexpr auto kTeamServerUrl = "storage/teamServerUrl";
constexpr auto kTheme = "ui/theme";
constexpr auto kNotifications = "ui/notifications";
constexpr auto kDailyBackup = "backup/daily";
constexpr auto kBackupFolder = "backup/folder";
constexpr auto kBackupsKept = "backup/kept";
constexpr auto kReportTimeZone = "reports/timeZone";
} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings result;
    result.agentName = settings.value(QLatin1String(kAgentName)).toString().trimmed();
    result.policyFile = settings.value(QLatin1String(kPolicyFile)).toString().trimmed();
    result.language = settings.value(QLatin1String(kLanguage)).toString();
    if (result.language != QLatin1String("zh_CN") && result.language != QLatin1String("en"))
        result.language.clear();
    result.databasePath = settings.value(QLatin1String(kDatabasePath)).toString().trimmed();
    result.useTeamServer = settings.value(QLatin1String(kUseTeamServer), false).toBool();
    result.teamServerUrl = settings.value(QLatin1String(kTeamServerUrl)).toString().trimmed();
    if (result.teamServerUrl.isEmpty())
        result.useTeamServer = false;
    result.theme = settings.value(QLatin1String(kTheme), result.theme).toString();
    if (result.theme != QLatin1String("light") && result.theme != QLatin1String("dark"))
        result.theme = QStringLiteral("system");
    result.notifications = settings.value(QLatin1String(kNotifications), true).toBool();
    result.dailyBackup = settings.value(QLatin1String(kDailyBackup), true).toBool();
    result.backupFolder = settings.value(QLatin1String(kBackupFolder)).toString().trimmed();
    result.backupsKept = std::clamp(settings.value(QLatin1String(kBackupsKept), 7).toInt(),
                                    kMinBackupsKept, kMaxBackupsKept);
    result.reportTimeZone = settings.value(QLatin1String(kReportTimeZone)).toString().trimmed();
    return result;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kAgentName), agentName.trimmed());
    settings.setValue(QLatin1String(kPolicyFile), policyFile.trimmed());
    settings.setValue(QLatin1String(kLanguage), language);
    settings.setValue(QLatin1String(kDatabasePath), databasePath.trimmed());
    settings.setValue(QLatin1String(kUseTeamServer), useTeamServer);
    settings.setValue(QLatin1String(kTeamServerUrl), teamServerUrl.trimmed());
    settings.setValue(QLatin1String(kTheme), theme);
    settings.setValue(QLatin1String(kNotifications), notifications);
    settings.setValue(QLatin1String(kDailyBackup), dailyBackup);
    settings.setValue(QLatin1String(kBackupFolder), backupFolder.trimmed());
    settings.setValue(QLatin1String(kBackupsKept),
                      std::clamp(backupsKept, kMinBackupsKept, kMaxBackupsKept));
    settings.setValue(QLatin1String(kReportTimeZone), reportTimeZone.trimmed());
}

QString AppSettings::chosenDatabase() const
{
    if (useTeamServer && !teamServerUrl.trimmed().isEmpty())
        return teamServerUrl.trimmed();
    return databasePath.trimmed();
}

QString AppSettings::effectiveBackupFolder(const QString& database) const
{
    if (!backupFolder.trimmed().isEmpty())
        return backupFolder.trimmed();
    return QFileInfo(database).absoluteDir().filePath(QStringLiteral("backups"));
}

QString AppSettings::effectiveAgentName() const
{
    if (!agentName.isEmpty())
        return agentName;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("agent") : login;
}

} // namespace rtcare
