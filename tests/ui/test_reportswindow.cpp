// SPDX-License-Identifier: MIT
// The Reports window: computed off the UI thread, charts filled, a bar opens the queue.
#include "catch.h"
#include "core/reportdata.h"
#include "uitestfixture.h"

#include "reports/reportswindow.h"
#include "widgets/windowplacement.h"
#include "window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rtcare;
using namespace rtcare::test;

namespace {

// Opens View → Reports… and waits for its first report.
ReportsWindow* openReports(MainWindow& main)
{
    QAction* action = main.findChild<QAction*>(QStringLiteral("reportsAction"));
    REQUIRE(action);
    action->trigger();
    auto* window = main.findChild<ReportsWindow*>();
    REQUIRE(window);
    QSignalSpy ready(window, &ReportsWindow::reportReady);
    if (window->isComputing() || !window->report())
        REQUIRE(ready.wait(20000));
    REQUIRE(window->report());
    return window;
}

} // namespace

TEST_CASE("reports window: presets are the team's days", "[ui][reports]")
{
    const QDate wednesday(2026, 11, 25);
    SECTION("UTC")
    {
        const QTimeZone utc = QTimeZone::utc();
        const auto at = [](int m, int d) {
            return QDateTime(QDate(2026, m, d), QTime(0, 0), Qt::UTC);
        };
        CHECK(ReportsWindow::presetRange(ReportsWindow::ThisWeek, wednesday, utc) ==
              std::pair{at(11, 23), at(11, 26)});
        CHECK(ReportsWindow::presetRange(ReportsWindow::LastWeek, wednesday, utc) ==
              std::pair{at(11, 16), at(11, 23)});
        CHECK(ReportsWindow::presetRange(ReportsWindow::Last30Days, wednesday, utc) ==
              std::pair{at(10, 27), at(11, 26)});
        CHECK(ReportsWindow::presetRange(ReportsWindow::ThisQuarter, wednesday, utc) ==
              std::pair{at(10, 1), at(11, 26)});
    }
    SECTION("Beijing: this week starts Monday 00:00 in Beijing, 16:00 UTC the day before")
    {
        const QTimeZone beijing("Asia/Shanghai");
        const auto [from, to] =
            ReportsWindow::presetRange(ReportsWindow::ThisWeek, wednesday, beijing);
        CHECK(from.toUTC() == QDateTime(QDate(2026, 11, 22), QTime(16, 0), Qt::UTC));
        CHECK(to.toUTC() == QDateTime(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC));
    }
}

TEST_CASE("reports window: computes in the background and a bar searches the queue",
          "[ui][reports]")
{
    UiFixture f;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 6; ++i)
        insertRow(*f.database, {now - 3600 * (i + 1), QStringLiteral("compatibility"),
                                QStringLiteral("medium_low"), QStringLiteral("new"),
                                i < 4 ? QStringLiteral("Redmi 9") : QStringLiteral("Mate 40"),
                                QStringLiteral("上海"), QStringLiteral("video_call"),
                                QStringLiteral("u%1").arg(i)});
    MainWindow main(*f.repository);
    ReportsWindow* window = openReports(main);
    CHECK(window->report()->total == 6);
    for (QChartView* view : window->chartViews())
        CHECK(view->chart() != nullptr);
    // The device chart (third): the largest bar is on top, i.e. the last category.
    QChart* devices = window->chartViews().at(2)->chart();
    auto* series = qobject_cast<QHorizontalBarSeries*>(devices->series().constFirst());
    REQUIRE(series);
    QBarSet* set = series->barSets().constFirst();
    REQUIRE(set->count() == 2);
    Q_EMIT set->clicked(1);
    CHECK(main.searchField()->text() == QStringLiteral("Redmi 9"));

    QTemporaryDir dir;
    QString error;
    CHECK(window->exportTo(dir.filePath(QStringLiteral("r.csv")), true, &error));
    CHECK(window->exportTo(dir.filePath(QStringLiteral("r.pdf")), false, &error));
}

TEST_CASE("reports window: bucket selector, recurring trend and reply quality", "[ui][reports]")
{
    UiFixture f;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 4; ++i) // one customer, four tickets an hour apart: three recurring
        insertRow(*f.database,
                  {now - 3600 * (i + 1), QStringLiteral("network"), QStringLiteral("high"),
                   QStringLiteral("new"), QStringLiteral("Mate 40"), QStringLiteral("广东"),
                   QStringLiteral("video_call"), QStringLiteral("same")});
    insertReply(*f.database, 0, now - 600, QStringLiteral("张伟"),
                QStringLiteral("[{\"category\":\"blame\"}]"));
    const qint64 promising = insertReply(*f.database, 1, now - 300, QStringLiteral("张伟"));
    insertCommitment(*f.database, 0, now - 60, QStringLiteral("kept"), promising);
    insertCommitment(*f.database, 1, now - 30, QStringLiteral("broken"), promising);

    ReportsWindow window(*f.database, SlaPolicy::builtIn());
    QSignalSpy ready(&window, &ReportsWindow::reportReady);
    REQUIRE(ready.wait(20000));
    CHECK(window.bucket() == BucketSize::Automatic);
    REQUIRE(window.report());
    CHECK(window.report()->bucket == BucketSize::Day);

    window.setBucket(BucketSize::Week);
    REQUIRE(ready.wait(20000));
    while (window.isComputing()) // a second computation may follow the first
        REQUIRE(ready.wait(20000));
    REQUIRE(window.report());
    CHECK(window.report()->bucket == BucketSize::Week);
    CHECK(window.report()->recurringTickets == 3);

    // The recurring trend: one point per bucket, the recurring tickets of each.
    REQUIRE(window.chartViews().size() == 9);
    auto* trend =
        qobject_cast<QLineSeries*>(window.chartViews().at(7)->chart()->series().constFirst());
    REQUIRE(trend);
    REQUIRE(trend->count() == window.report()->volume.size());
    qreal recurring = 0;
    for (const QPointF& point : trend->points())
        recurring += point.y();
    CHECK(recurring == 3);

    auto* table = window.findChild<QTableWidget*>(QStringLiteral("replyQualityTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("张伟"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("1"));
    CHECK(table->item(0, 3)->text() == QStringLiteral("0.50"));
    // Promises kept of those due: one kept, one not.
    CHECK(table->horizontalHeaderItem(4)->text() == QStringLiteral("Promises kept"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("1 / 2"));
    CHECK(window.report()->replyQuality.commitments.kept == 1);
}

TEST_CASE("reports window: recommendation cards give their numbers in words, incidents are "
          "listed, a scenario bar opens that scenario",
          "[ui][reports]")
{
    UiFixture f;
    // The start of an hour two hours ago, so the twelve tickets fall in one incident window.
    const qint64 now = (QDateTime::currentSecsSinceEpoch() / 3600 - 2) * 3600;
    // Twelve compatibility complaints about one model inside an hour in one region, one each
    // about four other models: device_adaptation fires, and the hour is a possible incident.
    for (int i = 0; i < 16; ++i)
        insertRow(*f.database,
                  {now + 60 * i, QStringLiteral("compatibility"), QStringLiteral("medium_low"),
                   QStringLiteral("new"),
                   i < 12 ? QStringLiteral("Redmi 9") : QStringLiteral("Model %1").arg(i),
                   i < 12 ? QStringLiteral("上海") : QStringLiteral("R%1").arg(i),
                   QStringLiteral("online_class"), QStringLiteral("u%1").arg(i)});
    MainWindow main(*f.repository);
    ReportsWindow* window = openReports(main);
    REQUIRE(window->report()->recommendations.size() == 1);
    QStringList texts;
    for (const QLabel* label : window->findChildren<QLabel*>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    CHECK(all.contains(QStringLiteral("Redmi 9")));
    CHECK(all.contains(QStringLiteral("12 of 16 complaints")));
    CHECK(all.contains(QStringLiteral("75 %")));
    CHECK(all.contains(QStringLiteral("1 possible incident(s)")));
    CHECK(all.contains(QStringLiteral("in 上海 from")));

    // The scenario chart (fifth) shows the scenario's name and sends its id to the queue.
    QChart* scenarios = window->chartViews().at(4)->chart();
    auto* series = qobject_cast<QHorizontalBarSeries*>(scenarios->series().constFirst());
    REQUIRE(series);
    Q_EMIT series->barSets().constFirst()->clicked(0);
    CHECK(main.searchField()->text() == QStringLiteral("online_class"));
}

namespace {

// Steps run on dialogs as they open; a step still waiting when the test ends is dropped.
class Modals
{
public:
    ~Modals() { qDeleteAll(m_timers); }

    // Runs `step` on the next modal dialog to open other than `previous` (polled from the
    // event loop, so it also runs inside a dialog's exec()).
    void next(std::function<void(QWidget*)> step, QWidget* previous = nullptr)
    {
        auto* timer = new QTimer;
        m_timers << timer;
        timer->setInterval(10);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, step, previous] {
            QWidget* modal = QApplication::activeModalWidget();
            if (!modal || modal == previous)
                return;
            timer->stop();
            step(modal);
        });
        timer->start();
    }

private:
    QList<QTimer*> m_timers;
};

// A window over two recurring tickets of one named customer, its first report shown.
struct ExportFixture
{
    UiFixture f;
    std::unique_ptr<ReportsWindow> window;
    QTemporaryDir dir;

    ExportFixture()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 2; ++i) {
            Row row(now - 3600 * (i + 1), QStringLiteral("network"));
            row.contact = QStringLiteral("13912345678");
            row.name = QStringLiteral("赵小红");
            insertRow(*f.database, row);
        }
        window = std::make_unique<ReportsWindow>(*f.database, SlaPolicy::builtIn());
        QSignalSpy ready(window.get(), &ReportsWindow::reportReady);
        REQUIRE(ready.wait(20000));
        REQUIRE(window->report());
        REQUIRE(window->report()->recurringTop.size() == 1);
        window->show();
    }

    QPushButton* exportButton() const
    {
        auto* button = window->findChild<QPushButton*>(QStringLiteral("exportReport"));
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        return button;
    }

    QStringList files() const { return QDir(dir.path()).entryList(QDir::Files); }
};

} // namespace

TEST_CASE("reports window: Escape at the redaction question writes nothing", "[ui][reports]")
{
    ExportFixture x;
    Modals modals;
    QString question;
    int dialogs = 0;
    modals.next([&](QWidget* box) {
        ++dialogs;
        question = box->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
        // Anything opening after the question would be the file dialog.
        modals.next(
            [&](QWidget* other) {
                ++dialogs;
                QTest::keyClick(other, Qt::Key_Escape);
            },
            box);
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(x.exportButton(), Qt::Key_Space);
    QTest::qWait(100); // time for a file dialog to appear, if one would
    CHECK(question == QStringLiteral("Leave out customer names and contacts?"));
    CHECK(dialogs == 1);
    CHECK(x.files().isEmpty());
    CHECK(x.window->lastExport().isEmpty());
    CHECK_FALSE(x.window->findChild<QWidget*>(QStringLiteral("exportedBar"))->isVisible());
}

TEST_CASE("reports window: Enter leaves customers out, the file dialog says so, and the "
          "window says where the file went",
          "[ui][reports]")
{
    ExportFixture x;
    Modals modals;
    QString title, suggested;
    const QString path = x.dir.filePath(QStringLiteral("team.csv"));
    modals.next([&](QWidget* box) {
        CHECK(box->findChild<QPushButton*>(QStringLiteral("exportWithoutCustomers"))->isDefault());
        modals.next(
            [&](QWidget* dialog) {
                title = dialog->windowTitle();
                auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
                REQUIRE(name);
                suggested = name->text();
                name->setText(path);
                QTest::keyClick(name, Qt::Key_Return);
            },
            box);
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(x.exportButton(), Qt::Key_Space);
    CHECK(title == QStringLiteral("Export the report without customer names and contacts"));
    CHECK(suggested.endsWith(QStringLiteral("-without-customers.pdf")));
    REQUIRE(x.files() == QStringList{QStringLiteral("team.csv")});
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    CHECK(csv.contains(QStringLiteral("# recurring_customers")));
    CHECK_FALSE(csv.contains(QStringLiteral("赵小红")));
    CHECK_FALSE(csv.contains(QStringLiteral("13912345678")));
    CHECK(file.permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    // Where it went, and buttons that open the file and its folder.
    CHECK(x.window->findChild<QWidget*>(QStringLiteral("exportedBar"))->isVisible());
    CHECK(x.window->findChild<QLabel*>(QStringLiteral("exportedPath"))->text() ==
          QStringLiteral("Saved to %1").arg(QDir::toNativeSeparators(path)));
    QList<QUrl> opened;
    x.window->setUrlOpener([&](const QUrl& url) {
        opened << url;
        return true;
    });
    QTest::keyClick(x.window->findChild<QPushButton*>(QStringLiteral("openExport")), Qt::Key_Space);
    QTest::keyClick(x.window->findChild<QPushButton*>(QStringLiteral("openExportFolder")),
                    Qt::Key_Space);
    CHECK(opened == QList<QUrl>{QUrl::fromLocalFile(path), QUrl::fromLocalFile(x.dir.path())});
}

TEST_CASE("reports window: including customers is said in the file dialog, and Escape there "
          "writes nothing",
          "[ui][reports]")
{
    ExportFixture x;
    Modals modals;
    QString title, suggested;
    modals.next([&](QWidget* box) {
        modals.next(
            [&](QWidget* dialog) {
                title = dialog->windowTitle();
                suggested = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"))->text();
                QTest::keyClick(dialog, Qt::Key_Escape);
            },
            box);
        auto* with = box->findChild<QPushButton*>(QStringLiteral("exportWithCustomers"));
        with->setFocus();
        QTest::keyClick(with, Qt::Key_Space);
    });
    QTest::keyClick(x.exportButton(), Qt::Key_Space);
    CHECK(title == QStringLiteral("Export the report with customer names and contacts"));
    CHECK(suggested.endsWith(QStringLiteral("-with-customers.pdf")));
    CHECK(x.files().isEmpty());

    // The same choice through exportTo() writes the names.
    QString error;
    REQUIRE(x.window->exportTo(x.dir.filePath(QStringLiteral("all.json")), false, &error));
    QFile file(x.dir.filePath(QStringLiteral("all.json")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().contains("13912345678"));
}

TEST_CASE("reports window: fits a 1366x768 screen and remembers where it was", "[ui][reports]")
{
    // A 1366x768 laptop with a 40-pixel task bar: 728 pixels of work area.
    const QRect laptop(0, 0, 1366, 728);
    const WindowPlacement fitted = fitWindow(laptop, ReportsWindow::kPreferredSize);
    INFO(fitted.outer().x() << "," << fitted.outer().y() << " " << fitted.outer().width() << "x"
                            << fitted.outer().height());
    CHECK(laptop.contains(fitted.outer())); // title bar and borders included
    CHECK(fitted.size.width() == 1200);
    CHECK(fitted.size.height() >= 600); // still most of the screen
    // A remembered place is kept while it fits; one from a larger screen is shrunk and
    // moved onto this one.
    const QRect small(100, 80, 900, 600);
    CHECK(fitWindow(laptop, ReportsWindow::kPreferredSize, small).framePosition == small.topLeft());
    CHECK(fitWindow(laptop, ReportsWindow::kPreferredSize, small).size == small.size());
    CHECK(laptop.contains(
        fitWindow(laptop, ReportsWindow::kPreferredSize, QRect(0, 0, 1200, 860)).outer()));
    CHECK(laptop.contains(
        fitWindow(laptop, ReportsWindow::kPreferredSize, QRect(2000, 100, 900, 600)).outer()));
    // A large screen gets the preferred size.
    CHECK(fitWindow(QRect(0, 0, 1920, 1040), ReportsWindow::kPreferredSize).size ==
          QSize(1200, 860));

    UiFixture f;
    QSettings().remove(QStringLiteral("windows/reports/geometry"));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QRect remembered;
    {
        ReportsWindow window(*f.database, SlaPolicy::builtIn());
        window.show();
        CHECK(available.contains(window.frameGeometry()));
        window.setGeometry(QRect(available.topLeft() + QPoint(40, 60),
                                 QSize(available.width() - 100, available.height() / 2)));
        remembered = window.geometry(); // as the window's minimum size allows
        REQUIRE(remembered.topLeft() == available.topLeft() + QPoint(40, 60));
        window.close();
    }
    {
        ReportsWindow window(*f.database, SlaPolicy::builtIn());
        CHECK(window.geometry() == remembered);
        // Made larger than the screen, it opens fitted the next time.
        window.setGeometry(QRect(available.topLeft(), available.size() * 2));
        window.close();
    }
    ReportsWindow window(*f.database, SlaPolicy::builtIn());
    CHECK(available.contains(window.geometry()));
}

TEST_CASE("reports window: first responses per tier and per agent", "[ui][reports]")
{
    UiFixture f;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int i = 0; i < 3; ++i) {
        Row row(now - 7200 - 600 * i, QStringLiteral("network"));
        row.respondedAfter = 300 * (i + 1); // 5, 10 and 15 minutes: all in time
        row.assignee = QStringLiteral("王静");
        insertRow(*f.database, row);
    }
    ReportsWindow window(*f.database, SlaPolicy::builtIn());
    QSignalSpy ready(&window, &ReportsWindow::reportReady);
    REQUIRE(ready.wait(20000));
    auto* tiers = window.findChild<QTableWidget*>(QStringLiteral("slaTierTable"));
    auto* agents = window.findChild<QTableWidget*>(QStringLiteral("slaAgentTable"));
    REQUIRE((tiers && agents));
    REQUIRE(tiers->rowCount() == 1);
    CHECK(tiers->item(0, 0)->text() == QStringLiteral("High"));
    CHECK(tiers->item(0, 5)->text() == QStringLiteral("0:10")); // median
    REQUIRE(agents->rowCount() == 1);
    QStringList row;
    for (int c = 0; c < agents->columnCount(); ++c)
        row << agents->item(0, c)->text();
    CHECK(row == QStringList{QStringLiteral("王静"), QStringLiteral("3"), QStringLiteral("3"),
                             QStringLiteral("0"), QStringLiteral("100.0"), QStringLiteral("0:10")});
}
