// SPDX-License-Identifier: MIT
#include "reports/recommendations.h"

#include "reports/reportsql.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace rtcare {

namespace {

using reportsql::run;

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

// A value of `column` holding an unusually high share of the period's complaints of the
// given categories: at least minTickets, and a share at least factor x the even share.
bool concentrated(const QSqlDatabase& db, const QString& kind, const QString& column,
                  const QStringList& categories, int minTickets, double factor, qint64 from,
                  qint64 to, PeriodReport* report, QString* error)
{
    QVariantList values{from, to};
    for (const QString& category : categories)
        values << category;
    QList<QPair<QString, qint64>> counts;
    qint64 total = 0;
    if (!run(db,
             QStringLiteral("SELECT %1, COUNT(*) FROM temp.report_slice WHERE created_at >= ? AND "
                            "created_at < ? AND %1 <> '' AND category IN (%2) GROUP BY 1 "
                            "ORDER BY 2 DESC, 1")
                 .arg(column, placeholders(categories.size())),
             values,
             [&](const QSqlQuery& q) {
                 counts.append({q.value(0).toString(), q.value(1).toLongLong()});
                 total += counts.last().second;
             },
             error))
        return false;
    if (counts.size() < 2 || total == 0)
        return true;
    const double evenPct = 100.0 / double(counts.size());
    for (const auto& [name, count] : counts) {
        const double sharePct = 100.0 * double(count) / double(total);
        if (count < minTickets || sharePct < factor * evenPct)
            continue;
        report->recommendations.append(
            {kind, name,
             QJsonObject{{QStringLiteral("tickets"), count},
                         {QStringLiteral("of_tickets"), total},
                         {QStringLiteral("categories"), QJsonArray::fromStringList(categories)},
                         {QStringLiteral("share_pct"), round1(sharePct)},
                         {QStringLiteral("even_share_pct"), round1(evenPct)},
                         {QStringLiteral("values_compared"), counts.size()}}});
    }
    return true;
}

bool reworkScenario(const QSqlDatabase& db, const ReportThresholds& thresholds, qint64 from,
                    qint64 to, PeriodReport* report, QString* error)
{
    QHash<QString, qint64> totals;
    if (!run(db,
             QStringLiteral("SELECT scenario, COUNT(*) FROM temp.report_slice WHERE created_at >= ? AND "
                            "created_at < ? AND scenario <> '' GROUP BY 1"),
             {from, to},
             [&](const QSqlQuery& q) {
                 totals.insert(q.value(0).toString(), q.value(1).toLongLong());
             },
             error))
        return false;
    for (const CountRow& row : std::as_const(report->recurringByScenario)) {
        const qint64 tickets = totals.value(row.name);
        if (row.name.isEmpty() || tickets == 0)
            continue;
        const double pct = 100.0 * double(row.count) / double(tickets);
        if (row.count < thresholds.scenarioMinRecurring || pct < thresholds.scenarioMinRecurringPct)
            continue;
        report->recommendations.append(
            {QStringLiteral("rework_scenario"), row.name,
             QJsonObject{{QStringLiteral("recurring_tickets"), row.count},
                         {QStringLiteral("tickets"), tickets},
                         {QStringLiteral("recurring_pct"), round1(pct)},
                         {QStringLiteral("window_days"), 7}}});
    }
    return true;
}

bool incidents(const QSqlDatabase& db, const ReportThresholds& thresholds, qint64 from,
               qint64 to, PeriodReport* report, QString* error)
{
    const qint64 window = qint64(std::max(1, thresholds.incidentWindowMinutes)) * 60;
    return run(db,
               QStringLiteral("SELECT category, region, created_at / ?, COUNT(*) FROM temp.report_slice "
                              "WHERE created_at >= ? AND created_at < ? AND region <> '' "
                              "GROUP BY 1, 2, 3 HAVING COUNT(*) >= ? ORDER BY 3, 1, 2"),
               {window, from, to, thresholds.incidentMinTickets},
               [&](const QSqlQuery& q) {
                   report->incidents.append(
                       {q.value(0).toString(), q.value(1).toString(),
                        QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong() * window,
                                                      Qt::UTC),
                        q.value(3).toLongLong()});
               },
               error);
}

} // namespace

bool addRecommendations(const Database& database, qint64 from, qint64 to,
                        const ReportThresholds& thresholds, PeriodReport* report,
                        QString* error)
{
    const QSqlDatabase db = database.connection();
    return concentrated(db, QStringLiteral("device_adaptation"), QStringLiteral("device_model"),
                        thresholds.deviceCategories, thresholds.deviceMinTickets,
                        thresholds.deviceShareFactor, from, to, report, error)
           && concentrated(db, QStringLiteral("add_server_nodes"), QStringLiteral("region"),
                           thresholds.regionCategories, thresholds.regionMinTickets,
                           thresholds.regionShareFactor, from, to, report, error)
           && reworkScenario(db, thresholds, from, to, report, error)
           && incidents(db, thresholds, from, to, report, error);
}

std::optional<ReportThresholds> ReportThresholds::fromJson(const QByteArray& json,
                                                           const QString& source, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("%1: not a JSON object (%2)").arg(source, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    ReportThresholds t;
    const auto list = [](const QJsonValue& value, const QStringList& fallback) {
        QStringList out;
        for (const QJsonValue& item : value.toArray())
            out << item.toString();
        return out.isEmpty() ? fallback : out;
    };
    t.topN = root.value(QStringLiteral("top_n")).toInt(t.topN);
    const QJsonObject device = root.value(QStringLiteral("device_adaptation")).toObject();
    t.deviceCategories = list(device.value(QStringLiteral("categories")), t.deviceCategories);
    t.deviceMinTickets = device.value(QStringLiteral("min_tickets")).toInt(t.deviceMinTickets);
    t.deviceShareFactor =
        device.value(QStringLiteral("share_factor")).toDouble(t.deviceShareFactor);
    const QJsonObject region = root.value(QStringLiteral("add_server_nodes")).toObject();
    t.regionCategories = list(region.value(QStringLiteral("categories")), t.regionCategories);
    t.regionMinTickets = region.value(QStringLiteral("min_tickets")).toInt(t.regionMinTickets);
    t.regionShareFactor =
        region.value(QStringLiteral("share_factor")).toDouble(t.regionShareFactor);
    const QJsonObject scenario = root.value(QStringLiteral("rework_scenario")).toObject();
    t.scenarioMinRecurring =
        scenario.value(QStringLiteral("min_recurring_tickets")).toInt(t.scenarioMinRecurring);
    t.scenarioMinRecurringPct =
        scenario.value(QStringLiteral("min_recurring_pct")).toDouble(t.scenarioMinRecurringPct);
    const QJsonObject incident = root.value(QStringLiteral("incident")).toObject();
    t.incidentWindowMinutes =
        incident.value(QStringLiteral("window_minutes")).toInt(t.incidentWindowMinutes);
    t.incidentMinTickets = incident.value(QStringLiteral("min_tickets")).toInt(t.incidentMinTickets);
    if (t.topN <= 0 || t.deviceMinTickets <= 0 || t.regionMinTickets <= 0
        || t.incidentMinTickets <= 0 || t.incidentWindowMinutes <= 0) {
        *error = QStringLiteral("%1: counts and windows must be positive").arg(source);
        return std::nullopt;
    }
    return t;
}

ReportThresholds ReportThresholds::builtIn()
{
    QFile file(QStringLiteral(":/rtcare/reports/recommendations.json"));
    QString error;
    if (file.open(QIODevice::ReadOnly))
        if (auto t = fromJson(file.readAll(), file.fileName(), &error))
            return *t;
    return {};
}

} // namespace rtcare
