// SPDX-License-Identifier: MIT
#include "storage/bulkload.h"

#include "storage/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace rtcare {

BulkLoadCache::BulkLoadCache(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (sqldialect::engineOf(m_db) != sqldialect::Engine::SQLite)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA cache_size")) || !q.next())
        return;
    const qint64 before = q.value(0).toLongLong();
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kBulkLoadCacheKiB)))
        m_cacheSize = before;
}

BulkLoadCache::~BulkLoadCache()
{
    if (m_cacheSize != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

} // namespace rtcare
