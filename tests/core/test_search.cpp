// SPDX-License-Identifier: MIT
// Search (issue 17): the index words, the index kept in step by every write path, the
// migration that builds it, what a query means (synonyms, display names) and the order.
#include "catch.h"
#include "olddatabase.h"
#include "testsupport.h"

#include "demo/demodata.h"
#include "exchange/ticketexport.h"
#include "exchange/ticketimport.h"
#include "search/searchquery.h"
#include "search/searchtokens.h"
#include "storage/searchindex.h"
#include "storage/searchsql.h"
#include "storage/serversearch.h"
#include "storage/ticketsearch.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <utility>

using namespace rtcare;
using namespace rtcare::test;

namespace {

// What unicode61 (remove_diacritics 2) makes of a word: "são" -> "sao".
QString withoutDiacritics(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out;
}

// Every ticket's index words as the index holds them, against the words of the stored
// ticket now. SQLite: fts5vocab's instance table reads them back from a contentless table
// (unicode61 folds diacritics). The team server: its tsvector, both printed by PostgreSQL.
void requireIndexInStep(const Database& database, TicketRepository& repository)
{
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    int rows = 0;
    // A ticket's indexed words and the words it should have, as comparable text.
    std::function<std::pair<QString, QString>(qint64, const Ticket&)> words;
    QMap<qint64, QStringList> indexed;
    QSqlQuery same(db);
    if (database.isServer()) {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM ticket_search")));
        REQUIRE(q.next());
        rows = q.value(0).toInt();
        REQUIRE(same.prepare(QStringLiteral("SELECT words::text, CAST(? AS tsvector)::text FROM "
                                            "ticket_search WHERE id = ?")));
        words = [&same](qint64 id, const Ticket& ticket) {
            same.addBindValue(search::serverVector(searchindex::ticketTokens(ticket)));
            same.addBindValue(id);
            REQUIRE(same.exec());
            REQUIRE(same.next());
            return std::pair{same.value(0).toString(), same.value(1).toString()};
        };
    } else {
        REQUIRE(q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words "
                                      "USING fts5vocab(main, ticket_search, instance)")));
        REQUIRE(q.exec(
            QStringLiteral("SELECT doc, term FROM temp.search_words ORDER BY doc, offset")));
        while (q.next())
            indexed[q.value(0).toLongLong()] << q.value(1).toString();
        rows = int(indexed.size());
        words = [&indexed](qint64 id, const Ticket& ticket) {
            return std::pair{indexed.value(id).join(QLatin1Char(' ')),
                             withoutDiacritics(searchindex::ticketTokens(ticket))};
        };
    }
    QSqlQuery ids(db);
    REQUIRE(ids.exec(QStringLiteral("SELECT id FROM tickets ORDER BY id")));
    int tickets = 0;
    while (ids.next()) {
        const qint64 id = ids.value(0).toLongLong();
        const std::optional<Ticket> ticket = repository.find(id);
        REQUIRE(ticket);
        INFO("ticket " << ticket->number.toStdString());
        const auto [held, expected] = words(id, *ticket);
        CHECK(held == expected);
        ++tickets;
    }
    CHECK(rows == tickets);
}

NewTicket complaint(const QString& description,
                    const QString& contact = QStringLiteral("13800000000"))
{
    NewTicket input;
    input.customer.name = QStringLiteral("李娜");
    input.customer.contact = contact;
    input.category = Category::AvQuality;
    input.channel = QStringLiteral("chat");
    input.description = description;
    return input;
}

// The numbers of the tickets the index finds for the query's expression (all its
// meanings, or only the words as typed), in the queue's order, by one plain statement.
QStringList indexedNumbers(const Database& database, const search::SearchQuery& query,
                           bool typedOnly = false)
{
    const auto syntax =
        database.isServer() ? search::QuerySyntax::TsQuery : search::QuerySyntax::Fts5;
    const QString expression =
        typedOnly ? query.typedExpression(syntax) : query.ftsExpression(syntax);
    if (expression.isEmpty())
        return {};
    QSqlQuery q(database.connection());
    REQUIRE(q.prepare(
        QStringLiteral("SELECT number FROM tickets WHERE id IN (%1) ORDER BY queue_rank, "
                       "queue_key, id")
            .arg(database.isServer()
                     ? QStringLiteral("SELECT id FROM ticket_search WHERE words @@ "
                                      "CAST(? AS tsquery)")
                     : QStringLiteral("SELECT rowid FROM ticket_search WHERE ticket_search "
                                      "MATCH ?"))));
    q.addBindValue(expression);
    REQUIRE(q.exec());
    QStringList numbers;
    while (q.next())
        numbers << q.value(0).toString();
    return numbers;
}

QStringList found(const Database& database, const QString& text)
{
    QueueQuery query(database);
    query.setFilter(QueueFilter::All);
    query.setSearch(text);
    QStringList numbers;
    for (const QueueRow& row : query.page(0, 100, QDateTime::currentDateTimeUtc()))
        numbers << row.number;
    numbers.sort();
    return numbers;
}

} // namespace

TEST_CASE("search words: Chinese as overlapping pairs ending in the last character, other "
          "text as lower-case words",
          "[search]")
{
    using search::indexTokens;
    CHECK(indexTokens(u"视频很卡") == QStringLiteral("视频 频很 很卡 卡"));
    CHECK(indexTokens(u"卡") == QStringLiteral("卡"));
    // Script changes split words; full-width letters fold, punctuation separates.
    CHECK(indexTokens(u"Galaxy S21上视频卡顿，ＯＫ?") ==
          QStringLiteral("galaxy s21 上视 视频 频卡 卡顿 顿 ok"));
    CHECK(indexTokens(u"user10023@example.com") == QStringLiteral("user10023 example com"));
    CHECK(indexTokens(u"  ,. ").isEmpty());

    using search::matchExpression;
    CHECK(matchExpression(u"卡顿") == QStringLiteral("\"卡顿\""));
    CHECK(matchExpression(u"视频很卡") == QStringLiteral("\"视频 频很 很卡\""));
    CHECK(matchExpression(u"卡") == QStringLiteral("\"卡\"*"));
    CHECK(matchExpression(u"Freez") == QStringLiteral("\"freez\"*"));
    CHECK(matchExpression(u"S21卡顿") == QStringLiteral("\"s21\"* AND \"卡顿\""));
    CHECK(matchExpression(u"\"").isEmpty());

    // The same for the team server: tsquery text, and the words with their positions.
    const auto server = search::QuerySyntax::TsQuery;
    CHECK(matchExpression(u"视频很卡", server) == QStringLiteral("('视频' <-> '频很' <-> '很卡')"));
    CHECK(matchExpression(u"S21卡", server) == QStringLiteral("'s21':* & '卡':*"));
    CHECK(search::exactTerm(QStringLiteral("it's"), server) == QStringLiteral("'it''s'"));
    CHECK(search::serverVector(indexTokens(u"视频很卡")) ==
          QStringLiteral("'视频':1 '频很':2 '很卡':3 '卡':4"));
    // A word longer than PostgreSQL keeps is kept, and looked for, by its start.
    const QString longWord(600, u'a');
    const QString kept = QString(search::kServerWordChars, u'a');
    CHECK(search::serverVector(longWord) == QLatin1Char('\'') + kept + QStringLiteral("':1"));
    CHECK(matchExpression(longWord, server) == QLatin1Char('\'') + kept + QStringLiteral("':*"));
}

TEST_CASE("search meaning: a symptom word stands for its synonyms in both languages, numbers "
          "and contacts are recognised",
          "[search]")
{
    const search::SearchQuery stutter = search::parseSearch(QStringLiteral("卡顿"));
    REQUIRE(stutter.terms.size() == 1);
    CHECK(stutter.terms.front().synonyms.contains(QStringLiteral("freez*")));
    CHECK(stutter.terms.front().synonyms.contains(QStringLiteral("卡")));
    // 很卡 and 一卡一卡 are found by 卡 already: not asked for twice.
    CHECK_FALSE(stutter.terms.front().synonyms.contains(QStringLiteral("一卡一卡")));
    const search::SearchQuery freezing = search::parseSearch(QStringLiteral("freezing"));
    CHECK(freezing.terms.front().synonyms.contains(QStringLiteral("卡")));

    CHECK(search::parseSearch(QStringLiteral("rtc-20261124-00")).numberPrefix ==
          QStringLiteral("RTC-20261124-00"));
    CHECK(search::parseSearch(QStringLiteral("20261124-0003")).numberPrefix ==
          QStringLiteral("RTC-20261124-0003"));
    CHECK(search::parseSearch(QStringLiteral("138001")).contactPrefix == QStringLiteral("138001"));
    CHECK(search::parseSearch(QStringLiteral("Live-stream co-hosting")).terms.front().scenarios ==
          QStringList{QStringLiteral("live_cohost")});
    CHECK(search::parseSearch(QStringLiteral("Network connection")).terms.front().categories ==
          QStringList{QStringLiteral("network")});
    // Words that name nothing are all required.
    CHECK(search::parseSearch(QStringLiteral("Galaxy S21")).terms.size() == 2);
}

TEST_CASE("search finds what the agent means: synonyms, names of categories and scenarios, "
          "devices and customers",
          "[search][storage]")
{
    TempDatabase t;
    QString error;
    const Ticket slow = *t.repository->create(complaint(QStringLiteral("开会时视频很卡")), &error);
    const Ticket frozen =
        *t.repository->create(complaint(QStringLiteral("The picture keeps freezing")), &error);
    const Ticket echo =
        *t.repository->create(complaint(QStringLiteral("对方说能听到回声")), &error);
    NewTicket network = complaint(QStringLiteral("通话几分钟就掉线"));
    network.category = Category::Network;
    network.customer.name = QStringLiteral("Olivia Chen");
    network.deviceModel = QStringLiteral("Galaxy S21");
    const Ticket drop = *t.repository->create(network, &error);

    CHECK(found(*t.database, QStringLiteral("卡顿")) == QStringList{slow.number, frozen.number});
    CHECK(found(*t.database, QStringLiteral("freezing")) ==
          QStringList{slow.number, frozen.number});
    CHECK(found(*t.database, QStringLiteral("echo")) == QStringList{echo.number});
    CHECK(found(*t.database, QStringLiteral("回声")) == QStringList{echo.number});
    CHECK(found(*t.database, QStringLiteral("Network connection")) == QStringList{drop.number});
    CHECK(found(*t.database, QStringLiteral("galaxy s2")) == QStringList{drop.number});
    CHECK(found(*t.database, QStringLiteral("Olivia")) == QStringList{drop.number});
    CHECK(found(*t.database, QStringLiteral("李")).size() == 3);
    CHECK(found(*t.database, QStringLiteral("视频很卡")) == QStringList{slow.number});
    CHECK(found(*t.database, QStringLiteral("火星")).isEmpty());

    SECTION("a scenario named by its id or its name, once the diagnosis recorded it")
    {
        DiagnosisRecord record;
        record.scenario = QStringLiteral("live_cohost");
        REQUIRE(t.repository->recordDiagnosis(echo.id, record, &error));
        CHECK(found(*t.database, QStringLiteral("live_cohost")) == QStringList{echo.number});
        CHECK(found(*t.database, QStringLiteral("Live-stream co-hosting")) ==
              QStringList{echo.number});
    }
    SECTION("the words as typed before what they mean, however urgent")
    {
        NewTicket urgent = complaint(QStringLiteral("画面一直卡"));
        urgent.customer.enterprise = true;
        urgent.customer.keyBusiness = true;
        const Ticket meant = *t.repository->create(urgent, &error);
        const Ticket typed = *t.repository->create(complaint(QStringLiteral("连麦卡顿")), &error);
        const std::optional<SearchResults> results =
            TicketSearch(*t.database).run(QStringLiteral("卡顿"), 10, &error);
        REQUIRE(results);
        CHECK(results->total == 4);
        REQUIRE(results->hits.size() == 4);
        CHECK(results->hits.at(0).row.number == typed.number);
        CHECK(results->hits.at(1).row.number == meant.number);
    }
    SECTION("the best first: the ticket whose contact it is, then the text that mentions it")
    {
        const Ticket mentions = *t.repository->create(
            complaint(QStringLiteral("请回拨 13912345678"), QStringLiteral("13700000000")), &error);
        const Ticket owner = *t.repository->create(
            complaint(QStringLiteral("声音断断续续"), QStringLiteral("13912345678")), &error);
        TicketSearch search(*t.database);
        const std::optional<SearchResults> results =
            search.run(QStringLiteral("13912345678"), 10, &error);
        REQUIRE(results);
        CHECK(results->total == 2);
        REQUIRE(results->hits.size() == 2);
        CHECK(results->hits.at(0).row.number == owner.number);
        CHECK(results->hits.at(0).matchedFields == QStringList{QStringLiteral("contact")});
        CHECK(results->hits.at(1).row.number == mentions.number);
        CHECK(results->hits.at(1).matchedFields == QStringList{QStringLiteral("description")});

        const auto byNumber = search.run(drop.number, 10, &error);
        REQUIRE(byNumber);
        REQUIRE(byNumber->hits.size() == 1);
        CHECK(byNumber->hits.front().row.number == drop.number);
        CHECK(byNumber->hits.front().matchedFields == QStringList{QStringLiteral("number")});
    }
}

TEST_CASE("a team server counts a search's matches up to a cap, a file counts them all",
          "[search][storage]")
{
    TempDatabase t;
    QString error;
    for (int i = 0; i < 8; ++i)
        REQUIRE(t.repository->create(complaint(QStringLiteral("第%1次视频卡顿").arg(i)), &error));
    QueueQuery query(*t.database);
    query.setServerCountCap(5);
    query.setSearch(QStringLiteral("卡顿"));
    for (const QueueFilter filter : {QueueFilter::All, QueueFilter::Open}) {
        query.setFilter(filter);
        const int counted = query.count(t.now);
        if (onServerEngine()) {
            CHECK(counted == 6); // "more than 5"
            CHECK(query.countIsPartial(counted));
        } else {
            CHECK(counted == 8);
            CHECK_FALSE(query.countIsPartial(counted));
        }
        // The pages still hold every match, most urgent first.
        CHECK(query.page(0, 100, t.now).size() == 8);
    }
}

TEST_CASE("a search left open in the queue counts and lists a new matching ticket at the next "
          "refresh",
          "[search][storage]")
{
    TempDatabase t;
    QString error;
    for (int i = 0; i < 3; ++i)
        REQUIRE(t.repository->create(complaint(QStringLiteral("第%1次回声很大").arg(i)), &error));
    for (const QueueFilter filter : {QueueFilter::All, QueueFilter::Open}) {
        INFO(int(filter));
        // The window's model keeps one query per search; every refresh reads it at a new now.
        QueueQuery query(*t.database);
        query.setFilter(filter);
        query.setSearch(QStringLiteral("回声"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const int counted = query.count(before);
        CHECK(query.page(0, 50, before).size() == counted);
        const std::optional<Ticket> added =
            t.repository->create(complaint(QStringLiteral("对方听到自己的回声")), &error);
        REQUIRE(added);
        const QDateTime after = before.addSecs(5);
        CHECK(query.count(after) == counted + 1);
        QStringList numbers;
        for (const QueueRow& row : query.page(0, 50, after))
            numbers << row.number;
        CHECK(numbers.contains(added->number));
    }
}

TEST_CASE("the search index follows every write: create, category, diagnosis, import, demo "
          "data",
          "[search][storage]")
{
    TempDatabase t;
    QString error;
    const Ticket ticket = *t.repository->create(complaint(QStringLiteral("画面定格")), &error);
    requireIndexInStep(*t.database, *t.repository);

    REQUIRE(t.repository->changeCategory(ticket.id, Category::Compatibility,
                                         QStringLiteral("只在这款手机上出现"), &error));
    CHECK(found(*t.database, QStringLiteral("compatibility")) == QStringList{ticket.number});
    CHECK(found(*t.database, QStringLiteral("av_quality")).isEmpty());

    DiagnosisRecord record;
    record.deviceModel = QStringLiteral("Pixel 7");
    record.region = QStringLiteral("浙江 杭州");
    REQUIRE(t.repository->recordDiagnosis(ticket.id, record, &error));
    CHECK(found(*t.database, QStringLiteral("pixel")) == QStringList{ticket.number});
    CHECK(found(*t.database, QStringLiteral("杭州")) == QStringList{ticket.number});
    record.deviceModel = QStringLiteral("Mate 60");
    REQUIRE(t.repository->recordDiagnosis(ticket.id, record, &error));
    CHECK(found(*t.database, QStringLiteral("pixel")).isEmpty());
    requireIndexInStep(*t.database, *t.repository);

    // Import: a new ticket, and a later copy of the stored one with other words.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(exportTickets(*t.database, out, &error) == 1);
    QJsonObject copy = QJsonDocument::fromJson(out.data().trimmed()).object();
    copy.insert(QStringLiteral("description"), QStringLiteral("摄像头打不开"));
    copy.insert(QStringLiteral("updated_at"), QStringLiteral("2030-01-01T00:00:00Z"));
    QJsonObject other = copy;
    other.insert(QStringLiteral("uuid"), QStringLiteral("6f1c1d2e-0000-4000-8000-00000000beef"));
    other.insert(QStringLiteral("number"), QStringLiteral("RTC-20261124-0777"));
    other.insert(QStringLiteral("description"), QStringLiteral("Screen sharing shows black"));
    QByteArray lines = QJsonDocument(copy).toJson(QJsonDocument::Compact) + '\n' +
                       QJsonDocument(other).toJson(QJsonDocument::Compact) + '\n';
    QBuffer in(&lines);
    in.open(QIODevice::ReadOnly);
    const std::optional<ImportResult> imported =
        importTickets(in, QStringLiteral("b.jsonl"), *t.repository, &error);
    INFO(error.toStdString());
    REQUIRE(imported);
    CHECK(imported->updated == 1);
    CHECK(imported->imported == 1);
    CHECK(found(*t.database, QStringLiteral("定格")).isEmpty());
    CHECK(found(*t.database, QStringLiteral("摄像头")) == QStringList{ticket.number});
    CHECK(found(*t.database, QStringLiteral("screen shar")) ==
          QStringList{QStringLiteral("RTC-20261124-0777")});
    requireIndexInStep(*t.database, *t.repository);

    DemoOptions options;
    options.count = 300;
    REQUIRE(generateDemoTickets(*t.database, SlaPolicy::builtIn(), options, &error));
    requireIndexInStep(*t.database, *t.repository);
}

TEST_CASE("the queue pages a search in its own order, whether it looks matches up or walks "
          "its index",
          "[search][storage]")
{
    TempDatabase t;
    QString error;
    DemoOptions options;
    options.count = onServerEngine() ? 600 : 6000;
    REQUIRE(generateDemoTickets(*t.database, SlaPolicy::builtIn(), options, &error));
    const QDateTime now = t.now;
    for (const QString& text :
         {QStringLiteral("卡顿"), QStringLiteral("掉线"), QStringLiteral("新疆")}) {
        INFO(text.toStdString());
        QueueQuery query(*t.database);
        query.setFilter(QueueFilter::All);
        query.setSearch(text);
        // The same matches by brute force: the index's ids, sorted by the queue's key.
        const QStringList expected = indexedNumbers(*t.database, query.searchQuery());
        REQUIRE(expected.size() > 0);
        CHECK(query.count(now) == expected.size());
        QStringList firstPages;
        for (const QueueRow& row : query.page(0, 60, now) + query.page(60, 60, now))
            firstPages << row.number;
        CHECK(firstPages == expected.mid(0, 120));
        query.setFilter(QueueFilter::Open);
        CHECK(query.count(now) <= expected.size());
    }
}

TEST_CASE("matches that sit at the end of the queue are still listed most urgent first (a "
          "team server's walk gives up and looks them up)",
          "[search][storage]")
{
    // 100 resolved tickets say 卡顿; 450 open ones, ahead of them in the queue, do not. On a
    // team server the search is frequent enough to walk the queue for 20 rows, but its
    // budget (serversearch::walkBudget: 440 entries) ends among the open tickets.
    TempDatabase t;
    QString error;
    for (int i = 0; i < 100; ++i) {
        const std::optional<Ticket> ticket =
            t.repository->create(complaint(QStringLiteral("第%1次视频卡顿").arg(i)), &error);
        REQUIRE(ticket);
        const bool resolved =
            t.repository->apply(ticket->id, TicketAction::SendFirstResponse, &error)
            && t.repository->apply(ticket->id, TicketAction::Resolve, &error);
        INFO(error.toStdString());
        REQUIRE(resolved);
    }
    for (int i = 0; i < 450; ++i)
        REQUIRE(t.repository->create(complaint(QStringLiteral("第%1次麦克风没声音").arg(i)), &error));
    if (onServerEngine()) {
        REQUIRE(serversearch::walks(100, 550, 20));
        REQUIRE(serversearch::walkBudget(20, 100, 550) < 450);
    }
    const search::SearchQuery meant = search::parseSearch(QStringLiteral("卡顿"));
    const QStringList expected = indexedNumbers(*t.database, meant);
    REQUIRE(expected.size() == 100);

    QueueQuery query(*t.database);
    query.setFilter(QueueFilter::All);
    query.setSearch(QStringLiteral("卡顿"));
    CHECK(query.count(t.now) == 100);
    QStringList page;
    for (const QueueRow& row : query.page(0, 20, t.now))
        page << row.number;
    CHECK(page == expected.mid(0, 20));

    const std::optional<SearchResults> results =
        TicketSearch(*t.database).run(QStringLiteral("卡顿"), 20, &error);
    REQUIRE(results);
    QStringList best;
    for (const SearchHit& hit : results->hits)
        best << hit.row.number;
    CHECK(best == expected.mid(0, 20));

    // The open queue and one status, whether their few tickets are walked whole (a team
    // server, for a search with many matches) or the matches looked up.
    QStringList open, resolved;
    QSqlQuery q(t.database->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT number, queue_rank, status FROM tickets")));
    while (q.next()) {
        if (q.value(1).toInt() < 2)
            open << q.value(0).toString();
        if (q.value(2).toString() == QStringLiteral("resolved"))
            resolved << q.value(0).toString();
    }
    for (const QString& text : {QStringLiteral("卡顿"), QStringLiteral("麦克风 没声音"),
                                QStringLiteral("第1次")}) {
        QStringList all = indexedNumbers(*t.database, search::parseSearch(text));
        REQUIRE_FALSE(all.isEmpty());
        for (const bool byStatus : {false, true}) {
            INFO(text.toStdString() << (byStatus ? ", resolved" : ", open"));
            QueueQuery filtered(*t.database);
            filtered.setSearch(text);
            if (byStatus) {
                filtered.setFilter(QueueFilter::All);
                filtered.setStatus(TicketStatus::Resolved);
            }
            QStringList wanted;
            for (const QString& number : std::as_const(all)) {
                if ((byStatus ? resolved : open).contains(number))
                    wanted << number;
            }
            CHECK(filtered.count(t.now) == wanted.size());
            QStringList pages;
            for (const QueueRow& row : filtered.page(0, 30, t.now) + filtered.page(30, 30, t.now))
                pages << row.number;
            CHECK(pages == wanted.mid(0, 60));
        }
    }
}

TEST_CASE("rtcare search lists the words as typed first, then what they mean, each most urgent "
          "first, whether it looks matches up or walks the queue",
          "[search][storage]")
{
    TempDatabase t;
    QString error;
    DemoOptions options;
    options.count = onServerEngine() ? 600 : 6000;
    REQUIRE(generateDemoTickets(*t.database, SlaPolicy::builtIn(), options, &error));
    // Two tickets that say 卡顿 as typed: they come before every ticket found by meaning
    // (视频很卡, freezing …) however urgent those are.
    const Ticket typed = *t.repository->create(complaint(QStringLiteral("连麦时画面卡顿")), &error);
    const Ticket typedToo =
        *t.repository->create(complaint(QStringLiteral("屏幕共享卡顿严重")), &error);
    auto numbers = [&](const search::SearchQuery& query, bool typedOnly, const QStringList& before) {
        QStringList out;
        for (const QString& number : indexedNumbers(*t.database, query, typedOnly)) {
            if (!before.contains(number))
                out << number;
        }
        return out;
    };
    // 卡顿: two typed, hundreds by meaning (looked up); av_quality (a category's id): by
    // meaning more than a lookup takes (the queue walked).
    bool walked = false;
    for (const QString& text : {QStringLiteral("卡顿"), QStringLiteral("av_quality")}) {
        INFO(text.toStdString());
        const search::SearchQuery query = search::parseSearch(text);
        const QStringList first = numbers(query, true, {});
        const QStringList expected = first + numbers(query, false, first);
        REQUIRE(expected.size() > (onServerEngine() ? 20 : 100));
        if (text == QStringLiteral("卡顿")) {
            REQUIRE(first.size() == 2);
            CHECK(QSet<QString>(first.begin(), first.end()) ==
                  QSet<QString>{typed.number, typedToo.number});
        }
        walked = walked
                 || (onServerEngine() ? serversearch::walks(expected.size(), 602, 20)
                                      : expected.size() > searchsql::lookupAtMost(6002, 20));
        for (const int limit : {1, 3, 20, 100}) {
            const std::optional<SearchResults> results =
                TicketSearch(*t.database).run(text, limit, &error);
            REQUIRE(results);
            CHECK(results->total == expected.size());
            QStringList got;
            for (const SearchHit& hit : results->hits)
                got << hit.row.number;
            CHECK(got == expected.mid(0, limit));
        }
    }
    CHECK(walked);
}

TEST_CASE("a team server from before its search index gets one, with every stored ticket",
          "[search][storage]")
{
    if (!onServerEngine())
        return; // a file has had its index since schema 7 (the test below)
    TempDatabase t;
    QString error;
    NewTicket withDevice = complaint(QStringLiteral("开会时视频很卡"));
    withDevice.deviceModel = QStringLiteral("Pixel 7");
    const Ticket slow = *t.repository->create(withDevice, &error);
    const Ticket frozen =
        *t.repository->create(complaint(QStringLiteral("The picture keeps freezing")), &error);
    const Ticket echo = *t.repository->create(complaint(QStringLiteral("对方说能听到回声")), &error);
    {
        // The server as the version before left it: no index.
        QSqlQuery q(t.database->connection());
        REQUIRE(q.exec(QStringLiteral("DROP TABLE ticket_search")));
        REQUIRE(q.exec(QStringLiteral("UPDATE rtcare_schema SET version = %1")
                           .arg(Database::latestSchemaVersion() - 1)));
    }
    t.repository.reset();
    t.database = Database::open(t.path(), &error);
    INFO(error.toStdString());
    REQUIRE(t.database);
    CHECK(t.database->schemaVersion() == Database::latestSchemaVersion());
    TicketRepository repository(*t.database, SlaPolicy::builtIn());
    requireIndexInStep(*t.database, repository);
    CHECK(found(*t.database, QStringLiteral("卡顿")) == QStringList{slow.number, frozen.number});
    CHECK(found(*t.database, QStringLiteral("pixel")) == QStringList{slow.number});
    CHECK(found(*t.database, QStringLiteral("回声")) == QStringList{echo.number});

    // The server answers from the index (GIN), not by reading every row.
    QSqlQuery plan(t.database->connection());
    REQUIRE(plan.exec(QStringLiteral("SET enable_seqscan = off")));
    for (const QString& text : {QStringLiteral("卡顿"), QStringLiteral("pix")}) {
        REQUIRE(plan.exec(QStringLiteral("EXPLAIN SELECT id FROM ticket_search WHERE words @@ "
                                         "CAST('%1' AS tsquery)")
                              .arg(search::parseSearch(text).ftsExpression(
                                       search::QuerySyntax::TsQuery)
                                       .replace(QLatin1Char('\''), QStringLiteral("''")))));
        QString lines;
        while (plan.next())
            lines += plan.value(0).toString() + QLatin1Char('\n');
        INFO(lines.toStdString());
        CHECK(lines.contains(QLatin1String("Bitmap Index Scan on ticket_search_words")));
    }
}

TEST_CASE("the migration from schema 6 keeps every ticket and builds the search index",
          "[search][storage]")
{
    if (onServerEngine())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeOldDatabase(path, 6, 1000);
    QString error;
    std::unique_ptr<Database> database = Database::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(database);
    CHECK(database->schemaVersion() == Database::latestSchemaVersion());
    CHECK(QFile::exists(path + QStringLiteral(".v6.bak")));
    QSqlQuery q(database->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM tickets")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1000);
    // Names '客户' || i: 12, 120-129; devices 'd' || (i % 7).
    CHECK(found(*database, QStringLiteral("客户12")).size() == 11);
    QueueQuery devices(*database);
    devices.setFilter(QueueFilter::All);
    devices.setSearch(QStringLiteral("d3"));
    CHECK(devices.count(QDateTime::currentDateTimeUtc()) == 143);
    TicketRepository repository(*database, SlaPolicy::builtIn());
    requireIndexInStep(*database, repository);
}
