// SPDX-License-Identifier: MIT
#include "evidence/evidencestore.h"

#include "storage/sqldialect.h"
#include "storage/database.h"
#include "storage/ticketrows.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rtcare::evidence {

std::optional<EvidenceRecord> EvidenceStore::attach(qint64 ticketId, const QString& fileName,
                                                    const QString& sha256,
                                                    const CallMetrics& metrics,
                                                    const QDateTime& now, const QString& actor,
                                                    QString* error)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    QSqlQuery check(db);
    check.prepare(
        QStringLiteral("SELECT file_name FROM evidence WHERE ticket_id = ? AND sha256 = ?"));
    check.addBindValue(ticketId);
    check.addBindValue(sha256);
    if (check.exec() && check.next()) {
        *error = QStringLiteral("%1 is already attached to this ticket (as %2)")
                     .arg(fileName, check.value(0).toString());
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO evidence (ticket_id, file_name, format, sha256, "
                             "imported_at, summary) VALUES (?, ?, ?, ?, ?, ?)")
              + sqldialect::returningId(sqldialect::engineOf(db)));
    q.addBindValue(ticketId);
    q.addBindValue(fileName);
    q.addBindValue(metrics.format);
    q.addBindValue(sha256);
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(metrics.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = QStringLiteral("cannot attach %1: %2").arg(fileName, q.lastError().text());
        return std::nullopt;
    }
    EvidenceRecord record;
    record.id = sqldialect::insertedId(q, sqldialect::engineOf(db));
    record.ticketId = ticketId;
    record.fileName = fileName;
    record.format = metrics.format;
    record.sha256 = sha256;
    record.importedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    record.metrics = metrics;
    AuditEntry audit;
    audit.ticketId = ticketId;
    audit.at = now;
    audit.actor = actor;
    audit.action = QStringLiteral("evidence");
    audit.field = QStringLiteral("evidence");
    audit.newValue = QStringLiteral("%1 (%2)").arg(fileName, metrics.format);
    if (!ticketrows::appendAudit(db, audit, error) || !transaction.commit()) {
        if (error->isEmpty())
            *error = transaction.error();
        return std::nullopt;
    }
    return record;
}

QList<EvidenceRecord> EvidenceStore::forTicket(qint64 ticketId) const
{
    QList<EvidenceRecord> records;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, file_name, format, sha256, imported_at, summary FROM "
                             "evidence WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return records;
    while (q.next()) {
        EvidenceRecord r;
        r.id = q.value(0).toLongLong();
        r.ticketId = ticketId;
        r.fileName = q.value(1).toString();
        r.format = q.value(2).toString();
        r.sha256 = q.value(3).toString();
        r.importedAt = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        const std::optional<CallMetrics> metrics =
            CallMetrics::fromJson(QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
        if (!metrics)
            continue;
        r.metrics = *metrics;
        records.append(r);
    }
    return records;
}

QString EvidenceStore::causeHint(qint64 ticketId, const ThresholdProfile& profile) const
{
    QStringList hints;
    const QList<EvidenceRecord> records = forTicket(ticketId);
    for (const EvidenceRecord& r : records)
        hints << causeHintId(assess(r.metrics, profile).verdict, r.metrics.hasData());
    // The customer's side first (their connection, their network, their route, their
    // device), then the far end, then a clean network.
    for (const char* hint : {"connection_failed", "user_network", "relay_path", "device",
                             "remote_party", "not_network"}) {
        if (hints.contains(QLatin1String(hint)))
            return QString::fromLatin1(hint);
    }
    return QStringLiteral("unknown");
}

bool EvidenceStore::remove(qint64 evidenceId, const QDateTime& now, const QString& actor,
                           QString* error)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT ticket_id, file_name FROM evidence WHERE id = ?"));
    find.addBindValue(evidenceId);
    if (!find.exec() || !find.next()) {
        *error = QStringLiteral("no evidence with id %1").arg(evidenceId);
        return false;
    }
    AuditEntry audit;
    audit.ticketId = find.value(0).toLongLong();
    audit.at = now;
    audit.actor = actor;
    audit.action = QStringLiteral("evidence");
    audit.field = QStringLiteral("evidence");
    audit.oldValue = find.value(1).toString();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return ticketrows::appendAudit(db, audit, error) && transaction.commit();
}

} // namespace rtcare::evidence
