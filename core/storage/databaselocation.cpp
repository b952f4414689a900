// SPDX-License-Identifier: MIT
#include "storage/databaselocation.h"

#include <QRegularExpression>
#include <QUrl>

namespace rtcare {

namespace {

// libpq connection parameters a URL's query string may carry (libpq's "Parameter Key
// Words"); host, port, user and dbname are taken into the address's own fields.
const QStringList& passedOnKeys()
{
    static const QStringList keys{
        QStringLiteral("sslmode"),        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),         QStringLiteral("sslcompression"),
        QStringLiteral("requiressl"),     QStringLiteral("gssencmode"),
        QStringLiteral("krbsrvname"),     QStringLiteral("service"),
        QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"), QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"), QStringLiteral("channel_binding"),
        QStringLiteral("passfile"),       QStringLiteral("hostaddr"),
        QStringLiteral("options"),
    };
    return keys;
}

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// A value for libpq's conninfo string, quoted (QPSQL joins the options with spaces).
QString quotedOption(const QString& key, QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("%1='%2'").arg(key, value);
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString& text)
{
    static const QRegularExpression url(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return url.match(text).hasMatch();
}

std::optional<DatabaseLocation> DatabaseLocation::parse(const QString& text, QString* error)
{
    DatabaseLocation location;
    if (!looksLikeUrl(text)) {
        location.file = text;
        return location;
    }
    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme == QLatin1String("file")) {
        location.file = QUrl(text).toLocalFile();
        return location;
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        *error = QStringLiteral("the database URL %1 has the scheme '%2', which RTCare does "
                                "not know; give a file path, or a postgresql:// URL such as "
                                "postgresql://agent@db.example.com:5432/rtcare?sslmode=require")
                     .arg(text, scheme);
        return std::nullopt;
    }

    ServerAddress server;
    server.url = text;
    QString rest = text.mid(schemeEnd + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest = rest.left(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        server.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':'))) {
            *error = QStringLiteral("the database URL %1 holds a password; RTCare never keeps "
                                    "passwords: remove it from the URL and put it in ~/.pgpass "
                                    "(or the file PGPASSFILE names, or a service file)")
                         .arg(QString(text).replace(QRegularExpression(QStringLiteral(
                                                        "(://[^:/@]*):[^@]*@")),
                                                    QStringLiteral("\\1:***@")));
            return std::nullopt;
        }
        server.user = decoded(userInfo);
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        server.host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = authority.mid(close + 2);
    } else if (const qsizetype colon = authority.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        server.host = decoded(authority.left(colon));
        portText = authority.mid(colon + 1);
    } else {
        server.host = decoded(authority);
    }
    auto badPort = [&](const QString& port) {
        *error = QStringLiteral("the database URL %1 has the port '%2', which is not a number "
                                "from 1 to 65535")
                     .arg(text, port);
    };
    auto takePort = [&](const QString& port) {
        bool ok = false;
        const int value = port.toInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return false;
        server.port = value;
        return true;
    };
    if (!portText.isEmpty() && !takePort(portText)) {
        badPort(portText);
        return std::nullopt;
    }

    const QStringList pairs = query.split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString& pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (key == QLatin1String("host")) {
            server.host = value;
        } else if (key == QLatin1String("port")) {
            if (!takePort(value)) {
                badPort(value);
                return std::nullopt;
            }
        } else if (key == QLatin1String("user")) {
            server.user = value;
        } else if (key == QLatin1String("dbname")) {
            server.database = value;
        } else if (key == QLatin1String("password")) {
            *error = QStringLiteral("the database URL holds a password; RTCare never keeps "
                                    "passwords: remove it from the URL and put it in ~/.pgpass "
                                    "(or the file PGPASSFILE names, or a service file)");
            return std::nullopt;
        } else if (passedOnKeys().contains(key) && !value.contains(QLatin1Char(';'))) {
            server.options << quotedOption(key, value);
        } else {
            *error = QStringLiteral("the database URL %1 has the parameter '%2', which RTCare "
                                    "does not pass to PostgreSQL; it takes %3")
                         .arg(text, key, passedOnKeys().join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    location.server = server;
    return location;
}

} // namespace rtcare
