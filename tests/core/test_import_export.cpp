// SPDX-License-Identifier: MIT
#include "catch.h"
#include "testsupport.h"

#include "exchange/ticketexport.h"
#include "exchange/ticketimport.h"
#include "exchange/ticketjson.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace rtcare;
using rtcare::test::TempDatabase;
using rtcare::test::utc;

namespace {

std::optional<ImportResult> importText(TempDatabase& t, const QByteArray& text, QString* error)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return importTickets(buffer, QStringLiteral("tickets.jsonl"), *t.repository, error);
}

int ticketCount(TempDatabase& t)
{
    QSqlQuery q(t.database->connection());
    q.exec(QStringLiteral("SELECT count(*) FROM tickets"));
    q.next();
    return q.value(0).toInt();
}

const QByteArray kGood =
    R"({"schema":"rtcare.ticket/1","uuid":"6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f","number":"RTC-20261120-0003","created_at":"2026-11-20T09:00:00+08:00","customer":{"name":"李娜","contact":"lina@example.com","enterprise":true,"key_business":true},"channel":"phone","category":"feature","status":"acknowledged","first_response_at":"2026-11-20T01:10:00Z","device_model":"Huawei Mate 20","region":"广东 深圳","description":"美颜没有效果"}
{"created_at":"2026-11-21T12:00:00Z","customer":{"name":"Emma Wilson"},"category":"av_quality","priority":"medium","description":"Echo on every call"}
)";

} // namespace

TEST_CASE("importing JSON lines derives priority and due times from the policy")
{
    TempDatabase t;
    QString error;
    const auto result = importText(t, kGood, &error);
    INFO(error.toStdString());
    REQUIRE(result);
    CHECK(error.isEmpty());
    CHECK(result->imported == 2);
    CHECK(result->skipped == 0);

    const auto first = t.repository->findByNumber(QStringLiteral("RTC-20261120-0003"));
    REQUIRE(first);
    CHECK(first->uuid == QStringLiteral("6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"));
    CHECK(first->createdAt == utc("2026-11-20T01:00:00Z")); // +08:00 converted to UTC
    CHECK(first->priority == QStringLiteral("high")); // enterprise key business: escalated
    CHECK(first->firstResponseDue == utc("2026-11-20T01:15:00Z"));
    CHECK(first->status == TicketStatus::Acknowledged);
    CHECK(first->customer.name == QStringLiteral("李娜"));
    CHECK(t.repository->history(first->id).constFirst().action == QStringLiteral("import"));

    // The second line had no uuid and no number: both assigned; its priority was given.
    QSqlQuery q(t.database->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT number, priority, first_response_due FROM tickets "
                                  "WHERE customer_name = 'Emma Wilson'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("RTC-20261121-0001"));
    CHECK(q.value(1).toString() == QStringLiteral("medium"));
    CHECK(q.value(2).toLongLong() == utc("2026-11-21T14:00:00Z").toSecsSinceEpoch());

    SECTION("importing the same file again skips what is already there")
    {
        const auto again = importText(t, kGood.left(kGood.indexOf('\n') + 1), &error);
        REQUIRE(again);
        CHECK(again->imported == 0);
        CHECK(again->skipped == 1);
        CHECK(ticketCount(t) == 2);
    }
}

TEST_CASE("a bad line names file, line and field, and nothing is imported")
{
    struct Case
    {
        const char* line;
        const char* expected;
    };
    const Case cases[] = {
        {R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":""},"category":"network"})",
         "tickets.jsonl:2: customer.name: must not be empty"},
        {R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A"},"category":"lag"})",
         "tickets.jsonl:2: category: 'lag' is not one of"},
        {R"({"created_at":"yesterday","customer":{"name":"A"},"category":"network"})",
         "tickets.jsonl:2: created_at: 'yesterday' is not an ISO 8601 time"},
        {R"({"created_at":"2026-11-21T12:00:00","customer":{"name":"A"},"category":"network"})",
         "tickets.jsonl:2: created_at: '2026-11-21T12:00:00' has no time zone"},
        {R"({"customer":{"name":"A"},"category":"network"})",
         "tickets.jsonl:2: created_at: is missing"},
        {R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A"},"category":"network","priority":"urgent"})",
         "tickets.jsonl:2: priority: 'urgent' is not a tier"},
        {R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A"},"category":"network","status":"resolved","first_response_at":"2026-11-21T12:05:00Z"})",
         "tickets.jsonl:2: resolved_at: is missing"},
        {R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A","enterprise":"yes"},"category":"network"})",
         "tickets.jsonl:2: customer.enterprise: must be true or false"},
        {R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A"},"category":"network")",
         "tickets.jsonl:2: not valid JSON"},
        {R"(["not", "an", "object"])", "tickets.jsonl:2: expected one JSON object per line"},
        {R"({"created_at":"2026-11-21T12:00:00Z","customer":{"name":"A"},"category":"network","diagnosis_answers":{"network":3}})",
         "tickets.jsonl:2: diagnosis_answers: must be an object of question id -> answer id"},
    };
    for (const Case& c : cases) {
        TempDatabase t;
        const QByteArray text = kGood.left(kGood.indexOf('\n') + 1) + QByteArray(c.line) + '\n';
        QString error;
        CHECK_FALSE(importText(t, text, &error));
        CHECK(error.startsWith(QString::fromUtf8(c.expected)));
        CHECK(ticketCount(t) == 0);
    }
}

TEST_CASE("all problems of a file are listed, not just the first")
{
    TempDatabase t;
    const QByteArray text = "{}\n\n{\"created_at\":1}\n";
    QString error;
    CHECK_FALSE(importText(t, text, &error));
    const QStringList lines = error.split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("tickets.jsonl:1: ")));
    CHECK(lines[1].startsWith(QStringLiteral("tickets.jsonl:3: created_at: must be a string")));
}

TEST_CASE("a number that belongs to another ticket in the database stops the whole import")
{
    TempDatabase t;
    const Ticket existing = t.create(Category::Network); // RTC-20261124-0001
    QByteArray text = kGood;
    text.append(QStringLiteral(R"({"number":"%1","created_at":"2026-11-21T12:00:00Z","customer":{"name":"B"},"category":"other"})")
                    .arg(existing.number)
                    .toUtf8());
    QString error;
    CHECK_FALSE(importText(t, text, &error));
    CHECK(error.startsWith(QStringLiteral("tickets.jsonl:3: number: RTC-20261124-0001 already")));
    CHECK(ticketCount(t) == 1);
}

TEST_CASE("empty input and duplicate uuids are refused")
{
    TempDatabase t;
    QString error;
    CHECK_FALSE(importText(t, "\n\n", &error));
    CHECK(error.contains(QStringLiteral("no tickets")));
    const QByteArray line = kGood.left(kGood.indexOf('\n') + 1);
    CHECK_FALSE(importText(t, line + line, &error));
    CHECK(error.contains(QStringLiteral("tickets.jsonl:2: uuid")));
    CHECK(ticketCount(t) == 0);
}

TEST_CASE("export writes one object per ticket that imports back identically")
{
    TempDatabase source;
    const Ticket a = source.create(Category::Network, QStringLiteral("张伟"), true, true);
    source.now = source.now.addSecs(300);
    QString error;
    REQUIRE(source.repository->apply(a.id, TicketAction::SendFirstResponse, &error));
    DiagnosisRecord diagnosis;
    diagnosis.answersJson = QStringLiteral(R"({"network":"cellular","symptom":"stutter"})");
    diagnosis.hypothesis = QStringLiteral("user_network");
    REQUIRE(source.repository->recordDiagnosis(a.id, diagnosis, &error));
    source.create(Category::Compatibility, QStringLiteral("Olivia Brown"));

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    const auto count = exportTickets(*source.database, out, &error);
    REQUIRE(count);
    CHECK(*count == 2);
    const QList<QByteArray> lines = out.data().trimmed().split('\n');
    REQUIRE(lines.size() == 2);
    const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
    CHECK(first[QStringLiteral("schema")].toString() == QStringLiteral("rtcare.ticket/1"));
    CHECK(first[QStringLiteral("number")].toString() == a.number);
    CHECK(first[QStringLiteral("created_at")].toString() == QStringLiteral("2026-11-24T10:00:00Z"));
    CHECK(first[QStringLiteral("first_response_at")].toString()
          == QStringLiteral("2026-11-24T10:05:00Z"));
    CHECK(first[QStringLiteral("customer")][QStringLiteral("key_business")].toBool());

    TempDatabase target;
    const auto imported = importText(target, out.data(), &error);
    REQUIRE(imported);
    CHECK(imported->imported == 2);
    const auto copy = target.repository->findByUuid(a.uuid);
    REQUIRE(copy);
    CHECK(copy->number == a.number);
    CHECK(copy->priority == QStringLiteral("high"));
    CHECK(copy->status == TicketStatus::Acknowledged);
    CHECK(copy->firstResponseDue == a.firstResponseDue);
    // What the agent learned travels with the ticket: a lead's merged report compares the
    // hypothesis with the confirmed cause.
    CHECK(copy->rootCauseHypothesis == QStringLiteral("user_network"));
    CHECK(QJsonDocument::fromJson(copy->diagnosisAnswers.toUtf8()).object()
          == QJsonObject{{QStringLiteral("network"), QStringLiteral("cellular")},
                         {QStringLiteral("symptom"), QStringLiteral("stutter")}});
}

TEST_CASE("the export's lines are, byte for byte, what the ticket's JSON object writes, "
          "whatever its text holds",
          "[storage]")
{
    TempDatabase t;
    QString error;
    NewTicket odd;
    odd.customer.name = QStringLiteral("O'Brien \"Bob\" \\ 王");
    odd.customer.contact = QStringLiteral("bob+tag@example.com");
    odd.customer.enterprise = true;
    odd.category = Category::AvQuality;
    odd.channel = QStringLiteral("email");
    odd.description = QStringLiteral("line one\nline two\ttab\r\x01 ctrl \x1f é ü 😀 视频很卡 "
                                     "</script> & \u2028 \u00a0 \x7f end");
    odd.deviceModel = QStringLiteral("iPhone 15 Pro");
    odd.region = QStringLiteral("广东 深圳");
    odd.assignee = QStringLiteral("小王");
    const Ticket withText = *t.repository->create(odd, &error);
    const Ticket plain = t.create(Category::Network);
    t.now = t.now.addSecs(600);
    REQUIRE(t.repository->apply(plain.id, TicketAction::SendFirstResponse, &error));
    REQUIRE(t.repository->apply(plain.id, TicketAction::Resolve, &error));
    DiagnosisRecord diagnosis;
    // Written unsorted and with spaces: the export sorts the keys as QJsonObject does.
    diagnosis.answersJson = QStringLiteral(R"({"symptom": "stutter", "network": "cellular"})");
    diagnosis.hypothesis = QStringLiteral("user_network");
    INFO(error.toStdString());
    REQUIRE(t.repository->recordDiagnosis(plain.id, diagnosis, &error));

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(exportTickets(*t.database, out, &error) == 2);
    const QList<QByteArray> lines = out.data().split('\n');
    REQUIRE(lines.size() == 3);
    CHECK(lines.at(2).isEmpty());
    int compared = 0;
    for (const Ticket& ticket : {withText, plain}) {
        const std::optional<Ticket> stored = t.repository->find(ticket.id);
        REQUIRE(stored);
        const QByteArray expected =
            QJsonDocument(ticketjson::toJson(*stored)).toJson(QJsonDocument::Compact);
        CHECK(QString::fromUtf8(lines.at(compared)) == QString::fromUtf8(expected));
        ++compared;
    }
    CHECK(lines.at(1).contains("\"resolved_at\":\""));
    CHECK(lines.at(0).contains("\"resolved_at\":null"));
}
