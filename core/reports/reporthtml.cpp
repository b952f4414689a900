// SPDX-License-Identifier: MIT
#include "reports/reportexport.h"

#include "model/category.h"
#include "reports/replyquality.h"
#include "reports/reportlabels.h"

#include <QCoreApplication>
#include <QLocale>

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

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString percent(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// A table whose header row repeats on every page it runs over. Columns listed in
// `numeric` are right-aligned.
QString table(const QStringList& header, const QList<QStringList>& rows,
              const QList<int>& numeric = {})
{
    QString html = QStringLiteral("<table class=\"data\" cellspacing=\"0\" cellpadding=\"3\">"
                                  "<thead><tr>");
    for (qsizetype i = 0; i < header.size(); ++i)
        html += QStringLiteral("<th%1>%2</th>")
                    .arg(numeric.contains(int(i)) ? QStringLiteral(" align=\"right\"") : QString(),
                         esc(header.at(i)));
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            // A figure such as "1 d 6 h" stays on one line.
            const bool figure = numeric.contains(int(i));
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(figure ? QStringLiteral(" align=\"right\"") : QString(),
                             figure ? esc(row.at(i)).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))
                                    : esc(row.at(i)));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString heading(const QString& text)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(text));
}

QString paragraph(const QString& text)
{
    return QStringLiteral("<p>%1</p>").arg(esc(text));
}

QString counts(const PeriodReport& r, const QString& title, const QList<CountRow>& rows,
               bool change, ReportDimension dimension = ReportDimension::Name)
{
    if (rows.isEmpty())
        return heading(title) + paragraph(ReportHtml::tr("None in this period."));
    QList<QStringList> cells;
    for (const CountRow& row : rows) {
        QStringList line{reportLabel(r, dimension, row.name), number(row.count),
                         percent(row.sharePct)};
        if (change)
            line << (row.count > row.previous ? QStringLiteral("+") : QString())
                        + number(row.count - row.previous);
        cells << line;
    }
    QStringList header{ReportHtml::tr("Name"), ReportHtml::tr("Tickets"),
                       ReportHtml::tr("Share %")};
    if (change)
        header << ReportHtml::tr("Change vs. previous period");
    return heading(title) + table(header, cells, {1, 2, 3});
}

QString categoryList(const QList<SuggestionCount>& rows)
{
    QStringList parts;
    for (const SuggestionCount& row : rows)
        parts << QStringLiteral("%1 %2").arg(suggestionCategoryTitle(row.category)).arg(row.count);
    return parts.isEmpty() ? ReportHtml::tr("none") : parts.join(QStringLiteral(", "));
}

// An agent's promises due in the period: "kept / due", a dash when none was due.
QString promisesKept(const AgentReplyQuality& a)
{
    //: An agent's promises kept of those due in the period: "3 / 4"
    return a.promisesDue == 0 ? QStringLiteral("–")
                              : ReportHtml::tr("%1 / %2").arg(number(a.promisesKept),
                                                              number(a.promisesDue));
}

// Tone suggestions per reply and per agent, and the commitments due: written for coaching.
QString replyQuality(const ReplyQuality& q)
{
    QString html = heading(ReportHtml::tr("Reply quality"));
    html += paragraph(ReportHtml::tr("%1 replies sent; %2 of them (%3 %) have a wording "
                                     "suggestion, %4 suggestions in all (%5 per reply): %6.")
                          .arg(number(q.replies), number(q.repliesWithSuggestion),
                               percent(q.repliesWithSuggestionPct), number(q.suggestions),
                               QLocale().toString(q.suggestionsPerReply, 'f', 2),
                               categoryList(q.byCategory)));
    QList<QStringList> agents;
    for (const AgentReplyQuality& a : q.agents)
        agents << QStringList{a.agent.isEmpty() ? ReportHtml::tr("(not set)") : a.agent,
                              number(a.replies), number(a.repliesWithSuggestion),
                              QLocale().toString(a.suggestionsPerReply, 'f', 2),
                              promisesKept(a), categoryList(a.byCategory)};
    if (!agents.isEmpty())
        html += table({ReportHtml::tr("Agent"), ReportHtml::tr("Replies"),
                       ReportHtml::tr("With a suggestion"), ReportHtml::tr("Per reply"),
                       ReportHtml::tr("Promises kept"), ReportHtml::tr("Suggestions")},
                      agents, {1, 2, 3, 4});
    const CommitmentTally& c = q.commitments;
    html += paragraph(ReportHtml::tr("Commitments due in the period: %1; kept %2, not kept %3 "
                                     "(%4 % kept), still open %5, of which past due %6.")
                          .arg(number(c.due), number(c.kept), number(c.broken),
                               percent(c.keptPct), number(c.open), number(c.overdue)));
    return html;
}

QString recommendations(const PeriodReport& r)
{
    QString html = heading(ReportHtml::tr("Recommendations"));
    if (r.recommendations.isEmpty())
        return html + paragraph(ReportHtml::tr("None for this period."));
    for (const Recommendation& rec : r.recommendations) {
        const QString subject = reportLabel(r,
                                            rec.kind == QLatin1String("rework_scenario")
                                                ? ReportDimension::Scenario
                                                : ReportDimension::Name,
                                            rec.subject);
        html += QStringLiteral("<p class=\"recommendation\"><b>%1: %2</b><br>%3</p>")
                    .arg(esc(recommendationTitle(rec.kind)), esc(subject),
                         esc(recommendationEvidence(r, rec)));
    }
    return html;
}

QString firstResponses(const PeriodReport& r)
{
    const QStringList header{ReportHtml::tr("Tickets"), ReportHtml::tr("Met"),
                             ReportHtml::tr("Missed"), ReportHtml::tr("Attainment %"),
                             ReportHtml::tr("Median")};
    QList<QStringList> tiers;
    for (const SlaRow& s : r.sla)
        tiers << QStringList{s.name,
                             number(s.tickets),
                             number(s.met),
                             number(s.missed),
                             percent(s.attainmentPct),
                             s.responded > 0 ? reportDuration(s.medianFirstResponseS)
                                             : QStringLiteral("–"),
                             s.responded > 0 ? reportDuration(s.p90FirstResponseS)
                                             : QStringLiteral("–")};
    QString html = heading(ReportHtml::tr("First-response SLA per tier"));
    html += tiers.isEmpty()
                ? paragraph(ReportHtml::tr("None in this period."))
                : table(QStringList{ReportHtml::tr("Tier")} + header
                            + QStringList{ReportHtml::tr("p90")},
                        tiers, {1, 2, 3, 4, 5, 6});
    QList<QStringList> agents;
    for (const AgentSlaRow& a : r.slaByAgent)
        agents << QStringList{a.agent.isEmpty() ? ReportHtml::tr("(not assigned)") : a.agent,
                              number(a.tickets),
                              number(a.met),
                              number(a.missed),
                              percent(a.attainmentPct),
                              a.responded > 0 ? reportDuration(a.medianFirstResponseS)
                                              : QStringLiteral("–")};
    html += heading(ReportHtml::tr("First-response SLA per agent"));
    html += agents.isEmpty() ? paragraph(ReportHtml::tr("None in this period."))
                             : table(QStringList{ReportHtml::tr("Agent")} + header, agents,
                                     {1, 2, 3, 4, 5});
    return html + paragraph(ReportHtml::tr("Median and p90 in hours:minutes from the ticket's "
                                           "creation to its first response."));
}

} // namespace

QString reportHtml(const PeriodReport& r, const QStringList& charts)
{
    const QString title = ReportHtml::tr("RTCare report");
    QString html = QStringLiteral(
        "<!DOCTYPE html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title><style>"
        "body{font-family:'Noto Sans','DejaVu Sans','Noto Sans CJK SC','Microsoft YaHei',"
        "sans-serif;margin:24px;color:#222;max-width:60em}"
        "table.data{border-collapse:collapse;margin-bottom:12px;border:1px solid #999}"
        "table.data th,table.data td{border:1px solid #999;padding:3px 8px;text-align:left}"
        "table.data th{background:#e8eef6}"
        "table.data td[align=right],table.data th[align=right]{text-align:right}"
        "h1{font-size:18pt}h2{font-size:13pt;margin-top:18px}"
        "figure{margin:12px 0}figure svg{max-width:100%;height:auto}"
        "</style></head><body>")
                       .arg(QLocale().name().section(QLatin1Char('_'), 0, 0), esc(title));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    html += paragraph(ReportHtml::tr("%1, days in %2: %3 tickets, %4 in the period of the same "
                                     "length before.")
                          .arg(reportPeriodDays(r), reportZoneName(r.zone, r.from),
                               number(r.total), number(r.previousTotal)));
    html += recommendations(r);
    html += firstResponses(r);
    if (!charts.isEmpty()) {
        html += heading(ReportHtml::tr("Charts"));
        for (const QString& chart : charts)
            html += chart;
    }
    html += counts(r, ReportHtml::tr("By category"), r.byCategory, true, ReportDimension::Category);
    html += counts(r, ReportHtml::tr("By priority"), r.byPriority, true, ReportDimension::Priority);
    html += counts(r, ReportHtml::tr("By status"), r.byStatus, false, ReportDimension::Status);
    html += counts(r, ReportHtml::tr("By channel"), r.byChannel, true, ReportDimension::Channel);
    html += counts(r, ReportHtml::tr("Top device models"), r.topDeviceModels, true);
    html += counts(r, ReportHtml::tr("Top OS versions"), r.topOs, true);
    html += counts(r, ReportHtml::tr("Top regions"), r.topRegions, true);
    html += counts(r, ReportHtml::tr("Top scenarios"), r.topScenarios, true,
                   ReportDimension::Scenario);
    html += counts(r, ReportHtml::tr("Network environments"), r.topNetworks, true,
                   ReportDimension::Network);
    html += counts(r, ReportHtml::tr("Confirmed root causes"), r.rootCauses, false,
                   ReportDimension::RootCause);
    html += counts(r, ReportHtml::tr("Root-cause hypotheses"), r.hypotheses, false,
                   ReportDimension::RootCause);
    html += heading(ReportHtml::tr("Recurring complaints"));
    html += paragraph(ReportHtml::tr("%1 customers came back within 7 days: %2 tickets.")
                          .arg(number(r.recurringCustomers), number(r.recurringTickets)));
    QList<QStringList> customers;
    for (const RecurringCustomer& c : r.recurringTop)
        customers << QStringList{c.name, c.contact, number(c.tickets)};
    if (!customers.isEmpty())
        html += table({ReportHtml::tr("Customer"), ReportHtml::tr("Contact"),
                       ReportHtml::tr("Recurring tickets")},
                      customers, {2});
    QList<QStringList> incidents;
    for (const Incident& i : r.incidents)
        incidents << QStringList{reportLabel(r, ReportDimension::Category, i.category), i.region,
                                 reportTime(i.start, r.zone), number(i.tickets)};
    if (!incidents.isEmpty())
        html += heading(ReportHtml::tr("Possible incidents"))
                + table({ReportHtml::tr("Category"), ReportHtml::tr("Region"),
                         ReportHtml::tr("Window start"), ReportHtml::tr("Tickets")},
                        incidents, {3});
    html += replyQuality(r.replyQuality);
    return html + QStringLiteral("</body></html>\n");
}

} // namespace rtcare
