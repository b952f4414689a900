// SPDX-License-Identifier: MIT
#include "settings/appsettings.h"

#include <QSettings>

namespace rtcare {

namespace {
constexpr auto kAgentName = "agent/name";
constexpr auto kPolicyFile = "sla/policyFile";
constexpr auto kLanguage = "ui/language";
constexpr auto kDatabasePath = "storage/databasePath";
constexpr auto kTheme = "ui/theme";
constexpr auto kNotifications = "ui/notifications";
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
    result.theme = settings.value(QLatin1String(kTheme), result.theme).toString();
    if (result.theme != QLatin1String("light") && result.theme != QLatin1String("dark"))
        result.theme = QStringLiteral("system");
    result.notifications = settings.value(QLatin1String(kNotifications), true).toBool();
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
    settings.setValue(QLatin1String(kTheme), theme);
    settings.setValue(QLatin1String(kNotifications), notifications);
    settings.setValue(QLatin1String(kReportTimeZone), reportTimeZone.trimmed());
}

QString AppSettings::effectiveAgentName() const
{
    if (!agentName.isEmpty())
        return agentName;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("agent") : login;
}

} // namespace rtcare
