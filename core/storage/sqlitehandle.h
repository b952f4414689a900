// SPDX-License-Identifier: MIT
#pragma once

#ifdef RTCARE_SQLITE_API

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace rtcare {

// SQLite's own connection under Qt's driver, for the few bulk paths that read through
// SQLite's interface (export, the report's period scan); null when the connection is not
// Qt's SQLite driver on a sqlite3 handle (PostgreSQL, or a driver that bundles its own).
inline sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace rtcare

#endif
