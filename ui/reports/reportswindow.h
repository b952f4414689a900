// SPDX-License-Identifier: MIT
#pragma once

#include "reports/periodreport.h"

#include <QDateTime>
#include <QPointer>
#include <QThread>
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

// The team lead's dashboard (domain.md §5): volume, SLA attainment, hot spots, root causes,
// recurring complaints, reply quality and recommendations for a period. The report is
// computed on a worker thread with its own connection, so the window stays responsive.
class ReportsWindow : public QWidget
{
    Q_OBJECT
public:
    enum Preset { ThisWeek, LastWeek, Last30Days, ThisQuarter };

    ReportsWindow(const Database& database, const SlaPolicy& policy, QWidget* parent = nullptr);
    ~ReportsWindow() override;

    // [from, to) in UTC for a preset, `today` being the current UTC day.
    [[nodiscard]] static std::pair<QDateTime, QDateTime> presetRange(Preset preset, QDate today);

    void setPreset(Preset preset); // and recomputes
    void setBucket(BucketSize size); // day, week or month buckets (or automatic); recomputes
    [[nodiscard]] BucketSize bucket() const;
    void refresh();
    [[nodiscard]] bool isComputing() const { return m_thread != nullptr; }
    [[nodiscard]] const std::optional<PeriodReport>& report() const { return m_report; }
    [[nodiscard]] QList<QChartView*> chartViews() const { return m_views; }
    // Saves the shown report; the format follows the suffix (.pdf, .html, .csv, .json).
    bool exportTo(const QString& path, bool redact, QString* error) const;

Q_SIGNALS:
    void reportReady();
    // A bar was clicked: show the queue's tickets matching this device, region or scenario.
    void ticketsRequested(const QString& searchText);

private:
    void showReport();
    void setChart(int index, QChart* chart, bool clickable);
    void showRecommendations();
    void showReplyQuality();
    void exportReport();

    const Database& m_database;
    const SlaPolicy& m_policy;
    QComboBox* m_preset = nullptr;
    QComboBox* m_bucket = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QList<QChartView*> m_views;
    QVBoxLayout* m_cards = nullptr;
    QLabel* m_replySummary = nullptr;
    QTableWidget* m_replyAgents = nullptr;
    QLabel* m_commitments = nullptr;
    QPointer<QThread> m_thread;
    std::shared_ptr<std::optional<PeriodReport>> m_pending;
    std::optional<PeriodReport> m_report;
    bool m_again = false; // the period changed while computing
};

// Opens (or raises) the parent's Reports window; a clicked bar calls showTickets with the
// device model, region or scenario to search the queue for.
ReportsWindow* showReportsWindow(QWidget* parent, const Database& database,
                                 const SlaPolicy& policy,
                                 const std::function<void(const QString&)>& showTickets);

} // namespace rtcare
