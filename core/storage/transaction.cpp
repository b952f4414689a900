// SPDX-License-Identifier: MIT
#include "storage/transaction.h"

#include "storage/sqldialect.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace rtcare {

int lockWaitMilliseconds()
{
    static const int wait = [] {
        bool ok = false;
        const int seconds = qEnvironmentVariableIntValue("RTCARE_LOCK_TIMEOUT", &ok);
        return ok && seconds >= 1 && seconds <= 3600 ? seconds * 1000 : 120'000;
    }();
    return wait;
}

bool beginWrite(QSqlDatabase& db, StorageError* error)
{
    const int limit = lockWaitMilliseconds();
    QElapsedTimer waited;
    waited.start();
    int pause = 5;
    const QString beginSql = sqldialect::beginWrite(sqldialect::engineOf(db));
    for (;;) {
        QSqlQuery begin(db);
        if (begin.exec(beginSql))
            return true;
        const QSqlError failed = begin.lastError();
        if (causeOf(failed) != StorageCause::Locked || waited.elapsed() >= limit) {
            *error = describeSqlError(failed, db.databaseName(),
                                      causeOf(failed) == StorageCause::Locked ? waited.elapsed()
                                                                              : -1);
            return false;
        }
        QThread::msleep(ulong(std::min<qint64>(pause, limit - waited.elapsed())));
        pause = std::min(pause * 2, 250);
    }
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = beginWrite(m_db, &m_error);
}

WriteTransaction::~WriteTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commitQuery(m_db);
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        m_error = describeSqlError(commitQuery.lastError(), m_db.databaseName());
        return false;
    }
    m_active = false;
    return true;
}

} // namespace rtcare
