// SPDX-License-Identifier: MIT
#include "reports/reportlabels.h"

#include "diagnosis/rootcause.h"
#include "model/callcontext.h"
#include "model/category.h"
#include "model/channel.h"
#include "model/status.h"
#include "reports/periodreport.h"

#include <QCoreApplication>

namespace rtcare {

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

} // namespace rtcare
