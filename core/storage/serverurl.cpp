// SPDX-License-Identifier: MIT
#include "storage/serverurl.h"

#include <QUrl>

namespace rtcare {

namespace {

QString encoded(const QString& part)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(part));
}

// The value of `key` among a ServerAddress's key='value' options.
QString optionValue(const QStringList& options, const QString& key)
{
    const QString prefix = key + QStringLiteral("='");
    for (const QString& option : options) {
        if (option.startsWith(prefix) && option.endsWith(QLatin1Char('\'')))
            return option.mid(prefix.size(), option.size() - prefix.size() - 1)
                .replace(QStringLiteral("\\'"), QStringLiteral("'"))
                .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
    }
    return {};
}

} // namespace

QString ServerFields::url() const
{
    const QString trimmedHost = host.trimmed();
    const bool socketFolder = trimmedHost.startsWith(QLatin1Char('/'));
    QString authority;
    if (!user.trimmed().isEmpty())
        authority = encoded(user.trimmed()) + QLatin1Char('@');
    QStringList query;
    if (socketFolder) {
        query << QStringLiteral("host=") + encoded(trimmedHost);
        if (port > 0)
            query << QStringLiteral("port=%1").arg(port);
    } else {
        authority += trimmedHost.contains(QLatin1Char(':'))
                         ? QStringLiteral("[%1]").arg(trimmedHost)
                         : encoded(trimmedHost);
        if (port > 0)
            authority += QStringLiteral(":%1").arg(port);
    }
    if (!sslMode.isEmpty())
        query << QStringLiteral("sslmode=") + sslMode;
    QString result = QStringLiteral("postgresql://") + authority + QLatin1Char('/') +
                     encoded(database.trimmed());
    if (!query.isEmpty())
        result += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return result;
}

std::optional<ServerFields> ServerFields::fromUrl(const QString& url)
{
    QString error;
    const std::optional<DatabaseLocation> location = DatabaseLocation::parse(url, &error);
    if (!location || !location->server)
        return std::nullopt;
    const ServerAddress& server = *location->server;
    ServerFields fields;
    fields.host = server.host;
    fields.port = server.port;
    fields.database = server.database;
    fields.user = server.user;
    fields.sslMode = optionValue(server.options, QStringLiteral("sslmode"));
    return fields;
}

QString passwordKey(const ServerAddress& server)
{
    const QString user = server.user.isEmpty()
                             ? qEnvironmentVariable("PGUSER", qEnvironmentVariable("USER"))
                             : server.user;
    const QString host = server.host.isEmpty() ? QStringLiteral("localhost") : server.host;
    const int port = server.port > 0 ? server.port : 5432;
    const QString database = server.database.isEmpty() ? user : server.database;
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace rtcare
