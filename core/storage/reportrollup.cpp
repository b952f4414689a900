// SPDX-License-Identifier: MIT
#include "storage/reportrollup.h"

#include "storage/sqldialect.h"

#include <array>

namespace rtcare::rollup {

namespace {

constexpr std::array kDimensions{
    Dimension{"category", "%1.category"},
    Dimension{"priority", "%1.priority"},
    Dimension{"status", "%1.status"},
    Dimension{"channel", "%1.channel"},
    Dimension{"scenario", "%1.scenario"},
    Dimension{"network", "%1.network"},
    Dimension{"device_model", "%1.device_model"},
    Dimension{"os", "%1.os"},
    Dimension{"region", "%1.region"},
    Dimension{"root_cause", "%1.root_cause"},
    Dimension{"hypothesis", "%1.root_cause_hypothesis"},
    Dimension{"confirmed", "CASE WHEN %1.root_cause <> '' AND %1.root_cause_hypothesis = "
                           "%1.root_cause THEN %1.root_cause ELSE '' END"},
};

// The columns whose change moves a ticket between report_daily rows.
constexpr std::array kCountedColumns{
    "created_at",     "category",     "priority",   "status",
    "channel",        "scenario",     "network",    "device_model",
    "os",             "region",       "root_cause", "root_cause_hypothesis",
    "first_response_at", "first_response_due", "recurring"};

constexpr qint64 kRecurringWindowS = 7 * 86400;


// Which rows are kept: reports never read an empty device, region, root cause…, but they do
// count recurring complaints without a scenario, and every ticket has a category, tier,
// status and channel.
const QString kKept = QStringLiteral(
    "(value <> '' OR dim IN ('category', 'priority', 'status', 'channel', 'scenario'))");

// Adds (sign +1) or removes (-1) one tickets row's contribution to every dimension.
QString upsert(const QString& row, int sign, sqldialect::Engine engine)
{
    // A compound SELECT, not VALUES: inside a trigger SQLite does not name VALUES columns.
    QStringList values;
    for (const Dimension& dimension : kDimensions)
        values << QStringLiteral("SELECT '%1' AS dim, %2 AS value")
                      .arg(QLatin1String(dimension.id), valueOf(dimension, row));
    return QStringLiteral(
               "INSERT INTO report_daily (dim, day, value, category, tickets, responded, met, "
               "recurring) SELECT dim, %1.created_at / 86400, value, %1.category, %2 "
               "FROM (%3)%5 WHERE %4 ON CONFLICT (dim, day, value, category) DO UPDATE "
               "SET tickets = %6tickets + excluded.tickets, responded = %6responded + "
               "excluded.responded, met = %6met + excluded.met, recurring = %6recurring + "
               "excluded.recurring;")
        .arg(row, countersOf(row, sign, engine), values.join(QStringLiteral(" UNION ALL ")), kKept,
             sqldialect::subqueryName(engine, QStringLiteral("d")),
             engine == sqldialect::Engine::SQLite ? QString() : QStringLiteral("report_daily."));
}

// True when another ticket of the same contact was filed in the 7 days before `row`
// (ties on created_at: the lower id came first).
QString hasRecentTicket(const QString& row)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM tickets AS p WHERE p.customer_contact = "
                          "%1.customer_contact AND p.customer_contact <> '' AND p.created_at "
                          "BETWEEN %1.created_at - %2 AND %1.created_at AND p.id <> %1.id AND "
                          "(p.created_at < %1.created_at OR p.id < %1.id))")
        .arg(row)
        .arg(kRecurringWindowS);
}

// Recomputes the flag of the contact's tickets in the 7 days from `row`'s creation.
QString recomputeFollowing(const QString& row, sqldialect::Engine engine)
{
    return QStringLiteral("UPDATE tickets SET recurring = %1 WHERE customer_contact = "
                          "%2.customer_contact AND customer_contact <> '' AND created_at BETWEEN "
                          "%2.created_at AND %2.created_at + %3;")
        .arg(sqldialect::asInteger(engine, QStringLiteral("(%1)").arg(
                 hasRecentTicket(QStringLiteral("tickets")))),
             row)
        .arg(kRecurringWindowS);
}

} // namespace

std::span<const Dimension> dimensions()
{
    return kDimensions;
}

QString valueOf(const Dimension& dimension, const QString& row)
{
    return QString::fromLatin1(dimension.column).arg(row);
}

QString countersOf(const QString& row, int sign, sqldialect::Engine engine)
{
    const QString s = sign < 0 ? QStringLiteral("-") : QString();
    const QString responded = QStringLiteral("(%1.first_response_at IS NOT NULL)").arg(row);
    const QString met =
        QStringLiteral("(%1.first_response_at <= %1.first_response_due)").arg(row);
    return QStringLiteral("%1, %2%3, %2COALESCE(%4, 0), %2%5.recurring")
        .arg(sign < 0 ? QStringLiteral("-1") : QStringLiteral("1"), s,
             sqldialect::asInteger(engine, responded),
             engine == sqldialect::Engine::SQLite ? met.mid(1, met.size() - 2)
                                                  : sqldialect::asInteger(engine, met),
             row);
}

QStringList schemaVersion5(sqldialect::Engine engine)
{
    using sqldialect::asInteger;
    QStringList steps{
        QStringLiteral("ALTER TABLE tickets ADD COLUMN recurring INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (recurring IN (0, 1))"),
        // The contact index also orders by time: "this customer's tickets of last week".
        QStringLiteral("DROP INDEX tickets_contact"),
        QStringLiteral("CREATE INDEX tickets_contact ON tickets(customer_contact, created_at) "
                       "WHERE customer_contact <> ''"),
        QStringLiteral("UPDATE tickets SET recurring = 1 WHERE id IN (SELECT id FROM (SELECT id, "
                       "created_at - LAG(created_at) OVER (PARTITION BY customer_contact ORDER "
                       "BY created_at, id) AS gap FROM tickets WHERE customer_contact <> '')"
                       "%2 WHERE gap <= %1)")
            .arg(kRecurringWindowS)
            .arg(sqldialect::subqueryName(engine, QStringLiteral("g"))),
        QStringLiteral("CREATE INDEX tickets_recurring ON tickets(created_at) WHERE recurring = 1"),
        QStringLiteral("CREATE INDEX tickets_unanswered ON tickets(created_at) WHERE "
                       "first_response_at IS NULL"),
        QStringLiteral("CREATE TABLE report_daily (dim TEXT NOT NULL, day INTEGER NOT NULL, "
                       "value TEXT NOT NULL, category TEXT NOT NULL, tickets INTEGER NOT NULL, "
                       "responded INTEGER NOT NULL, met INTEGER NOT NULL, recurring INTEGER NOT "
                       "NULL, PRIMARY KEY (dim, day, value, category)) WITHOUT ROWID"),
    };
    const QString t = QStringLiteral("t");
    for (const Dimension& dimension : kDimensions)
        steps << QStringLiteral("INSERT INTO report_daily SELECT '%1', created_at / 86400, %2, "
                                "category, COUNT(*), SUM(%3), SUM(COALESCE(%4, 0)), "
                                "SUM(recurring) FROM tickets AS t GROUP BY 2, 3, 4")
                     .arg(QLatin1String(dimension.id), valueOf(dimension, t),
                          engine == sqldialect::Engine::SQLite
                              ? QStringLiteral("first_response_at IS NOT NULL")
                              : asInteger(engine, QStringLiteral("(first_response_at IS NOT NULL)")),
                          engine == sqldialect::Engine::SQLite
                              ? QStringLiteral("first_response_at <= first_response_due")
                              : asInteger(engine, QStringLiteral("(first_response_at <= "
                                                                 "first_response_due)")));
    steps << QStringLiteral("DELETE FROM report_daily WHERE NOT %1").arg(kKept);

    const QString oldRow = QStringLiteral("OLD"), newRow = QStringLiteral("NEW");
    QStringList changed;
    for (const char* column : kCountedColumns) {
        const QString name = QLatin1String(column);
        changed << sqldialect::isDistinct(engine, QStringLiteral("OLD.") + name,
                                          QStringLiteral("NEW.") + name);
    }
    QStringList columns;
    for (const char* column : kCountedColumns)
        columns << QLatin1String(column);
    const auto trigger = [engine](const char* name, const QString& timing, const QString& when,
                                  const QString& body) {
        return sqldialect::createTrigger(engine, QLatin1String(name), timing, when, body);
    };
    steps << trigger("tickets_recurring_insert", QStringLiteral("AFTER INSERT"),
                     QStringLiteral("NEW.customer_contact <> ''"),
                     QStringLiteral(
                         "UPDATE tickets SET recurring = 1 WHERE id = NEW.id AND %1; "
                         "UPDATE tickets SET recurring = 1 WHERE customer_contact = "
                         "NEW.customer_contact AND customer_contact <> '' AND created_at "
                         "BETWEEN NEW.created_at AND NEW.created_at + %2 AND recurring = 0 "
                         "AND id <> NEW.id AND (created_at > NEW.created_at OR id > NEW.id);")
                         .arg(hasRecentTicket(newRow))
                         .arg(kRecurringWindowS))
          << trigger("tickets_recurring_update", QStringLiteral("AFTER UPDATE OF customer_contact, created_at"),
                     sqldialect::isDistinct(engine, QStringLiteral("OLD.customer_contact"),
                                            QStringLiteral("NEW.customer_contact"))
                         + QStringLiteral(" OR ")
                         + sqldialect::isDistinct(engine, QStringLiteral("OLD.created_at"),
                                                  QStringLiteral("NEW.created_at")),
                     QStringLiteral("UPDATE tickets SET recurring = %1 WHERE id = NEW.id; %2 %3")
                         .arg(asInteger(engine, QStringLiteral("(customer_contact <> '' AND %1)")
                                                    .arg(hasRecentTicket(
                                                        QStringLiteral("tickets")))),
                              recomputeFollowing(oldRow, engine),
                              recomputeFollowing(newRow, engine)))
          << trigger("tickets_recurring_delete", QStringLiteral("AFTER DELETE"),
                     QStringLiteral("OLD.customer_contact <> ''"),
                     recomputeFollowing(oldRow, engine))
          << trigger("report_daily_insert", QStringLiteral("AFTER INSERT"), QString(), upsert(newRow, 1, engine))
          << trigger("report_daily_delete", QStringLiteral("AFTER DELETE"), QString(), upsert(oldRow, -1, engine))
          << trigger("report_daily_update",
                     QStringLiteral("AFTER UPDATE OF %1").arg(columns.join(QStringLiteral(", "))),
                     changed.join(QStringLiteral(" OR ")),
                     QStringLiteral("%1 %2").arg(upsert(oldRow, -1, engine),
                                                 upsert(newRow, 1, engine)));
    return steps;
}

} // namespace rtcare::rollup
