// SPDX-License-Identifier: MIT
// The Evidence tab, offscreen: attach a real dump, see the cards, the chart and the
// sentence; switch profile and language; copy; the main window carries the tab.
#include "catch.h"
#include "uitestfixture.h"

#include "evidence/evidencecard.h"
#include "evidence/evidencechart.h"
#include "evidence/evidencepanel.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>

using namespace rtcare;
using namespace rtcare::test;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(RTCARE_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

void attachAndWait(EvidencePanel& panel, const QString& path)
{
    QSignalSpy attached(&panel, &EvidencePanel::attached);
    QSignalSpy failed(&panel, &EvidencePanel::attachFailed);
    panel.attachFile(path);
    for (int i = 0; i < 300 && attached.isEmpty() && failed.isEmpty(); ++i)
        attached.wait(100);
    INFO((failed.isEmpty() ? QString() : failed.first().first().toString()).toStdString());
    REQUIRE(attached.size() == 1);
}

} // namespace

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
                  fixture("03_internals_chrome128_impaired_ellencostaras_treatment1_aadya.json"));
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
    attachAndWait(panel, fixture("04_csv_parsed_ellencostaras_treatment1.csv"));
    CHECK(panel.evidenceCount() == 2);
    QSignalSpy failed(&panel, &EvidencePanel::attachFailed);
    panel.attachFile(fixture("SOURCES.md"));
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
    attachAndWait(panel, fixture("05_getstats_legacy_chrome48_fippo_clienttest.json"));
    CHECK(panel.chart()->shadedCount() >= 1);
    CHECK_FALSE(panel.verdictText().isEmpty());
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
