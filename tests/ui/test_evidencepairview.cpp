// SPDX-License-Identifier: MIT
// The Evidence tab with both participants of one call: the pair view shows both files on
// one time axis with the combined verdict, Swap works from the keyboard, and at 1366x768
// in the main window nothing is cut (RTCARE_SCREENSHOT_DIR, when set, gets PNGs of it).
#include "catch.h"
#include "evidenceattach.h"
#include "evidencefixtures.h"
#include "uitestfixture.h"

#include "evidence/evidencechart.h"
#include "evidence/evidencepairview.h"
#include "evidence/evidencepanel.h"
#include "window/mainwindow.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>

using namespace rtcare;
using namespace rtcare::test;

namespace {

std::pair<qint64, qint64> timeRange(EvidenceChart* chart)
{
    const QList<QAbstractAxis*> axes = chart->chart()->axes(Qt::Horizontal);
    REQUIRE(axes.size() == 1);
    auto* time = qobject_cast<QDateTimeAxis*>(axes.first());
    REQUIRE(time);
    return {time->min().toMSecsSinceEpoch(), time->max().toMSecsSinceEpoch()};
}

// Attaches the Chrome and the Safari side of one call to a new ticket.
Ticket attachPair(UiFixture& f, EvidencePanel& panel)
{
    const Ticket ticket = f.file(QStringLiteral("周婷"), Category::AvQuality);
    panel.showTicket(ticket.id);
    attachAndWait(panel, rtcFixture("jitsi-google-legacy-stats-p2p.ndjson"));
    CHECK_FALSE(panel.compareButton()->isVisibleTo(&panel));
    attachAndWait(panel, rtcFixture("jitsi-safari-standard-stats.ndjson"));
    return ticket;
}

void saveShot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("RTCARE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("Evidence pair view: both participants on one time axis, Swap by key",
          "[ui][evidence][pair]")
{
    UiFixture f;
    EvidencePanel panel(*f.repository);
    panel.resize(700, 1000);
    panel.show();
    panel.selectLanguage(QStringLiteral("en"));
    attachPair(f, panel);
    REQUIRE(panel.evidenceCount() == 2);
    REQUIRE(panel.compareButton()->isVisibleTo(&panel));
    CHECK_FALSE(panel.pairView()->isVisibleTo(&panel));

    panel.compareButton()->click();
    EvidencePairView* view = panel.pairView();
    REQUIRE(view->isVisibleTo(&panel));
    CHECK_FALSE(panel.chart()->isVisibleTo(&panel)); // the single file's view steps aside
    // The selected file (the last attached) is A, the other one B.
    CHECK(view->participantLabel(0).contains(QStringLiteral("jitsi-safari-standard-stats")));
    CHECK(view->participantLabel(1).contains(QStringLiteral("jitsi-google-legacy-stats-p2p")));
    CHECK(view->verdictText().contains(QStringLiteral("overlap")));
    CHECK_FALSE(view->verdictText().contains(QStringLiteral("not the two sides")));
    // One time axis: both timelines over the same range, covering both files.
    REQUIRE(view->chart(0)->isVisibleTo(&panel));
    REQUIRE(view->chart(1)->isVisibleTo(&panel));
    CHECK(timeRange(view->chart(0)) == timeRange(view->chart(1)));
    // RTT, jitter and loss both ways on each (the bitrate stays in the single view).
    CHECK(view->chart(0)->seriesCount() >= 4);
    CHECK(view->chart(1)->seriesCount() >= 4);
    // The time both files cover is tinted on both, with a legend entry.
    for (int participant = 0; participant < 2; ++participant) {
        const QList<EvidenceChart::LegendEntry> entries = view->chart(participant)->legendEntries();
        CHECK(std::any_of(entries.begin(), entries.end(), [](const EvidenceChart::LegendEntry& e) {
            return e.label == QStringLiteral("Time both files cover");
        }));
    }
    // The sentence box holds the combined sentence.
    CHECK(panel.sentence().contains(QStringLiteral("both sides of the call")));
    CHECK(panel.copyButton()->isEnabled());

    // Swap from the keyboard: the button takes focus by Tab and Space presses it.
    QPushButton* swap = view->swapButton();
    CHECK((swap->focusPolicy() & Qt::TabFocus));
    const QString before = view->participantLabel(0);
    swap->setFocus();
    QTest::keyClick(swap, Qt::Key_Space);
    CHECK(view->participantLabel(0).contains(QStringLiteral("jitsi-google-legacy-stats-p2p")));
    CHECK(view->participantLabel(1).contains(QStringLiteral("jitsi-safari-standard-stats")));
    CHECK(timeRange(view->chart(0)) == timeRange(view->chart(1)));
    QTest::keyClick(swap, Qt::Key_Space);
    CHECK(view->participantLabel(0) == before);

    // Back to one file at a time.
    panel.compareButton()->click();
    CHECK_FALSE(view->isVisibleTo(&panel));
    CHECK(panel.chart()->isVisibleTo(&panel));
}

TEST_CASE("Evidence pair view: two files of different calls make no combined verdict",
          "[ui][evidence][pair]")
{
    UiFixture f;
    const Ticket ticket = f.file(QStringLiteral("钱程"), Category::AvQuality);
    EvidencePanel panel(*f.repository);
    panel.show();
    panel.selectLanguage(QStringLiteral("en"));
    panel.showTicket(ticket.id);
    attachAndWait(panel, rtcFixture("06_rtcstats_chrome_standard_p2p_jitsi.ndjson"));
    attachAndWait(panel, rtcFixture("jitsi-firefox97-standard-stats-sfu.ndjson"));
    panel.compareButton()->click();
    CHECK(
        panel.pairView()->verdictText().contains(QStringLiteral("not the two sides of one call")));
    CHECK(panel.pairView()->verdictText().contains(QStringLiteral("do not overlap")));
    CHECK_FALSE(panel.pairView()->chart(0)->isVisibleTo(&panel));
    CHECK(panel.sentence().isEmpty());
    CHECK_FALSE(panel.copyButton()->isEnabled());
}

TEST_CASE("Evidence pair view at 1366x768 in the main window, both languages",
          "[ui][evidence][pair]")
{
    for (const bool chinese : {false, true}) {
        QTranslator translator;
        if (chinese) {
            REQUIRE(translator.load(QStringLiteral(":/rtcare/i18n/rtcare_zh_CN.qm")));
            QCoreApplication::installTranslator(&translator);
        }
        {
            UiFixture f;
            MainWindow window(*f.repository);
            window.resize(1366, 768);
            window.show();
            EvidencePanel* panel = nullptr;
            for (int i = 0; i < window.ticketTabs()->count() && !panel; ++i)
                panel = qobject_cast<EvidencePanel*>(window.ticketTabs()->widget(i));
            REQUIRE(panel);
            panel->selectLanguage(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
            const Ticket ticket = attachPair(f, *panel);
            window.refreshNow();
            window.openTicket(ticket.id);
            window.showTicketTab(window.ticketTabs()->indexOf(panel));
            panel->compareButton()->click();
            QCoreApplication::processEvents();
            EvidencePairView* view = panel->pairView();
            REQUIRE(view->isVisible());
            // The pair view fits the pane's width: nothing runs off to the right.
            auto* scroll = panel->findChild<QScrollArea*>();
            REQUIRE(scroll);
            CHECK(scroll->widget()->width() <= scroll->viewport()->width());
            const QPoint right = view->mapTo(scroll->viewport(), QPoint(view->width(), 0));
            CHECK(right.x() <= scroll->viewport()->width());
            // Every text in the pair view fits its label's width (or wraps).
            const QList<QLabel*> labels = view->findChildren<QLabel*>();
            for (const QLabel* label : labels) {
                if (!label->isVisible() || label->wordWrap())
                    continue;
                INFO(label->text().toStdString());
                CHECK(label->sizeHint().width() <= label->width() + 1);
            }
            CHECK(view->swapButton()->sizeHint().width() <= view->swapButton()->width());
            // The charts keep their height (axis titles drawn inside them).
            CHECK(view->chart(0)->height() >= view->chart(0)->minimumHeight());
            CHECK(view->chart(1)->height() >= view->chart(1)->minimumHeight());
            if (chinese)
                CHECK(panel->sentence().contains(QStringLiteral("双方")));
            saveShot(window,
                     chinese ? QStringLiteral("pair-zh.png") : QStringLiteral("pair-en.png"));
            saveShot(*panel, chinese ? QStringLiteral("pair-panel-zh.png")
                                     : QStringLiteral("pair-panel-en.png"));
            saveShot(*view, chinese ? QStringLiteral("pair-view-zh.png")
                                    : QStringLiteral("pair-view-en.png"));
        }
        if (chinese)
            QCoreApplication::removeTranslator(&translator);
    }
}
