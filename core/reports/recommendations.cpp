// SPDX-License-Identifier: MIT
#include "reports/recommendations.h"

#include "reports/periodrows.h"
#include "reports/reportsql.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace rtcare {

namespace {

using reportsql::run;

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

// A value of `dimension` holding an unusually high share of the period's complaints of the
// given categories: at least minTickets, and a share at least factor x the even share.
void concentrated(const reportsql::PeriodRows& rows, const QString& kind,
                  const QString& dimension, const QStringList& categories, int minTickets,
                  double factor, PeriodReport* report)
{
    QList<QPair<QString, qint64>> counts;
    qint64 total = 0;
    const QHash<QString, reportsql::Counters> values = rows.values(dimension, categories);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it.key().isEmpty() && it->tickets > 0) {
            counts.append({it.key(), it->tickets});
            total += it->tickets;
        }
    if (counts.size() < 2 || total == 0)
        return;
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    const double evenPct = 100.0 / double(counts.size());
    for (const auto& [name, count] : std::as_const(counts)) {
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
}

void reworkScenario(const reportsql::PeriodRows& rows, const ReportThresholds& thresholds,
                    PeriodReport* report)
{
    const QHash<QString, reportsql::Counters> totals = rows.values(QStringLiteral("scenario"));
    for (const CountRow& row : std::as_const(report->recurringByScenario)) {
        const qint64 tickets = totals.value(row.name).tickets;
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
}

} // namespace

void addRecommendations(const reportsql::PeriodRows& rows, const ReportThresholds& thresholds,
                        PeriodReport* report)
{
    concentrated(rows, QStringLiteral("device_adaptation"), QStringLiteral("device_model"),
                 thresholds.deviceCategories, thresholds.deviceMinTickets,
                 thresholds.deviceShareFactor, report);
    concentrated(rows, QStringLiteral("add_server_nodes"), QStringLiteral("region"),
                 thresholds.regionCategories, thresholds.regionMinTickets,
                 thresholds.regionShareFactor, report);
    reworkScenario(rows, thresholds, report);
}

bool findIncidents(const QSqlDatabase& db, const ReportThresholds& thresholds, qint64 from,
                   qint64 to, QList<Incident>* incidents, QString* error)
{
    const qint64 window = qint64(std::max(1, thresholds.incidentWindowMinutes)) * 60;
    return run(db,
               QStringLiteral("SELECT category, region, created_at / ?, COUNT(*) FROM tickets "
                              "WHERE created_at >= ? AND created_at < ? AND region <> '' "
                              "GROUP BY 1, 2, 3 HAVING COUNT(*) >= ? ORDER BY 3, 1, 2"),
               {window, from, to, thresholds.incidentMinTickets},
               [&](const QSqlQuery& q) {
                   incidents->append(
                       {q.value(0).toString(), q.value(1).toString(),
                        QDateTime::fromSecsSinceEpoch(q.value(2).toLongLong() * window,
                                                      Qt::UTC),
                        q.value(3).toLongLong()});
               },
               error);
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
