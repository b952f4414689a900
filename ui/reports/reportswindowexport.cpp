// SPDX-License-Identifier: MIT
// The Reports window's export (with or without customers, said before a file is chosen)
// and the remembering of its place on the screen.
#include "reports/reportswindow.h"

#include "reports/reportlabels.h"
#include "reports/reportoutput.h"
#include "widgets/windowplacement.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

#include <algorithm>

namespace rtcare {

namespace {

struct FileType
{
    ReportFormat format;
    const char* filter; // translated in the "rtcare::ReportsWindow" context
};
constexpr FileType kFileTypes[] = {
    {ReportFormat::Pdf, QT_TRANSLATE_NOOP("rtcare::ReportsWindow", "PDF (*.pdf)")},
    {ReportFormat::Html, QT_TRANSLATE_NOOP("rtcare::ReportsWindow", "HTML (*.html)")},
    {ReportFormat::Csv, QT_TRANSLATE_NOOP("rtcare::ReportsWindow", "CSV (*.csv)")},
    {ReportFormat::Json, QT_TRANSLATE_NOOP("rtcare::ReportsWindow", "JSON (*.json)")},
};

} // namespace

void ReportsWindow::closeEvent(QCloseEvent* event)
{
    rememberWindow(this, QStringLiteral("reports"));
    QWidget::closeEvent(event);
}

void ReportsWindow::hideEvent(QHideEvent* event)
{
    rememberWindow(this, QStringLiteral("reports"));
    QWidget::hideEvent(event);
}

bool ReportsWindow::exportTo(const QString& path, ReportFormat format, bool redact,
                             QString* error) const
{
    if (!m_report) {
        *error = tr("No report to export yet.");
        return false;
    }
    return saveReport(redact ? redacted(*m_report) : *m_report, format, path, error);
}

bool ReportsWindow::exportTo(const QString& path, bool redact, QString* error) const
{
    return exportTo(path, reportFormatForPath(path).value_or(ReportFormat::Html), redact, error);
}

QString ReportsWindow::suggestedFileName(bool redact) const
{
    const QString days =
        m_report ? reportPeriodDays(*m_report).replace(QStringLiteral(" – "), QStringLiteral("_"))
                 : QString();
    return (redact ? tr("rtcare-report-%1-without-customers.pdf")
                   : tr("rtcare-report-%1-with-customers.pdf"))
        .arg(days);
}

void ReportsWindow::exportReport()
{
    if (!m_report)
        return;
    // The choice first, in words on its buttons: Escape and Cancel write nothing.
    QMessageBox ask(QMessageBox::Question, tr("Export report"),
                    tr("Leave out customer names and contacts?"), QMessageBox::NoButton, this);
    ask.setObjectName(QStringLiteral("redactionQuestion"));
    ask.setInformativeText(tr("The recurring-customers table names the customers who came "
                              "back, with their phone number or e-mail address."));
    QPushButton* without = ask.addButton(tr("Leave them &out"), QMessageBox::AcceptRole);
    without->setObjectName(QStringLiteral("exportWithoutCustomers"));
    QPushButton* with = ask.addButton(tr("&Include them"), QMessageBox::AcceptRole);
    with->setObjectName(QStringLiteral("exportWithCustomers"));
    QPushButton* cancel = ask.addButton(QMessageBox::Cancel);
    ask.setDefaultButton(without);
    ask.setEscapeButton(cancel);
    ask.exec();
    if (ask.clickedButton() != without && ask.clickedButton() != with)
        return;
    const bool redact = ask.clickedButton() == without;

    QStringList filters;
    for (const FileType& type : kFileTypes)
        filters << tr(type.filter);
    const QString folder = m_lastExport.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_lastExport).absolutePath();
    QFileDialog dialog(this,
                       redact ? tr("Export the report without customer names and contacts")
                              : tr("Export the report with customer names and contacts"),
                       folder, filters.join(QStringLiteral(";;")));
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.selectFile(suggestedFileName(redact));
    // The suffix follows the chosen type; a typed name without one gets it.
    connect(&dialog, &QFileDialog::filterSelected, &dialog, [&dialog](const QString& filter) {
        const QString suffix =
            filter.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0);
        dialog.setDefaultSuffix(suffix);
        const QStringList chosen = dialog.selectedFiles();
        if (!chosen.isEmpty())
            dialog.selectFile(QFileInfo(chosen.first()).completeBaseName() + QLatin1Char('.') +
                              suffix);
    });
    dialog.setDefaultSuffix(QStringLiteral("pdf"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    ReportFormat format = ReportFormat::Pdf;
    for (const FileType& type : kFileTypes)
        if (dialog.selectedNameFilter() == tr(type.filter))
            format = type.format;
    format = reportFormatForPath(path).value_or(format);
    QString error;
    if (!exportTo(path, format, redact, &error)) {
        QMessageBox::warning(this, tr("Export report"),
                             tr("The report was not saved: %1").arg(error));
        return;
    }
    showExported(path);
}

void ReportsWindow::showExported(const QString& path)
{
    m_lastExport = path;
    m_savedText->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    m_savedBar->show();
    Q_EMIT exported(path);
}

} // namespace rtcare
