// SPDX-License-Identifier: MIT
// Merging agents' exports: same uuid, the latest update wins, reported and audited.
#include "catch.h"
#include "testsupport.h"

#include "exchange/ticketexport.h"
#include "exchange/ticketimport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace rtcare;
using namespace rtcare::test;

namespace {

QJsonObject exportOne(const TempDatabase& db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    REQUIRE(exportTickets(*db.database, buffer, &error) == 1);
    return QJsonDocument::fromJson(buffer.data().trimmed()).object();
}

std::optional<ImportResult> importLine(TempDatabase& db, const QJsonObject& object)
{
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    QBuffer buffer(&line);
    buffer.open(QIODevice::ReadOnly);
    QString error;
    const std::optional<ImportResult> result =
        importTickets(buffer, QStringLiteral("agent-b.jsonl"), *db.repository, &error);
    INFO(error.toStdString());
    REQUIRE(result);
    return result;
}

} // namespace

TEST_CASE("import merge: a later copy replaces the stored ticket, an older one is skipped",
          "[import][reports]")
{
    TempDatabase db;
    const Ticket ticket = db.create(Category::Network);
    QJsonObject exported = exportOne(db);
    REQUIRE(exported.contains(QStringLiteral("updated_at")));
    CHECK(exported.value(QStringLiteral("updated_at")).toString()
          == ticket.updatedAt.toString(Qt::ISODate));

    SECTION("the same copy again is skipped")
    {
        const auto result = importLine(db, exported);
        CHECK(result->imported == 0);
        CHECK(result->updated == 0);
        CHECK(result->skipped == 1);
    }
    SECTION("a later copy wins and is audited")
    {
        QJsonObject newer = exported;
        newer.insert(QStringLiteral("region"), QStringLiteral("四川 成都"));
        newer.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-24T12:00:00Z"));
        const auto result = importLine(db, newer);
        CHECK(result->updated == 1);
        CHECK(result->imported == 0);
        CHECK(result->skipped == 0);
        const std::optional<Ticket> stored = db.repository->find(ticket.id);
        REQUIRE(stored);
        CHECK(stored->region == QStringLiteral("四川 成都"));
        CHECK(stored->updatedAt == utc("2026-11-24T12:00:00Z"));
        QSqlQuery q(db.database->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit WHERE action = "
                                      "'import_update'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);

        SECTION("then an older copy is skipped")
        {
            QJsonObject older = exported;
            older.insert(QStringLiteral("region"), QStringLiteral("北京"));
            older.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-24T11:00:00Z"));
            const auto again = importLine(db, older);
            CHECK(again->skipped == 1);
            CHECK(db.repository->find(ticket.id)->region == QStringLiteral("四川 成都"));
        }
    }
    SECTION("an export without updated_at still imports (optional field)")
    {
        QJsonObject legacy = exported;
        legacy.remove(QStringLiteral("updated_at"));
        legacy.insert(QStringLiteral("uuid"), QStringLiteral("6f1c1d2e-0000-4000-8000-000000000001"));
        legacy.insert(QStringLiteral("number"), QStringLiteral("RTC-20261124-9999"));
        const auto result = importLine(db, legacy);
        CHECK(result->imported == 1);
    }
}
