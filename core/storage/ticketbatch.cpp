// SPDX-License-Identifier: MIT
#include "storage/ticketbatch.h"

#include "storage/ticketrows.h"

#include <QSqlError>

#include <utility>

#ifdef RTCARE_SQLITE_API
#include "storage/sqlitehandle.h"
#endif

namespace rtcare {

struct TicketBatch::Native
{
#ifdef RTCARE_SQLITE_API
    sqlite3* db = nullptr;
    sqlite3_stmt* statement = nullptr;
    ~Native() { sqlite3_finalize(statement); }
#endif
};

TicketBatch::TicketBatch(QSqlDatabase db, const SlaPolicy& policy)
    : m_db(std::move(db))
    , m_policy(policy)
    , m_insert(m_db)
{
    m_values.reserve(kBatch * kValuesPerTicket);
    const QString sql = ticketrows::insertStatement(kBatch);
#ifdef RTCARE_SQLITE_API
    if (sqlite3* handle = sqliteHandle(m_db)) {
        m_native = std::make_unique<Native>();
        m_native->db = handle;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_native->statement,
                               nullptr)
            != SQLITE_OK)
            m_prepareError = QString::fromUtf8(sqlite3_errmsg(handle));
        return;
    }
#endif
    if (!m_insert.prepare(sql))
        m_prepareError = m_insert.lastError().text();
}

TicketBatch::~TicketBatch() = default;

bool TicketBatch::isReady(QString* error) const
{
    if (m_prepareError.isEmpty())
        return true;
    *error = m_prepareError;
    return false;
}

bool TicketBatch::add(const Ticket& ticket, QString* error)
{
    const QVariantList values = ticketrows::insertValues(ticket, m_policy);
    Q_ASSERT(values.size() == kValuesPerTicket);
    m_values += values;
    return ++m_waiting < kBatch || write(kBatch, error);
}

bool TicketBatch::flush(QString* error)
{
    return m_waiting == 0 || write(m_waiting, error);
}

bool TicketBatch::write(int rows, QString* error)
{
    const QVariantList values = std::exchange(m_values, {});
    m_values.reserve(kBatch * kValuesPerTicket);
    m_waiting = 0;
#ifdef RTCARE_SQLITE_API
    if (m_native && rows == kBatch) {
        sqlite3_stmt* statement = m_native->statement;
        for (qsizetype i = 0; i < values.size(); ++i)
            bindVariant(statement, int(i) + 1, values.at(i));
        const bool done = sqlite3_step(statement) == SQLITE_DONE;
        if (!done)
            *error = QString::fromUtf8(sqlite3_errmsg(m_native->db));
        sqlite3_reset(statement);
        return done;
    }
#endif
    // A full batch has its prepared statement; the last, shorter one gets its own.
    const bool prepared = rows == kBatch && !m_native;
    QSqlQuery shorter(m_db);
    if (!prepared)
        shorter.prepare(ticketrows::insertStatement(rows));
    QSqlQuery& insert = prepared ? m_insert : shorter;
    for (qsizetype i = 0; i < values.size(); ++i)
        insert.bindValue(int(i), values.at(i));
    if (insert.exec())
        return true;
    *error = insert.lastError().text();
    return false;
}

} // namespace rtcare
