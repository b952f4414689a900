// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace rtcare {

class Database;
class SlaPolicy;

struct DemoOptions
{
    int count = 1000;
    quint32 seed = 1;
    QDateTime now;     // the "present" of the data set; tickets are filed before it
    int spanDays = 0;  // how far back tickets go; 0 = from the count (up to a year)
    std::function<void(int done)> progress; // called every 10,000 tickets
};

// Writes `count` realistic synthetic tickets (Chinese and English text, real device models,
// regions, scenarios) in one transaction: recent ones still open with running clocks, older
// ones answered, resolved and closed, each with its audit trail. Deterministic for a seed
// on an empty database. Returns how many were written.
[[nodiscard]] std::optional<int> generateDemoTickets(const Database& database,
                                                     const SlaPolicy& policy,
                                                     const DemoOptions& options, QString* error);

} // namespace rtcare
