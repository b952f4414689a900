// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare {

// A PostgreSQL server database, as a postgresql:// (or postgres://) URL names it:
//   postgresql://USER@HOST:PORT/DB?sslmode=require
//   postgresql://USER@/DB?host=/var/run/postgresql        (a Unix-socket folder)
// Empty fields are left to libpq's defaults (PGHOST, PGUSER, the default socket…).
// RTCare never holds a password: libpq reads ~/.pgpass, PGPASSFILE or a service file.
struct ServerAddress
{
    QString user;
    QString host; // a host name, an address, or a Unix-socket folder (starts with '/')
    int port = 0; // 0 = libpq's default
    QString database;
    // libpq connection parameters from the query string (sslmode, sslrootcert, service…),
    // as key='value' items for QSqlDatabase::setConnectOptions (QPSQL passes them on).
    QStringList options;
    QString url; // as given (no password can be in it)
};

// Where the tickets live: a file path (SQLite, the default), or a server URL (PostgreSQL).
struct DatabaseLocation
{
    std::optional<ServerAddress> server; // set for a postgresql:// URL
    QString file;                        // else the file path, as given

    [[nodiscard]] bool isServer() const { return server.has_value(); }
    // The file path, or the URL: what messages name.
    [[nodiscard]] QString shown() const { return server ? server->url : file; }

    // Anything that does not start with "scheme://" is a file path. A postgresql:// or
    // postgres:// URL names a server; any other scheme (mysql://, http://…), a password in
    // the URL, or a query parameter libpq does not take is refused: nullopt with *error.
    [[nodiscard]] static std::optional<DatabaseLocation> parse(const QString& text,
                                                               QString* error);
    // True when `text` looks like a URL ("scheme://…"), whichever scheme.
    [[nodiscard]] static bool looksLikeUrl(const QString& text);
};

} // namespace rtcare
