// SPDX-License-Identifier: MIT
// The guided diagnosis's writes to a ticket: the facts and answers it learned, and the
// category it suggests (with the priority following under the policy). Part of
// TicketRepository, kept apart from the lifecycle writes.
#include "storage/ticketrepository.h"

#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/ticketrows.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rtcare {

bool TicketRepository::recordDiagnosis(qint64 id, const DiagnosisRecord& record, QString* error)
{
    const std::optional<Ticket> before = find(id);
    if (!before) {
        *error = tr("Ticket %1 does not exist.").arg(id);
        return false;
    }
    struct Field
    {
        const char* column;
        QString oldValue;
        QString newValue;
    };
    const QString answers = record.answersJson.isEmpty() ? u"{}"_s : record.answersJson;
    const QList<Field> fields{
        {"scenario", before->scenario, record.scenario.trimmed()},
        {"network", before->network, record.network.trimmed()},
        {"device_model", before->deviceModel, record.deviceModel.trimmed()},
        {"os", before->os, record.os.trimmed()},
        {"region", before->region, record.region.trimmed()},
        {"diagnosis_answers", before->diagnosisAnswers, answers},
        {"root_cause_hypothesis", before->rootCauseHypothesis, record.hypothesis.trimmed()},
    };
    QList<Field> changed;
    for (const Field& field : fields) {
        if (field.oldValue != field.newValue)
            changed.append(field);
    }
    if (changed.isEmpty())
        return diagnosisDraft(id).isEmpty() || saveDiagnosisDraft(id, QString(), error);

    const QDateTime now = m_clock();
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery clearDraft(db);
    clearDraft.prepare(u"DELETE FROM diagnosis_drafts WHERE ticket_id = ?"_s);
    clearDraft.addBindValue(id);
    if (!clearDraft.exec()) {
        *error = describeSqlError(clearDraft.lastError(), m_database.path()).message;
        return false;
    }
    QStringList assignments;
    for (const Field& field : changed)
        assignments.append(QLatin1String(field.column) + u" = ?"_s);
    // Scenario and device are indexed: the row's words leave the search index and come back.
    searchindex::Writer searchRow(db);
    if (!searchRow.removeStored(id, error))
        return false;
    QSqlQuery q(db);
    // Column names come from the fixed list above.
    q.prepare(
        u"UPDATE tickets SET %1, updated_at = ? WHERE id = ?"_s.arg(assignments.join(u", "_s)));
    for (const Field& field : changed)
        q.addBindValue(field.newValue);
    q.addBindValue(ticketrows::toDb(now));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError(), m_database.path()).message;
        return false;
    }
    if (!searchRow.addStored(id, error))
        return false;
    for (const Field& field : changed) {
        const QString column = QLatin1String(field.column);
        const AuditEntry entry{id,
                               now,
                               m_actor,
                               u"diagnosis"_s,
                               column,
                               field.oldValue,
                               field.newValue,
                               record.readFromText.contains(column)
                                   ? QLatin1String(kReadFromTextReason)
                                   : QString()};
        if (!ticketrows::appendAudit(db, entry, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    Q_EMIT ticketChanged(id);
    return true;
}

bool TicketRepository::saveDiagnosisDraft(qint64 id, const QString& answersJson, QString* error)
{
    QSqlQuery q(m_database.connection());
    if (answersJson.isEmpty()) {
        q.prepare(u"DELETE FROM diagnosis_drafts WHERE ticket_id = ?"_s);
        q.addBindValue(id);
    } else {
        q.prepare(u"INSERT INTO diagnosis_drafts (ticket_id, answers, updated_at) VALUES (?, ?, ?) "
                  "ON CONFLICT(ticket_id) DO UPDATE SET answers = excluded.answers, "
                  "updated_at = excluded.updated_at"_s);
        q.addBindValue(id);
        q.addBindValue(answersJson);
        q.addBindValue(ticketrows::toDb(m_clock()));
    }
    if (!q.exec()) {
        *error = describeSqlError(q.lastError(), m_database.path()).message;
        return false;
    }
    return true;
}

QString TicketRepository::diagnosisDraft(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(u"SELECT answers FROM diagnosis_drafts WHERE ticket_id = ?"_s);
    q.addBindValue(id);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool TicketRepository::changeCategory(qint64 id, Category category, const QString& reason,
                                      QString* error)
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        *error = tr("Say why the category changes; the reason is kept in the ticket's history.");
        return false;
    }
    const std::optional<Ticket> before = find(id);
    if (!before) {
        *error = tr("Ticket %1 does not exist.").arg(id);
        return false;
    }
    if (before->category == category) {
        *error = tr("%1 already has this category.").arg(before->number);
        return false;
    }
    Ticket after = *before;
    after.category = category;
    after.priority = m_policy.priorityFor(category, after.customer);
    return writeClassification(*before, after, u"category"_s, why, error);
}

} // namespace rtcare
