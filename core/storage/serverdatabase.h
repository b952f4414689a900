// SPDX-License-Identifier: MIT
// The PostgreSQL side of Database (team mode): connections through QPSQL, and the schema
// created or upgraded on first use. Database::openServer is defined in serverdatabase.cpp.
#pragma once

#include "storage/databaselocation.h"

#include <QSqlDatabase>
#include <QString>

namespace rtcare {

// A QPSQL connection named `name` to `server`, opened (check isOpen()). No password is
// given: libpq finds it in ~/.pgpass, PGPASSFILE or a service file.
[[nodiscard]] QSqlDatabase openServerConnection(const QString& name, const ServerAddress& server);

} // namespace rtcare
