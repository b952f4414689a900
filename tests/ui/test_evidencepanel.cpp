// SPDX-License-Identifier: MIT
// The Evidence tab, offscreen: attach a real dump, see the cards, the chart and the
// sentence; switch profile and language; copy; the main window carries the tab.
#include "catch.h"
#include "evidenceattach.h"
#include "evidencefixtures.h"
#include "uitestfixture.h"

#include "evidence/evidencecard.h"
#include "evidence/evidencechart.h"
#include "evidence/evidencepanel.h"
#include "evidence/evidencestore.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QClipboard>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTranslator>

using namespace rtcare;
using namespace rtcare::test;

TEST_CASE("EvidencePanel attaches a dump and shows summary, chart and sentence", "[ui][evidence]")
{
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("李娜"), Category::AvQuality);
    EvidencePanel panel(*f.repository);
    panel.resize(900, 900);
    panel.show();
    panel.showTicket(0);
    CHECK(panel.evidenceCount() == 0);
    CHECK_FALSE(panel.copyButton()->isEnabled());

    panel.showTicket(ticket.id);
    panel.selectLanguage(QStringLiteral("en"));
    attachAndWait(panel,
                  rtcFixture("03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json"));
    CHECK(panel.evidenceCount() == 1);
    CHECK(panel.downlinkCard()->valueText(QStringLiteral("rtt")).startsWith(QStringLiteral("271")));
    CHECK(panel.downlinkCard()->level(QStringLiteral("rtt")) == evidence::Level::Ok);
    CHECK(panel.downlinkCard()->level(QStringLiteral("loss")) == evidence::Level::Ok);
    CHECK(panel.chart()->seriesCount() >= 6);
    CHECK(panel.sentence().contains(QStringLiteral("froze 9 time(s)")));
    CHECK(panel.copyButton()->isEnabled());
    panel.copyButton()->click();
    CHECK(QApplication::clipboard()->text() == panel.sentence());

    // A stricter profile turns the 271 ms RTT amber, and the sentence follows the language.
    panel.selectProfile(QStringLiteral("twilio-like"));
    CHECK(panel.downlinkCard()->level(QStringLiteral("rtt")) == evidence::Level::Warn);
    panel.selectLanguage(QStringLiteral("zh_CN"));
    CHECK(panel.sentence().contains(QStringLiteral("卡住了 9 次")));

    // A second file (the other participant's CSV), and a bad one reported, not stored.
    attachAndWait(panel, rtcFixture("04_csv_parsed_ellencostaras_treatment1.csv"));
    CHECK(panel.evidenceCount() == 2);
    QSignalSpy failed(&panel, &EvidencePanel::attachFailed);
    panel.attachFile(rtcFixture("SOURCES.md"));
    for (int i = 0; i < 100 && failed.isEmpty(); ++i)
        failed.wait(100);
    REQUIRE(failed.size() == 1);
    CHECK(panel.evidenceCount() == 2);

    // Reselecting the ticket reloads from the database.
    panel.showTicket(0);
    CHECK(panel.evidenceCount() == 0);
    panel.showTicket(ticket.id);
    CHECK(panel.evidenceCount() == 2);

    // Removing one keeps the other; the history says so.
    panel.removeSelected();
    CHECK(panel.evidenceCount() == 1);
    const QList<AuditEntry> history = f.repository->history(ticket.id);
    CHECK(std::count_if(history.begin(), history.end(), [](const AuditEntry& e) {
              return e.action == QLatin1String("evidence");
          }) == 3);
}

TEST_CASE("EvidencePanel shades bad intervals of an impaired call", "[ui][evidence]")
{
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("王强"), Category::AvQuality);
    EvidencePanel panel(*f.repository);
    panel.showTicket(ticket.id);
    attachAndWait(panel, rtcFixture("05_getstats_legacy_chrome48_fippo_clienttest.json"));
    CHECK(panel.chart()->shadedCount() >= 1);
    CHECK_FALSE(panel.verdictText().isEmpty());
}

namespace {

QLineSeries* lineNamed(EvidenceChart* chart, const QString& name)
{
    const QList<QAbstractSeries*> all = chart->chart()->series();
    for (QAbstractSeries* s : all) {
        if (auto* line = qobject_cast<QLineSeries*>(s); line && line->name() == name)
            return line;
    }
    return nullptr;
}

QStringList legendLabels(EvidenceChart* chart)
{
    QStringList labels;
    const QList<EvidenceChart::LegendEntry> entries = chart->legendEntries();
    for (const EvidenceChart::LegendEntry& e : entries)
        labels << e.label;
    return labels;
}

} // namespace

TEST_CASE("EvidencePanel: fixture 03's timeline agrees with its card and shades its freezes",
          "[ui][evidence]")
{
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("赵敏"), Category::AvQuality);
    EvidencePanel panel(*f.repository);
    panel.resize(900, 1000);
    panel.showTicket(ticket.id);
    panel.selectLanguage(QStringLiteral("en"));
    attachAndWait(panel,
                  rtcFixture("03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json"));

    // The received-bitrate line: the card's figure is its median, and no point runs off
    // to ten times the card (it once reached ~15,000 kbit/s in the last interval).
    QLineSeries* received = lineNamed(panel.chart(), QStringLiteral("Bitrate received"));
    REQUIRE(received);
    std::vector<double> values;
    for (const QPointF& p : received->points()) {
        if (p.y() > 0)
            values.push_back(p.y());
    }
    REQUIRE(values.size() >= 5);
    std::sort(values.begin(), values.end());
    const double median = values[(values.size() - 1) / 2];
    const QString card = panel.downlinkCard()->valueText(QStringLiteral("bitrate"));
    CHECK(card == QStringLiteral("%1 kbit/s").arg(qRound(median)));
    CHECK(values.back() < 2 * median);
    CHECK(median > 1400);
    CHECK(median < 1700);

    // Freezes of 1 s a minute or more are noticeable under the default profile: shaded
    // amber with a legend entry; nothing there is bad enough for red.
    CHECK(panel.chart()->shadedCount(evidence::Level::Warn) >= 1);
    CHECK(panel.chart()->shadedCount(evidence::Level::Bad) == 0);
    CHECK(legendLabels(panel.chart()).contains(QStringLiteral("Noticeable intervals")));
    // The legend under the chart shows the same entries, whole.
    CHECK(panel.legendLabels() == legendLabels(panel.chart()));
    CHECK(panel.downlinkCard()->level(QStringLiteral("bad_time")) == evidence::Level::Warn);
    // The card says what a freeze is.
    CHECK(panel.downlinkCard()
              ->definition(QStringLiteral("freezes"))
              .contains(QStringLiteral("W3C")));
    // The route: one connection over Wi-Fi, direct.
    CHECK(panel.pathDescription().contains(QStringLiteral("wifi")));

    // The stricter profile: the 270 ms round trip makes every measured interval noticeable.
    panel.selectProfile(QStringLiteral("twilio-like"));
    CHECK(panel.chart()->shadedCount() >= 1);
    CHECK(panel.verdictText().contains(QStringLiteral("Because:")));

    // In Chinese the legend says so too.
    QTranslator translator;
    REQUIRE(translator.load(QStringLiteral(":/rtcare/i18n/rtcare_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    EvidenceChart chinese;
    const evidence::EvidenceRecord record =
        evidence::EvidenceStore(f.repository->database()).forTicket(ticket.id).constFirst();
    chinese.show(
        record.metrics,
        evidence::assess(record.metrics, *evidence::findProfile(QStringLiteral("agora-like"))));
    const QStringList zh = legendLabels(&chinese);
    QCoreApplication::removeTranslator(&translator);
    CHECK(zh.contains(QStringLiteral("可察觉变差的时段")));
    CHECK(zh.contains(QStringLiteral("接收码率")));
}

TEST_CASE("EvidencePanel: a failed connection is the verdict and is marked on the timeline",
          "[ui][evidence]")
{
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("孙丽"), Category::Network);
    EvidencePanel panel(*f.repository);
    panel.showTicket(ticket.id);
    panel.selectLanguage(QStringLiteral("en"));
    attachAndWait(panel, rtcFixture("jitsi-chrome-standard-pc-failed.ndjson"));
    CHECK(panel.verdictText().contains(QStringLiteral("the connection failed")));
    CHECK(panel.verdictText().contains(QStringLiteral("Connection lost at")));
    // Three connections set up or failing: connected, and three failures.
    CHECK(panel.chart()->eventCount() >= 4);
    CHECK(legendLabels(panel.chart()).contains(QStringLiteral("Connection lost or failed")));
    const QString path = panel.pathDescription();
    CHECK(path.contains(QStringLiteral("Connection 1: lost at")));
    CHECK(path.count(QStringLiteral("could not be set up")) == 2);
    CHECK(panel.sentence().contains(QStringLiteral("the connection was lost")));
    CHECK_FALSE(panel.sentence().contains(QStringLiteral("PC_")));
}

TEST_CASE("MainWindow has the Evidence tab", "[ui][evidence]")
{
    UiFixture f;
    MainWindow window(*f.repository);
    QTabWidget* tabs = window.ticketTabs();
    bool found = false;
    for (int i = 0; i < tabs->count(); ++i)
        found = found || qobject_cast<EvidencePanel*>(tabs->widget(i)) != nullptr;
    CHECK(found);
}
