// SPDX-License-Identifier: MIT
#include "catch.h"
#include "testsupport.h"

#include "demo/demodata.h"
#include "exchange/ticketexport.h"
#include "storage/queuequery.h"

#include <QBuffer>
#include <QMap>
#include <QSqlQuery>

using namespace rtcare;
using rtcare::test::numbers;
using rtcare::test::TempDatabase;
using rtcare::test::utc;

TEST_CASE("the queue lists the most urgent first and filters by clock state")
{
    TempDatabase t;
    t.now = utc("2026-11-24T09:00:00Z");
    const Ticket compat = t.create(Category::Compatibility);   // 0001 due tomorrow 09:00
    const Ticket quality = t.create(Category::AvQuality);      // 0002 due 09:30
    t.now = utc("2026-11-24T09:10:00Z");
    const Ticket network = t.create(Category::Network);        // 0003 due 09:25
    const Ticket feature = t.create(Category::Feature);        // 0004 due 11:10
    QString error;
    t.now = utc("2026-11-24T09:12:00Z");
    REQUIRE(t.repository->apply(feature.id, TicketAction::SendFirstResponse, &error));
    const Ticket done = t.create(Category::Network);           // 0005
    REQUIRE(t.repository->apply(done.id, TicketAction::SendFirstResponse, &error));
    REQUIRE(t.repository->apply(done.id, TicketAction::Resolve, &error));

    QueueQuery query(*t.database);
    const QDateTime now = utc("2026-11-24T09:26:00Z");
    // network (0003) breached at 09:25; quality (0002) at 26/30 min = 86 %: at risk.
    query.setFilter(QueueFilter::All);
    CHECK(numbers(query.page(0, 10, now))
          == QStringList{network.number, quality.number, compat.number, feature.number,
                         done.number});
    CHECK(query.count(now) == 5);

    query.setFilter(QueueFilter::Open);
    CHECK(query.count(now) == 4);
    query.setFilter(QueueFilter::Breached);
    CHECK(numbers(query.page(0, 10, now)) == QStringList{network.number});
    query.setFilter(QueueFilter::AtRisk);
    CHECK(numbers(query.page(0, 10, now)) == QStringList{quality.number});

    const QueueCounts counts = query.counts(now);
    CHECK(counts.open == 4);
    CHECK(counts.atRisk == 1);
    CHECK(counts.breached == 1);
    CHECK(counts.all == 5);

    SECTION("paging returns consecutive slices of the same order")
    {
        query.setFilter(QueueFilter::All);
        CHECK(numbers(query.page(1, 2, now)) == QStringList{quality.number, compat.number});
        CHECK(numbers(query.page(4, 10, now)) == QStringList{done.number});
    }
    SECTION("search finds numbers, names and text")
    {
        query.setFilter(QueueFilter::All);
        query.setSearch(QStringLiteral("rtc-20261124-0004"));
        CHECK(numbers(query.page(0, 10, now)) == QStringList{feature.number});
        query.setSearch(QStringLiteral("张"));
        CHECK(query.count(now) == 5);
        query.setSearch(QStringLiteral("很卡"));
        CHECK(query.count(now) == 5);
        query.setSearch(QStringLiteral("100%_"));
        CHECK(query.count(now) == 0);
        // A report's scenario bar asks for the scenario id: matched exactly.
        DiagnosisRecord record;
        record.scenario = QStringLiteral("online_class");
        REQUIRE(t.repository->recordDiagnosis(compat.id, record, &error));
        query.setSearch(QStringLiteral("online_class"));
        CHECK(numbers(query.page(0, 10, now)) == QStringList{compat.number});
        query.setSearch(QStringLiteral("online"));
        CHECK(query.count(now) == 0);
    }
    SECTION("status filter")
    {
        query.setFilter(QueueFilter::All);
        query.setStatus(TicketStatus::Acknowledged);
        CHECK(numbers(query.page(0, 10, now)) == QStringList{feature.number});
    }
    SECTION("crossings announce the at-risk step and the breach once each")
    {
        // quality (0002): 75 % of 30 min after 09:00 = 09:22:30; network (0003) due 09:25.
        const auto crossings = query.crossings(utc("2026-11-24T09:20:00Z"), now);
        REQUIRE(crossings.size() == 2);
        CHECK(crossings[0].row.number == quality.number);
        CHECK_FALSE(crossings[0].breached);
        CHECK(crossings[1].row.number == network.number);
        CHECK(crossings[1].breached);
        CHECK(query.crossings(now, now.addSecs(60)).isEmpty());
    }
}

// "rtcare list --status new" on 1,000,000 tickets: the plan reads only that status's part of
// an index in queue order (no sort, no walk over the whole queue index), on both engines.
TEST_CASE("one status's tickets are read from the status index in queue order")
{
    TempDatabase t;
    for (int i = 0; i < 30; ++i)
        t.create(Category::Network);
    QueueQuery query(*t.database);
    query.setFilter(QueueFilter::All);
    query.setStatus(TicketStatus::New);
    int visited = 0;
    REQUIRE(query.visit(t.now, [&](const QueueRow& row) {
        CHECK(row.status == TicketStatus::New);
        return ++visited > 0;
    }));
    CHECK(visited == 30);

    // The statement with its parameter written in (PostgreSQL cannot prepare an EXPLAIN).
    const QString statement =
        query.visitStatement().replace(QStringLiteral(":status"), QStringLiteral("'new'"));
    QSqlQuery plan(t.database->connection());
    QStringList lines;
    if (rtcare::test::onServerEngine()) {
        // A 30-row table is read whole by default; the question is which index serves.
        REQUIRE(plan.exec(QStringLiteral("SET enable_seqscan = off")));
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN ") + statement));
        while (plan.next())
            lines << plan.value(0).toString();
        REQUIRE(plan.exec(QStringLiteral("RESET enable_seqscan")));
    } else {
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement));
        while (plan.next())
            lines << plan.value(3).toString();
    }
    const QString text = lines.join(QLatin1Char('\n'));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("tickets_status_queue")));
    CHECK_FALSE(text.contains(QStringLiteral("TEMP B-TREE")));
    CHECK_FALSE(text.contains(QStringLiteral("Sort")));
}

// The badges: the All count (kept per status by triggers on SQLite) equals a recount of the
// tickets after creating, changing status and deleting, per status too.
TEST_CASE("the badge counts stay equal to the tickets after any writes")
{
    TempDatabase t;
    QList<Ticket> created;
    for (int i = 0; i < 12; ++i)
        created << t.create(i % 2 ? Category::Network : Category::AvQuality);
    QString error;
    for (int i = 0; i < 6; ++i)
        REQUIRE(t.repository->apply(created[i].id, TicketAction::SendFirstResponse, &error));
    for (int i = 0; i < 3; ++i)
        REQUIRE(t.repository->apply(created[i].id, TicketAction::Resolve, &error));
    // Deleting is for the file's owner (a server's roles may not delete tickets).
    const bool deletes = !rtcare::test::onServerEngine();
    QSqlQuery q(t.database->connection());
    if (deletes)
        REQUIRE(q.exec(QStringLiteral("DELETE FROM tickets WHERE id IN (%1, %2)")
                           .arg(created[1].id)
                           .arg(created[11].id)));
    auto recount = [&](const QString& where) {
        QSqlQuery c(t.database->connection());
        REQUIRE(c.exec(QStringLiteral("SELECT count(*) FROM tickets") + where));
        REQUIRE(c.next());
        return c.value(0).toInt();
    };

    QueueQuery query(*t.database);
    const QueueCounts counts = query.counts(t.now);
    CHECK(counts.all == (deletes ? 10 : 12));
    CHECK(counts.all == recount(QString()));
    CHECK(counts.open == recount(QStringLiteral(" WHERE status NOT IN ('resolved', 'closed')")));
    query.setFilter(QueueFilter::All);
    CHECK(query.count(t.now) == (deletes ? 10 : 12));
    for (const TicketStatus status : {TicketStatus::New, TicketStatus::Acknowledged,
                                      TicketStatus::Resolved, TicketStatus::Closed}) {
        query.setStatus(status);
        INFO(statusId(status).toStdString());
        CHECK(query.count(t.now)
              == recount(QStringLiteral(" WHERE status = '%1'").arg(statusId(status))));
    }
    query.setStatus(TicketStatus::Resolved);
    CHECK(query.count(t.now) == (deletes ? 2 : 3)); // tickets 1 to 3, less the deleted 2
}

TEST_CASE("demo data is realistic, reproducible and keeps a live queue")
{
    TempDatabase a;
    TempDatabase b;
    DemoOptions options;
    options.count = 3000;
    options.seed = 7;
    options.now = utc("2026-11-24T10:00:00Z");
    QString error;
    REQUIRE(generateDemoTickets(*a.database, SlaPolicy::builtIn(), options, &error) == 3000);
    REQUIRE(generateDemoTickets(*b.database, SlaPolicy::builtIn(), options, &error) == 3000);

    QBuffer exportA;
    QBuffer exportB;
    exportA.open(QIODevice::WriteOnly);
    exportB.open(QIODevice::WriteOnly);
    REQUIRE(exportTickets(*a.database, exportA, &error));
    REQUIRE(exportTickets(*b.database, exportB, &error));
    CHECK(exportA.data() == exportB.data()); // same seed, same tickets

    QueueQuery query(*a.database);
    const QueueCounts counts = query.counts(options.now);
    CHECK(counts.all == 3000);
    CHECK(counts.open > 0);
    CHECK(counts.open < 3000);
    CHECK(counts.breached + counts.atRisk > 0);

    // Every ticket is in a consistent state and filed before "now".
    QueueQuery all(*a.database);
    all.setFilter(QueueFilter::All);
    int chinese = 0;
    int misnumbered = 0;
    REQUIRE(all.visit(options.now, [&](const QueueRow& row) {
        CHECK(row.createdAt < options.now);
        // The number carries the local day the ticket was filed on.
        if (row.number.mid(4, 8)
            != row.createdAt.toLocalTime().toString(QStringLiteral("yyyyMMdd")))
            ++misnumbered;
        if (row.status != TicketStatus::New)
            CHECK(row.firstResponseAt.isValid());
        if (row.customerName.front().unicode() > 0x2e80)
            ++chinese;
        return true;
    }));
    CHECK(misnumbered == 0);
    CHECK(chinese > 1200); // about 60 % Chinese-speaking customers
    CHECK(chinese < 2400);

    // Appending a second batch keeps numbers and uuids unique.
    REQUIRE(generateDemoTickets(*a.database, SlaPolicy::builtIn(), options, &error) == 3000);
    CHECK(query.counts(options.now).all == 6000);
}

// `rtcare list` streams the queue (visit(), on SQLite through SQLite's own interface); the
// window pages it (page(), through QtSql). An agent sees the same tickets either way: the
// same rows in the same order, field for field, for every filter, one status and one agent.
TEST_CASE("the listed queue is the window's queue, row for row, under every filter")
{
    TempDatabase t;
    DemoOptions options;
    options.count = 600;
    options.seed = 11;
    options.now = utc("2026-11-24T10:00:00Z");
    QString error;
    REQUIRE(generateDemoTickets(*t.database, SlaPolicy::builtIn(), options, &error) == 600);
    // A description of several lines, the first longer than a summary holds.
    QSqlQuery update(t.database->connection());
    REQUIRE(update.prepare(
        QStringLiteral("UPDATE tickets SET description = :text WHERE id IN (1, 2, 3)")));
    update.bindValue(QStringLiteral(":text"),
                     QString(150, QChar(u'卡')) + QStringLiteral("\n第二行"));
    REQUIRE(update.exec());

    struct Case
    {
        QueueFilter filter;
        std::optional<TicketStatus> status;
        std::optional<QString> assignee;
    };
    const QList<Case> cases{
        {QueueFilter::Open, {}, {}},
        {QueueFilter::AtRisk, {}, {}},
        {QueueFilter::Breached, {}, {}},
        {QueueFilter::All, {}, {}},
        {QueueFilter::All, TicketStatus::New, {}},
        {QueueFilter::Open, TicketStatus::Investigating, {}},
        {QueueFilter::All, {}, QStringLiteral("Sarah Lee")},
    };
    int withAssignee = 0;
    for (const Case& c : cases) {
        QueueQuery query(*t.database);
        query.setFilter(c.filter);
        query.setStatus(c.status);
        query.setAssignee(c.assignee);
        const QList<QueueRow> paged = query.page(0, 1000, options.now);
        QList<QueueRow> listed;
        REQUIRE(query.visit(options.now, [&](const QueueRow& row) {
            listed << row;
            return true;
        }));
        INFO("filter " << int(c.filter) << ", " << paged.size() << " rows paged");
        REQUIRE(listed.size() == paged.size());
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QueueRow& a = listed.at(i);
            const QueueRow& b = paged.at(i);
            CHECK(a.id == b.id);
            CHECK(a.number == b.number);
            CHECK(a.customerName == b.customerName);
            CHECK(a.enterprise == b.enterprise);
            CHECK(a.keyBusiness == b.keyBusiness);
            CHECK(a.category == b.category);
            CHECK(a.priority == b.priority);
            CHECK(a.status == b.status);
            CHECK(a.createdAt == b.createdAt);
            CHECK(a.firstResponseDue == b.firstResponseDue);
            CHECK(a.firstResponseAt == b.firstResponseAt);
            CHECK(a.summary == b.summary);
            CHECK(a.assignee == b.assignee);
            if (!a.assignee.isEmpty())
                ++withAssignee;
        }
    }
    CHECK(withAssignee > 0);

    // Stopping early stops the walk.
    QueueQuery all(*t.database);
    all.setFilter(QueueFilter::All);
    int seen = 0;
    REQUIRE(all.visit(options.now, [&](const QueueRow&) { return ++seen < 5; }));
    CHECK(seen == 5);
}

TEST_CASE("a queue row's summary is the description's first line, its spaces folded and cut "
          "at 120 characters, on the page and in a listing")
{
    TempDatabase t;
    const QString longLine = QString(150, QChar(0x5361)); // 卡 × 150
    const QStringList descriptions{QStringLiteral("  画面  卡住\t了 \n第二行不显示"), longLine,
                                   QStringLiteral("只有一行")};
    QString error;
    for (const QString& description : descriptions) {
        NewTicket input;
        input.customer.name = QStringLiteral("张伟");
        input.customer.contact = QStringLiteral("13800000000");
        input.category = Category::AvQuality;
        input.channel = QStringLiteral("chat");
        input.description = description;
        REQUIRE(t.repository->create(input, &error));
    }
    const QStringList expected{QStringLiteral("画面 卡住 了"),
                               QString(119, QChar(0x5361)) + QChar(0x2026),
                               QStringLiteral("只有一行")};
    QueueQuery query(*t.database);
    query.setFilter(QueueFilter::All);
    QMap<QString, QString> paged;
    for (const QueueRow& row : query.page(0, 10, t.now))
        paged.insert(row.number, row.summary);
    QMap<QString, QString> listed;
    REQUIRE(query.visit(t.now, [&](const QueueRow& row) {
        listed.insert(row.number, row.summary);
        return true;
    }));
    CHECK(paged == listed);
    QStringList summaries = paged.values();
    QStringList wanted = expected;
    summaries.sort();
    wanted.sort();
    CHECK(summaries == wanted);
}
