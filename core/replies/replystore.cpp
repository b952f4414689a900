// SPDX-License-Identifier: MIT
#include "replies/replystore.h"

#include "storage/sqldialect.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"
#include "storage/ticketrows.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rtcare::replies {

namespace {

bool run(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

} // namespace

bool ReplyStore::saveDraft(qint64 ticketId, const QString& text, QString* error)
{
    QSqlQuery q(m_repository.database().connection());
    if (text.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM reply_drafts WHERE ticket_id = ?"));
        q.addBindValue(ticketId);
        return run(q, error);
    }
    q.prepare(QStringLiteral("INSERT INTO reply_drafts (ticket_id, text, updated_at) VALUES (?, ?, ?) "
                             "ON CONFLICT(ticket_id) DO UPDATE SET text = excluded.text, "
                             "updated_at = excluded.updated_at"));
    q.addBindValue(ticketId);
    q.addBindValue(text);
    q.addBindValue(ticketrows::toDb(m_repository.now()));
    return run(q, error);
}

QString ReplyStore::draft(qint64 ticketId) const
{
    QSqlQuery q(m_repository.database().connection());
    q.prepare(QStringLiteral("SELECT text FROM reply_drafts WHERE ticket_id = ?"));
    q.addBindValue(ticketId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

std::optional<SentReply> ReplyStore::markSent(qint64 ticketId, const QString& text,
                                              const QStringList& templates,
                                              const QList<ToneFinding>& findings,
                                              const QList<CommitmentCandidate>& commitments,
                                              QString* error)
{
    const std::optional<Ticket> ticket = m_repository.find(ticketId);
    if (!ticket) {
        *error = QStringLiteral("ticket %1 does not exist").arg(ticketId);
        return std::nullopt;
    }
    if (!ticket->firstResponseAt.isValid()
        && !m_repository.apply(ticketId, TicketAction::SendFirstResponse, error))
        return std::nullopt;

    QJsonArray findingArray;
    for (const ToneFinding& f : findings)
        findingArray.append(f.toJson());
    SentReply reply;
    reply.ticketId = ticketId;
    reply.sentAt = m_repository.now();
    reply.actor = m_repository.actor();
    reply.text = text;
    reply.templates = templates;
    reply.findingsJson = QString::fromUtf8(QJsonDocument(findingArray).toJson(QJsonDocument::Compact));

    QSqlDatabase db = m_repository.database().connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO replies (ticket_id, sent_at, actor, text, templates, "
                             "findings) VALUES (?, ?, ?, ?, ?, ?)")
              + sqldialect::returningId(sqldialect::engineOf(db)));
    q.addBindValue(ticketId);
    q.addBindValue(ticketrows::toDb(reply.sentAt));
    q.addBindValue(reply.actor);
    q.addBindValue(text);
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(templates)).toJson(QJsonDocument::Compact)));
    q.addBindValue(reply.findingsJson);
    if (!run(q, error))
        return std::nullopt;
    reply.id = sqldialect::insertedId(q, sqldialect::engineOf(db));

    AuditEntry audit{ticketId, reply.sentAt, reply.actor, QStringLiteral("reply"),
                     QStringLiteral("reply"), QString(),
                     QStringLiteral("%1 characters; templates: %2; findings: %3")
                         .arg(text.size())
                         .arg(templates.isEmpty() ? QStringLiteral("-")
                                                  : templates.join(QStringLiteral(", ")))
                         .arg(findings.size()),
                     QString()};
    if (!ticketrows::appendAudit(db, audit, error))
        return std::nullopt;
    for (const CommitmentCandidate& c : commitments) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO commitments (ticket_id, reply_id, promised_at, "
                                      "due_at, text) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(ticketId);
        insert.addBindValue(reply.id);
        insert.addBindValue(ticketrows::toDb(reply.sentAt));
        insert.addBindValue(ticketrows::toDb(c.due));
        insert.addBindValue(c.text);
        if (!run(insert, error))
            return std::nullopt;
        AuditEntry promised{ticketId, reply.sentAt, reply.actor, QStringLiteral("commitment"),
                            QStringLiteral("commitment"), QString(),
                            QStringLiteral("%1 (due %2)").arg(c.text, c.due.toString(Qt::ISODate)),
                            QString()};
        if (!ticketrows::appendAudit(db, promised, error))
            return std::nullopt;
    }
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM reply_drafts WHERE ticket_id = ?"));
    clear.addBindValue(ticketId);
    if (!run(clear, error))
        return std::nullopt;
    if (!transaction.commit()) {
        *error = transaction.error();
        return std::nullopt;
    }
    return reply;
}

QList<SentReply> ReplyStore::replies(qint64 ticketId) const
{
    QList<SentReply> result;
    QSqlQuery q(m_repository.database().connection());
    q.prepare(QStringLiteral("SELECT id, sent_at, actor, text, templates, findings FROM replies "
                             "WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return result;
    while (q.next()) {
        SentReply r;
        r.id = q.value(0).toLongLong();
        r.ticketId = ticketId;
        r.sentAt = ticketrows::fromDb(q.value(1));
        r.actor = q.value(2).toString();
        r.text = q.value(3).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            r.templates.append(v.toString());
        r.findingsJson = q.value(5).toString();
        result.append(r);
    }
    return result;
}

QHash<QString, int> ReplyStore::templateUsage() const
{
    QHash<QString, int> usage;
    QSqlQuery q(m_repository.database().connection());
    if (!q.exec(QStringLiteral("SELECT j.value, COUNT(*) FROM replies, json_each(replies.templates) "
                               "AS j GROUP BY j.value")))
        return usage;
    while (q.next())
        usage.insert(q.value(0).toString(), q.value(1).toInt());
    return usage;
}

QList<Commitment> ReplyStore::commitments(qint64 ticketId) const
{
    QList<Commitment> result;
    QSqlQuery q(m_repository.database().connection());
    q.prepare(QStringLiteral("SELECT id, promised_at, due_at, text, state, closed_at FROM "
                             "commitments WHERE ticket_id = ? ORDER BY due_at, id"));
    q.addBindValue(ticketId);
    if (!q.exec())
        return result;
    while (q.next()) {
        Commitment c;
        c.id = q.value(0).toLongLong();
        c.ticketId = ticketId;
        c.promisedAt = ticketrows::fromDb(q.value(1));
        c.dueAt = ticketrows::fromDb(q.value(2));
        c.text = q.value(3).toString();
        c.state = q.value(4).toString();
        c.closedAt = ticketrows::fromDb(q.value(5));
        result.append(c);
    }
    return result;
}

bool ReplyStore::closeCommitment(qint64 commitmentId, const QString& state, QString* error)
{
    if (state != QLatin1String("kept") && state != QLatin1String("broken")) {
        *error = QStringLiteral("a commitment is closed as kept or broken, not '%1'").arg(state);
        return false;
    }
    QSqlDatabase db = m_repository.database().connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT ticket_id, text FROM commitments WHERE id = ? AND state = 'open'"));
    find.addBindValue(commitmentId);
    if (!run(find, error))
        return false;
    if (!find.next()) {
        *error = QStringLiteral("commitment %1 is not open").arg(commitmentId);
        return false;
    }
    const QDateTime now = m_repository.now();
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE commitments SET state = ?, closed_at = ? WHERE id = ?"));
    update.addBindValue(state);
    update.addBindValue(ticketrows::toDb(now));
    update.addBindValue(commitmentId);
    if (!run(update, error))
        return false;
    AuditEntry audit{find.value(0).toLongLong(), now, m_repository.actor(),
                     QStringLiteral("commitment"), QStringLiteral("commitment_state"),
                     QStringLiteral("open"), state, find.value(1).toString()};
    if (!ticketrows::appendAudit(db, audit, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

} // namespace rtcare::replies
