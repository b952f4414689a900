// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rtcare {

// A write transaction (BEGIN IMMEDIATE, so two writers never deadlock on a lock upgrade)
// that rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace rtcare
