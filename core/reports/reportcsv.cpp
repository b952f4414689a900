// SPDX-License-Identifier: MIT
#include "reports/reportexport.h"

#include "model/category.h"
#include "reports/replyquality.h"
#include "reports/reportlabels.h"

#include <array>

namespace rtcare {

namespace {

class CsvWriter
{
public:
    void table(const QString& title, const QStringList& header)
    {
        if (!m_text.isEmpty())
            m_text += QStringLiteral("\r\n");
        row({QStringLiteral("# ") + title});
        row(header);
    }
    void row(const QStringList& cells)
    {
        QStringList out;
        for (const QString& cell : cells)
            out << csvCell(cell);
        m_text += out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    [[nodiscard]] QString text() const { return m_text; }

private:
    QString m_text;
};

QString n(qint64 value)
{
    return QString::number(value);
}

QString pct(double value)
{
    return QString::number(value, 'f', 1);
}

// Counts per value: the id, the name a team lead reads, the figures.
void counts(CsvWriter& w, const PeriodReport& r, const QString& title, const QList<CountRow>& rows,
            ReportDimension dimension = ReportDimension::Name)
{
    w.table(title, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("count"),
                    QStringLiteral("share_pct"), QStringLiteral("previous"),
                    QStringLiteral("change")});
    for (const CountRow& row : rows)
        w.row({row.name, reportLabel(r, dimension, row.name), n(row.count), pct(row.sharePct),
               n(row.previous), n(row.count - row.previous)});
}

QString categories(const QList<SuggestionCount>& rows)
{
    QStringList parts;
    for (const SuggestionCount& row : rows)
        parts << row.category + QLatin1Char('=') + n(row.count);
    return parts.join(QLatin1Char(' '));
}

QString categoryNames(const QList<SuggestionCount>& rows)
{
    QStringList parts;
    for (const SuggestionCount& row : rows)
        parts << QStringLiteral("%1: %2").arg(suggestionCategoryTitle(row.category), n(row.count));
    return parts.join(QStringLiteral("; "));
}

// Three tables: the period's replies, one row per agent, and the commitments due.
void replyQuality(CsvWriter& w, const ReplyQuality& q)
{
    w.table(QStringLiteral("reply_quality"),
            {QStringLiteral("replies"), QStringLiteral("replies_with_suggestion"),
             QStringLiteral("replies_with_suggestion_pct"), QStringLiteral("suggestions"),
             QStringLiteral("suggestions_per_reply"), QStringLiteral("suggestions_by_category"),
             QStringLiteral("suggestions_by_category_name")});
    w.row({n(q.replies), n(q.repliesWithSuggestion), pct(q.repliesWithSuggestionPct),
           n(q.suggestions), QString::number(q.suggestionsPerReply, 'f', 2),
           categories(q.byCategory), categoryNames(q.byCategory)});
    w.table(QStringLiteral("reply_quality_agents"),
            {QStringLiteral("agent"), QStringLiteral("replies"),
             QStringLiteral("replies_with_suggestion"), QStringLiteral("suggestions"),
             QStringLiteral("suggestions_per_reply"), QStringLiteral("suggestions_by_category"),
             QStringLiteral("suggestions_by_category_name"), QStringLiteral("promises_due"),
             QStringLiteral("promises_kept")});
    for (const AgentReplyQuality& a : q.agents)
        w.row({a.agent, n(a.replies), n(a.repliesWithSuggestion), n(a.suggestions),
               QString::number(a.suggestionsPerReply, 'f', 2), categories(a.byCategory),
               categoryNames(a.byCategory), n(a.promisesDue), n(a.promisesKept)});
    const CommitmentTally& c = q.commitments;
    w.table(QStringLiteral("commitments"),
            {QStringLiteral("due"), QStringLiteral("kept"), QStringLiteral("broken"),
             QStringLiteral("open"), QStringLiteral("open_overdue"), QStringLiteral("kept_pct")});
    w.row({n(c.due), n(c.kept), n(c.broken), n(c.open), n(c.overdue), pct(c.keptPct)});
}

} // namespace

QString csvCell(const QString& text)
{
    QString cell = text;
    // A spreadsheet runs a cell that starts with = + - @ (or their full-width forms, which
    // some read the same way), a tab or a carriage return as a formula: quote it as text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20");
    if (!cell.isEmpty() && formulaStarts.contains(cell.front())) {
        bool number = false;
        cell.toDouble(&number);
        if (!number) // a negative number stays a number
            cell.prepend(QLatin1Char('\''));
    }
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        // One line ending everywhere (RFC 4180): CRLF, inside quoted cells too.
        cell.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        cell.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        cell.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\""))
               + QLatin1Char('"');
    }
    return cell;
}

QString reportCsv(const PeriodReport& r)
{
    const auto local = [&r](const QDateTime& time) { return reportIsoTime(time, r.zone); };
    CsvWriter w;
    w.table(QStringLiteral("summary"),
            {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("time_zone"),
             QStringLiteral("total"), QStringLiteral("previous_total")});
    w.row({local(r.from), local(r.to), QString::fromUtf8(r.zone.id()), n(r.total),
           n(r.previousTotal)});
    counts(w, r, QStringLiteral("by_category"), r.byCategory, ReportDimension::Category);
    counts(w, r, QStringLiteral("by_priority"), r.byPriority, ReportDimension::Priority);
    counts(w, r, QStringLiteral("by_status"), r.byStatus, ReportDimension::Status);
    counts(w, r, QStringLiteral("by_channel"), r.byChannel, ReportDimension::Channel);
    // One column per category (ids, as by_category lists them with their names).
    QStringList header{QStringLiteral("bucket_start")};
    for (Category category : kAllCategories)
        header << categoryId(category);
    header << QStringLiteral("recurring");
    w.table(QStringLiteral("volume"), header);
    for (const VolumeBucket& bucket : r.volume) {
        QStringList cells{bucket.start.toString(Qt::ISODate)};
        for (qint64 value : bucket.byCategory)
            cells << n(value);
        cells << n(bucket.recurring);
        w.row(cells);
    }
    // Priority, status and channel over time: one row per bucket and value.
    struct OverTime
    {
        QString name;
        QHash<QString, qint64> VolumeBucket::*member;
        ReportDimension dimension;
    };
    const std::array<OverTime, 3> overTime{
        {{QStringLiteral("priority"), &VolumeBucket::byPriority, ReportDimension::Priority},
         {QStringLiteral("status"), &VolumeBucket::byStatus, ReportDimension::Status},
         {QStringLiteral("channel"), &VolumeBucket::byChannel, ReportDimension::Channel}}};
    for (const OverTime& dimension : overTime) {
        w.table(QStringLiteral("volume_by_") + dimension.name,
                {QStringLiteral("bucket_start"), dimension.name,
                 dimension.name + QStringLiteral("_name"), QStringLiteral("tickets")});
        for (const VolumeBucket& bucket : r.volume) {
            const QHash<QString, qint64>& values = bucket.*(dimension.member);
            QStringList ids = values.keys();
            ids.sort();
            for (const QString& id : std::as_const(ids))
                w.row({bucket.start.toString(Qt::ISODate), id,
                       reportLabel(r, dimension.dimension, id), n(values.value(id))});
        }
    }
    w.table(QStringLiteral("sla"),
            {QStringLiteral("tier"), QStringLiteral("tier_name"), QStringLiteral("tickets"),
             QStringLiteral("responded"), QStringLiteral("met"), QStringLiteral("missed"),
             QStringLiteral("attainment_pct"), QStringLiteral("median_first_response"),
             QStringLiteral("p90_first_response"), QStringLiteral("median_first_response_s"),
             QStringLiteral("p90_first_response_s")});
    for (const SlaRow& s : r.sla)
        w.row({s.tier, s.name, n(s.tickets), n(s.responded), n(s.met), n(s.missed),
               pct(s.attainmentPct), reportDuration(s.medianFirstResponseS),
               reportDuration(s.p90FirstResponseS), n(s.medianFirstResponseS),
               n(s.p90FirstResponseS)});
    w.table(QStringLiteral("sla_by_agent"),
            {QStringLiteral("agent"), QStringLiteral("tickets"), QStringLiteral("responded"),
             QStringLiteral("met"), QStringLiteral("missed"), QStringLiteral("attainment_pct"),
             QStringLiteral("median_first_response"), QStringLiteral("median_first_response_s")});
    for (const AgentSlaRow& a : r.slaByAgent)
        w.row({a.agent, n(a.tickets), n(a.responded), n(a.met), n(a.missed),
               pct(a.attainmentPct), reportDuration(a.medianFirstResponseS),
               n(a.medianFirstResponseS)});
    w.table(QStringLiteral("breaches"),
            {QStringLiteral("number"), QStringLiteral("tier"), QStringLiteral("tier_name"),
             QStringLiteral("due"), QStringLiteral("responded_at")});
    for (const Breach& b : r.breaches)
        w.row({b.number, b.tier, reportLabel(r, ReportDimension::Priority, b.tier), local(b.due),
               local(b.respondedAt)});
    counts(w, r, QStringLiteral("top_device_models"), r.topDeviceModels);
    counts(w, r, QStringLiteral("top_os"), r.topOs);
    counts(w, r, QStringLiteral("top_regions"), r.topRegions);
    counts(w, r, QStringLiteral("top_scenarios"), r.topScenarios, ReportDimension::Scenario);
    counts(w, r, QStringLiteral("top_networks"), r.topNetworks, ReportDimension::Network);
    counts(w, r, QStringLiteral("root_causes_confirmed"), r.rootCauses,
           ReportDimension::RootCause);
    counts(w, r, QStringLiteral("root_causes_hypothesis"), r.hypotheses,
           ReportDimension::RootCause);
    w.table(QStringLiteral("recurring"), {QStringLiteral("customers"), QStringLiteral("tickets")});
    w.row({n(r.recurringCustomers), n(r.recurringTickets)});
    w.table(QStringLiteral("recurring_customers"),
            {QStringLiteral("name"), QStringLiteral("contact"), QStringLiteral("tickets")});
    for (const RecurringCustomer& c : r.recurringTop)
        w.row({c.name, c.contact, n(c.tickets)});
    w.table(QStringLiteral("recommendations"),
            {QStringLiteral("kind"), QStringLiteral("recommendation"), QStringLiteral("subject"),
             QStringLiteral("subject_name"), QStringLiteral("category"),
             QStringLiteral("category_name"), QStringLiteral("evidence"),
             QStringLiteral("evidence_values")});
    for (const Recommendation& rec : r.recommendations) {
        QStringList evidence;
        for (auto it = rec.evidence.constBegin(); it != rec.evidence.constEnd(); ++it)
            if (!it.value().isArray())
                evidence << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
        w.row({rec.kind, recommendationTitle(rec.kind), rec.subject,
               reportLabel(r,
                           rec.kind == QLatin1String("rework_scenario") ? ReportDimension::Scenario
                                                                        : ReportDimension::Name,
                           rec.subject),
               rec.category, reportLabel(r, ReportDimension::Category, rec.category),
               recommendationEvidence(r, rec), evidence.join(QLatin1Char(' '))});
    }
    w.table(QStringLiteral("incidents"),
            {QStringLiteral("category"), QStringLiteral("category_name"),
             QStringLiteral("region"), QStringLiteral("start"), QStringLiteral("tickets")});
    for (const Incident& i : r.incidents)
        w.row({i.category, reportLabel(r, ReportDimension::Category, i.category), i.region,
               local(i.start), n(i.tickets)});
    replyQuality(w, r.replyQuality);
    return w.text();
}

} // namespace rtcare
