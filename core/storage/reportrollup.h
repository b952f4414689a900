// SPDX-License-Identifier: MIT
// What the team lead's reports read instead of a million tickets (schema version 5).
//
// report_daily holds, per UTC day, per dimension (category, priority, device model, region…)
// and value, and per ticket category: how many tickets were created, how many got a first
// response, how many of those in time (met), and how many were recurring complaints.
// tickets.recurring says the same customer (contact) filed another ticket in the 7 days
// before this one. Triggers on tickets keep both exact on every insert, update and delete,
// whichever code path writes.
#pragma once

#include "storage/sqldialect.h"

#include <QString>
#include <QStringList>

#include <span>

namespace rtcare::rollup {

struct Dimension
{
    const char* id;     // report_daily.dim
    const char* column; // the tickets column it counts; "%1" stands for the row's prefix
};

// category, priority, status, channel, scenario, network, device_model, os, region,
// root_cause, hypothesis, confirmed (the root cause when the hypothesis named it).
[[nodiscard]] std::span<const Dimension> dimensions();

// The value a dimension takes for a tickets row referred to by `row` ("NEW", "OLD", or a
// table alias).
[[nodiscard]] QString valueOf(const Dimension& dimension, const QString& row);

// The counters (tickets, responded, met, recurring) one tickets row adds, times `sign`.
[[nodiscard]] QString countersOf(const QString& row, int sign,
                                 sqldialect::Engine engine = sqldialect::Engine::SQLite);

// The statements of schema version 5: the recurring flag and its indexes, report_daily
// filled from the existing tickets, and the triggers that keep both up to date, as `engine`
// takes them.
[[nodiscard]] QStringList schemaVersion5(sqldialect::Engine engine = sqldialect::Engine::SQLite);

} // namespace rtcare::rollup
