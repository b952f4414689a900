// SPDX-License-Identifier: MIT
#include "reports/reportexport.h"

#include "model/category.h"
#include "reports/reportlabels.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rtcare {

namespace {

QJsonObject counts(const QList<CountRow>& rows)
{
    QJsonObject object;
    for (const CountRow& row : rows)
        object.insert(row.name, row.count);
    return object;
}

QJsonArray top(const QList<CountRow>& rows)
{
    QJsonArray array;
    for (const CountRow& row : rows)
        array.append(QJsonObject{{QStringLiteral("name"), row.name},
                                 {QStringLiteral("count"), row.count},
                                 {QStringLiteral("share_pct"), row.sharePct},
                                 {QStringLiteral("previous"), row.previous},
                                 {QStringLiteral("change"), row.count - row.previous}});
    return array;
}

QJsonObject suggestionCounts(const QList<SuggestionCount>& rows)
{
    QJsonObject object;
    for (const SuggestionCount& row : rows)
        object.insert(row.category, row.count);
    return object;
}

// Tone findings per reply and per agent, commitments kept or broken: for coaching.
QJsonObject replyQualityJson(const ReplyQuality& q)
{
    QJsonArray agents;
    for (const AgentReplyQuality& a : q.agents)
        agents.append(QJsonObject{{QStringLiteral("agent"), a.agent},
                                  {QStringLiteral("replies"), a.replies},
                                  {QStringLiteral("replies_with_suggestion"), a.repliesWithSuggestion},
                                  {QStringLiteral("suggestions"), a.suggestions},
                                  {QStringLiteral("suggestions_per_reply"), a.suggestionsPerReply},
                                  {QStringLiteral("suggestions_by_category"),
                                   suggestionCounts(a.byCategory)},
                                  {QStringLiteral("promises_due"), a.promisesDue},
                                  {QStringLiteral("promises_kept"), a.promisesKept}});
    const CommitmentTally& c = q.commitments;
    return QJsonObject{
        {QStringLiteral("replies"), q.replies},
        {QStringLiteral("replies_with_suggestion"), q.repliesWithSuggestion},
        {QStringLiteral("replies_with_suggestion_pct"), q.repliesWithSuggestionPct},
        {QStringLiteral("suggestions"), q.suggestions},
        {QStringLiteral("suggestions_per_reply"), q.suggestionsPerReply},
        {QStringLiteral("suggestions_by_category"), suggestionCounts(q.byCategory)},
        {QStringLiteral("agents"), agents},
        {QStringLiteral("commitments"),
         QJsonObject{{QStringLiteral("due"), c.due},
                     {QStringLiteral("kept"), c.kept},
                     {QStringLiteral("broken"), c.broken},
                     {QStringLiteral("open"), c.open},
                     {QStringLiteral("open_overdue"), c.overdue},
                     {QStringLiteral("kept_pct"), c.keptPct}}}};
}

} // namespace

QJsonObject reportJson(const PeriodReport& r)
{
    const auto iso = [&r](const QDateTime& time) { return reportIsoTime(time, r.zone); };
    QJsonObject sla;
    for (const SlaRow& row : r.sla)
        sla.insert(row.tier,
                   QJsonObject{{QStringLiteral("tickets"), row.tickets},
                               {QStringLiteral("responded"), row.responded},
                               {QStringLiteral("met"), row.met},
                               {QStringLiteral("missed"), row.missed},
                               {QStringLiteral("attainment_pct"), row.attainmentPct},
                               {QStringLiteral("median_first_response_s"),
                                row.medianFirstResponseS},
                               {QStringLiteral("p90_first_response_s"), row.p90FirstResponseS}});
    QJsonArray agents;
    for (const AgentSlaRow& row : r.slaByAgent)
        agents.append(QJsonObject{{QStringLiteral("agent"), row.agent},
                                  {QStringLiteral("tickets"), row.tickets},
                                  {QStringLiteral("responded"), row.responded},
                                  {QStringLiteral("met"), row.met},
                                  {QStringLiteral("missed"), row.missed},
                                  {QStringLiteral("attainment_pct"), row.attainmentPct},
                                  {QStringLiteral("median_first_response_s"),
                                   row.medianFirstResponseS}});
    QJsonArray breaches;
    for (const Breach& b : r.breaches)
        breaches.append(QJsonObject{{QStringLiteral("number"), b.number},
                                    {QStringLiteral("tier"), b.tier},
                                    {QStringLiteral("due"), iso(b.due)},
                                    {QStringLiteral("responded_at"), iso(b.respondedAt)}});
    QJsonArray volume;
    for (const VolumeBucket& bucket : r.volume) {
        QJsonObject byCategory;
        for (std::size_t i = 0; i < kAllCategories.size(); ++i)
            byCategory.insert(categoryId(kAllCategories[i]), bucket.byCategory.value(qsizetype(i)));
        const auto object = [](const QHash<QString, qint64>& counts) {
            QJsonObject out;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                out.insert(it.key(), it.value());
            return out;
        };
        volume.append(QJsonObject{{QStringLiteral("start"), bucket.start.toString(Qt::ISODate)},
                                  {QStringLiteral("by_category"), byCategory},
                                  {QStringLiteral("by_priority"), object(bucket.byPriority)},
                                  {QStringLiteral("by_status"), object(bucket.byStatus)},
                                  {QStringLiteral("by_channel"), object(bucket.byChannel)},
                                  {QStringLiteral("recurring"), bucket.recurring}});
    }
    QJsonArray recurringTop;
    for (const RecurringCustomer& c : r.recurringTop)
        recurringTop.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("contact"), c.contact},
                                        {QStringLiteral("tickets"), c.tickets}});
    QJsonArray recommendations;
    for (const Recommendation& rec : r.recommendations)
        recommendations.append(QJsonObject{{QStringLiteral("kind"), rec.kind},
                                           {QStringLiteral("subject"), rec.subject},
                                           {QStringLiteral("category"), rec.category},
                                           {QStringLiteral("evidence"), rec.evidence}});
    QJsonArray incidents;
    for (const Incident& i : r.incidents)
        incidents.append(QJsonObject{{QStringLiteral("category"), i.category},
                                     {QStringLiteral("region"), i.region},
                                     {QStringLiteral("start"), iso(i.start)},
                                     {QStringLiteral("tickets"), i.tickets}});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("rtcare.report/1")},
        {QStringLiteral("time_zone"), QString::fromUtf8(r.zone.id())},
        {QStringLiteral("from"), iso(r.from)},
        {QStringLiteral("to"), iso(r.to)},
        {QStringLiteral("total"), r.total},
        {QStringLiteral("previous_total"), r.previousTotal},
        {QStringLiteral("by_category"), counts(r.byCategory)},
        {QStringLiteral("by_priority"), counts(r.byPriority)},
        {QStringLiteral("by_status"), counts(r.byStatus)},
        {QStringLiteral("by_channel"), counts(r.byChannel)},
        {QStringLiteral("volume_bucket"), bucketSizeId(r.bucket)},
        {QStringLiteral("volume"), volume},
        {QStringLiteral("sla"), sla},
        {QStringLiteral("sla_by_agent"), agents},
        {QStringLiteral("breach_count"), r.breachCount},
        {QStringLiteral("breaches"), breaches},
        {QStringLiteral("top_device_models"), top(r.topDeviceModels)},
        {QStringLiteral("top_os"), top(r.topOs)},
        {QStringLiteral("top_regions"), top(r.topRegions)},
        {QStringLiteral("top_scenarios"), top(r.topScenarios)},
        {QStringLiteral("top_networks"), top(r.topNetworks)},
        {QStringLiteral("root_causes"),
         QJsonObject{{QStringLiteral("confirmed"), counts(r.rootCauses)},
                     {QStringLiteral("hypothesis"), counts(r.hypotheses)},
                     {QStringLiteral("resolved_with_cause"), r.resolvedWithCause},
                     {QStringLiteral("hypothesis_confirmed"), r.hypothesisConfirmed}}},
        {QStringLiteral("recurring"),
         QJsonObject{{QStringLiteral("customers"), r.recurringCustomers},
                     {QStringLiteral("tickets"), r.recurringTickets},
                     {QStringLiteral("by_category"), counts(r.recurringByCategory)},
                     {QStringLiteral("by_scenario"), counts(r.recurringByScenario)},
                     {QStringLiteral("top_customers"), recurringTop}}},
        {QStringLiteral("recommendations"), recommendations},
        {QStringLiteral("incidents"), incidents},
        {QStringLiteral("reply_quality"), replyQualityJson(r.replyQuality)}};
}

std::optional<QByteArray> reportTextBytes(const PeriodReport& report, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Json:
        return QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    case ReportFormat::Csv:
        return reportCsv(report).toUtf8();
    case ReportFormat::Html:
    case ReportFormat::Pdf:
        break;
    }
    return std::nullopt;
}

} // namespace rtcare
