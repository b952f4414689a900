// SPDX-License-Identifier: MIT
#include "reports/reportexport.h"

#include "model/category.h"

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

void counts(CsvWriter& w, const QString& title, const QList<CountRow>& rows)
{
    w.table(title, {QStringLiteral("name"), QStringLiteral("count"), QStringLiteral("share_pct"),
                    QStringLiteral("previous"), QStringLiteral("change")});
    for (const CountRow& row : rows)
        w.row({row.name, n(row.count), pct(row.sharePct), n(row.previous),
               n(row.count - row.previous)});
}

QString categories(const QList<SuggestionCount>& rows)
{
    QStringList parts;
    for (const SuggestionCount& row : rows)
        parts << row.category + QLatin1Char('=') + n(row.count);
    return parts.join(QLatin1Char(' '));
}

// Three tables: the period's replies, one row per agent, and the commitments due.
void replyQuality(CsvWriter& w, const ReplyQuality& q)
{
    w.table(QStringLiteral("reply_quality"),
            {QStringLiteral("replies"), QStringLiteral("replies_with_suggestion"),
             QStringLiteral("replies_with_suggestion_pct"), QStringLiteral("suggestions"),
             QStringLiteral("suggestions_per_reply"), QStringLiteral("suggestions_by_category")});
    w.row({n(q.replies), n(q.repliesWithSuggestion), pct(q.repliesWithSuggestionPct),
           n(q.suggestions), QString::number(q.suggestionsPerReply, 'f', 2),
           categories(q.byCategory)});
    w.table(QStringLiteral("reply_quality_agents"),
            {QStringLiteral("agent"), QStringLiteral("replies"),
             QStringLiteral("replies_with_suggestion"), QStringLiteral("suggestions"),
             QStringLiteral("suggestions_per_reply"), QStringLiteral("suggestions_by_category")});
    for (const AgentReplyQuality& a : q.agents)
        w.row({a.agent, n(a.replies), n(a.repliesWithSuggestion), n(a.suggestions),
               QString::number(a.suggestionsPerReply, 'f', 2), categories(a.byCategory)});
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
    CsvWriter w;
    w.table(QStringLiteral("summary"), {QStringLiteral("from"), QStringLiteral("to"),
                                        QStringLiteral("total"), QStringLiteral("previous_total")});
    w.row({r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate), n(r.total),
           n(r.previousTotal)});
    counts(w, QStringLiteral("by_category"), r.byCategory);
    counts(w, QStringLiteral("by_priority"), r.byPriority);
    counts(w, QStringLiteral("by_status"), r.byStatus);
    counts(w, QStringLiteral("by_channel"), r.byChannel);
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
    const std::array<std::pair<QString, QHash<QString, qint64> VolumeBucket::*>, 3> overTime{
        {{QStringLiteral("priority"), &VolumeBucket::byPriority},
         {QStringLiteral("status"), &VolumeBucket::byStatus},
         {QStringLiteral("channel"), &VolumeBucket::byChannel}}};
    for (const auto& [name, member] : overTime) {
        w.table(QStringLiteral("volume_by_") + name,
                {QStringLiteral("bucket_start"), name, QStringLiteral("tickets")});
        for (const VolumeBucket& bucket : r.volume) {
            QStringList values = (bucket.*member).keys();
            values.sort();
            for (const QString& value : values)
                w.row({bucket.start.toString(Qt::ISODate), value, n((bucket.*member).value(value))});
        }
    }
    w.table(QStringLiteral("sla"),
            {QStringLiteral("tier"), QStringLiteral("tickets"), QStringLiteral("responded"),
             QStringLiteral("met"), QStringLiteral("missed"), QStringLiteral("attainment_pct"),
             QStringLiteral("median_first_response_s"), QStringLiteral("p90_first_response_s")});
    for (const SlaRow& s : r.sla)
        w.row({s.tier, n(s.tickets), n(s.responded), n(s.met), n(s.missed), pct(s.attainmentPct),
               n(s.medianFirstResponseS), n(s.p90FirstResponseS)});
    w.table(QStringLiteral("breaches"), {QStringLiteral("number"), QStringLiteral("tier"),
                                         QStringLiteral("due"), QStringLiteral("responded_at")});
    for (const Breach& b : r.breaches)
        w.row({b.number, b.tier, b.due.toString(Qt::ISODate),
               b.respondedAt.isValid() ? b.respondedAt.toString(Qt::ISODate) : QString()});
    counts(w, QStringLiteral("top_device_models"), r.topDeviceModels);
    counts(w, QStringLiteral("top_os"), r.topOs);
    counts(w, QStringLiteral("top_regions"), r.topRegions);
    counts(w, QStringLiteral("top_scenarios"), r.topScenarios);
    counts(w, QStringLiteral("top_networks"), r.topNetworks);
    counts(w, QStringLiteral("root_causes_confirmed"), r.rootCauses);
    counts(w, QStringLiteral("root_causes_hypothesis"), r.hypotheses);
    w.table(QStringLiteral("recurring"), {QStringLiteral("customers"), QStringLiteral("tickets")});
    w.row({n(r.recurringCustomers), n(r.recurringTickets)});
    w.table(QStringLiteral("recurring_customers"),
            {QStringLiteral("name"), QStringLiteral("contact"), QStringLiteral("tickets")});
    for (const RecurringCustomer& c : r.recurringTop)
        w.row({c.name, c.contact, n(c.tickets)});
    w.table(QStringLiteral("recommendations"),
            {QStringLiteral("kind"), QStringLiteral("subject"), QStringLiteral("evidence")});
    for (const Recommendation& rec : r.recommendations) {
        QStringList evidence;
        for (auto it = rec.evidence.constBegin(); it != rec.evidence.constEnd(); ++it)
            if (!it.value().isArray())
                evidence << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
        w.row({rec.kind, rec.subject, evidence.join(QLatin1Char(' '))});
    }
    w.table(QStringLiteral("incidents"), {QStringLiteral("category"), QStringLiteral("region"),
                                          QStringLiteral("start"), QStringLiteral("tickets")});
    for (const Incident& i : r.incidents)
        w.row({i.category, i.region, i.start.toString(Qt::ISODate), n(i.tickets)});
    replyQuality(w, r.replyQuality);
    return w.text();
}

} // namespace rtcare
