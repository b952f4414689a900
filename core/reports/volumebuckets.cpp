// SPDX-License-Identifier: MIT
#include "reports/volumebuckets.h"

#include "model/category.h"
#include "reports/periodrows.h"
#include "reports/reportsql.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace rtcare::reportsql {

namespace {

constexpr qint64 kDay = 86400;
// Tickets moved between buckets are read in groups of this many day parts (3 bound values
// each, well below SQLite's limit of bound values).
constexpr qsizetype kPartsPerQuery = 200;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

QDate bucketStart(QDate day, BucketSize size)
{
    switch (size) {
    case BucketSize::Week:
        return day.addDays(1 - day.dayOfWeek());
    case BucketSize::Month:
        return QDate(day.year(), day.month(), 1);
    case BucketSize::Automatic:
    case BucketSize::Day:
        break;
    }
    return day;
}

QDate nextBucket(QDate start, BucketSize size)
{
    switch (size) {
    case BucketSize::Week:
        return start.addDays(7);
    case BucketSize::Month:
        return start.addMonths(1);
    case BucketSize::Automatic:
    case BucketSize::Day:
        break;
    }
    return start.addDays(1);
}

// The dimensions counted over time, in VolumeBucket's order.
const std::array<QString, 4> kOverTime{QStringLiteral("category"), QStringLiteral("priority"),
                                       QStringLiteral("status"), QStringLiteral("channel")};

// Part of a UTC day [lo, hi) whose tickets were counted in bucket `from` but belong to `to`.
struct Move
{
    qint64 lo = 0;
    qint64 hi = 0;
    qsizetype from = 0;
    qsizetype to = 0;
};

class Buckets
{
public:
    Buckets(qint64 from, qint64 to, BucketSize size, const QTimeZone& zone,
            QList<VolumeBucket>* volume)
        : m_from(from), m_to(to), m_volume(volume)
    {
        const QDate first = QDateTime::fromSecsSinceEpoch(from, zone).date();
        const QDate last = QDateTime::fromSecsSinceEpoch(to - 1, zone).date();
        for (QDate start = bucketStart(first, size); start <= last;
             start = nextBucket(start, size)) {
            VolumeBucket bucket;
            bucket.start = start;
            bucket.byCategory = QList<qint64>(qsizetype(kAllCategories.size()), 0);
            volume->append(bucket);
            // The first bucket may start before the period: it counts from `from`.
            m_starts.append(std::max(from, start.startOfDay(zone).toSecsSinceEpoch()));
        }
    }

    // The bucket holding the instant `at` (epoch seconds, inside the period).
    [[nodiscard]] qsizetype at(qint64 at) const
    {
        const auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), at);
        return std::max<qsizetype>(0, qsizetype(it - m_starts.cbegin()) - 1);
    }

    // Where the rollup's UTC day `day` is counted, and which parts of it are read again to
    // move their tickets: a bucket starting inside the day splits it. With one split the
    // day goes to the bucket of its larger part and the smaller part moves; with more
    // (a 23-hour local day inside one UTC day), each part after a split moves forward.
    void planDay(qint64 day)
    {
        const qint64 lo = std::max(m_from, day * kDay);
        const qint64 hi = std::min(m_to, (day + 1) * kDay);
        QList<qint64> splits;
        for (auto it = std::upper_bound(m_starts.cbegin(), m_starts.cend(), lo);
             it != m_starts.cend() && *it < hi; ++it)
            splits.append(*it);
        if (splits.size() == 1 && splits.first() - lo < hi - splits.first()) {
            const qint64 split = splits.first();
            m_dayBucket.insert(day, at(split));
            m_moves.append({lo, split, at(split), at(split) - 1});
            return;
        }
        m_dayBucket.insert(day, at(lo));
        for (qint64 split : std::as_const(splits))
            m_moves.append({split, hi, at(split) - 1, at(split)});
    }

    [[nodiscard]] qsizetype bucketOfDay(qint64 day) const { return m_dayBucket.value(day, 0); }
    [[nodiscard]] const QList<Move>& moves() const { return m_moves; }

private:
    qint64 m_from;
    qint64 m_to;
    QList<VolumeBucket>* m_volume;
    QList<qint64> m_starts; // each bucket's first instant, epoch seconds
    QHash<qint64, qsizetype> m_dayBucket;
    QList<Move> m_moves;
};

void add(VolumeBucket& bucket, qsizetype dimension, const QString& value, qint64 tickets,
         qint64 recurring)
{
    switch (dimension) {
    case 0:
        if (const std::optional<Category> category = categoryFromId(value))
            bucket.byCategory[qsizetype(*category)] += tickets;
        bucket.recurring += recurring;
        break;
    case 1:
        bucket.byPriority[value] += tickets;
        break;
    case 2:
        bucket.byStatus[value] += tickets;
        break;
    default:
        bucket.byChannel[value] += tickets;
        break;
    }
}

void dropZeros(QHash<QString, qint64>* counts)
{
    counts->removeIf([](const auto& it) { return it.value() == 0; });
}

} // namespace

qint64 spanDays(qint64 from, qint64 to)
{
    return std::max<qint64>(1, (to - from + kDay - 1) / kDay);
}

BucketSize chosenBucket(qint64 days, BucketSize size)
{
    if (size != BucketSize::Automatic)
        return size;
    return days <= 62 ? BucketSize::Day : days <= 26 * 7 ? BucketSize::Week : BucketSize::Month;
}

qint64 bucketCount(qint64 from, qint64 to, BucketSize size, qint64 stopAfter)
{
    const QDate first = QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc()).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(to - 1, QTimeZone::utc()).date();
    qint64 count = 0;
    for (QDate start = bucketStart(first, size); start <= last && count <= stopAfter;
         start = nextBucket(start, size))
        ++count;
    return count;
}

bool fillVolume(const QSqlDatabase& db, const PeriodRows& rows, qint64 from, qint64 to,
                BucketSize size, const QTimeZone& zone, PeriodReport* report, QString* error)
{
    size = chosenBucket(spanDays(from, to), size);
    report->bucket = size;
    report->volume.clear();
    if (to <= from)
        return true;
    Buckets buckets(from, to, size, zone, &report->volume);
    QList<VolumeBucket>& volume = report->volume;
    for (qint64 day = floorDiv(from, kDay); day * kDay < to; ++day)
        buckets.planDay(day);
    for (qsizetype d = 0; d < qsizetype(kOverTime.size()); ++d) {
        const auto counts = rows.days(kOverTime[std::size_t(d)]);
        for (auto day = counts.cbegin(); day != counts.cend(); ++day)
            for (auto cell = day->cbegin(); cell != day->cend(); ++cell)
                add(volume[buckets.bucketOfDay(day.key())], d, cell.key(), cell->tickets,
                    cell->recurring);
    }
    // The tickets of the split parts, moved from the bucket that counted them.
    const QList<Move>& moves = buckets.moves();
    for (qsizetype first = 0; first < moves.size(); first += kPartsPerQuery) {
        const qsizetype n = std::min(kPartsPerQuery, moves.size() - first);
        QStringList parts;
        QVariantList values;
        for (qsizetype i = first; i < first + n; ++i) {
            parts << QStringLiteral("(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))");
            values << i << moves.at(i).lo << moves.at(i).hi;
        }
        const QString sql =
            QStringLiteral("WITH parts(k, lo, hi) AS (VALUES %1) SELECT parts.k, t.category, "
                           "t.priority, t.status, t.channel, COUNT(*), SUM(t.recurring) FROM "
                           "parts CROSS JOIN tickets AS t WHERE t.created_at >= parts.lo AND "
                           "t.created_at < parts.hi GROUP BY 1, 2, 3, 4, 5")
                .arg(parts.join(QStringLiteral(", ")));
        const bool ok = run(
            db, sql, values,
            [&](const QSqlQuery& q) {
                const Move& move = moves.at(q.value(0).toLongLong());
                const qint64 tickets = q.value(5).toLongLong();
                const qint64 recurring = q.value(6).toLongLong();
                for (qsizetype d = 0; d < qsizetype(kOverTime.size()); ++d) {
                    const QString value = q.value(int(d) + 1).toString();
                    add(volume[move.from], d, value, -tickets, -recurring);
                    add(volume[move.to], d, value, tickets, recurring);
                }
            },
            error);
        if (!ok)
            return false;
    }
    for (VolumeBucket& bucket : volume) {
        dropZeros(&bucket.byPriority);
        dropZeros(&bucket.byStatus);
        dropZeros(&bucket.byChannel);
    }
    return true;
}

} // namespace rtcare::reportsql
