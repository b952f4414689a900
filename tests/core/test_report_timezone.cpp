// SPDX-License-Identifier: MIT
// Reports count on the team's calendar: days, weeks and months start at local midnight in
// the team's time zone, and every time a report shows carries that zone's offset.
#include "catch.h"
#include "reportdata.h"
#include "testsupport.h"

#include "model/category.h"
#include "reports/periodreport.h"
#include "reports/reportexport.h"
#include "reports/reportlabels.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>

using namespace rtcare;
using namespace rtcare::test;

namespace {

PeriodReport compute(const TempDatabase& db, QDate first, QDate last, const QTimeZone& zone,
                     BucketSize size = BucketSize::Day)
{
    QString error;
    const std::optional<PeriodReport> report =
        computeReport(*db.database, SlaPolicy::builtIn(), first.startOfDay(zone),
                      last.addDays(1).startOfDay(zone), utc("2026-12-31T00:00:00Z"),
                      ReportThresholds::builtIn(), &error, size, zone);
    INFO(error.toStdString());
    REQUIRE(report);
    return *report;
}

QDate bucketOf(QDate day, BucketSize size)
{
    if (size == BucketSize::Week)
        return day.addDays(1 - day.dayOfWeek());
    if (size == BucketSize::Month)
        return QDate(day.year(), day.month(), 1);
    return day;
}

struct Expected
{
    QMap<QString, qint64> byCategory, byPriority, byStatus;
    qint64 recurring = 0;
};

// Counts every ticket straight from the table, by the local date of its creation.
QMap<QDate, Expected> recount(const Database& database, const PeriodReport& report)
{
    QMap<QDate, Expected> expected;
    QSqlQuery q(database.connection());
    REQUIRE(q.exec(
        QStringLiteral("SELECT created_at, category, priority, status, recurring FROM tickets")));
    while (q.next()) {
        const QDateTime created = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        if (created < report.from || created >= report.to)
            continue;
        Expected& e = expected[bucketOf(created.toTimeZone(report.zone).date(), report.bucket)];
        ++e.byCategory[q.value(1).toString()];
        ++e.byPriority[q.value(2).toString()];
        ++e.byStatus[q.value(3).toString()];
        e.recurring += q.value(4).toLongLong();
    }
    return expected;
}

QMap<QString, qint64> sorted(const QHash<QString, qint64>& counts)
{
    QMap<QString, qint64> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

} // namespace

TEST_CASE("report: a Beijing team's day runs from midnight to midnight in Beijing",
          "[reports][timezone]")
{
    TempDatabase db;
    const QTimeZone beijing("Asia/Shanghai");
    // 23:59:59 and 00:00:00 in Beijing around the 4th/5th and the 5th/6th of December.
    for (const char* at : {"2026-12-04T15:59:59Z", "2026-12-04T16:00:00Z", "2026-12-04T16:30:00Z",
                           "2026-12-05T15:59:59Z", "2026-12-05T16:00:00Z"})
        insertRow(*db.database, {utc(at).toSecsSinceEpoch(), QStringLiteral("network")});
    const PeriodReport report = compute(db, QDate(2026, 12, 4), QDate(2026, 12, 6), beijing);
    REQUIRE(report.volume.size() == 3);
    const auto tickets = [&](int i) {
        qint64 sum = 0;
        for (qint64 count : report.volume.at(i).byCategory)
            sum += count;
        return sum;
    };
    CHECK(report.volume.at(0).start == QDate(2026, 12, 4));
    CHECK(tickets(0) == 1); // 23:59:59 on the 4th
    CHECK(tickets(1) == 3); // 00:00, 00:30 and 23:59:59 on the 5th
    CHECK(tickets(2) == 1); // 00:00 on the 6th
    CHECK(report.total == 5);

    const QJsonObject json = reportJson(report);
    CHECK(json.value(QStringLiteral("time_zone")).toString() == QStringLiteral("Asia/Shanghai"));
    CHECK(json.value(QStringLiteral("from")).toString() ==
          QStringLiteral("2026-12-04T00:00:00+08:00"));
    CHECK(json.value(QStringLiteral("to")).toString() ==
          QStringLiteral("2026-12-07T00:00:00+08:00"));
    CHECK(json.value(QStringLiteral("volume"))[1][QStringLiteral("start")].toString() ==
          QStringLiteral("2026-12-05"));
    // The breaches' due times are on the team's clock too: the first ticket was due 15
    // minutes after 23:59:59.
    CHECK(json.value(QStringLiteral("breaches"))[0][QStringLiteral("due")].toString() ==
          QStringLiteral("2026-12-05T00:14:59+08:00"));
    const QString csv = reportCsv(report);
    CHECK(csv.contains(QStringLiteral("2026-12-04T00:00:00+08:00,2026-12-07T00:00:00+08:00,"
                                      "Asia/Shanghai,5,")));
    CHECK(reportPeriodDays(report) == QStringLiteral("2026-12-04 – 2026-12-06"));

    // The same tickets on UTC days: two on the 4th, two on the 5th.
    const PeriodReport inUtc =
        compute(db, QDate(2026, 12, 4), QDate(2026, 12, 5), QTimeZone::utc());
    REQUIRE(inUtc.volume.size() == 2);
    CHECK(inUtc.volume.at(0).byCategory.at(0) == 3);
    CHECK(inUtc.volume.at(1).byCategory.at(0) == 2);
}

TEST_CASE("report: every bucket equals a recount by local date, in zones ahead of and "
          "behind UTC, with half-hour offsets and across a DST change",
          "[reports][timezone]")
{
    TempDatabase db;
    QRandomGenerator random(20261101);
    const QStringList categories{QStringLiteral("network"), QStringLiteral("av_quality"),
                                 QStringLiteral("feature"), QStringLiteral("compatibility"),
                                 QStringLiteral("other")};
    const QStringList tiers{QStringLiteral("high"), QStringLiteral("medium_high"),
                            QStringLiteral("medium"), QStringLiteral("medium_low")};
    const QStringList statuses{QStringLiteral("new"), QStringLiteral("resolved"),
                               QStringLiteral("closed")};
    const qint64 start = utc("2026-10-18T00:00:00Z").toSecsSinceEpoch();
    const qint64 span = 40 * 86400;
    for (int i = 0; i < 900; ++i) {
        Row row(start + qint64(random.bounded(span)), categories.at(random.bounded(5)),
                tiers.at(random.bounded(4)), statuses.at(random.bounded(3)));
        row.contact = QStringLiteral("c%1").arg(random.bounded(60)); // some come back
        insertRow(*db.database, row);
    }
    // Tickets a second either side of local midnights in each zone.
    const QStringList zones{QStringLiteral("UTC"), QStringLiteral("Asia/Shanghai"),
                            QStringLiteral("America/New_York"), QStringLiteral("Asia/Kolkata"),
                            QStringLiteral("Australia/Lord_Howe")};
    for (const QString& id : zones) {
        const QTimeZone zone(id.toUtf8());
        for (QDate day(2026, 10, 26); day <= QDate(2026, 11, 14); day = day.addDays(3)) {
            const qint64 midnight = day.startOfDay(zone).toSecsSinceEpoch();
            for (qint64 at : {midnight - 1, midnight, midnight + 1})
                insertRow(*db.database, {at, categories.at(random.bounded(5)),
                                         tiers.at(random.bounded(4)), QStringLiteral("new")});
        }
    }
    for (const QString& id : zones)
        for (BucketSize size : {BucketSize::Day, BucketSize::Week, BucketSize::Month}) {
            const QTimeZone zone(id.toUtf8());
            // New York leaves daylight saving time on 1 November 2026 (a 25-hour day).
            const PeriodReport report =
                compute(db, QDate(2026, 10, 25), QDate(2026, 11, 14), zone, size);
            const QMap<QDate, Expected> expected = recount(*db.database, report);
            INFO(id.toStdString() << " " << bucketSizeId(size).toStdString());
            qint64 total = 0;
            for (const VolumeBucket& bucket : report.volume) {
                INFO(bucket.start.toString(Qt::ISODate).toStdString());
                const Expected e = expected.value(bucket.start);
                QMap<QString, qint64> byCategory;
                for (qsizetype c = 0; c < bucket.byCategory.size(); ++c)
                    if (bucket.byCategory.at(c) != 0)
                        byCategory.insert(categoryId(kAllCategories[std::size_t(c)]),
                                          bucket.byCategory.at(c));
                CHECK(byCategory == e.byCategory);
                CHECK(sorted(bucket.byPriority) == e.byPriority);
                CHECK(sorted(bucket.byStatus) == e.byStatus);
                CHECK(bucket.recurring == e.recurring);
                for (qint64 count : bucket.byCategory)
                    total += count;
            }
            CHECK(total == report.total);
            CHECK(expected.size() <= report.volume.size());
        }
}
