// SPDX-License-Identifier: MIT
#include "reports/reportexport.h"

#include "model/category.h"
#include "reports/replyquality.h"
#include "reports/reportlabels.h"

#include <QCoreApplication>

namespace rtcare {

// The translation context of the report text.
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(rtcare::ReportHtml)
};

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table><tr>");
    for (const QString& h : header)
        html += QStringLiteral("<th>%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& cell : row)
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString counts(const PeriodReport& r, const QString& title, const QList<CountRow>& rows,
               bool change, ReportDimension dimension = ReportDimension::Name)
{
    QList<QStringList> cells;
    for (const CountRow& row : rows) {
        QStringList line{reportLabel(r, dimension, row.name),
                         QString::number(row.count), QString::number(row.sharePct, 'f', 1)};
        if (change)
            line << QStringLiteral("%1%2").arg(row.count >= row.previous ? QStringLiteral("+")
                                                                         : QString())
                        .arg(row.count - row.previous);
        cells << line;
    }
    QStringList header{ReportHtml::tr("Name"), ReportHtml::tr("Tickets"), ReportHtml::tr("Share %")};
    if (change)
        header << ReportHtml::tr("Change vs. previous period");
    return QStringLiteral("<h2>%1</h2>").arg(esc(title)) + table(header, cells);
}

QString categoryList(const QList<SuggestionCount>& rows)
{
    QStringList parts;
    for (const SuggestionCount& row : rows)
        parts << QStringLiteral("%1 %2").arg(suggestionCategoryTitle(row.category)).arg(row.count);
    return parts.isEmpty() ? ReportHtml::tr("none") : parts.join(QStringLiteral(", "));
}

// Tone suggestions per reply and per agent, and the commitments due: written for coaching.
QString replyQuality(const ReplyQuality& q)
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(ReportHtml::tr("Reply quality")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ReportHtml::tr("%1 replies sent; %2 of them (%3%) have a wording "
                                        "suggestion, %4 suggestions in all (%5 per reply): %6.")
                             .arg(q.replies)
                             .arg(q.repliesWithSuggestion)
                             .arg(q.repliesWithSuggestionPct, 0, 'f', 1)
                             .arg(q.suggestions)
                             .arg(q.suggestionsPerReply, 0, 'f', 2)
                             .arg(categoryList(q.byCategory))));
    QList<QStringList> agents;
    for (const AgentReplyQuality& a : q.agents)
        agents << QStringList{a.agent, QString::number(a.replies),
                              QString::number(a.repliesWithSuggestion),
                              QString::number(a.suggestionsPerReply, 'f', 2),
                              categoryList(a.byCategory)};
    if (!agents.isEmpty())
        html += table({ReportHtml::tr("Agent"), ReportHtml::tr("Replies"),
                       ReportHtml::tr("Replies with a suggestion"),
                       ReportHtml::tr("Suggestions per reply"), ReportHtml::tr("Suggestions")},
                      agents);
    const CommitmentTally& c = q.commitments;
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(ReportHtml::tr("Commitments due in the period: %1; kept %2, not kept %3 "
                                        "(%4% kept), still open %5, of which past due %6.")
                             .arg(c.due)
                             .arg(c.kept)
                             .arg(c.broken)
                             .arg(c.keptPct, 0, 'f', 1)
                             .arg(c.open)
                             .arg(c.overdue)));
    return html;
}

} // namespace

QString reportHtml(const PeriodReport& r, const QString& charts)
{
    QString html = QStringLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
        "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;margin:24px;color:#222}"
        "table{border-collapse:collapse;margin-bottom:12px}"
        "th,td{border:1px solid #999;padding:3px 8px;text-align:left}"
        "th{background:#e8eef6}h1{font-size:20pt}h2{font-size:14pt;margin-top:18px}"
        "</style></head><body>")
                       .arg(esc(ReportHtml::tr("RTCare report")));
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(esc(ReportHtml::tr("RTCare report")),
                     esc(ReportHtml::tr("%1 to %2 (UTC): %3 tickets, %4 in the period before")
                             .arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate))
                             .arg(r.total)
                             .arg(r.previousTotal)));
    html += charts;
    QList<QStringList> recs;
    for (const Recommendation& rec : r.recommendations)
        recs << QStringList{recommendationTitle(rec.kind),
                            reportLabel(r, rec.kind == QLatin1String("rework_scenario")
                                               ? ReportDimension::Scenario
                                               : ReportDimension::Name,
                                        rec.subject),
                            recommendationEvidence(r, rec)};
    html += QStringLiteral("<h2>%1</h2>").arg(esc(ReportHtml::tr("Recommendations")))
            + (recs.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(ReportHtml::tr("None for this period.")))
                              : table({ReportHtml::tr("Kind"), ReportHtml::tr("Subject"), ReportHtml::tr("Evidence")}, recs));
    QList<QStringList> sla;
    for (const SlaRow& s : r.sla)
        sla << QStringList{s.name,
                           QString::number(s.tickets),
                           QString::number(s.responded),
                           QString::number(s.met),
                           QString::number(s.missed),
                           QString::number(s.attainmentPct, 'f', 1),
                           QString::number(s.medianFirstResponseS),
                           QString::number(s.p90FirstResponseS)};
    html += QStringLiteral("<h2>%1</h2>").arg(esc(ReportHtml::tr("First-response SLA")))
            + table({ReportHtml::tr("Tier"), ReportHtml::tr("Tickets"), ReportHtml::tr("Responded"), ReportHtml::tr("Met"), ReportHtml::tr("Missed"),
                     ReportHtml::tr("Attainment %"), ReportHtml::tr("Median (s)"), ReportHtml::tr("p90 (s)")},
                    sla);
    html += counts(r, ReportHtml::tr("By category"), r.byCategory, true, ReportDimension::Category);
    html += counts(r, ReportHtml::tr("By priority"), r.byPriority, true, ReportDimension::Priority);
    html += counts(r, ReportHtml::tr("By status"), r.byStatus, false, ReportDimension::Status);
    html += counts(r, ReportHtml::tr("By channel"), r.byChannel, true, ReportDimension::Channel);
    html += counts(r, ReportHtml::tr("Top device models"), r.topDeviceModels, true);
    html += counts(r, ReportHtml::tr("Top OS versions"), r.topOs, true);
    html += counts(r, ReportHtml::tr("Top regions"), r.topRegions, true);
    html += counts(r, ReportHtml::tr("Top scenarios"), r.topScenarios, true, ReportDimension::Scenario);
    html += counts(r, ReportHtml::tr("Network environments"), r.topNetworks, true, ReportDimension::Network);
    html += counts(r, ReportHtml::tr("Confirmed root causes"), r.rootCauses, false, ReportDimension::RootCause);
    html += counts(r, ReportHtml::tr("Root-cause hypotheses"), r.hypotheses, false, ReportDimension::RootCause);
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(ReportHtml::tr("Recurring complaints")),
                     esc(ReportHtml::tr("%1 customers came back within 7 days: %2 tickets.")
                             .arg(r.recurringCustomers)
                             .arg(r.recurringTickets)));
    QList<QStringList> customers;
    for (const RecurringCustomer& c : r.recurringTop)
        customers << QStringList{c.name, c.contact, QString::number(c.tickets)};
    if (!customers.isEmpty())
        html += table({ReportHtml::tr("Customer"), ReportHtml::tr("Contact"), ReportHtml::tr("Recurring tickets")}, customers);
    QList<QStringList> incidents;
    for (const Incident& i : r.incidents)
        incidents << QStringList{reportLabel(r, ReportDimension::Category, i.category), i.region, i.start.toString(Qt::ISODate),
                                 QString::number(i.tickets)};
    if (!incidents.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(esc(ReportHtml::tr("Possible incidents")))
                + table({ReportHtml::tr("Category"), ReportHtml::tr("Region"), ReportHtml::tr("Window start"), ReportHtml::tr("Tickets")},
                        incidents);
    html += replyQuality(r.replyQuality);
    return html + QStringLiteral("</body></html>\n");
}

} // namespace rtcare
