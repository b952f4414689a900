// SPDX-License-Identifier: MIT
#include "reports/recommendations.h"

#include "model/category.h"
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

struct Candidate
{
    Recommendation recommendation;
    double excess = 0; // complaints beyond what is expected: ordering within a kind
};

// Keeps each subject's strongest signal (the most complaints beyond what is expected),
// strongest subjects first.
void keepStrongest(QList<Candidate> candidates, PeriodReport* report)
{
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.excess != b.excess)
            return a.excess > b.excess;
        if (a.recommendation.subject != b.recommendation.subject)
            return a.recommendation.subject < b.recommendation.subject;
        return a.recommendation.category < b.recommendation.category;
    });
    QStringList seen;
    for (const Candidate& candidate : std::as_const(candidates)) {
        if (seen.contains(candidate.recommendation.subject))
            continue;
        seen << candidate.recommendation.subject;
        report->recommendations.append(candidate.recommendation);
    }
}

QHash<QString, qint64> ticketsByValue(const reportsql::PeriodRows& rows, const QString& dimension,
                                      const QStringList& categories, qint64* total)
{
    QHash<QString, qint64> out;
    *total = 0;
    const QHash<QString, reportsql::Counters> values = rows.values(dimension, categories);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!it.key().isEmpty() && it->tickets > 0) {
            out.insert(it.key(), it->tickets);
            *total += it->tickets;
        }
    return out;
}

// A device model or region carrying an unusually high share of one category's complaints,
// judged per category: its share of that category must reach `factor` times what is
// expected of it, the larger of its share of all other complaints (a popular model has
// many complaints of every kind) and an even share across the values that have complaints
// of the category; and it must have at least `minTickets` of them.
void concentrated(const reportsql::PeriodRows& rows, const QString& kind,
                  const QString& dimension, const QStringList& categories, int minTickets,
                  double factor, PeriodReport* report)
{
    QList<Candidate> candidates;
    for (const QString& category : categories) {
        QStringList others;
        for (Category c : kAllCategories)
            if (categoryId(c) != category)
                others << categoryId(c);
        qint64 total = 0;
        qint64 otherTotal = 0;
        const QHash<QString, qint64> counts = ticketsByValue(rows, dimension, {category}, &total);
        const QHash<QString, qint64> otherCounts =
            ticketsByValue(rows, dimension, others, &otherTotal);
        if (counts.size() < 2)
            continue;
        const double evenPct = 100.0 / double(counts.size());
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            const double sharePct = 100.0 * double(it.value()) / double(total);
            const double otherSharePct =
                otherTotal > 0 ? 100.0 * double(otherCounts.value(it.key())) / double(otherTotal)
                               : 0.0;
            const double expectedPct = std::max(evenPct, otherSharePct);
            if (it.value() < minTickets || sharePct < factor * expectedPct)
                continue;
            candidates.append(
                {{kind, it.key(), category,
                  QJsonObject{{QStringLiteral("category"), category},
                              {QStringLiteral("tickets"), it.value()},
                              {QStringLiteral("of_tickets"), total},
                              {QStringLiteral("share_pct"), round1(sharePct)},
                              {QStringLiteral("other_share_pct"), round1(otherSharePct)},
                              {QStringLiteral("even_share_pct"), round1(evenPct)},
                              {QStringLiteral("values_compared"), counts.size()},
                              {QStringLiteral("times_expected"),
                               round1(sharePct / expectedPct)}}},
                 double(it.value()) - double(total) * expectedPct / 100.0});
        }
    }
    keepStrongest(candidates, report);
}

// A scenario whose complaints of one category keep coming back: at least `minRecurring`
// recurring tickets, a recurring rate of at least `minPct`, and at least `factor` times the
// rate of the other scenarios in the same category.
void reworkScenario(const reportsql::PeriodRows& rows, const ReportThresholds& thresholds,
                    PeriodReport* report)
{
    QList<Candidate> candidates;
    for (Category c : kAllCategories) {
        const QString category = categoryId(c);
        const QHash<QString, reportsql::Counters> values =
            rows.values(QStringLiteral("scenario"), {category});
        qint64 allTickets = 0;
        qint64 allRecurring = 0;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            allTickets += it->tickets;
            allRecurring += it->recurring;
        }
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.key().isEmpty() || it->tickets <= 0)
                continue;
            const double pct = 100.0 * double(it->recurring) / double(it->tickets);
            const qint64 otherTickets = allTickets - it->tickets;
            const double otherPct =
                otherTickets > 0
                    ? 100.0 * double(allRecurring - it->recurring) / double(otherTickets)
                    : 0.0;
            if (it->recurring < thresholds.scenarioMinRecurring
                || pct < thresholds.scenarioMinRecurringPct
                || pct < thresholds.scenarioRateFactor * otherPct)
                continue;
            candidates.append(
                {{QStringLiteral("rework_scenario"), it.key(), category,
                  QJsonObject{{QStringLiteral("category"), category},
                              {QStringLiteral("recurring_tickets"), it->recurring},
                              {QStringLiteral("tickets"), it->tickets},
                              {QStringLiteral("recurring_pct"), round1(pct)},
                              {QStringLiteral("other_recurring_pct"), round1(otherPct)},
                              {QStringLiteral("window_days"), 7}}},
                 double(it->recurring) - double(it->tickets) * otherPct / 100.0});
        }
    }
    keepStrongest(candidates, report);
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
    t.scenarioRateFactor =
        scenario.value(QStringLiteral("rate_factor")).toDouble(t.scenarioRateFactor);
    const QJsonObject incident = root.value(QStringLiteral("incident")).toObject();
    t.incidentWindowMinutes =
        incident.value(QStringLiteral("window_minutes")).toInt(t.incidentWindowMinutes);
    t.incidentMinTickets = incident.value(QStringLiteral("min_tickets")).toInt(t.incidentMinTickets);
    if (t.topN <= 0 || t.deviceMinTickets <= 0 || t.regionMinTickets <= 0
        || t.incidentMinTickets <= 0 || t.incidentWindowMinutes <= 0
        || t.deviceShareFactor < 1 || t.regionShareFactor < 1 || t.scenarioRateFactor < 1) {
        *error = QStringLiteral("%1: counts and windows must be positive, factors at least 1")
                     .arg(source);
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
