// SPDX-License-Identifier: MIT
#include "reports/periodreport.h"

#include "model/category.h"
#include "model/inputlimits.h"
#include "reports/periodrows.h"
#include "reports/recommendations.h"
#include "reports/reportsql.h"
#include "sla/policy.h"
#include "storage/database.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <future>

namespace rtcare {

namespace reportsql {

bool run(const QSqlDatabase& db, const QString& sql, const QVariantList& values,
         const std::function<void(const QSqlQuery&)>& row, QString* error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        row(query);
    return true;
}

} // namespace reportsql

namespace {

using reportsql::Counters;
using reportsql::PeriodRows;
using reportsql::run;

double share(qint64 count, qint64 total)
{
    return total > 0 ? std::round(double(count) * 1000.0 / double(total)) / 10.0 : 0.0;
}

void sortByCount(QList<CountRow>* rows)
{
    std::sort(rows->begin(), rows->end(), [](const CountRow& a, const CountRow& b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
}

// Counts per value of a dimension, this period and the one before. Top lists (limit > 0)
// leave out empty values and keep the `limit` largest.
QList<CountRow> countBy(const PeriodRows& current, const PeriodRows& previous,
                        const QString& dimension, qint64 total, int limit)
{
    const QHash<QString, Counters> now = current.values(dimension);
    const QHash<QString, Counters> before = previous.values(dimension);
    QList<CountRow> rows;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        if (it.value().tickets > 0 && (limit <= 0 || !it.key().isEmpty()))
            rows.append({it.key(), it.value().tickets, share(it.value().tickets, total),
                         before.value(it.key()).tickets});
    sortByCount(&rows);
    if (limit > 0 && rows.size() > limit)
        rows.resize(limit);
    return rows;
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

// The bucket holding `day` (volume is sorted by start); -1 when outside.
qsizetype bucketOf(const QList<VolumeBucket>& volume, QDate day)
{
    const auto it = std::upper_bound(volume.cbegin(), volume.cend(), day,
                                     [](QDate d, const VolumeBucket& b) { return d < b.start; });
    return it == volume.cbegin() ? -1 : qsizetype(it - volume.cbegin()) - 1;
}

qint64 spanDays(qint64 from, qint64 to)
{
    return std::max<qint64>(1, (to - from + 86399) / 86400);
}

BucketSize chosenBucket(qint64 days, BucketSize size)
{
    if (size != BucketSize::Automatic)
        return size;
    return days <= 62 ? BucketSize::Day : days <= 26 * 7 ? BucketSize::Week : BucketSize::Month;
}

// The buckets of [from, to), counted up to `stopAfter`.
qint64 bucketCount(qint64 from, qint64 to, BucketSize size, qint64 stopAfter)
{
    const QDate first = QDateTime::fromSecsSinceEpoch(from, Qt::UTC).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(to - 1, Qt::UTC).date();
    qint64 count = 0;
    for (QDate start = bucketStart(first, size); start <= last && count <= stopAfter;
         start = nextBucket(start, size))
        ++count;
    return count;
}

void volume(const PeriodRows& rows, qint64 from, qint64 to, BucketSize size, PeriodReport* report)
{
    size = chosenBucket(spanDays(from, to), size);
    report->bucket = size;
    const QDate first = QDateTime::fromSecsSinceEpoch(from, Qt::UTC).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(to - 1, Qt::UTC).date();
    for (QDate start = bucketStart(first, size); start <= last; start = nextBucket(start, size))
    {
        VolumeBucket bucket;
        bucket.start = start;
        bucket.byCategory = QList<qint64>(kAllCategories.size(), 0);
        report->volume.append(bucket);
    }
    const QDate epoch(1970, 1, 1);
    const auto perDay = [&](const QString& dimension, auto&& add) {
        const auto counts = rows.days(dimension);
        for (auto day = counts.cbegin(); day != counts.cend(); ++day) {
            const qsizetype bucket = bucketOf(report->volume, epoch.addDays(day.key()));
            if (bucket >= 0)
                for (auto cell = day->cbegin(); cell != day->cend(); ++cell)
                    add(report->volume[bucket], cell.key(), cell.value());
        }
    };
    perDay(QStringLiteral("category"), [](VolumeBucket& b, const QString& id, const Counters& c) {
        if (const std::optional<Category> category = categoryFromId(id))
            b.byCategory[qsizetype(*category)] += c.tickets;
        b.recurring += c.recurring;
    });
    perDay(QStringLiteral("priority"), [](VolumeBucket& b, const QString& id, const Counters& c) {
        b.byPriority[id] += c.tickets;
    });
    perDay(QStringLiteral("status"), [](VolumeBucket& b, const QString& id, const Counters& c) {
        b.byStatus[id] += c.tickets;
    });
    perDay(QStringLiteral("channel"), [](VolumeBucket& b, const QString& id, const Counters& c) {
        b.byChannel[id] += c.tickets;
    });
}

// A ticket misses its first response when answered late, or unanswered and already due.
const QString kMissed = QStringLiteral(
    "((first_response_at IS NOT NULL AND first_response_at > first_response_due) OR "
    "(first_response_at IS NULL AND first_response_due < ?))");

bool slaRows(const QSqlDatabase& db, const PeriodRows& rows, const SlaPolicy& policy,
             qint64 from, qint64 to, qint64 now, PeriodReport* report, QString* error)
{
    // Unanswered and past due: few tickets, read through the partial index.
    QHash<QString, qint64> overdue;
    if (!run(db,
             QStringLiteral("SELECT priority, COUNT(*) FROM tickets INDEXED BY tickets_unanswered "
                            "WHERE first_response_at IS NULL AND created_at >= ? AND "
                            "created_at < ? AND first_response_due < ? GROUP BY 1"),
             {from, to, now},
             [&](const QSqlQuery& q) { overdue.insert(q.value(0).toString(), q.value(1).toLongLong()); },
             error))
        return false;
    const QHash<QString, Counters> byTier = rows.values(QStringLiteral("priority"));
    QStringList order;
    for (const Tier& tier : policy.tiers())
        order << tier.id;
    for (auto it = byTier.cbegin(); it != byTier.cend(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    for (const QString& tier : std::as_const(order)) {
        const Counters counters = byTier.value(tier);
        if (counters.tickets <= 0)
            continue;
        SlaRow row;
        row.tier = tier;
        const Tier* known = policy.tier(tier);
        row.name = known ? known->name.text() : tier;
        row.tickets = counters.tickets;
        row.responded = counters.responded;
        row.met = counters.met;
        row.missed = counters.responded - counters.met + overdue.value(tier);
        const qint64 due = row.met + row.missed;
        row.attainmentPct = due > 0 ? share(row.met, due) : 100.0;
        report->breachCount += row.missed;
        report->sla.append(row);
    }
    // Median and p90, nearest rank, from each tier's first-response times counted in SQL
    // (one sorted pass; far cheaper than ranking every ticket with a window function).
    QHash<QString, QList<std::pair<qint64, qint64>>> histograms; // tier -> (seconds, tickets)
    if (!run(db,
             QStringLiteral("SELECT priority, first_response_at - created_at, COUNT(*) FROM "
                            "tickets WHERE created_at >= ? AND created_at < ? AND "
                            "first_response_at IS NOT NULL GROUP BY 1, 2"),
             {from, to},
             [&](const QSqlQuery& q) {
                 histograms[q.value(0).toString()].append(
                     {q.value(1).toLongLong(), q.value(2).toLongLong()});
             },
             error))
        return false;
    for (SlaRow& row : report->sla) {
        const auto& histogram = histograms[row.tier];
        qint64 n = 0;
        for (const auto& bin : histogram)
            n += bin.second;
        const auto at = [&](qint64 rank) {
            qint64 seen = 0;
            for (const auto& [seconds, tickets] : histogram)
                if ((seen += tickets) >= rank)
                    return seconds;
            return qint64(0);
        };
        if (n > 0) {
            row.medianFirstResponseS = at((n + 1) / 2);
            row.p90FirstResponseS = at((9 * n + 9) / 10);
        }
    }
    // The oldest hundred breaches; the count came from the rollup.
    return run(db,
               QStringLiteral("SELECT number, priority, first_response_due, first_response_at "
                              "FROM tickets WHERE created_at >= ? AND created_at < ? AND %1 "
                              "ORDER BY created_at, id LIMIT 100")
                   .arg(kMissed),
               {from, to, now},
               [&](const QSqlQuery& q) {
                   Breach breach;
                   breach.number = q.value(0).toString();
                   breach.tier = q.value(1).toString();
                   breach.due = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
                   if (!q.value(3).isNull())
                       breach.respondedAt =
                           QDateTime::fromSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
                   report->breaches.append(breach);
               },
               error);
}

// A recurring complaint: the same customer (contact) filed another ticket in the 7 days
// before this one (tickets.recurring, kept by triggers).
bool recurring(const QSqlDatabase& db, const PeriodRows& rows, qint64 from, qint64 to,
               PeriodReport* report, QString* error)
{
    const auto recurringBy = [&](const QString& dimension, QList<CountRow>* out) {
        const QHash<QString, Counters> values = rows.values(dimension);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (it->recurring > 0)
                out->append({it.key(), it->recurring});
    };
    report->recurringTickets = rows.total().recurring;
    recurringBy(QStringLiteral("category"), &report->recurringByCategory);
    recurringBy(QStringLiteral("scenario"), &report->recurringByScenario);
    for (QList<CountRow>* list : {&report->recurringByCategory, &report->recurringByScenario}) {
        for (CountRow& row : *list)
            row.sharePct = share(row.count, report->recurringTickets);
        sortByCount(list);
    }
    QList<RecurringCustomer> customers;
    if (!run(db,
             QStringLiteral("SELECT customer_contact, MAX(customer_name), COUNT(*) FROM tickets "
                            "INDEXED BY tickets_recurring WHERE recurring = 1 AND created_at >= ? "
                            "AND created_at < ? GROUP BY 1"),
             {from, to},
             [&](const QSqlQuery& q) {
                 customers.append(
                     {q.value(1).toString(), q.value(0).toString(), q.value(2).toLongLong()});
             },
             error))
        return false;
    report->recurringCustomers = customers.size();
    std::sort(customers.begin(), customers.end(),
              [](const RecurringCustomer& a, const RecurringCustomer& b) {
                  return a.tickets != b.tickets ? a.tickets > b.tickets : a.contact < b.contact;
              });
    report->recurringTop = customers.mid(0, 10);
    return true;
}

void rootCauses(const PeriodRows& rows, PeriodReport* report)
{
    const auto by = [&](const QString& dimension, QList<CountRow>* out) {
        qint64 total = 0;
        const QHash<QString, Counters> values = rows.values(dimension);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            if (!it.key().isEmpty() && it->tickets > 0) {
                out->append({it.key(), it->tickets});
                total += it->tickets;
            }
        for (CountRow& row : *out)
            row.sharePct = share(row.count, total);
        sortByCount(out);
        return total;
    };
    report->resolvedWithCause = by(QStringLiteral("root_cause"), &report->rootCauses);
    by(QStringLiteral("hypothesis"), &report->hypotheses);
    QList<CountRow> confirmed;
    report->hypothesisConfirmed = by(QStringLiteral("confirmed"), &confirmed);
}

} // namespace

QString bucketSizeId(BucketSize size)
{
    switch (size) {
    case BucketSize::Week:
        return QStringLiteral("week");
    case BucketSize::Month:
        return QStringLiteral("month");
    case BucketSize::Automatic:
    case BucketSize::Day:
        break;
    }
    return QStringLiteral("day");
}

std::optional<BucketSize> bucketSizeFromId(const QString& id)
{
    for (BucketSize size : {BucketSize::Day, BucketSize::Week, BucketSize::Month})
        if (bucketSizeId(size) == id)
            return size;
    if (id == QLatin1String("auto"))
        return BucketSize::Automatic;
    return std::nullopt;
}

QString periodProblem(const QDateTime& fromTime, const QDateTime& toTime, BucketSize bucket)
{
    if (!fromTime.isValid() || !toTime.isValid() || fromTime >= toTime)
        return QStringLiteral("the period is empty: its start must be before its end");
    const qint64 from = fromTime.toSecsSinceEpoch();
    const qint64 to = toTime.toSecsSinceEpoch();
    const qint64 days = spanDays(from, to);
    if (days > limits::kReportSpanDays)
        return QStringLiteral("the period spans %1 days; a report covers at most %2 days (three "
                              "years): choose a shorter period")
            .arg(QLocale(QLocale::English).toString(days),
                 QLocale(QLocale::English).toString(limits::kReportSpanDays));
    const BucketSize size = chosenBucket(days, bucket);
    const qint64 buckets = bucketCount(from, to, size, limits::kReportBuckets);
    if (buckets > limits::kReportBuckets)
        return QStringLiteral("one bar per %1 makes more than %2 bars, the limit of the volume "
                              "chart: choose week or month buckets, or a shorter period")
            .arg(bucketSizeId(size))
            .arg(limits::kReportBuckets);
    return {};
}

PeriodReport redacted(PeriodReport report)
{
    for (qsizetype i = 0; i < report.recurringTop.size(); ++i) {
        report.recurringTop[i].name = QStringLiteral("customer %1").arg(i + 1);
        report.recurringTop[i].contact.clear();
    }
    return report;
}

std::optional<PeriodReport> computeReport(const Database& database, const SlaPolicy& policy,
                                          const QDateTime& fromTime, const QDateTime& toTime,
                                          const QDateTime& now,
                                          const ReportThresholds& thresholds, QString* error,
                                          BucketSize bucket)
{
    QString scratch;
    if (!error)
        error = &scratch;
    if (const QString problem = periodProblem(fromTime, toTime, bucket); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    PeriodReport report;
    report.from = fromTime.toUTC();
    report.to = toTime.toUTC();
    const qint64 from = report.from.toSecsSinceEpoch();
    const qint64 to = report.to.toSecsSinceEpoch();
    // The incident scan is the largest read of single tickets: it runs beside the rest, on
    // its own connection (SQLite in WAL mode lets readers work in parallel).
    QList<Incident> incidents;
    QString incidentError;
    std::future<bool> incidentsFound = std::async(std::launch::async, [&] {
        bool found = false;
        {
            const QSqlDatabase own = database.connection();
            found = findIncidents(own, thresholds, from, to, &incidents, &incidentError);
        }
        database.closeThreadConnection();
        return found;
    });
    const QSqlDatabase db = database.connection();
    // Counts come from the daily rollup (this period and the one of equal length before);
    // only what needs single tickets (medians, breaches, customers, incidents) reads them.
    PeriodRows current, previous;
    const auto failed = [&] {
        incidentsFound.wait();
        return std::nullopt;
    };
    if (!current.load(db, from, to, error) || !previous.load(db, from - (to - from), from, error))
        return failed();
    report.total = current.total().tickets;
    report.previousTotal = previous.total().tickets;
    const qint64 t = report.total;
    const std::array<std::pair<QString, QList<CountRow>*>, 4> volumes{
        {{QStringLiteral("category"), &report.byCategory},
         {QStringLiteral("priority"), &report.byPriority},
         {QStringLiteral("status"), &report.byStatus},
         {QStringLiteral("channel"), &report.byChannel}}};
    for (const auto& [dimension, target] : volumes)
        *target = countBy(current, previous, dimension, t, 0);
    const int n = thresholds.topN;
    report.topDeviceModels = countBy(current, previous, QStringLiteral("device_model"), t, n);
    report.topOs = countBy(current, previous, QStringLiteral("os"), t, n);
    report.topRegions = countBy(current, previous, QStringLiteral("region"), t, n);
    report.topScenarios = countBy(current, previous, QStringLiteral("scenario"), t, n);
    report.topNetworks = countBy(current, previous, QStringLiteral("network"), t, n);
    volume(current, from, to, bucket, &report);
    rootCauses(current, &report);
    const bool ok =
        slaRows(db, current, policy, from, to, now.toSecsSinceEpoch(), &report, error)
        && recurring(db, current, from, to, &report, error)
        && addReplyQuality(database, from, to, now.toSecsSinceEpoch(), &report, error);
    if (!ok)
        return failed();
    addRecommendations(current, thresholds, &report);
    if (!incidentsFound.get()) {
        *error = incidentError;
        return std::nullopt;
    }
    report.incidents = incidents;
    return report;
}

} // namespace rtcare
