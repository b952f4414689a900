// SPDX-License-Identifier: MIT
#include "reports/periodreport.h"

#include "model/category.h"
#include "model/inputlimits.h"
#include "reports/periodrows.h"
#include "reports/periodscan.h"
#include "reports/recommendations.h"
#include "reports/reportsql.h"
#include "reports/slaattainment.h"
#include "reports/volumebuckets.h"
#include "sla/policy.h"
#include "storage/database.h"
#include "storage/sqldialect.h"

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
                            "%1WHERE recurring = 1 AND created_at >= ? AND created_at < ? "
                            "GROUP BY 1")
                 .arg(sqldialect::engineOf(db) == sqldialect::Engine::SQLite
                          ? QStringLiteral("INDEXED BY tickets_recurring ")
                          : QString()),
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
    const qint64 days = reportsql::spanDays(from, to);
    if (days > limits::kReportSpanDays)
        return QStringLiteral("the period spans %1 days; a report covers at most %2 days (three "
                              "years): choose a shorter period")
            .arg(QLocale(QLocale::English).toString(days),
                 QLocale(QLocale::English).toString(limits::kReportSpanDays));
    const BucketSize size = reportsql::chosenBucket(days, bucket);
    const qint64 buckets = reportsql::bucketCount(from, to, size, limits::kReportBuckets);
    if (buckets > limits::kReportBuckets)
        return QStringLiteral("one bar per %1 makes more than %2 bars, the limit of the volume "
                              "chart: choose week or month buckets, or a shorter period")
            .arg(bucketSizeId(size))
            .arg(limits::kReportBuckets);
    return {};
}

QTimeZone reportTimeZone(const SlaPolicy& policy, const QString& zoneId)
{
    const QByteArray id = zoneId.trimmed().toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    return policy.teamTimeZone();
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
                                          BucketSize bucket, const QTimeZone& zone)
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
    report.zone = zone.isValid() ? zone : QTimeZone::utc();
    const qint64 from = report.from.toSecsSinceEpoch();
    const qint64 to = report.to.toSecsSinceEpoch();
    // What needs single tickets (incidents, first-response times per tier and agent) is read
    // in one pass beside the rest, on its own connection (SQLite in WAL mode lets readers
    // work in parallel; the server has a session per connection).
    reportsql::PeriodScan scan;
    QString scanError;
    std::future<bool> scanned = std::async(std::launch::async, [&] {
        bool read = false;
        {
            const QSqlDatabase own = database.connection();
            read = reportsql::scanPeriod(own, thresholds, from, to, now.toSecsSinceEpoch(),
                                         report.zone, &scan, &scanError);
        }
        database.closeThreadConnection();
        return read;
    });
    const QSqlDatabase db = database.connection();
    // Counts come from the daily rollup (this period and the one of equal length before);
    // only what needs single tickets (medians, breaches, customers, incidents) reads them.
    PeriodRows current, previous;
    const auto failed = [&] {
        scanned.wait();
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
    rootCauses(current, &report);
    const bool ok =
        reportsql::fillVolume(db, current, from, to, bucket, report.zone, &report, error)
        && recurring(db, current, from, to, &report, error)
        && addReplyQuality(database, from, to, now.toSecsSinceEpoch(), &report, error);
    if (!ok)
        return failed();
    if (!scanned.get()) {
        *error = scanError;
        return std::nullopt;
    }
    if (!reportsql::fillSla(db, current, scan, policy, from, to, now.toSecsSinceEpoch(), &report,
                            error))
        return std::nullopt;
    addRecommendations(current, thresholds, &report);
    report.incidents = std::move(scan.incidents);
    return report;
}

} // namespace rtcare
