// SPDX-License-Identifier: MIT
#include "reports/reportfile.h"

#include <QFileInfo>

#include <array>

namespace rtcare {

namespace {

constexpr std::array kFormats{
    std::pair{ReportFormat::Json, "json"}, std::pair{ReportFormat::Csv, "csv"},
    std::pair{ReportFormat::Html, "html"}, std::pair{ReportFormat::Pdf, "pdf"}};

} // namespace

QString reportFormatId(ReportFormat format)
{
    for (const auto& [value, id] : kFormats)
        if (value == format)
            return QString::fromLatin1(id);
    return {};
}

std::optional<ReportFormat> reportFormatFromId(const QString& id)
{
    for (const auto& [value, name] : kFormats)
        if (id == QLatin1String(name))
            return value;
    return std::nullopt;
}

std::optional<ReportFormat> reportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    return reportFormatFromId(suffix);
}

bool isDrawnReportFormat(ReportFormat format)
{
    return format == ReportFormat::Html || format == ReportFormat::Pdf;
}

} // namespace rtcare
