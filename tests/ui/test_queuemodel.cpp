// SPDX-License-Identifier: MIT
#include "catch.h"
#include "modeltester.h"
#include "uitestfixture.h"

#include "demo/demodata.h"
#include "queue/queuemodel.h"
#include "storage/queuequery.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>

using namespace rtcare;
using namespace rtcare::test;
using namespace Qt::StringLiterals;

namespace {

QVariant cell(const QueueModel& model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role);
}

qint64 idAt(const QueueModel& model, int row)
{
    return cell(model, row, QueueModel::Number, QueueModel::TicketIdRole).toLongLong();
}

// 300 tickets filed a minute apart, of every category; some answered, some resolved.
void fileMany(UiFixture& f, int count = 300)
{
    for (int i = 0; i < count; ++i) {
        const Ticket t = f.file(u"Customer %1"_s.arg(i), kAllCategories.at(std::size_t(i) % 5),
                                i % 7 == 0, i % 14 == 0, u"Complaint number %1"_s.arg(i));
        if (i % 3 == 0)
            f.act(t.id, TicketAction::SendFirstResponse);
        if (i % 10 == 0 && i % 3 == 0)
            f.act(t.id, TicketAction::Resolve);
        f.advanceMinutes(1);
    }
}

} // namespace

TEST_CASE("QueueModel passes QAbstractItemModelTester through filters, searches and refreshes",
          "[ui][queuemodel]")
{
    UiFixture f;
    fileMany(f);
    ModelTesterFailures failures;
    QueueModel model(*f.repository);
    model.setPaging(16, 4); // many page boundaries, constant eviction
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);

    for (QueueFilter filter : {QueueFilter::All, QueueFilter::Open, QueueFilter::AtRisk,
                               QueueFilter::Breached, QueueFilter::Open}) {
        model.setFilter(filter);
        for (int row = 0; row < model.rowCount(); row += 7) {
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                                 int(Qt::TextAlignmentRole), int(QueueModel::TicketIdRole),
                                 int(QueueModel::ClockStatusRole),
                                 int(QueueModel::ClockRemainingRole)})
                    (void)cell(model, row, column, role);
            }
        }
    }

    // Rows added: inserted at the end, no reset.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const int before = model.rowCount();
    f.file(u"Late caller"_s, Category::Feature);
    f.file(u"Another caller"_s, Category::Network);
    model.refresh();
    CHECK(model.rowCount() == before + 2);

    // Rows gone from the open queue: removed at the end, no reset.
    for (int row = 0; row < 5; ++row) {
        const qint64 id = idAt(model, row);
        if (const auto t = f.repository->find(id); t && t->status == TicketStatus::New)
            f.act(id, TicketAction::SendFirstResponse);
        f.act(id, TicketAction::Resolve);
    }
    model.refresh();
    CHECK(model.rowCount() == before + 2 - 5);
    CHECK(resets.count() == 0);

    f.advanceMinutes(3);
    model.notifyClockTick(0, 40);
    model.notifyClockTick(-3, model.rowCount() + 10);
    model.setSearch(u"Customer 1"_s);
    CHECK(model.rowCount() > 0);
    model.setSearch(u"no such customer anywhere"_s);
    CHECK(model.rowCount() == 0);
    model.refresh();
    model.setSearch({});

    const QStringList reported = ModelTesterFailures::take();
    INFO(reported.join(u'\n').toStdString());
    CHECK(reported.isEmpty());
}

TEST_CASE("QueueModel lists the most urgent ticket first", "[ui][queuemodel]")
{
    UiFixture f;
    const Ticket late = f.file(u"Late"_s, Category::Network); // 15 minutes
    f.advanceMinutes(20);
    const Ticket fresh = f.file(u"Fresh"_s, Category::Network);
    const Ticket answered = f.file(u"Answered"_s, Category::Compatibility);
    f.act(answered.id, TicketAction::SendFirstResponse);
    f.advanceMinutes(1);

    QueueModel model(*f.repository);
    REQUIRE(model.filter() == QueueFilter::Open);
    REQUIRE(model.rowCount() == 3);
    CHECK(idAt(model, 0) == late.id);
    CHECK(idAt(model, 1) == fresh.id);
    CHECK(idAt(model, 2) == answered.id);
    CHECK(cell(model, 0, QueueModel::Clock, QueueModel::ClockStatusRole).toString() == u"breached");
    CHECK(cell(model, 1, QueueModel::Clock, QueueModel::ClockStatusRole).toString() == u"on_track");
    CHECK(cell(model, 2, QueueModel::Clock, QueueModel::ClockStatusRole).toString() == u"met");
}

TEST_CASE("QueueModel shows the ticket's columns", "[ui][queuemodel]")
{
    UiFixture f;
    const Ticket t = f.file(u"Acme Live"_s, Category::AvQuality, true, true,
                            u"Echo in co-hosting\nsecond line"_s);
    QueueModel model(*f.repository);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.headerData(QueueModel::Clock, Qt::Horizontal).toString() == u"First response / promise");
    CHECK(model.headerData(QueueModel::Summary, Qt::Horizontal).toString() == u"Summary");
    CHECK(cell(model, 0, QueueModel::Number).toString() == t.number);
    CHECK(cell(model, 0, QueueModel::Number, QueueModel::TicketNumberRole).toString() == t.number);
    // Enterprise key business: escalated to the top tier.
    CHECK(cell(model, 0, QueueModel::Priority).toString() == u"High");
    CHECK(cell(model, 0, QueueModel::Category).toString() == categoryDisplayName(Category::AvQuality));
    CHECK(cell(model, 0, QueueModel::Status).toString() == statusDisplayName(TicketStatus::New));
    CHECK(cell(model, 0, QueueModel::Created).toString()
          == t.createdAt.toLocalTime().toString(u"MM-dd HH:mm"_s));
    CHECK(cell(model, 0, QueueModel::Summary).toString() == u"Echo in co-hosting");
    const QString customer = cell(model, 0, QueueModel::Customer).toString();
    CHECK(customer.startsWith(u"★ Acme Live"_s));
    CHECK(customer.contains(u"key business"_s));
    const QString tip = cell(model, 0, QueueModel::Customer, Qt::ToolTipRole).toString();
    CHECK(tip.contains(u"Enterprise customer"_s));
    CHECK(tip.contains(t.number));
    CHECK(tip.contains(t.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s)));
    CHECK(cell(model, 0, QueueModel::Number, Qt::TextAlignmentRole).isValid());
    CHECK_FALSE(cell(model, 1, QueueModel::Number).isValid());
}

TEST_CASE("QueueModel counts the filters", "[ui][queuemodel]")
{
    UiFixture f;
    const Ticket breached = f.file(u"A"_s, Category::Network); // due at +15
    f.advanceMinutes(9);
    const Ticket atRisk = f.file(u"B"_s, Category::Network); // 12 of 15 minutes at +21
    f.advanceMinutes(11);
    f.file(u"C"_s, Category::AvQuality); // 1 of 30 minutes at +21
    const Ticket done = f.file(u"D"_s, Category::Feature);
    f.act(done.id, TicketAction::SendFirstResponse);
    f.act(done.id, TicketAction::Resolve);
    f.advanceMinutes(1);

    QueueModel model(*f.repository);
    const QueueCounts counts = model.counts();
    CHECK(counts.open == 3);
    CHECK(counts.atRisk == 1);
    CHECK(counts.breached == 1);
    CHECK(counts.all == 4);

    CHECK(model.rowCount() == 3);
    model.setFilter(QueueFilter::AtRisk);
    REQUIRE(model.rowCount() == 1);
    CHECK(idAt(model, 0) == atRisk.id);
    CHECK(cell(model, 0, QueueModel::Clock, QueueModel::ClockStatusRole).toString() == u"warning_75");
    model.setFilter(QueueFilter::Breached);
    REQUIRE(model.rowCount() == 1);
    CHECK(idAt(model, 0) == breached.id);
    model.setFilter(QueueFilter::All);
    CHECK(model.rowCount() == 4);
}

TEST_CASE("QueueModel pages match QueueQuery row for row", "[ui][queuemodel]")
{
    UiFixture f;
    fileMany(f);
    QueueQuery query(*f.database);
    query.setFilter(QueueFilter::All);

    QueueModel model(*f.repository);
    model.setFilter(QueueFilter::All);
    REQUIRE(model.rowCount() == 300);

    SECTION("default pages, every row against page(offset, 1)")
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QList<QueueRow> one = query.page(row, 1, f.now);
            REQUIRE(one.size() == 1);
            INFO("row " << row);
            REQUIRE(idAt(model, row) == one.constFirst().id);
        }
        CHECK(model.cachedPageCount() == 3);
    }

    SECTION("small pages read backwards and at random stay right and bounded")
    {
        model.setPaging(16, 4);
        const QList<QueueRow> all = query.page(0, 1000, f.now);
        REQUIRE(all.size() == 300);
        for (int row = model.rowCount() - 1; row >= 0; --row) {
            INFO("row " << row);
            REQUIRE(idAt(model, row) == all.at(row).id);
        }
        QRandomGenerator random(7);
        for (int i = 0; i < 500; ++i) {
            const int row = int(random.bounded(300));
            INFO("row " << row);
            REQUIRE(idAt(model, row) == all.at(row).id);
        }
        CHECK(model.cachedPageCount() <= 4);
    }
}

TEST_CASE("QueueModel clock texts at pinned times", "[ui][queuemodel]")
{
    UiFixture f;
    const QDateTime filed = f.now;
    f.file(u"A"_s, Category::Network); // 15 minutes, 24x7
    QueueModel model(*f.repository);
    auto text = [&model] { return cell(model, 0, QueueModel::Clock).toString(); };
    auto state = [&model] {
        return cell(model, 0, QueueModel::Clock, QueueModel::ClockStatusRole).toString();
    };

    f.advanceMinutes(5);
    CHECK(state() == u"on_track");
    CHECK(text() == u"10:00 left");
    CHECK(cell(model, 0, QueueModel::Clock, QueueModel::ClockRemainingRole).toLongLong() == 600);

    f.advanceMinutes(7); // 12 of 15 minutes
    CHECK(state() == u"warning_75");
    CHECK(text() == u"80 % · 3:00 left");

    f.advanceSeconds(140); // 14:20
    CHECK(state() == u"warning_90");
    CHECK(text() == u"95 % · 0:40 left");

    f.now = filed.addSecs(20 * 60);
    CHECK(state() == u"breached");
    CHECK(text() == u"Overdue 5:00");
    CHECK(cell(model, 0, QueueModel::Clock, QueueModel::ClockRemainingRole).toLongLong() == -300);

    f.act(model.ticketIdAt(0), TicketAction::SendFirstResponse);
    model.refresh();
    f.advanceMinutes(30);
    CHECK(state() == u"missed");
    CHECK(text() == u"Missed by 5:00");

    const Ticket quick = f.file(u"B"_s, Category::Compatibility); // 24 hours
    model.refresh();
    const int row = model.rowOfTicket(quick.id);
    REQUIRE(row >= 0);
    CHECK(cell(model, row, QueueModel::Clock).toString() == u"24:00:00 left");
    f.advanceSeconds(1);
    CHECK(cell(model, row, QueueModel::Clock).toString() == u"23:59:59 left");
    f.act(quick.id, TicketAction::SendFirstResponse);
    model.refresh();
    CHECK(cell(model, model.rowOfTicket(quick.id), QueueModel::Clock).toString() == u"Met");
}

TEST_CASE("QueueModel repaints only the clocks it is told to", "[ui][queuemodel]")
{
    UiFixture f;
    for (int i = 0; i < 5; ++i)
        f.file(u"C%1"_s.arg(i), Category::Network);
    QueueModel model(*f.repository);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.notifyClockTick(-4, 2);
    REQUIRE(changed.count() == 1);
    const auto from = changed.at(0).at(0).value<QModelIndex>();
    const auto to = changed.at(0).at(1).value<QModelIndex>();
    CHECK(from.row() == 0);
    CHECK(from.column() == QueueModel::Clock);
    CHECK(to.row() == 2);
    CHECK(to.column() == QueueModel::Clock);

    model.notifyClockTick(3, 100);
    REQUIRE(changed.count() == 2);
    CHECK(changed.at(1).at(1).value<QModelIndex>().row() == 4);

    model.notifyClockTick(10, 20);
    CHECK(changed.count() == 2);
}

TEST_CASE("QueueModel refresh keeps the view's selection", "[ui][queuemodel]")
{
    UiFixture f;
    for (int i = 0; i < 4; ++i) {
        f.file(u"C%1"_s.arg(i), Category::Network);
        f.advanceMinutes(1);
    }
    QueueModel model(*f.repository);
    QTableView view;
    view.setModel(&model);
    view.selectRow(1);
    const qint64 selected = model.ticketIdAt(1);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    f.file(u"Later"_s, Category::Compatibility); // less urgent: lands at the end
    model.refresh();

    CHECK(resets.count() == 0);
    CHECK(inserted.count() == 1);
    CHECK(model.rowCount() == 5);
    const QModelIndexList rows = view.selectionModel()->selectedRows();
    REQUIRE(rows.size() == 1);
    CHECK(rows.constFirst().row() == 1);
    CHECK(model.ticketIdAt(1) == selected);
}

TEST_CASE("QueueModel stays lazy on a large queue", "[ui][queuemodel][large]")
{
    UiFixture f;
    // RTCARE_UI_LARGE_COUNT=1000000 runs it at full scale (slow to generate).
    const int count = qEnvironmentVariableIsSet("RTCARE_UI_LARGE_COUNT")
                          ? qEnvironmentVariableIntValue("RTCARE_UI_LARGE_COUNT")
                          : 50'000;
    DemoOptions options;
    options.count = count;
    options.now = f.now;
    QString error;
    const std::optional<int> written =
        generateDemoTickets(*f.database, f.repository->policy(), options, &error);
    INFO(error.toStdString());
    REQUIRE(written == count);

    QElapsedTimer timer;
    timer.start();
    QueueModel model(*f.repository);
    model.setFilter(QueueFilter::All);
    REQUIRE(model.rowCount() == count);
    QTableView view;
    view.resize(1000, 700);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(24);
    view.setModel(&model);
    view.show();
    // Jump around like a scrolling agent: only the touched pages are read.
    QElapsedTimer scrolling;
    scrolling.start();
    for (double at : {0.0, 0.5, 0.99999, 0.25, 0.8, 0.98, 0.002}) {
        view.scrollTo(model.index(int(at * (count - 1)), 0));
        (void)view.grab();
    }
    INFO("seven jumps and repaints, ms: " << scrolling.elapsed());
    CHECK(model.pagesRead() < 40);
    CHECK(model.cachedPageCount() <= QueueModel::kMaxCachedPages);
    QElapsedTimer refreshing;
    refreshing.start();
    model.refresh();
    const QueueCounts counts = model.counts();
    INFO("refresh and counts, ms: " << refreshing.elapsed());
    CHECK(counts.all == count);
    CHECK(model.cachedPageCount() == 0);
    model.setFilter(QueueFilter::Open);
    CHECK(model.rowCount() == counts.open);
    const qint64 elapsed = timer.elapsed();
    INFO("elapsed ms: " << elapsed);
    CHECK(elapsed < 20'000); // generous: a sanity bound, the benchmarks measure
}
