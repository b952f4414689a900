// SPDX-License-Identifier: MIT
#include "reports/periodreport.h"

#include "model/category.h"
#include "reports/recommendations.h"
#include "reports/reportsql.h"
#include "sla/policy.h"
#include "storage/database.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlError>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

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

using reportsql::run;

double share(qint64 count, qint64 total)
{
    return total > 0 ? std::round(double(count) * 1000.0 / double(total)) / 10.0 : 0.0;
}

// Counts per value of `column` in [from, to) and in the period before; empty values left out
// of top lists (limit > 0), kept as they are otherwise.
bool countBy(const QSqlDatabase& db, const QString& column, qint64 from, qint64 to,
             qint64 total, int limit, QList<CountRow>* rows, QString* error)
{
    const qint64 previousFrom = from - (to - from);
    const QString skipEmpty =
        limit > 0 ? QStringLiteral(" AND %1 <> ''").arg(column) : QString();
    const QString sql =
        QStringLiteral("SELECT %1, SUM(created_at >= ?), SUM(created_at < ?) FROM temp.report_slice "
                       "WHERE created_at >= ? AND created_at < ?%2 GROUP BY %1 "
                       "HAVING SUM(created_at >= ?) > 0 ORDER BY 2 DESC, 1")
            .arg(column, skipEmpty);
    if (!run(db, sql, {from, from, previousFrom, to, from},
             [&](const QSqlQuery& q) {
                 if (limit > 0 && rows->size() >= limit)
                     return;
                 CountRow row;
                 row.name = q.value(0).toString();
                 row.count = q.value(1).toLongLong();
                 row.previous = q.value(2).toLongLong();
                 row.sharePct = share(row.count, total);
                 rows->append(row);
             },
             error))
        return false;
    return true;
}

// Category, priority, status and channel counts (this period and the one before) from one
// grouped scan; the few hundred groups are rolled up per column.
bool volumes(const QSqlDatabase& db, qint64 from, qint64 to, PeriodReport* report,
             QString* error)
{
    std::array<QHash<QString, std::pair<qint64, qint64>>, 4> columns;
    if (!run(db,
             QStringLiteral("SELECT created_at >= ?, category, priority, status, channel, "
                            "COUNT(*) FROM temp.report_slice WHERE created_at >= ? AND "
                            "created_at < ? GROUP BY 1, 2, 3, 4, 5"),
             {from, from - (to - from), to},
             [&](const QSqlQuery& q) {
                 const bool current = q.value(0).toBool();
                 const qint64 count = q.value(5).toLongLong();
                 for (int c = 0; c < 4; ++c) {
                     auto& cell = columns[std::size_t(c)][q.value(c + 1).toString()];
                     (current ? cell.first : cell.second) += count;
                 }
             },
             error))
        return false;
    const std::array<QList<CountRow>*, 4> targets{&report->byCategory, &report->byPriority,
                                                  &report->byStatus, &report->byChannel};
    for (std::size_t c = 0; c < 4; ++c) {
        for (auto it = columns[c].cbegin(); it != columns[c].cend(); ++it)
            if (it.value().first > 0)
                targets[c]->append({it.key(), it.value().first,
                                    share(it.value().first, report->total), it.value().second});
        std::sort(targets[c]->begin(), targets[c]->end(), [](const CountRow& a, const CountRow& b) {
            return a.count != b.count ? a.count > b.count : a.name < b.name;
        });
    }
    return true;
}

bool slaRows(const QSqlDatabase& db, const SlaPolicy& policy, qint64 from, qint64 to,
             qint64 now, PeriodReport* report, QString* error)
{
    QHash<QString, SlaRow> byTier;
    if (!run(db,
             QStringLiteral(
                 "SELECT priority, COUNT(*), SUM(first_response_at IS NOT NULL), "
                 "SUM(first_response_at IS NOT NULL AND first_response_at <= first_response_due), "
                 "SUM((first_response_at IS NOT NULL AND first_response_at > first_response_due) "
                 "OR (first_response_at IS NULL AND first_response_due < ?)) "
                 "FROM temp.report_slice WHERE created_at >= ? AND created_at < ? GROUP BY priority"),
             {now, from, to},
             [&](const QSqlQuery& q) {
                 SlaRow row;
                 row.tier = q.value(0).toString();
                 row.tickets = q.value(1).toLongLong();
                 row.responded = q.value(2).toLongLong();
                 row.met = q.value(3).toLongLong();
                 row.missed = q.value(4).toLongLong();
                 const qint64 due = row.met + row.missed;
                 row.attainmentPct = due > 0 ? share(row.met, due) : 100.0;
                 byTier.insert(row.tier, row);
             },
             error))
        return false;
    QStringList order;
    for (const Tier& tier : policy.tiers())
        order << tier.id;
    for (auto it = byTier.cbegin(); it != byTier.cend(); ++it)
        if (!order.contains(it.key()))
            order << it.key();
    for (const QString& tier : order) {
        if (!byTier.contains(tier))
            continue;
        SlaRow row = byTier.value(tier);
        report->sla.append(row);
    }
    // Median and p90, nearest rank, in one pass: rank each responded ticket in its tier.
    if (!run(db,
             QStringLiteral(
                 "SELECT priority, rank, n, rt FROM (SELECT priority, first_response_at - "
                 "created_at AS rt, ROW_NUMBER() OVER (PARTITION BY priority ORDER BY "
                 "first_response_at - created_at) AS rank, COUNT(*) OVER (PARTITION BY "
                 "priority) AS n FROM temp.report_slice WHERE created_at >= ? AND created_at < ? "
                 "AND first_response_at IS NOT NULL) WHERE rank = (n + 1) / 2 "
                 "OR rank = (9 * n + 9) / 10"),
             {from, to},
             [&](const QSqlQuery& q) {
                 for (SlaRow& row : report->sla) {
                     if (row.tier != q.value(0).toString())
                         continue;
                     const qint64 rank = q.value(1).toLongLong(), n = q.value(2).toLongLong();
                     if (rank == (n + 1) / 2)
                         row.medianFirstResponseS = q.value(3).toLongLong();
                     if (rank == (9 * n + 9) / 10)
                         row.p90FirstResponseS = q.value(3).toLongLong();
                 }
             },
             error))
        return false;
    return run(db,
               QStringLiteral(
                   "SELECT number, priority, first_response_due, first_response_at FROM temp.report_slice "
                   "WHERE created_at >= ? AND created_at < ? AND "
                   "((first_response_at IS NOT NULL AND first_response_at > first_response_due) "
                   "OR (first_response_at IS NULL AND first_response_due < ?)) "
                   "ORDER BY created_at, id"),
               {from, to, now},
               [&](const QSqlQuery& q) {
                   ++report->breachCount;
                   if (report->breaches.size() >= 100)
                       return;
                   Breach breach;
                   breach.number = q.value(0).toString();
                   breach.tier = q.value(1).toString();
                   breach.due = QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong(),
                                                              Qt::UTC);
                   if (!q.value(3).isNull())
                       breach.respondedAt = QDateTime::fromSecsSinceEpoch(
                           q.value(3).toLongLong(), Qt::UTC);
                   report->breaches.append(breach);
               },
               error);
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

bool volume(const QSqlDatabase& db, qint64 from, qint64 to, BucketSize size,
            PeriodReport* report, QString* error)
{
    const qint64 days = std::max<qint64>(1, (to - from + 86399) / 86400);
    if (size == BucketSize::Automatic)
        size = days <= 62 ? BucketSize::Day : days <= 26 * 7 ? BucketSize::Week : BucketSize::Month;
    report->bucket = size;
    const QDate first = QDateTime::fromSecsSinceEpoch(from, Qt::UTC).date();
    const QDate last = QDateTime::fromSecsSinceEpoch(to - 1, Qt::UTC).date();
    for (QDate start = bucketStart(first, size); start <= last; start = nextBucket(start, size))
        report->volume.append({start, QList<qint64>(kAllCategories.size(), 0)});
    return run(db,
               QStringLiteral("SELECT created_at / 86400, category, COUNT(*) FROM temp.report_slice "
                              "WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2"),
               {from, to},
               [&](const QSqlQuery& q) {
                   const qsizetype bucket = bucketOf(
                       report->volume, QDate(1970, 1, 1).addDays(q.value(0).toLongLong()));
                   const std::optional<Category> category =
                       categoryFromId(q.value(1).toString());
                   if (bucket < 0 || !category)
                       return;
                   report->volume[bucket].byCategory[qsizetype(*category)] +=
                       q.value(2).toLongLong();
               },
               error);
}

// A recurring complaint: the same customer (contact) filed another ticket in the 7 days
// before this one. The customer's previous ticket (LAG over the contact's tickets) decides.
bool recurring(const QSqlDatabase& db, qint64 from, qint64 to, PeriodReport* report,
               QString* error)
{
    QHash<QString, qint64> byCategory, byScenario;
    QHash<QString, RecurringCustomer> customers;
    if (!run(db,
             QStringLiteral(
                 "SELECT category, scenario, customer_contact, MAX(customer_name), COUNT(*), "
                 "created_at / 86400 "
                 "FROM (SELECT created_at, category, scenario, customer_contact, customer_name, "
                 "created_at - LAG(created_at) OVER (PARTITION BY customer_contact "
                 "ORDER BY created_at, id) AS gap FROM temp.report_slice "
                 "WHERE created_at >= ? AND created_at < ? AND customer_contact <> '') "
                 "WHERE created_at >= ? AND gap <= 604800 GROUP BY 1, 2, 3, 6"),
             {from - 604800, to, from},
             [&](const QSqlQuery& q) {
                 const qint64 count = q.value(4).toLongLong();
                 report->recurringTickets += count;
                 byCategory[q.value(0).toString()] += count;
                 byScenario[q.value(1).toString()] += count;
                 RecurringCustomer& customer = customers[q.value(2).toString()];
                 customer.contact = q.value(2).toString();
                 customer.name = std::max(customer.name, q.value(3).toString());
                 customer.tickets += count;
                 const qsizetype bucket = bucketOf(
                     report->volume, QDate(1970, 1, 1).addDays(q.value(5).toLongLong()));
                 if (bucket >= 0)
                     report->volume[bucket].recurring += count;
             },
             error))
        return false;
    report->recurringCustomers = customers.size();
    const auto rows = [&](const QHash<QString, qint64>& counts, QList<CountRow>* out) {
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out->append({it.key(), it.value(), share(it.value(), report->recurringTickets)});
        std::sort(out->begin(), out->end(), [](const CountRow& a, const CountRow& b) {
            return a.count != b.count ? a.count > b.count : a.name < b.name;
        });
    };
    rows(byCategory, &report->recurringByCategory);
    rows(byScenario, &report->recurringByScenario);
    QList<RecurringCustomer> top = customers.values();
    std::sort(top.begin(), top.end(), [](const RecurringCustomer& a, const RecurringCustomer& b) {
        return a.tickets != b.tickets ? a.tickets > b.tickets : a.contact < b.contact;
    });
    report->recurringTop = top.mid(0, 10);
    return true;
}

bool rootCauses(const QSqlDatabase& db, qint64 from, qint64 to, PeriodReport* report,
                QString* error)
{
    if (!run(db,
             QStringLiteral("SELECT COUNT(*), SUM(root_cause_hypothesis = root_cause) FROM "
                            "temp.report_slice WHERE created_at >= ? AND created_at < ? AND "
                            "root_cause <> ''"),
             {from, to},
             [&](const QSqlQuery& q) {
                 report->resolvedWithCause = q.value(0).toLongLong();
                 report->hypothesisConfirmed = q.value(1).toLongLong();
             },
             error))
        return false;
    const auto by = [&](const QString& column, QList<CountRow>* rows) {
        qint64 total = 0;
        const bool ok = run(db,
                            QStringLiteral("SELECT %1, COUNT(*) FROM temp.report_slice WHERE created_at >= "
                                           "? AND created_at < ? AND %1 <> '' GROUP BY 1 "
                                           "ORDER BY 2 DESC, 1")
                                .arg(column),
                            {from, to},
                            [&](const QSqlQuery& q) {
                                rows->append({q.value(0).toString(), q.value(1).toLongLong()});
                                total += rows->last().count;
                            },
                            error);
        for (CountRow& row : *rows)
            row.sharePct = share(row.count, total);
        return ok;
    };
    return by(QStringLiteral("root_cause"), &report->rootCauses)
           && by(QStringLiteral("root_cause_hypothesis"), &report->hypotheses);
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
    PeriodReport report;
    report.from = fromTime.toUTC();
    report.to = toTime.toUTC();
    const qint64 from = report.from.toSecsSinceEpoch();
    const qint64 to = report.to.toSecsSinceEpoch();
    const QSqlDatabase db = database.connection();
    // Every aggregate reads one narrow copy of the rows it needs (the period, the period
    // before, and the week before for recurring complaints): one pass over the big table.
    const qint64 sliceFrom = std::min(from - (to - from), from - 604800);
    // Created once per connection, emptied after use (DROP would fail while any other
    // statement of the connection is active).
    const QString empty = QStringLiteral("DELETE FROM temp.report_slice");
    QString ignored;
    if (!run(db,
             QStringLiteral(
                 "CREATE TEMP TABLE IF NOT EXISTS report_slice (id INTEGER, number TEXT, "
                 "created_at INTEGER, customer_name TEXT, customer_contact TEXT, channel TEXT, "
                 "category TEXT, priority TEXT, status TEXT, scenario TEXT, network TEXT, "
                 "device_model TEXT, os TEXT, region TEXT, root_cause TEXT, "
                 "root_cause_hypothesis TEXT, first_response_due INTEGER, "
                 "first_response_at INTEGER)"),
             {}, [](const QSqlQuery&) {}, error)
        || !run(db, empty, {}, [](const QSqlQuery&) {}, error)
        || !run(db,
                QStringLiteral(
                    "INSERT INTO temp.report_slice SELECT id, number, created_at, "
                    "customer_name, customer_contact, channel, category, priority, status, "
                    "scenario, network, device_model, os, region, root_cause, "
                    "root_cause_hypothesis, first_response_due, first_response_at FROM tickets "
                    "WHERE created_at >= ? AND created_at < ?"),
                {sliceFrom, to}, [](const QSqlQuery&) {}, error))
        return std::nullopt;
    const auto cleanUp = qScopeGuard([&] {
        (void)run(db, empty, {}, [](const QSqlQuery&) {}, &ignored);
    });
    if (!run(db,
             QStringLiteral("SELECT SUM(created_at >= ?), SUM(created_at < ?) FROM temp.report_slice "
                            "WHERE created_at >= ? AND created_at < ?"),
             {from, from, from - (to - from), to},
             [&](const QSqlQuery& q) {
                 report.total = q.value(0).toLongLong();
                 report.previousTotal = q.value(1).toLongLong();
             },
             error))
        return std::nullopt;
    const int n = thresholds.topN;
    const qint64 t = report.total;
    const bool ok =
        volumes(db, from, to, &report, error)
        && countBy(db, QStringLiteral("device_model"), from, to, t, n, &report.topDeviceModels,
                   error)
        && countBy(db, QStringLiteral("os"), from, to, t, n, &report.topOs, error)
        && countBy(db, QStringLiteral("region"), from, to, t, n, &report.topRegions, error)
        && countBy(db, QStringLiteral("scenario"), from, to, t, n, &report.topScenarios, error)
        && countBy(db, QStringLiteral("network"), from, to, t, n, &report.topNetworks, error)
        && volume(db, from, to, bucket, &report, error)
        && slaRows(db, policy, from, to, now.toSecsSinceEpoch(), &report, error)
        && recurring(db, from, to, &report, error) && rootCauses(db, from, to, &report, error)
        && addRecommendations(database, from, to, thresholds, &report, error);
    if (!ok)
        return std::nullopt;
    return report;
}

} // namespace rtcare
