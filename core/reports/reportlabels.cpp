// SPDX-License-Identifier: MIT
#include "reports/reportlabels.h"

#include "diagnosis/rootcause.h"
#include "model/callcontext.h"
#include "model/category.h"
#include "model/channel.h"
#include "model/status.h"
#include "reports/periodreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace rtcare {

// The translation context of the report's labels and sentences.
class ReportLabels
{
    Q_DECLARE_TR_FUNCTIONS(rtcare::ReportLabels)
};

QString reportLabel(const PeriodReport& report, ReportDimension dimension, const QString& id)
{
    if (id.isEmpty())
        return QCoreApplication::translate("rtcare::ReportHtml", "(not set)");
    switch (dimension) {
    case ReportDimension::Category:
        if (const std::optional<Category> category = categoryFromId(id))
            return categoryDisplayName(*category);
        break;
    case ReportDimension::Priority:
        for (const SlaRow& row : report.sla)
            if (row.tier == id && !row.name.isEmpty())
                return row.name;
        break;
    case ReportDimension::Status:
        if (const std::optional<TicketStatus> status = statusFromId(id))
            return statusDisplayName(*status);
        break;
    case ReportDimension::Channel:
        return channelDisplayName(id);
    case ReportDimension::Scenario:
        return scenarioDisplayName(id);
    case ReportDimension::Network:
        return networkDisplayName(id);
    case ReportDimension::RootCause:
        return rootCauseDisplayName(id);
    case ReportDimension::Name:
        break;
    }
    return id;
}

QString recommendationTitle(const QString& kind)
{
    if (kind == QLatin1String("device_adaptation"))
        return ReportLabels::tr("Adapt for this device model");
    if (kind == QLatin1String("add_server_nodes"))
        return ReportLabels::tr("Consider server nodes in this region");
    if (kind == QLatin1String("rework_scenario"))
        return ReportLabels::tr("Rework the solution for this scenario");
    return kind;
}

QString recommendationEvidence(const PeriodReport& report, const Recommendation& recommendation)
{
    const QJsonObject& e = recommendation.evidence;
    const QString& kind = recommendation.kind;
    const auto number = [&e](const char* key) {
        return QLocale().toString(e.value(QLatin1String(key)).toDouble(), 'g', 6);
    };
    QStringList categories;
    for (const QJsonValue& id : e.value(QStringLiteral("categories")).toArray())
        categories << reportLabel(report, ReportDimension::Category, id.toString());
    const int compared = e.value(QStringLiteral("values_compared")).toInt();
    if (kind == QLatin1String("device_adaptation") || kind == QLatin1String("add_server_nodes"))
        return ReportLabels::tr("%1 of %2 complaints about %3 (%4 %), against an even share of "
                                "%5 % across %6.")
            .arg(number("tickets"), number("of_tickets"),
                 QLocale().createSeparatedList(categories), number("share_pct"),
                 number("even_share_pct"),
                 kind == QLatin1String("device_adaptation")
                     ? ReportLabels::tr("%n device model(s)", nullptr, compared)
                     : ReportLabels::tr("%n region(s)", nullptr, compared));
    if (kind == QLatin1String("rework_scenario"))
        return ReportLabels::tr("%1 of its %2 tickets (%3 %) came from customers complaining "
                                "again within %4 days.")
            .arg(number("recurring_tickets"), number("tickets"), number("recurring_pct"),
                 number("window_days"));
    QStringList pairs;
    for (auto it = e.constBegin(); it != e.constEnd(); ++it)
        if (!it.value().isArray())
            pairs << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
    return pairs.join(QStringLiteral(", "));
}

} // namespace rtcare
