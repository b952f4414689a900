// SPDX-License-Identifier: MIT
// Import and export as RTCare runs them and, in the same run and alternated, the same work
// done by a hand-written client of SQLite's C API (each statement prepared once):
// - export: every ticket of the database as a JSON line into a file. Raw: the same SELECT
//   (SQLite makes each line, exportLineStatement()) written with fwrite. The two files are
//   compared byte for byte.
// - import: the first N tickets of the database, as exported, into a new database file.
//   Raw: each line parsed once with the same parser and checks (ticketjson::fromJson), its
//   uuid looked up and its number checked, the ticket, its search-index row and its audit
//   line inserted, all in one transaction, with the same pragmas.
// Median of the runs. Exits 1 when the exports differ or an import missed a ticket.
//   bench_exchange [--tickets 1000000] [--db FILE] [--import 100000] [--runs 3]
#include "benchsupport.h"

#include "exchange/ticketexport.h"
#include "exchange/ticketimport.h"
#include "exchange/ticketjson.h"
#include "model/inputlimits.h"
#include "storage/searchindex.h"
#include "storage/ticketrepository.h"
#include "storage/ticketrows.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace rtcare;
using rtcare::bench::option;
using rtcare::bench::median;
using rtcare::bench::msSince;
using rtcare::bench::newDatabase;
using rtcare::bench::removeDatabase;
using rtcare::bench::report;

namespace {

QByteArray digest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}


double appExport(const Database& database, const QString& path, qint64* lines)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QElapsedTimer timer;
    timer.start();
    QString error;
    const std::optional<qint64> written = exportTickets(database, out, &error);
    out.close();
    *lines = written.value_or(-1);
    if (!written)
        report(QStringLiteral("app export failed: %1").arg(error));
    return msSince(timer);
}

// Before: the export as it was (a Ticket, a QJsonObject and a write per row, every value
// through a QVariant), for the before/after figure of the same run.
double oldExport(const Database& database, const QString& path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM tickets ORDER BY id").arg(ticketrows::selectColumns()));
    while (q.next()) {
        QByteArray line = QJsonDocument(ticketjson::toJson(ticketrows::ticketFromQuery(q)))
                              .toJson(QJsonDocument::Compact);
        line.append('\n');
        out.write(line);
    }
    return msSince(timer);
}

// The same lines through the C API, `limit` of them (0: all).
double rawExport(const QString& databasePath, const QString& path, qint64 limit, qint64* lines)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QString sql = exportLineStatement();
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    const QByteArray utf8 = sql.toUtf8();
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db, utf8.constData(), -1, &statement, nullptr);
    std::FILE* out = std::fopen(path.toLocal8Bit().constData(), "wb");
    if (out)
        std::setvbuf(out, nullptr, _IOFBF, 256 * 1024); // the app writes 256 KiB blocks too
    *lines = 0;
    while (out && sqlite3_step(statement) == SQLITE_ROW) {
        std::fwrite(sqlite3_column_text(statement, 0), 1,
                    std::size_t(sqlite3_column_bytes(statement, 0)), out);
        std::fputc('\n', out);
        ++*lines;
    }
    if (out)
        std::fclose(out);
    sqlite3_finalize(statement);
    const double ms = msSince(timer);
    sqlite3_close(db);
    return ms;
}


double appImport(const QString& file, const QString& databasePath, int* imported)
{
    if (!newDatabase(databasePath))
        return -1;
    QString error;
    auto database = Database::open(databasePath, &error);
    TicketRepository repository(*database, SlaPolicy::builtIn());
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    const std::optional<ImportResult> result =
        importTickets(in, QStringLiteral("bench.jsonl"), repository, &error);
    const double ms = msSince(timer);
    *imported = result ? result->imported : -1;
    if (!result)
        report(QStringLiteral("app import failed: %1").arg(error.left(300)));
    return ms;
}

struct Statement
{
    sqlite3_stmt* s = nullptr;
    Statement(sqlite3* db, const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), -1, &s, nullptr) != SQLITE_OK)
            report(QStringLiteral("raw: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    }
    ~Statement() { sqlite3_finalize(s); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    void text(int index, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(s, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void value(int index, const QVariant& value)
    {
        if (value.isNull())
            sqlite3_bind_null(s, index);
        else if (value.typeId() == QMetaType::QString)
            text(index, value.toString());
        else
            sqlite3_bind_int64(s, index, value.toLongLong());
    }
    // Steps to the end; true when it returned a row.
    bool run()
    {
        bool row = false;
        int step = SQLITE_ROW;
        while ((step = sqlite3_step(s)) == SQLITE_ROW)
            row = true;
        if (step != SQLITE_DONE)
            report(QStringLiteral("raw: %1").arg(
                QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(s)))));
        sqlite3_reset(s);
        return row;
    }
};

double rawImport(const QString& file, const QString& databasePath, int* imported)
{
    if (!newDatabase(databasePath))
        return -1;
    const SlaPolicy& policy = SlaPolicy::builtIn();
    sqlite3* db = nullptr;
    sqlite3_open_v2(databasePath.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(db,
                 "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                 "PRAGMA temp_store = MEMORY",
                 nullptr, nullptr, nullptr);
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    *imported = 0;
    {
        Statement byUuid(
            db, QStringLiteral("SELECT id, updated_at, number FROM tickets WHERE uuid = ?"));
        Statement byNumber(db, QStringLiteral("SELECT uuid FROM tickets WHERE number = ?"));
        Statement insert(db, ticketrows::insertStatement());
        Statement index(db,
                        QStringLiteral("INSERT INTO ticket_search(rowid, tokens) VALUES (?, ?)"));
        Statement audit(
            db, QStringLiteral("INSERT INTO audit (ticket_id, at, actor, action, field, old_value, "
                               "new_value, reason) VALUES (?, ?, ?, 'import', '', '', ?, '')"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSet<QString> uuids;
        QSet<QString> numbers;
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        while (!in.atEnd()) {
            const QByteArray line = in.readLine(limits::kImportLineBytes + 2).trimmed();
            if (line.isEmpty())
                continue;
            QString reason;
            std::optional<Ticket> ticket =
                ticketjson::fromJson(QJsonDocument::fromJson(line).object(), policy, &reason);
            if (!ticket)
                continue;
            uuids.insert(ticket->uuid);
            numbers.insert(ticket->number);
            byUuid.text(1, ticket->uuid);
            if (byUuid.run())
                continue;
            byNumber.text(1, ticket->number);
            if (byNumber.run())
                continue;
            ticketrows::applyPolicy(*ticket, policy);
            const QVariantList values = ticketrows::insertValues(*ticket, policy);
            for (qsizetype i = 0; i < values.size(); ++i)
                insert.value(int(i + 1), values.at(i));
            insert.run();
            const qint64 id = sqlite3_last_insert_rowid(db);
            sqlite3_bind_int64(index.s, 1, id);
            index.text(2, searchindex::ticketTokens(*ticket));
            index.run();
            sqlite3_bind_int64(audit.s, 1, id);
            sqlite3_bind_int64(audit.s, 2, now);
            audit.text(3, QStringLiteral("bench"));
            audit.text(4, QStringLiteral("bench.jsonl"));
            audit.run();
            ++*imported;
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    }
    const double ms = msSince(timer);
    sqlite3_close(db);
    return ms;
}

void ratio(const QString& what, const std::vector<double>& app, const std::vector<double>& raw,
           const QString& tail)
{
    const double a = median(app);
    const double r = median(raw);
    report(QStringLiteral("%1: app %2 ms, raw SQLite %3 ms (x%4)%5")
               .arg(what)
               .arg(a, 0, 'f', 0)
               .arg(r, 0, 'f', 0)
               .arg(r > 0 ? a / r : 0, 0, 'f', 2)
               .arg(tail));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int tickets = option(QStringLiteral("tickets"), QStringLiteral("1000000")).toInt();
    const int importCount = option(QStringLiteral("import"), QStringLiteral("100000")).toInt();
    const int runs = std::max(1, option(QStringLiteral("runs"), QStringLiteral("3")).toInt());
    const QString path = option(QStringLiteral("db"),
                                QDir::temp().filePath(QStringLiteral("rtcare-bench-%1-v%2.sqlite")
                                                          .arg(tickets)
                                                          .arg(Database::latestSchemaVersion())));
    if (!rtcare::bench::ensureDemoDatabase(path, tickets))
        return 1;
    QString error;
    auto database = Database::open(path, &error);
    if (!database) {
        report(error);
        return 1;
    }
    const QString work = path + QStringLiteral(".exchange");
    const QString appFile = work + QStringLiteral("-app.jsonl");
    const QString rawFile = work + QStringLiteral("-raw.jsonl");

    // Export: the whole database.
    std::vector<double> appTimes;
    std::vector<double> rawTimes;
    qint64 appLines = 0;
    qint64 rawLines = 0;
    for (int run = 0; run < runs; ++run) {
        appTimes.push_back(appExport(*database, appFile, &appLines));
        rawTimes.push_back(rawExport(path, rawFile, 0, &rawLines));
    }
    bool same = appLines == rawLines && digest(appFile) == digest(rawFile);
    const double old = oldExport(*database, rawFile);
    same = same && digest(appFile) == digest(rawFile);
    ratio(QStringLiteral("export of %1 tickets").arg(appLines), appTimes, rawTimes,
          (same ? QStringLiteral(", the same bytes as raw and as before")
                : QStringLiteral(", the files DIFFER (raw %1 lines)").arg(rawLines)) +
              QStringLiteral("; before (a Ticket and a QJsonObject per row): %1 ms")
                  .arg(old, 0, 'f', 0));
    database.reset();

    // Import: the first N tickets, as exported, into new files.
    const QString input = work + QStringLiteral("-import.jsonl");
    qint64 lines = 0;
    rawExport(path, input, importCount, &lines);
    appTimes.clear();
    rawTimes.clear();
    int appImported = 0;
    int rawImported = 0;
    const QString appDb = work + QStringLiteral("-app.sqlite");
    const QString rawDb = work + QStringLiteral("-raw.sqlite");
    for (int run = 0; run < runs; ++run) {
        appTimes.push_back(appImport(input, appDb, &appImported));
        rawTimes.push_back(rawImport(input, rawDb, &rawImported));
    }
    const bool allImported = appImported == rawImported && appImported == lines;
    ratio(QStringLiteral("import of %1 tickets").arg(lines), appTimes, rawTimes,
          allImported
              ? QString()
              : QStringLiteral(" (imported: app %1, raw %2!)").arg(appImported).arg(rawImported));
    for (const QString& file : {appFile, rawFile, input})
        QFile::remove(file);
    removeDatabase(appDb);
    removeDatabase(rawDb);
    // The smoke run checks what the figures stand on: the same lines, every ticket imported.
    return same && allImported ? 0 : 1;
}
