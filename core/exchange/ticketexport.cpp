// SPDX-License-Identifier: MIT
#include "exchange/ticketexport.h"

#include "exchange/ticketjson.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/ticketrows.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef RTCARE_SQLITE_API
#include "storage/sqlitehandle.h"
#endif

namespace rtcare {

namespace {

// Written in blocks: one write per line costs more than the line.
constexpr qsizetype kBlockBytes = 256 * 1024;

class BlockWriter
{
public:
    BlockWriter(QIODevice& output, QString* error) : m_output(output), m_error(error)
    {
        m_block.reserve(kBlockBytes + 4096);
    }
    bool line(const char* bytes, qsizetype size)
    {
        m_block.append(bytes, size);
        m_block.append('\n');
        return m_block.size() < kBlockBytes || flush();
    }
    bool flush()
    {
        if (m_block.isEmpty())
            return true;
        if (m_output.write(m_block) != m_block.size()) {
            *m_error = m_output.errorString();
            return false;
        }
        m_block.clear();
        return true;
    }

private:
    QIODevice& m_output;
    QString* m_error;
    QByteArray m_block;
};

QString timeJson(const char* column)
{
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%SZ', %1, 'unixepoch')")
        .arg(QLatin1String(column));
}

QString flagJson(const char* column)
{
    return QStringLiteral("json(CASE WHEN %1 THEN 'true' ELSE 'false' END)")
        .arg(QLatin1String(column));
}

// The diagnosis answers as QJsonDocument writes them: an object with its keys sorted ({}
// for anything else).
QString answersJson()
{
    return QStringLiteral(
        "CASE WHEN diagnosis_answers = '{}' OR NOT json_valid(diagnosis_answers) OR "
        "json_type(diagnosis_answers) <> 'object' THEN json_object() ELSE (SELECT "
        "json_group_object(key, CASE type WHEN 'object' THEN json(value) WHEN 'array' THEN "
        "json(value) WHEN 'true' THEN json('true') WHEN 'false' THEN json('false') ELSE value "
        "END) FROM (SELECT key, value, type FROM json_each(diagnosis_answers) ORDER BY key)) "
        "END");
}

#ifdef RTCARE_SQLITE_API
// SQLite's own interface on the connection Qt opened; nullopt when the handle is not
// SQLite's (then Qt's interface reads the same lines).
std::optional<std::optional<qint64>> exportThroughSqlite(const QSqlDatabase& db,
                                                         BlockWriter& writer, QString* error)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return std::nullopt;
    sqlite3_stmt* statement = nullptr;
    const QByteArray sql = exportLineStatement().toUtf8();
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement, nullptr)
        != SQLITE_OK)
        return std::nullopt; // a SQLite without its JSON functions: one ticket at a time
    qint64 count = 0;
    int step = SQLITE_ROW;
    bool written = true;
    while (written && (step = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        written = writer.line(text, sqlite3_column_bytes(statement, 0));
        ++count;
    }
    if (written && step != SQLITE_DONE)
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);
    if (!written || step != SQLITE_DONE)
        return std::optional<qint64>();
    return std::optional<qint64>(count);
}
#endif

} // namespace

QString exportLineStatement()
{
    // The keys in QJsonObject's order (sorted), so that the line is what toJson() and
    // QJsonDocument::Compact make of the same ticket.
    return QStringLiteral(
               "SELECT json_object('assignee', assignee, 'category', category, 'channel', "
               "channel, 'created_at', %1, 'customer', json_object('contact', customer_contact, "
               "'enterprise', %2, 'key_business', %3, 'name', customer_name), 'description', "
               "description, 'device_model', device_model, 'diagnosis_answers', "
               "%8, "
               "'first_response_at', %4, 'network', network, 'number', number, 'os', os, "
               "'priority', priority, 'region', region, 'resolved_at', %5, 'root_cause', "
               "root_cause, 'root_cause_hypothesis', root_cause_hypothesis, 'scenario', "
               "scenario, 'schema', '%6', 'status', status, 'updated_at', %7, 'uuid', uuid) "
               "FROM tickets ORDER BY id")
        .arg(timeJson("created_at"), flagJson("customer_enterprise"),
             flagJson("customer_key_business"), timeJson("first_response_at"),
             timeJson("resolved_at"), QLatin1String(ticketjson::kSchema),
             timeJson("updated_at"), answersJson());
}

std::optional<qint64> exportTickets(const Database& database, QIODevice& output, QString* error)
{
    QSqlDatabase db = database.connection();
    BlockWriter writer(output, error);
    const bool sqlite = sqldialect::engineOf(db) == sqldialect::Engine::SQLite;
#ifdef RTCARE_SQLITE_API
    if (sqlite) {
        if (const auto counted = exportThroughSqlite(db, writer, error)) {
            if (!*counted || !writer.flush())
                return std::nullopt;
            return *counted;
        }
    }
#endif
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // SQLite's lines when it can make them, else each ticket through toJson().
    const bool lines = sqlite && q.exec(exportLineStatement());
    if (!lines
        && !q.exec(QStringLiteral("SELECT %1 FROM tickets ORDER BY id")
                       .arg(ticketrows::selectColumns()))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    qint64 count = 0;
    while (q.next()) {
        const QByteArray line =
            lines ? q.value(0).toString().toUtf8()
                   : QJsonDocument(ticketjson::toJson(ticketrows::ticketFromQuery(q)))
                         .toJson(QJsonDocument::Compact);
        if (!writer.line(line.constData(), line.size()))
            return std::nullopt;
        ++count;
    }
    if (!writer.flush())
        return std::nullopt;
    return count;
}

} // namespace rtcare
