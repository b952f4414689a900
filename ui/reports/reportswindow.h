// SPDX-License-Identifier: MIT
#pragma once

#include "reports/periodreport.h"
#include "reports/reportfile.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace rtcare {

class Database;
class SlaPolicy;

// The team lead's dashboard (domain.md §5): volume, SLA attainment per tier and agent, hot
// spots, root causes, recurring complaints, reply quality and recommendations for a period
// of the team's days (SlaPolicy::teamTimeZone(), or the zone chosen in Settings). The
// report is computed on a worker thread with its own connection, so the window stays
// responsive.
class ReportsWindow : public QWidget
{
    Q_OBJECT
public:
    enum Preset { ThisWeek, LastWeek, Last30Days, ThisQuarter };

    ReportsWindow(const Database& database, const SlaPolicy& policy, QWidget* parent = nullptr);
    ~ReportsWindow() override;

    // [from, to) of a preset, in days of `zone`, `today` being the current day there.
    [[nodiscard]] static std::pair<QDateTime, QDateTime> presetRange(Preset preset, QDate today,
                                                                     const QTimeZone& zone);
    // The size the window opens at on a large screen (placeWindow() fits it to smaller
    // ones and remembers where it was).
    static constexpr QSize kPreferredSize{1200, 860};

    void setPreset(Preset preset); // and recomputes
    void setBucket(BucketSize size); // day, week or month buckets (or automatic); recomputes
    [[nodiscard]] BucketSize bucket() const;
    void refresh();
    [[nodiscard]] bool isComputing() const { return m_thread != nullptr; }
    [[nodiscard]] const std::optional<PeriodReport>& report() const { return m_report; }
    [[nodiscard]] QList<QChartView*> chartViews() const { return m_views; }
    // Saves the shown report in `format` (0600).
    bool exportTo(const QString& path, ReportFormat format, bool redact, QString* error) const;
    // Saves it in the format its suffix names (.pdf, .html, .csv, .json).
    bool exportTo(const QString& path, bool redact, QString* error) const;
    // Asks whether to leave customers out (Cancel or Escape: nothing is written), then
    // where to save, then says where the file went with buttons to open it or its folder.
    void exportReport();
    // The file or folder opener behind those buttons (QDesktopServices by default).
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_openUrl = std::move(opener); }
    [[nodiscard]] QString lastExport() const { return m_lastExport; }

Q_SIGNALS:
    void reportReady();
    // A bar was clicked: show the queue's tickets matching this device, region or scenario.
    void ticketsRequested(const QString& searchText);
    void exported(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildPage();
    void showReport();
    void setChart(int index, QChart* chart, bool clickable);
    void showRecommendations();
    void showReplyQuality();
    void showFirstResponses();
    void showExported(const QString& path);
    [[nodiscard]] QString suggestedFileName(bool redact) const;

    const Database& m_database;
    const SlaPolicy& m_policy;
    QComboBox* m_preset = nullptr;
    QComboBox* m_bucket = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QWidget* m_savedBar = nullptr;
    QLabel* m_savedText = nullptr;
    QList<QChartView*> m_views;
    QVBoxLayout* m_cards = nullptr;
    QLabel* m_replySummary = nullptr;
    QTableWidget* m_replyAgents = nullptr;
    QLabel* m_commitments = nullptr;
    QTableWidget* m_tierTable = nullptr;
    QTableWidget* m_agentTable = nullptr;
    QPointer<QThread> m_thread;
    std::optional<PeriodReport> m_report;
    bool m_again = false; // the period changed while computing
    std::function<bool(const QUrl&)> m_openUrl;
    QString m_lastExport;
};

// Opens (or raises) the parent's Reports window; a clicked bar calls showTickets with the
// device model, region or scenario to search the queue for.
ReportsWindow* showReportsWindow(QWidget* parent, const Database& database,
                                 const SlaPolicy& policy,
                                 const std::function<void(const QString&)>& showTickets);

} // namespace rtcare
