// SPDX-License-Identifier: MIT
#include "reports/reportfile.h"

#include <QFileInfo>
#include <QSaveFile>

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

bool saveReportFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    const auto failed = [&] {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    // The temporary file is tightened before anything is written to it (an existing
    // report's looser mode is not kept either).
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return failed();
    if (file.write(bytes) != bytes.size())
        return failed();
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace rtcare
