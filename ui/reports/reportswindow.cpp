// SPDX-License-Identifier: MIT
#include "reports/reportswindow.h"

#include "reports/reportcharts.h"
#include "reports/reportpdf.h"
#include "reports/replyquality.h"
#include "reports/reportexport.h"
#include "reports/reportlabels.h"
#include "storage/database.h"
#include "storage/privatefile.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QThread>

#include <algorithm>
#include <array>

namespace rtcare {

namespace {

constexpr int kCharts = 9;
struct Cell
{
    int row, column, columns;
};
// Where each chart sits in the two-column grid, in chartViews() order: volume, SLA, devices,
// regions, scenarios, root causes, recurring by scenario, recurring trend, reply quality.
// The charts over time span both columns, so a month of daily dates stays legible; the
// reply-quality numbers sit beside its chart. The recommendation cards come first (row 0):
// what to do is what a team lead opens the window for.
constexpr std::array<Cell, kCharts> kChartCells{{{1, 0, 2},
                                                 {2, 0, 1},
                                                 {4, 0, 1},
                                                 {4, 1, 1},
                                                 {5, 0, 1},
                                                 {5, 1, 1},
                                                 {2, 1, 1},
                                                 {3, 0, 2},
                                                 {6, 0, 1}}};

} // namespace

ReportsWindow::ReportsWindow(const Database& database, const SlaPolicy& policy, QWidget* parent)
    : QWidget(parent, Qt::Window), m_database(database), m_policy(policy)
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    resize(1200, 860);
    auto* top = new QHBoxLayout;
    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Period"));
    m_preset->addItems({tr("This week"), tr("Last week"), tr("Last 30 days"), tr("This quarter")});
    m_preset->setCurrentIndex(Last30Days);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsWindow::refresh);
    m_bucket = new QComboBox(this);
    m_bucket->setAccessibleName(tr("Group by"));
    m_bucket->addItem(tr("Automatic"), int(BucketSize::Automatic));
    m_bucket->addItem(tr("Day"), int(BucketSize::Day));
    m_bucket->addItem(tr("Week"), int(BucketSize::Week));
    m_bucket->addItem(tr("Month"), int(BucketSize::Month));
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &ReportsWindow::refresh);
    auto* refreshButton = new QPushButton(tr("Refresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &ReportsWindow::refresh);
    m_export = new QPushButton(tr("Export…"), this);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &ReportsWindow::exportReport);
    m_status = new QLabel(this);
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_preset);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Group by:"), this));
    top->addWidget(m_bucket);
    top->addWidget(refreshButton);
    top->addWidget(m_status, 1);
    top->addWidget(m_export);

    auto* page = new QWidget;
    auto* grid = new QGridLayout(page);
    for (int i = 0; i < kCharts; ++i) {
        auto* view = new QChartView(page);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(320);
        m_views << view;
        const Cell& cell = kChartCells[std::size_t(i)];
        grid->addWidget(view, cell.row, cell.column, 1, cell.columns);
    }
    auto* replyBox = new QFrame(page);
    auto* replyLayout = new QVBoxLayout(replyBox);
    replyLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Reply quality")), replyBox));
    m_replySummary = new QLabel(replyBox);
    m_replySummary->setWordWrap(true);
    replyLayout->addWidget(m_replySummary);
    m_replyAgents = new QTableWidget(0, 5, replyBox);
    m_replyAgents->setObjectName(QStringLiteral("replyQualityTable"));
    m_replyAgents->setHorizontalHeaderLabels({tr("Agent"), tr("Replies"),
                                              tr("With a suggestion"), tr("Per reply"),
                                              tr("Most frequent suggestion")});
    m_replyAgents->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_replyAgents->verticalHeader()->hide();
    m_replyAgents->horizontalHeader()->setMinimumSectionSize(72);
    m_replyAgents->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_replyAgents->horizontalHeader()->setStretchLastSection(true);
    replyLayout->addWidget(m_replyAgents, 1);
    m_commitments = new QLabel(replyBox);
    m_commitments->setWordWrap(true);
    replyLayout->addWidget(m_commitments);
    grid->addWidget(replyBox, 6, 1);
    auto* cardsBox = new QFrame(page);
    m_cards = new QVBoxLayout(cardsBox);
    grid->addWidget(cardsBox, 0, 0, 1, 2);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    refresh();
}

ReportsWindow::~ReportsWindow()
{
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
    }
    for (QChartView* view : std::as_const(m_views))
        delete view->chart();
}

std::pair<QDateTime, QDateTime> ReportsWindow::presetRange(Preset preset, QDate today)
{
    const auto at = [](QDate day) { return QDateTime(day, QTime(0, 0), Qt::UTC); };
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    switch (preset) {
    case ThisWeek:
        return {at(monday), at(today.addDays(1))};
    case LastWeek:
        return {at(monday.addDays(-7)), at(monday)};
    case ThisQuarter: {
        const QDate first(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        return {at(first), at(today.addDays(1))};
    }
    case Last30Days:
        break;
    }
    return {at(today.addDays(-29)), at(today.addDays(1))};
}

void ReportsWindow::setPreset(Preset preset)
{
    if (m_preset->currentIndex() == preset)
        refresh();
    else
        m_preset->setCurrentIndex(preset); // refreshes
}

void ReportsWindow::setBucket(BucketSize size)
{
    const int index = m_bucket->findData(int(size));
    if (m_bucket->currentIndex() == index)
        refresh();
    else
        m_bucket->setCurrentIndex(index); // refreshes
}

BucketSize ReportsWindow::bucket() const
{
    return BucketSize(m_bucket->currentData().toInt());
}

void ReportsWindow::refresh()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto [from, to] = presetRange(Preset(m_preset->currentIndex()), now.date());
    m_status->setText(tr("Computing…"));
    auto result = std::make_shared<std::optional<PeriodReport>>();
    const Database* database = &m_database;
    const SlaPolicy* policy = &m_policy;
    const BucketSize size = bucket();
    auto elapsed = std::make_shared<qint64>(0);
    m_thread = QThread::create([=, from = from, to = to] {
        QElapsedTimer timer;
        timer.start();
        QString error;
        *result = computeReport(*database, *policy, from, to, now, ReportThresholds::builtIn(),
                                &error, size);
        database->closeThreadConnection();
        *elapsed = timer.elapsed();
    });
    connect(m_thread, &QThread::finished, this, [this, result, elapsed] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_again) {
            m_again = false;
            refresh();
            return;
        }
        m_report = *result;
        m_status->setText(m_report ? tr("%n ticket(s), computed in %1 ms", nullptr,
                                        int(m_report->total))
                                         .arg(*elapsed)
                                   : tr("The report could not be computed."));
        showReport();
        Q_EMIT reportReady();
    });
    m_thread->start();
}

void ReportsWindow::setChart(int index, QChart* chart, bool clickable)
{
    QChartView* view = m_views.at(index);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    if (!clickable)
        return;
    for (QAbstractSeries* series : chart->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(series);
        if (!bars)
            continue;
        QBarCategoryAxis* axis = nullptr;
        for (QAbstractAxis* a : bars->attachedAxes())
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(a))
                axis = categories;
        if (!axis)
            continue;
        for (QBarSet* set : bars->barSets())
            connect(set, &QBarSet::clicked, this, [this, axis](int bar) {
                const QStringList ids = axis->property(kBarIdsProperty).toStringList();
                if (bar >= 0 && bar < axis->count())
                    Q_EMIT ticketsRequested(ids.value(bar, axis->at(bar)));
            });
    }
}

void ReportsWindow::showReport()
{
    m_export->setEnabled(m_report.has_value());
    if (!m_report)
        return;
    const PeriodReport& r = *m_report;
    setChart(0, volumeChart(r), false);
    setChart(1, slaChart(r), false);
    setChart(2, topChart(tr("Top device models"), r.topDeviceModels, r), true);
    setChart(3, topChart(tr("Top regions"), r.topRegions, r), true);
    setChart(4, topChart(tr("Top scenarios"), r.topScenarios, r, ReportDimension::Scenario), true);
    setChart(5, rootCauseChart(r), false);
    setChart(6, recurringChart(r), true);
    setChart(7, recurringTrendChart(r), false);
    setChart(8, replyQualityChart(r), false);
    showReplyQuality();
    showRecommendations();
}

void ReportsWindow::showReplyQuality()
{
    const ReplyQuality& q = m_report->replyQuality;
    m_replySummary->setText(
        q.replies == 0 ? tr("No reply was sent in this period.")
                       : tr("%1 replies; %2 (%3%) have a wording suggestion, %4 per reply. "
                            "Suggestions are for coaching: they point at phrasing, not at people.")
                             .arg(q.replies)
                             .arg(q.repliesWithSuggestion)
                             .arg(q.repliesWithSuggestionPct, 0, 'f', 1)
                             .arg(q.suggestionsPerReply, 0, 'f', 2));
    m_replyAgents->setRowCount(int(q.agents.size()));
    for (int row = 0; row < int(q.agents.size()); ++row) {
        const AgentReplyQuality& a = q.agents.at(row);
        const QString common = a.byCategory.isEmpty()
                                   ? QString()
                                   : suggestionCategoryTitle(a.byCategory.first().category);
        const QStringList cells{a.agent, QString::number(a.replies),
                                QString::number(a.repliesWithSuggestion),
                                QString::number(a.suggestionsPerReply, 'f', 2), common};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column > 0 && column < 4)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_replyAgents->setItem(row, column, item);
        }
    }
    const CommitmentTally& c = q.commitments;
    m_commitments->setText(
        c.due == 0 ? tr("No commitment was due in this period.")
                   : tr("Commitments due: %1. Kept %2, not kept %3 (%4% kept); still open %5, "
                        "%6 of them past due.")
                         .arg(c.due)
                         .arg(c.kept)
                         .arg(c.broken)
                         .arg(c.keptPct, 0, 'f', 1)
                         .arg(c.open)
                         .arg(c.overdue));
}

void ReportsWindow::showRecommendations()
{
    while (QLayoutItem* item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Recommendations")));
    m_cards->addWidget(title);
    if (m_report->recommendations.isEmpty())
        m_cards->addWidget(new QLabel(tr("No recommendation for this period.")));
    for (const Recommendation& rec : m_report->recommendations) {
        auto* card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(card);
        const QString subject = reportLabel(*m_report,
                                            rec.kind == QLatin1String("rework_scenario")
                                                ? ReportDimension::Scenario
                                                : ReportDimension::Name,
                                            rec.subject);
        auto* label = new QLabel(QStringLiteral("<b>%1</b> — %2<br>%3")
                                     .arg(recommendationTitle(rec.kind).toHtmlEscaped(),
                                          subject.toHtmlEscaped(),
                                          recommendationEvidence(*m_report, rec).toHtmlEscaped()));
        label->setWordWrap(true);
        layout->addWidget(label);
        m_cards->addWidget(card);
    }
    const QList<Incident>& incidents = m_report->incidents;
    if (!incidents.isEmpty()) {
        QStringList lines;
        constexpr qsizetype kShown = 5;
        for (qsizetype i = 0; i < std::min(kShown, incidents.size()); ++i) {
            const Incident& incident = incidents.at(i);
            lines << tr("%1 in %2 from %3: %n ticket(s)", nullptr, int(incident.tickets))
                         .arg(reportLabel(*m_report, ReportDimension::Category, incident.category),
                              incident.region,
                              QLocale().toString(incident.start.toLocalTime(),
                                                 QLocale::ShortFormat))
                         .toHtmlEscaped();
        }
        if (incidents.size() > kShown)
            lines << tr("… and %n more (in the exported report)", nullptr,
                        int(incidents.size() - kShown))
                         .toHtmlEscaped();
        auto* label = new QLabel(
            QStringLiteral("%1<br>%2")
                .arg(tr("%n possible incident(s): clusters of similar tickets in a short window.",
                        nullptr, int(incidents.size()))
                         .toHtmlEscaped(),
                     lines.join(QStringLiteral("<br>"))));
        label->setWordWrap(true);
        m_cards->addWidget(label);
    }
    m_cards->addStretch(1);
}

bool ReportsWindow::exportTo(const QString& path, bool redact, QString* error) const
{
    if (!m_report) {
        *error = tr("No report to export yet.");
        return false;
    }
    const PeriodReport report = redact ? redacted(*m_report) : *m_report;
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return writeReportPdf(report, path, error);
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        bytes = reportCsv(report).toUtf8();
    else if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        bytes = QJsonDocument(reportJson(report)).toJson(QJsonDocument::Indented);
    else
        bytes = reportHtml(report).toUtf8();
    return writePrivateFile(path, bytes, error);
}

void ReportsWindow::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QStringLiteral("rtcare-report.pdf"),
        tr("PDF (*.pdf);;HTML (*.html);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    const bool redact = QMessageBox::question(this, tr("Export report"),
                                              tr("Leave out customer names and contacts?"))
                        == QMessageBox::Yes;
    QString error;
    if (!exportTo(path, redact, &error))
        QMessageBox::warning(this, tr("Export report"),
                             tr("The report was not saved: %1").arg(error));
}

ReportsWindow* showReportsWindow(QWidget* parent, const Database& database,
                                 const SlaPolicy& policy,
                                 const std::function<void(const QString&)>& showTickets)
{
    auto* window = parent->findChild<ReportsWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new ReportsWindow(database, policy, parent);
        QObject::connect(window, &ReportsWindow::ticketsRequested, parent,
                         [showTickets, parent](const QString& text) {
                             showTickets(text);
                             parent->raise();
                             parent->activateWindow();
                         });
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace rtcare
