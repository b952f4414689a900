// SPDX-License-Identifier: MIT
// The volume over time of a period, cut into calendar days, weeks or months in the team's
// time zone (internal to core/reports). The rollup counts per UTC day; a local day (or week,
// month) starting inside a UTC day splits it, and only the tickets of the smaller part of
// such a day are read to move them into the right bucket.
#pragma once

#include "reports/periodreport.h"

#include <QSqlDatabase>
#include <QTimeZone>

namespace rtcare::reportsql {

class PeriodRows;

// The days [from, to) touches (epoch seconds), at least one.
[[nodiscard]] qint64 spanDays(qint64 from, qint64 to);
// The bucket size used for a span of `days`: `size` unless Automatic.
[[nodiscard]] BucketSize chosenBucket(qint64 days, BucketSize size);
// The buckets of [from, to) cut in UTC, counted up to just past `stopAfter`.
[[nodiscard]] qint64 bucketCount(qint64 from, qint64 to, BucketSize size, qint64 stopAfter);

// Fills report->volume and report->bucket for the tickets created in [from, to) (epoch
// seconds); `rows` holds the period's counts. False with *error on a database failure.
[[nodiscard]] bool fillVolume(const QSqlDatabase& db, const PeriodRows& rows, qint64 from,
                              qint64 to, BucketSize size, const QTimeZone& zone,
                              PeriodReport* report, QString* error);

} // namespace rtcare::reportsql
