// SPDX-License-Identifier: MIT
#pragma once

#include "sla/clock.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rtcare {

// The words on a first-response clock chip: "12:05 left", "75 % · 3:40 left",
// "Overdue 5:10", "Met", "Missed by 12:00". Shared by the queue model (display text,
// tool tips) and the detail pane so both say the same thing.
class ClockText
{
    Q_DECLARE_TR_FUNCTIONS(rtcare::ClockText)
public:
    // A countdown for people watching it tick: "4:05", "1:02:03"; over a day it falls back
    // to formatDuration ("2 d 3 h"). Negative values are written as their absolute value.
    [[nodiscard]] static QString countdown(qint64 seconds);
    // A first-response target for people: "15 min", "2 h", "1 h 30 min".
    [[nodiscard]] static QString target(int minutes);
    // The chip text for a clock.
    [[nodiscard]] static QString chip(const ClockStatus& clock);
    // The chip text for the countdown of a time promised to the customer (a commitment,
    // see replies::commitmentClockStatus): "Promise: 1:20:00 left", "Promise: 80 % ·
    // 12:00 left", "Promise: Overdue 5:10".
    [[nodiscard]] static QString promiseChip(const ClockStatus& clock);
    // A sentence for tool tips: what was promised, by when, and how it stands.
    [[nodiscard]] static QString describePromise(const QString& promiseText,
                                                 const ClockStatus& clock);
    // A sentence for tool tips and the detail pane: state, due time and what is left.
    [[nodiscard]] static QString describe(const ClockStatus& clock);
    // Local due time, short: "16:32" today, "11-25 09:15" on another day.
    [[nodiscard]] static QString dueTime(const QDateTime& dueUtc, const QDateTime& nowUtc);
    // The longest chip texts the current language can produce, for sizing the column.
    [[nodiscard]] static QStringList widestChips();
};

} // namespace rtcare
