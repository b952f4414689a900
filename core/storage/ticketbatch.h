// SPDX-License-Identifier: MIT
// New tickets written kBatch to an INSERT, inside the caller's transaction (demo data).
// With one statement per ticket, every ticket paid a statement's start, its savepoint (the
// tickets triggers need one) and the journal of each page it changed: 20,000 demo tickets
// took 1.70 s, in batches 1.31 s. On SQLite the batches are bound through SQLite's own
// interface (text as UTF-8, no QVariant copy per value): 1.07 → 1.01 s.
#pragma once

#include "model/ticket.h"
#include "sla/policy.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace rtcare {

class TicketBatch
{
public:
    static constexpr int kBatch = 32;
    // The values of one ticket (ticketrows::insertValues()); a batch's stay under SQLite's
    // oldest limit of 999 per statement.
    static constexpr int kValuesPerTicket = 30;
    static_assert(kBatch * kValuesPerTicket <= 999);

    TicketBatch(QSqlDatabase db, const SlaPolicy& policy);
    ~TicketBatch();
    TicketBatch(const TicketBatch&) = delete;
    TicketBatch& operator=(const TicketBatch&) = delete;

    // False with *error when the statement cannot be prepared.
    [[nodiscard]] bool isReady(QString* error) const;
    // Adds a ticket (after ticketrows::applyPolicy()); writes the batch when it is full.
    [[nodiscard]] bool add(const Ticket& ticket, QString* error);
    // Writes the tickets added since the last full batch.
    [[nodiscard]] bool flush(QString* error);
    // Tickets added and not yet written.
    [[nodiscard]] int waiting() const { return m_waiting; }

private:
    [[nodiscard]] bool write(int rows, QString* error);

    QSqlDatabase m_db;
    const SlaPolicy& m_policy;
    QSqlQuery m_insert; // of kBatch tickets, through QtSql (where there is no Native)
    QVariantList m_values;
    int m_waiting = 0;
    struct Native; // the same statement through SQLite's own interface
    std::unique_ptr<Native> m_native;
    QString m_prepareError;
};

} // namespace rtcare
