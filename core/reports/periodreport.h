// SPDX-License-Identifier: MIT
// The team lead's view of a period (domain.md §5): volumes, first-response SLA attainment,
// hot spots, root causes, recurring complaints, recommendations. Every figure is computed
// in SQL over the tickets created in [from, to); days, weeks and months are the team's, in
// its time zone (SlaPolicy::teamTimeZone()).
#pragma once

#include "reports/replyquality.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace rtcare {

class Database;
class SlaPolicy;

// Thresholds of the recommendations, from resources/reports/recommendations.json (see
// recommendations.h for how each is judged).
struct ReportThresholds
{
    int topN = 10;
    QStringList deviceCategories{QStringLiteral("compatibility"), QStringLiteral("av_quality")};
    int deviceMinTickets = 10;
    double deviceShareFactor = 2.0;
    QStringList regionCategories{QStringLiteral("network"), QStringLiteral("av_quality")};
    int regionMinTickets = 10;
    double regionShareFactor = 2.0;
    int scenarioMinRecurring = 5;
    double scenarioMinRecurringPct = 20.0;
    double scenarioRateFactor = 2.0; // against the other scenarios' rate in the category
    int incidentWindowMinutes = 60;
    int incidentMinTickets = 8;

    [[nodiscard]] static std::optional<ReportThresholds>
    fromJson(const QByteArray& json, const QString& source, QString* error);
    [[nodiscard]] static ReportThresholds builtIn();
};

struct CountRow
{
    QString name;
    qint64 count = 0;
    double sharePct = 0;   // of the period's tickets
    qint64 previous = 0;   // the same figure in the period of equal length just before
};

struct SlaRow
{
    QString tier;
    QString name; // the tier's name in the UI language, from the policy
    qint64 tickets = 0;
    qint64 responded = 0;
    qint64 met = 0;     // first response at or before its due time
    qint64 missed = 0;  // answered late, or unanswered and already past due
    double attainmentPct = 0; // met / (met + missed); 100 when nothing was due yet
    qint64 medianFirstResponseS = 0; // nearest-rank, over responded tickets
    qint64 p90FirstResponseS = 0;
};

// First responses of the tickets assigned to one agent (tickets.assignee).
struct AgentSlaRow
{
    QString agent; // empty: not assigned
    qint64 tickets = 0;
    qint64 responded = 0;
    qint64 met = 0;
    qint64 missed = 0;
    double attainmentPct = 0;        // met / (met + missed); 100 when nothing was due yet
    qint64 medianFirstResponseS = 0; // nearest-rank, over responded tickets
};

struct Breach
{
    QString number;
    QString tier;
    QDateTime due;
    QDateTime respondedAt; // invalid: still unanswered
};

// How the volume over time is cut: calendar days, ISO weeks (Monday) or calendar months,
// in the report's time zone. Automatic picks days up to 62 days, weeks up to 26 weeks,
// months beyond.
enum class BucketSize { Automatic, Day, Week, Month };

[[nodiscard]] QString bucketSizeId(BucketSize size); // "day", "week", "month"
[[nodiscard]] std::optional<BucketSize> bucketSizeFromId(const QString& id);

struct VolumeBucket
{
    QDate start;              // the calendar day, Monday or first of the month
    QList<qint64> byCategory; // in kAllCategories order
    QHash<QString, qint64> byPriority, byStatus, byChannel; // tier / status / channel id
    qint64 recurring = 0;     // tickets of the bucket that are recurring complaints
};

struct Incident
{
    QString category;
    QString region;
    QDateTime start;
    qint64 tickets = 0;
};

struct RecurringCustomer
{
    QString name;
    QString contact;
    qint64 tickets = 0; // recurring tickets in the period
};

struct Recommendation
{
    QString kind;     // device_adaptation, add_server_nodes, rework_scenario
    QString subject;  // the device model, region or scenario
    QString category; // the complaint category the signal is in
    QJsonObject evidence;
};

struct PeriodReport
{
    QDateTime from; // inclusive, UTC
    QDateTime to;   // exclusive, UTC
    QTimeZone zone = QTimeZone::utc(); // the team's: buckets, and every time shown
    qint64 total = 0;
    qint64 previousTotal = 0;
    QList<CountRow> byCategory, byPriority, byStatus, byChannel;
    QList<VolumeBucket> volume; // per bucket, clipped to the period
    BucketSize bucket = BucketSize::Day;
    QList<SlaRow> sla;
    QList<AgentSlaRow> slaByAgent; // most tickets first
    QList<Breach> breaches; // at most 100, oldest first
    qint64 breachCount = 0;
    QList<CountRow> topDeviceModels, topOs, topRegions, topScenarios, topNetworks;
    QList<CountRow> rootCauses, hypotheses;
    qint64 resolvedWithCause = 0;
    qint64 hypothesisConfirmed = 0; // hypothesis equals the confirmed cause
    qint64 recurringCustomers = 0;
    qint64 recurringTickets = 0;
    QList<CountRow> recurringByCategory, recurringByScenario;
    QList<RecurringCustomer> recurringTop; // the ten customers who came back most
    QList<Recommendation> recommendations;
    QList<Incident> incidents;
    ReplyQuality replyQuality; // replies sent and commitments due in the period
};

// Computes the report on the calling thread's connection. `now` decides which unanswered
// tickets are already missed; `zone` cuts the buckets (and is the zone exports show times
// in). Returns nullopt with *error on a database failure.
[[nodiscard]] std::optional<PeriodReport>
computeReport(const Database& database, const SlaPolicy& policy, const QDateTime& from,
              const QDateTime& to, const QDateTime& now, const ReportThresholds& thresholds,
              QString* error, BucketSize bucket = BucketSize::Automatic,
              const QTimeZone& zone = QTimeZone::utc());

// The zone a report is cut in: `zoneId` (an IANA id, from Settings or --tz) when it names a
// known zone, else the policy's team zone.
[[nodiscard]] QTimeZone reportTimeZone(const SlaPolicy& policy, const QString& zoneId);

// Why a report of [from, to) with `bucket` is refused before any work, else empty: an empty
// period, one longer than limits::kReportSpanDays, or more than limits::kReportBuckets
// buckets (model/inputlimits.h). computeReport() checks it first.
[[nodiscard]] QString periodProblem(const QDateTime& from, const QDateTime& to, BucketSize bucket);

// The report with customer names and contacts replaced by "customer 1", "customer 2"...
[[nodiscard]] PeriodReport redacted(PeriodReport report);

} // namespace rtcare
