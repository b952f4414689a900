// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace rtcare {

// Customer-facing ticket numbers: RTC-20261124-0007 (date of filing in the agent's local
// time, then the day's sequence, at least four digits).
struct TicketNumber
{
    QDate date;
    int sequence = 0;

    [[nodiscard]] QString toString() const;
    [[nodiscard]] static std::optional<TicketNumber> parse(QStringView text);
    // "RTC-20261124-" : the prefix all numbers of that day share.
    [[nodiscard]] static QString dayPrefix(QDate date);
};

} // namespace rtcare
