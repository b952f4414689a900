// SPDX-License-Identifier: MIT
#include "settings/appsettings.h"

#include <QSettings>

namespace rtcare {

namespace {
constexpr auto kAgentName = "agent/name";
constexpr auto kPolicyFile = "sla/policyFile";
} // namespace

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings result;
    result.agentName = settings.value(QLatin1String(kAgentName)).toString().trimmed();
    result.policyFile = settings.value(QLatin1String(kPolicyFile)).toString().trimmed();
    return result;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kAgentName), agentName.trimmed());
    settings.setValue(QLatin1String(kPolicyFile), policyFile.trimmed());
}

QString AppSettings::effectiveAgentName() const
{
    if (!agentName.isEmpty())
        return agentName;
    const QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return login.isEmpty() ? QStringLiteral("agent") : login;
}

} // namespace rtcare
