// SPDX-License-Identifier: MIT
#include "reports/reportswindow.h"

#include "reports/reportcharts.h"
#include "reports/replyquality.h"
#include "reports/reportlabels.h"
#include "settings/appsettings.h"
#include "storage/database.h"
#include "storage/privatefile.h"
#include "widgets/windowplacement.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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
// The recommendation cards come first (row 0): what to do is what a team lead opens the
// window for. The charts over time span both columns, so a month of daily dates stays
// legible; the first-response tables (row 4) and the reply-quality numbers (beside its
// chart) are tables.
constexpr std::array<Cell, kCharts> kChartCells{{{1, 0, 2},
                                                 {2, 0, 1},
                                                 {5, 0, 1},
                                                 {5, 1, 1},
                                                 {6, 0, 1},
                                                 {6, 1, 1},
                                                 {2, 1, 1},
                                                 {3, 0, 2},
                                                 {7, 0, 1}}};

QTableWidget* newTable(const QString& name, const QStringList& header, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(header.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// Fills `table`: one row per entry, numbers (every column but the first) right-aligned.
void fillTable(QTableWidget* table, const QList<QStringList>& rows)
{
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row)
        for (int column = 0; column < int(rows.at(row).size()); ++column) {
            auto* item = new QTableWidgetItem(rows.at(row).at(column));
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    // Tall enough for its rows (up to ten), so the page scrolls rather than the table.
    const int shown = std::min(10, table->rowCount());
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int row = 0; row < shown; ++row)
        height += table->rowHeight(row);
    table->setMinimumHeight(height);
}

QString duration(qint64 responded, qint64 seconds)
{
    return responded > 0 ? reportDuration(seconds) : QStringLiteral("–");
}

} // namespace

ReportsWindow::ReportsWindow(const Database& database, const SlaPolicy& policy, QWidget* parent)
    : QWidget(parent, Qt::Window), m_database(database), m_policy(policy),
      m_openUrl([](const QUrl& url) { return QDesktopServices::openUrl(url); })
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
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
    m_export = new QPushButton(tr("&Export…"), this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &ReportsWindow::exportReport);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto* bucketLabel = new QLabel(tr("&Group by:"), this);
    bucketLabel->setBuddy(m_bucket);
    top->addWidget(periodLabel);
    top->addWidget(m_preset);
    top->addSpacing(12);
    top->addWidget(bucketLabel);
    top->addWidget(m_bucket);
    top->addWidget(refreshButton);
    top->addWidget(m_status, 1);
    top->addWidget(m_export);

    // After an export: where the file went, and buttons to open it or its folder.
    m_savedBar = new QFrame(this);
    m_savedBar->setObjectName(QStringLiteral("exportedBar"));
    auto* saved = new QHBoxLayout(m_savedBar);
    saved->setContentsMargins(0, 0, 0, 0);
    m_savedText = new QLabel(m_savedBar);
    m_savedText->setObjectName(QStringLiteral("exportedPath"));
    m_savedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_savedText->setWordWrap(true);
    auto* openFile = new QPushButton(tr("&Open"), m_savedBar);
    openFile->setObjectName(QStringLiteral("openExport"));
    auto* openFolder = new QPushButton(tr("Show in &folder"), m_savedBar);
    openFolder->setObjectName(QStringLiteral("openExportFolder"));
    saved->addWidget(m_savedText, 1);
    saved->addWidget(openFile);
    saved->addWidget(openFolder);
    m_savedBar->hide();
    connect(openFile, &QPushButton::clicked, this,
            [this] { m_openUrl(QUrl::fromLocalFile(m_lastExport)); });
    connect(openFolder, &QPushButton::clicked, this, [this] {
        m_openUrl(QUrl::fromLocalFile(QFileInfo(m_lastExport).absolutePath()));
    });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(buildPage());

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_savedBar);
    layout->addWidget(scroll, 1);
    if (parent && parent->screen())
        setScreen(parent->screen()); // opens where the main window is
    placeWindow(this, QStringLiteral("reports"), kPreferredSize);
    refresh();
}

QWidget* ReportsWindow::buildPage()
{
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
    auto* cardsBox = new QFrame(page);
    m_cards = new QVBoxLayout(cardsBox);
    grid->addWidget(cardsBox, 0, 0, 1, 2);

    auto* slaBox = new QFrame(page);
    auto* slaLayout = new QGridLayout(slaBox);
    slaLayout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("First-response SLA per tier")), slaBox), 0, 0);
    slaLayout->addWidget(
        new QLabel(QStringLiteral("<b>%1</b>").arg(tr("First-response SLA per agent")), slaBox), 0, 1);
    const QStringList figures{tr("Tickets"), tr("Met"), tr("Missed"), tr("Attainment %"),
                              tr("Median")};
    m_tierTable = newTable(QStringLiteral("slaTierTable"),
                           QStringList{tr("Tier")} + figures + QStringList{tr("p90")}, slaBox);
    m_agentTable = newTable(QStringLiteral("slaAgentTable"), QStringList{tr("Agent")} + figures,
                            slaBox);
    slaLayout->addWidget(m_tierTable, 1, 0);
    slaLayout->addWidget(m_agentTable, 1, 1);
    auto* slaNote = new QLabel(tr("Median and p90 in hours:minutes from a ticket's creation to "
                                  "its first response."),
                               slaBox);
    slaNote->setWordWrap(true);
    slaLayout->addWidget(slaNote, 2, 0, 1, 2);
    grid->addWidget(slaBox, 4, 0, 1, 2);

    auto* replyBox = new QFrame(page);
    auto* replyLayout = new QVBoxLayout(replyBox);
    replyLayout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Reply quality")), replyBox));
    m_replySummary = new QLabel(replyBox);
    m_replySummary->setWordWrap(true);
    replyLayout->addWidget(m_replySummary);
    m_replyAgents = newTable(QStringLiteral("replyQualityTable"),
                             {tr("Agent"), tr("Replies"), tr("With a suggestion"), tr("Per reply"),
                              tr("Promises kept"), tr("Most frequent suggestion")},
                             replyBox);
    m_replyAgents->horizontalHeader()->setMinimumSectionSize(72);
    replyLayout->addWidget(m_replyAgents, 1);
    m_commitments = new QLabel(replyBox);
    m_commitments->setWordWrap(true);
    replyLayout->addWidget(m_commitments);
    grid->addWidget(replyBox, 7, 1);
    return page;
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

std::pair<QDateTime, QDateTime> ReportsWindow::presetRange(Preset preset, QDate today,
                                                           const QTimeZone& zone)
{
    const auto at = [&zone](QDate day) { return day.startOfDay(zone); };
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
    const QTimeZone zone = reportTimeZone(m_policy, AppSettings::load().reportTimeZone);
    const auto [from, to] =
        presetRange(Preset(m_preset->currentIndex()), now.toTimeZone(zone).date(), zone);
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
                                &error, size, zone);
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
        m_status->setText(
            m_report ? tr("%1, days in %2: %n ticket(s), computed in %3 ms", nullptr,
                          int(m_report->total))
                           .arg(reportPeriodDays(*m_report),
                                reportZoneName(m_report->zone, m_report->from))
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
    const QList<QChart*> charts = reportCharts(*m_report);
    // Bars of devices, regions, scenarios and recurring scenarios open the matching tickets.
    const std::array<bool, kCharts> clickable{false, false, true, true, true,
                                              false, true,  false, false};
    for (int i = 0; i < kCharts; ++i)
        setChart(i, charts.at(i), clickable[std::size_t(i)]);
    showFirstResponses();
    showReplyQuality();
    showRecommendations();
}

void ReportsWindow::showFirstResponses()
{
    QList<QStringList> tiers;
    for (const SlaRow& s : m_report->sla)
        tiers << QStringList{s.name,
                             QLocale().toString(s.tickets),
                             QLocale().toString(s.met),
                             QLocale().toString(s.missed),
                             QLocale().toString(s.attainmentPct, 'f', 1),
                             duration(s.responded, s.medianFirstResponseS),
                             duration(s.responded, s.p90FirstResponseS)};
    fillTable(m_tierTable, tiers);
    QList<QStringList> agents;
    for (const AgentSlaRow& a : m_report->slaByAgent)
        agents << QStringList{a.agent.isEmpty() ? tr("(not assigned)") : a.agent,
                              QLocale().toString(a.tickets),
                              QLocale().toString(a.met),
                              QLocale().toString(a.missed),
                              QLocale().toString(a.attainmentPct, 'f', 1),
                              duration(a.responded, a.medianFirstResponseS)};
    fillTable(m_agentTable, agents);
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
    QList<QStringList> rows;
    for (const AgentReplyQuality& a : q.agents)
        rows << QStringList{a.agent, QString::number(a.replies),
                            QString::number(a.repliesWithSuggestion),
                            QString::number(a.suggestionsPerReply, 'f', 2),
                            //: An agent's promises kept of those due in the period: "3 / 4"
                            a.promisesDue == 0 ? QStringLiteral("–")
                                               : tr("%1 / %2").arg(a.promisesKept).arg(a.promisesDue),
                            a.byCategory.isEmpty()
                                ? QString()
                                : suggestionCategoryTitle(a.byCategory.first().category)};
    fillTable(m_replyAgents, rows);
    for (int row = 0; row < m_replyAgents->rowCount(); ++row) // a name, not a number
        if (QTableWidgetItem* item = m_replyAgents->item(row, 5))
            item->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
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
                              incident.region, reportTime(incident.start, m_report->zone))
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
