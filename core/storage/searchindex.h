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
// same transaction).
// On the team server (PostgreSQL) the same words are kept in ticket_search(id, words), a
// tsvector with a GIN index: each word with its position (search::serverVector()), so
// that a tsquery (search::QuerySyntax::TsQuery) finds what FTS5 finds. The words are given
// to PostgreSQL as they are (no text search configuration, no stemming, no stop words):
// what it finds does not depend on the server's locale.
#pragma once

#include "model/ticket.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <future>
#include <vector>

namespace rtcare::searchindex {

// Schema version 7's statements for SQLite (the table; filled by fill()).
[[nodiscard]] QStringList schemaStatements();
// The team server's table, a later schema step (nothing on SQLite); filled by fill(), then
// given its index by serverIndexStatement() (building it once is quicker than keeping it
// while every row goes in).
[[nodiscard]] QStringList serverSchemaStatements(sqldialect::Engine engine);
[[nodiscard]] QString serverIndexStatement();

// True when the connection's database has the index (either engine once migrated).
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
    bool m_server = false;
    QSqlQuery m_insert;
    QSqlQuery m_delete;
    QSqlQuery m_read;
};

// The rows of many new tickets written in order in one transaction (demo data). A run's
// words (search words and the classifier's symptom tags, about a third of making a ticket)
// are made on a second thread while the caller makes and writes the next tickets; the run's
// rows are written once its words are there, the ids read back in order after `lastId` (the
// largest id before the first new ticket). Writing a run's rows together also keeps FTS5
// from flushing its pending words at every trigger savepoint in between.
class RunWriter
{
public:
    RunWriter(QSqlDatabase db, qint64 lastId);
    ~RunWriter(); // waits for a run's words still being made
    RunWriter(const RunWriter&) = delete;
    RunWriter& operator=(const RunWriter&) = delete;

    // A ticket of the next run, in the order the tickets are written.
    void add(Ticket ticket);
    // Tickets added and not yet in a run.
    [[nodiscard]] qsizetype waiting() const { return qsizetype(m_run.size()); }
    // Every added ticket is written: their words go to the second thread, and the run before
    // gets its rows.
    [[nodiscard]] bool startRun(QString* error);
    // After the last startRun(): the last run's rows.
    [[nodiscard]] bool finish(QString* error);

private:
    bool m_enabled = false;
    Writer m_writer;
    QSqlDatabase m_db;
    std::vector<Ticket> m_run;
    std::future<QStringList> m_words; // of the run being made
    qint64 m_wordsCount = 0;
    qint64 m_indexedUpTo = 0;
};

// Fills the (empty) index from every stored ticket, inside the caller's transaction;
// `progress` is told (done, total) every 10,000 tickets. On the team server the rows go
// 1,000 to a statement.
[[nodiscard]] bool fill(QSqlDatabase& db, QString* error,
                        const std::function<void(qint64, qint64)>& progress = {});

} // namespace rtcare::searchindex
