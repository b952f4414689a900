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

#include <algorithm>
#include <cstdlib>

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
    const QString category =
        reportLabel(report, ReportDimension::Category, e.value(QStringLiteral("category")).toString());
    const int compared = e.value(QStringLiteral("values_compared")).toInt();
    if (kind == QLatin1String("device_adaptation") || kind == QLatin1String("add_server_nodes"))
        return ReportLabels::tr("%1 of %2 complaints about “%3” (%4 %), %5 times the expected "
                                "share: it has %6 % of the other complaints, and an even share "
                                "across %7 is %8 %.")
            .arg(number("tickets"), number("of_tickets"), category, number("share_pct"),
                 number("times_expected"), number("other_share_pct"),
                 kind == QLatin1String("device_adaptation")
                     ? ReportLabels::tr("%n device model(s)", nullptr, compared)
                     : ReportLabels::tr("%n region(s)", nullptr, compared),
                 number("even_share_pct"));
    if (kind == QLatin1String("rework_scenario"))
        return ReportLabels::tr("%1 of its %2 complaints about “%3” (%4 %) came from customers "
                                "complaining again within %5 days; %6 % in the other "
                                "scenarios.")
            .arg(number("recurring_tickets"), number("tickets"), category,
                 number("recurring_pct"), number("window_days"), number("other_recurring_pct"));
    QStringList pairs;
    for (auto it = e.constBegin(); it != e.constEnd(); ++it)
        if (!it.value().isArray())
            pairs << QStringLiteral("%1: %2").arg(it.key(), it.value().toVariant().toString());
    return pairs.join(QStringLiteral(", "));
}

QString reportDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 minutes = (seconds + 30) / 60; // to the nearest minute
    if (minutes < 24 * 60)
        return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const qint64 hours = (seconds + 1800) / 3600;
    return ReportLabels::tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString reportTime(const QDateTime& time, const QTimeZone& zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QString();
}

QString reportIsoTime(const QDateTime& time, const QTimeZone& zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(Qt::ISODate) : QString();
}

QString reportZoneName(const QTimeZone& zone, const QDateTime& at)
{
    const int offset = zone.offsetFromUtc(at);
    const int minutes = std::abs(offset) / 60;
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString id = QString::fromUtf8(zone.id());
    return id.isEmpty() || id == QLatin1String("UTC") ? utc
                                                      : QStringLiteral("%1 (%2)").arg(id, utc);
}

QString reportPeriodDays(const PeriodReport& report)
{
    const QDate first = report.from.toTimeZone(report.zone).date();
    const QDate last = report.to.addSecs(-1).toTimeZone(report.zone).date();
    return QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

} // namespace rtcare
