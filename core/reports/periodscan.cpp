// SPDX-License-Identifier: MIT
#include "reports/periodscan.h"

#include "reports/reportsql.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlQuery>

#ifdef RTCARE_SQLITE_API
#include "storage/sqlitehandle.h"
#endif

#include <algorithm>
#include <cstring>
#include <optional>
#include <tuple>

namespace rtcare::reportsql {

namespace {

// The tickets of the current incident window, per (category, region).
class IncidentWindow
{
public:
    IncidentWindow(qint64 window, qint64 offset, qint64 minTickets, QList<Incident>* out)
        : m_window(window), m_offset(offset), m_minTickets(minTickets), m_out(out)
    {
    }

    void add(qint64 createdAt, const QString& category, const QString& region)
    {
        if (region.isEmpty())
            return;
        const qint64 index = (createdAt + m_offset) / m_window;
        if (index != m_index) {
            flush();
            m_index = index;
        }
        ++m_counts[{category, region}];
    }

    void flush()
    {
        const qsizetype first = m_out->size();
        for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
            if (it.value() >= m_minTickets)
                m_out->append(
                    {it.key().first, it.key().second,
                     QDateTime::fromSecsSinceEpoch(m_index * m_window - m_offset, Qt::UTC),
                     it.value()});
        std::sort(m_out->begin() + first, m_out->end(), [](const Incident& a, const Incident& b) {
            return std::tie(a.category, a.region) < std::tie(b.category, b.region);
        });
        m_counts.clear();
    }

private:
    qint64 m_window;
    qint64 m_offset;
    qint64 m_minTickets;
    QList<Incident>* m_out;
    qint64 m_index = -1;
    QHash<std::pair<QString, QString>, qint64> m_counts;
};

} // namespace

namespace {

// Adds one ticket's row to the scan.
class Sink
{
public:
    Sink(const ReportThresholds& thresholds, qint64 from, qint64 now, const QTimeZone& zone,
         PeriodScan* scan)
        : m_window(qint64(std::max(1, thresholds.incidentWindowMinutes)) * 60),
          // Windows start on the team's clock (an hour from xx:00 local, also at +05:30).
          m_incidents(m_window, zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(from, Qt::UTC)),
                      thresholds.incidentMinTickets, &scan->incidents),
          m_now(now), m_scan(scan)
    {
    }

    void add(qint64 createdAt, const QString& category, const QString& region, const QString& tier,
             const QString& assignee, bool responded, qint64 respondedAt, qint64 due)
    {
        m_incidents.add(createdAt, category, region);
        if (!m_row || assignee != m_row->agent) {
            m_row = &m_scan->agents[assignee]; // the previous pointer is not used again
            m_row->agent = assignee;
        }
        AgentSlaRow& row = *m_row;
        ++row.tickets;
        if (responded) {
            ++row.responded;
            m_scan->responseByTier[tier].append(respondedAt - createdAt);
            m_scan->responseByAgent[assignee].append(respondedAt - createdAt);
            if (respondedAt <= due)
                ++row.met;
            else
                ++row.missed;
        } else if (due < m_now) {
            ++row.missed;
            ++m_scan->overdueByTier[tier];
        }
    }

    void finish() { m_incidents.flush(); }

private:
    qint64 m_window;
    IncidentWindow m_incidents;
    qint64 m_now;
    PeriodScan* m_scan;
    AgentSlaRow* m_row = nullptr;
};

const char kScanSql[] =
    "SELECT created_at, category, region, priority, assignee, first_response_at, "
    "first_response_due FROM tickets WHERE created_at >= ? AND created_at < ? ORDER BY "
    "created_at";

#ifdef RTCARE_SQLITE_API
// A text column as a QString, converted only when it differs from the previous row's
// (names repeat: a few distinct values over hundreds of thousands of rows).
class TextColumn
{
public:
    const QString& read(sqlite3_stmt* statement, int column)
    {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        const int size = sqlite3_column_bytes(statement, column);
        if (size != m_bytes.size() ||
            (size > 0 && std::memcmp(text, m_bytes.constData(), size) != 0)) {
            m_bytes = QByteArray(text, size);
            m_text = QString::fromUtf8(m_bytes);
        }
        return m_text;
    }

private:
    QByteArray m_bytes;
    QString m_text;
};

// SQLite's own interface on the connection Qt opened: the same statement without a QVariant
// per value. nullopt when the driver's handle is not SQLite's.
std::optional<bool> scanThroughSqlite(const QSqlDatabase& db, qint64 from, qint64 to, Sink* sink,
                                      QString* error)
{
    sqlite3* connection = sqliteHandle(db);
    if (!connection)
        return std::nullopt;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(connection, kScanSql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
        return false;
    }
    sqlite3_bind_int64(statement, 1, from);
    sqlite3_bind_int64(statement, 2, to);
    TextColumn category, region, tier, assignee;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const bool responded = sqlite3_column_type(statement, 5) != SQLITE_NULL;
        sink->add(sqlite3_column_int64(statement, 0), category.read(statement, 1),
                  region.read(statement, 2), tier.read(statement, 3), assignee.read(statement, 4),
                  responded, sqlite3_column_int64(statement, 5),
                  sqlite3_column_int64(statement, 6));
    }
    const bool ok = step == SQLITE_DONE;
    if (!ok)
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);
    return ok;
}
#endif

} // namespace

bool scanPeriod(const QSqlDatabase& db, const ReportThresholds& thresholds, qint64 from, qint64 to,
                qint64 now, const QTimeZone& zone, PeriodScan* scan, QString* error)
{
    Sink sink(thresholds, from, now, zone, scan);
#ifdef RTCARE_SQLITE_API
    if (const std::optional<bool> read = scanThroughSqlite(db, from, to, &sink, error)) {
        sink.finish();
        return *read;
    }
#endif
    const bool read = run(
        db, QString::fromLatin1(kScanSql), {from, to},
        [&](const QSqlQuery& q) {
            const QVariant respondedAt = q.value(5);
            sink.add(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), !respondedAt.isNull(),
                     respondedAt.toLongLong(), q.value(6).toLongLong());
        },
        error);
    sink.finish();
    return read;
}

} // namespace rtcare::reportsql
