// SPDX-License-Identifier: MIT
// A period's counts read from the daily rollup (storage/reportrollup.h), internal to
// core/reports: whole UTC days come from report_daily, the ragged edges of a period that
// does not start or end at midnight UTC (a team's local midnight, say) from the tickets
// themselves, read once for every dimension.
#pragma once

#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rtcare::reportsql {

struct Counters
{
    qint64 tickets = 0;
    qint64 responded = 0;
    qint64 met = 0; // first response at or before its due time
    qint64 recurring = 0;

    void add(const Counters& other)
    {
        tickets += other.tickets;
        responded += other.responded;
        met += other.met;
        recurring += other.recurring;
    }
};

class PeriodRows
{
public:
    // Reads the counts of the tickets created in [from, to). False with *error on failure.
    [[nodiscard]] bool load(const QSqlDatabase& db, qint64 from, qint64 to, QString* error);

    [[nodiscard]] Counters total() const;
    // Per value of a dimension (see rollup::dimensions()), summed over the ticket
    // categories, or over `categories` only when given.
    [[nodiscard]] QHash<QString, Counters> values(const QString& dimension,
                                                  const QStringList& categories = {}) const;
    // Per UTC day (days since 1970-01-01), per value of category, priority, status or
    // channel (the dimensions reported over time).
    [[nodiscard]] QMap<qint64, QHash<QString, Counters>> days(const QString& dimension) const
    {
        return m_days.value(dimension);
    }

private:
    // dimension -> value -> category -> counters
    QHash<QString, QHash<QString, QHash<QString, Counters>>> m_cells;
    QHash<QString, QMap<qint64, QHash<QString, Counters>>> m_days;
};

} // namespace rtcare::reportsql
