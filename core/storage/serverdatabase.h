// SPDX-License-Identifier: MIT
// The PostgreSQL side of Database (team mode): connections through QPSQL, and the schema
// created or upgraded on first use. Database::openServer is defined in serverdatabase.cpp.
#pragma once

#include "storage/databaselocation.h"

#include <QSqlDatabase>
#include <QString>

namespace rtcare {

// A QPSQL connection named `name` for `server` (host, port, user, database, the URL's
// options, RTCare's application name), with `password` when not empty and libpq's
// connect_timeout when above 0 and the URL sets none; not opened.
[[nodiscard]] QSqlDatabase serverConnection(const QString& name, const ServerAddress& server,
                                            const QString& password, int connectTimeoutSeconds = 0);
// A QPSQL connection named `name` to `server`, opened (check isOpen()). The password is the
// one setServerPassword kept for this run (from the system keychain), else libpq finds it
// in ~/.pgpass, PGPASSFILE or a service file.
[[nodiscard]] QSqlDatabase openServerConnection(const QString& name, const ServerAddress& server);

// Opens `db` (a connection openServerConnection made) again after its server went away.
bool reopenServerConnection(QSqlDatabase& db);

// True when libpq knows the connection is gone (the server closed it, was restarted, or a
// query found the socket dead). No round trip: it reads the state of the last exchange.
[[nodiscard]] bool serverConnectionLost(const QSqlDatabase& db);
// The connection's socket (to watch for the server closing it), or -1.
[[nodiscard]] int serverSocket(const QSqlDatabase& db);

} // namespace rtcare
