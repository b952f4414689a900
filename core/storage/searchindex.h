// SPDX-License-Identifier: MIT
// The full-text search index (SQLite): a contentless FTS5 table, ticket_search, whose row
// for a ticket holds the index words of its customer name, device, system, region and
// description plus tag words for the symptoms the built-in classifier rules read in the
// description, its category and its scenario (search/searchtokens.h). A change to the
// tokenizer or to the built-in rules needs a schema step that rebuilds the index (a row
// is removed by giving its words again).
// Triggers cannot produce these words (they come from our C++ tokenizer), so every write
// path of a ticket keeps the row in step through this file: create, import, demo data and
// every update of an indexed column (remove the old row's words, write the new ones, in the
// same transaction). On PostgreSQL there is no such table (every function is a no-op there;
// the server searches its own columns).
#pragma once

#include "model/ticket.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

namespace rtcare::searchindex {

// Schema version 7's statements for SQLite (the table; filled by fill()).
[[nodiscard]] QStringList schemaStatements();

// True when the connection's database has the index (SQLite, schema 7 or later).
[[nodiscard]] bool available(const QSqlDatabase& db);

// The words of one ticket, as its index row holds them.
[[nodiscard]] QString ticketTokens(const Ticket& ticket);

// Writes rows of the index through prepared statements (one per writer, e.g. for an import
// of many tickets). Does nothing on PostgreSQL.
class Writer
{
public:
    explicit Writer(QSqlDatabase db);
    // A new ticket's row.
    [[nodiscard]] bool add(qint64 id, const Ticket& ticket, QString* error);
    // The same with its words already made (ticketTokens(), e.g. on another thread).
    [[nodiscard]] bool addWords(qint64 id, const QString& tokens, QString* error);
    // Before an update of the stored ticket `id`: its current row out of the index.
    [[nodiscard]] bool removeStored(qint64 id, QString* error);
    // After the update: the stored ticket's row in again.
    [[nodiscard]] bool addStored(qint64 id, QString* error);

private:
    [[nodiscard]] bool write(bool remove, qint64 id, const QString& tokens, QString* error);
    [[nodiscard]] bool storedTokens(qint64 id, QString* tokens, QString* error);
    QSqlDatabase m_db;
    bool m_enabled = false;
    QSqlQuery m_insert;
    QSqlQuery m_delete;
    QSqlQuery m_read;
};

// Writes the index rows of the stored tickets with an id above `afterId` (every ticket: 0),
// which have none yet, inside the caller's transaction; `progress` is told (done, total)
// every 10,000 tickets. A bulk write (demo data) adds its tickets first and their rows
// after: an INSERT with triggers opens a statement savepoint, and each savepoint makes FTS5,
// once written in the transaction, flush and reload its state.
[[nodiscard]] bool fill(QSqlDatabase& db, QString* error,
                        const std::function<void(qint64, qint64)>& progress = {},
                        qint64 afterId = 0);

} // namespace rtcare::searchindex
