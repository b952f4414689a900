// SPDX-License-Identifier: MIT
// Many new tickets written at once (demo data) into SQLite: a page cache of
// kBulkLoadCacheKiB for the load's length. With the default 2 MiB a 200,000-ticket load
// spilled and re-read its pages through the WAL and took 36 s instead of 19–20 s. Does
// nothing on PostgreSQL.
#pragma once

#include <QSqlDatabase>

namespace rtcare {

inline constexpr int kBulkLoadCacheKiB = 64 * 1024;

class BulkLoadCache
{
public:
    explicit BulkLoadCache(QSqlDatabase db);
    ~BulkLoadCache(); // the page cache back to its size
    BulkLoadCache(const BulkLoadCache&) = delete;
    BulkLoadCache& operator=(const BulkLoadCache&) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_cacheSize = 0; // PRAGMA cache_size before; 0 when not changed
};

} // namespace rtcare
