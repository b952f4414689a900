// SPDX-License-Identifier: MIT
#include "storage/ticketrepository.h"

#include "model/inputlimits.h"
#include "model/ticketnumber.h"
#include "storage/database.h"
#include "storage/searchindex.h"
#include "storage/sqldialect.h"
#include "storage/ticketrows.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace rtcare {

namespace {

std::optional<Ticket> findBy(const Database& database, const QString& column,
                             const QVariant& value)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE %2 = ?")
                  .arg(ticketrows::selectColumns(), column));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return ticketrows::ticketFromQuery(q);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

TicketRepository::TicketRepository(Database& database, const SlaPolicy& policy, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_policy(policy)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

QString TicketRepository::nextNumber(QDate day) const
{
    const QString prefix = TicketNumber::dayPrefix(day);
    QSqlDatabase db = m_database.connection();
    if (sqldialect::engineOf(db) == sqldialect::Engine::PostgreSQL) {
        // Many desktops create at once: the server hands out the sequence (a counter row).
        QString ignored;
        const std::optional<int> sequence = sqldialect::allocateSequence(db, prefix, &ignored);
        return sequence ? TicketNumber{day, *sequence}.toString() : QString();
    }
    // SQLite: writers hold the file's write lock (BEGIN IMMEDIATE), so the highest number
    // read here cannot be taken by another writer before this transaction commits.
    QSqlQuery q(db);
    // Numbers of one day share a prefix; the highest sequence is found through the index.
    q.prepare(QStringLiteral("SELECT number FROM tickets WHERE number >= ? AND number < ? "
                             "ORDER BY length(number) DESC, number DESC LIMIT 1"));
    q.addBindValue(prefix);
    q.addBindValue(prefix + QLatin1Char('~'));
    int sequence = 0;
    if (q.exec() && q.next()) {
        if (const auto parsed = TicketNumber::parse(q.value(0).toString()))
            sequence = parsed->sequence;
    }
    return TicketNumber{day, sequence + 1}.toString();
}

QString TicketRepository::newTicketProblem(const NewTicket& input)
{
    const struct
    {
        QString text;
        qsizetype limit;
        QString field;
    } fields[] = {
        {input.customer.name.trimmed(), limits::kNameChars, tr("The customer's name")},
        {input.customer.contact.trimmed(), limits::kNameChars, tr("The contact")},
        {input.description.trimmed(), limits::kDescriptionChars, tr("The description")},
        {input.scenario.trimmed(), limits::kFieldChars, tr("The scenario")},
        {input.network.trimmed(), limits::kFieldChars, tr("The network")},
        {input.deviceModel.trimmed(), limits::kFieldChars, tr("The device model")},
        {input.os.trimmed(), limits::kFieldChars, tr("The operating system")},
        {input.region.trimmed(), limits::kFieldChars, tr("The region")},
        {input.assignee, limits::kNameChars, tr("The assignee")},
    };
    for (const auto& field : fields) {
        if (field.text.size() > field.limit)
            //: %1 is a field ("The description"); %2 the limit, e.g. "20,000"
            return tr("%1 is longer than %2 characters, the limit; shorten it.")
                .arg(field.field, QLocale().toString(qint64(field.limit)));
        if (field.text.contains(QChar(u'\0')))
            return tr("%1 contains a NUL character; remove it.").arg(field.field);
    }
    return {};
}

std::optional<Ticket> TicketRepository::create(const NewTicket& input, QString* error)
{
    if (input.customer.name.trimmed().isEmpty()) {
        *error = tr("The customer's name is missing.");
        return std::nullopt;
    }
    if (const QString problem = newTicketProblem(input); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const QDateTime now = m_clock();
    Ticket t;
    t.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    t.createdAt = now;
    t.updatedAt = now;
    t.customer = input.customer;
    t.customer.name = t.customer.name.trimmed();
    t.customer.contact = t.customer.contact.trimmed();
    t.channel = input.channel;
    t.category = input.category;
    t.description = input.description.trimmed();
    t.scenario = input.scenario.trimmed();
    t.network = input.network.trimmed();
    t.deviceModel = input.deviceModel.trimmed();
    t.os = input.os.trimmed();
    t.region = input.region.trimmed();
    t.assignee = input.assignee.isEmpty() ? m_actor : input.assignee;
    ticketrows::applyPolicy(t, m_policy);

    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return std::nullopt;
    }
    t.number = nextNumber(now.toLocalTime().date());
    const sqldialect::Engine engine = sqldialect::engineOf(db);
    QSqlQuery insert(db);
    insert.prepare(ticketrows::insertStatement() + sqldialect::returningId(engine));
    ticketrows::bindInsert(insert, t, m_policy);
    if (t.number.isEmpty() || !insert.exec()) {
        *error = describeSqlError(insert.lastError(), m_database.path()).message;
        return std::nullopt;
    }
    t.id = sqldialect::insertedId(insert, engine);
    if (!searchindex::Writer(db).add(t.id, t, error))
        return std::nullopt;
    const AuditEntry entry{t.id,      now,        m_actor, QStringLiteral("create"), QString(),
                           QString(), t.number,   QString()};
    if (!ticketrows::appendAudit(db, entry, error))
        return std::nullopt;
    // Which facts came from the customer's words rather than the agent: one row each, the
    // words as the reason.
    const std::pair<const char*, const QString*> facts[] = {
        {"scenario", &t.scenario}, {"network", &t.network}, {"device_model", &t.deviceModel},
        {"os", &t.os}};
    for (const auto& [field, value] : facts) {
        const QString name = QLatin1String(field);
        if (value->isEmpty() || !input.factsFromText.contains(name))
            continue;
        const AuditEntry read{t.id,    now,    m_actor, QLatin1String(kReadFromTextAction), name,
                              QString(), *value, input.factsFromText.value(name).left(200)};
        if (!ticketrows::appendAudit(db, read, error))
            return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return std::nullopt;
    }
    Q_EMIT ticketCreated(t.id);
    return t;
}

std::optional<Ticket> TicketRepository::find(qint64 id) const
{
    return findBy(m_database, QStringLiteral("id"), id);
}

std::optional<Ticket> TicketRepository::findByNumber(const QString& number) const
{
    return findBy(m_database, QStringLiteral("number"), number);
}

std::optional<Ticket> TicketRepository::findByUuid(const QString& uuid) const
{
    return findBy(m_database, QStringLiteral("uuid"), uuid);
}

bool TicketRepository::apply(qint64 id, TicketAction action, QString* error)
{
    const std::optional<Ticket> before = find(id);
    if (!before) {
        *error = tr("Ticket %1 does not exist.").arg(id);
        return false;
    }
    const std::optional<TicketStatus> next = statusAfter(before->status, action);
    if (!next) {
        *error = tr("%1: \"%2\" is not possible while the ticket is \"%3\".")
                     .arg(before->number, actionDisplayName(action),
                          statusDisplayName(before->status));
        return false;
    }
    const QDateTime now = m_clock();
    Ticket after = *before;
    after.status = *next;
    after.updatedAt = now;
    if (action == TicketAction::SendFirstResponse)
        after.firstResponseAt = now;
    if (before->status == TicketStatus::WaitingCustomer && before->waitingSince.isValid()) {
        after.waitingSeconds += std::max<qint64>(0, before->waitingSince.secsTo(now));
        after.waitingSince = QDateTime();
    }
    if (*next == TicketStatus::WaitingCustomer)
        after.waitingSince = now;
    if (*next == TicketStatus::Resolved)
        after.resolvedAt = now;
    if (action == TicketAction::Reopen)
        after.resolvedAt = QDateTime();
    if (!writeStatus(*before, after, action, error))
        return false;
    Q_EMIT ticketChanged(id);
    return true;
}

bool TicketRepository::writeStatus(const Ticket& before, const Ticket& after, TicketAction action,
                                   QString* error)
{
    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    const ticketrows::QueuePosition position = ticketrows::queuePosition(after);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE tickets SET status = ?, updated_at = ?, first_response_at = ?, resolved_at = ?, "
        "waiting_since = ?, waiting_seconds = ?, queue_rank = ?, queue_key = ? WHERE id = ? "
        "AND status = ?"));
    q.addBindValue(statusId(after.status));
    q.addBindValue(ticketrows::toDb(after.updatedAt));
    q.addBindValue(ticketrows::toDb(after.firstResponseAt));
    q.addBindValue(ticketrows::toDb(after.resolvedAt));
    q.addBindValue(ticketrows::toDb(after.waitingSince));
    q.addBindValue(after.waitingSeconds);
    q.addBindValue(position.rank);
    q.addBindValue(position.key);
    q.addBindValue(after.id);
    // The change was decided on the status read before: if a colleague (another desktop)
    // changed it meanwhile, nothing is overwritten.
    q.addBindValue(statusId(before.status));
    if (!q.exec()) {
        *error = describeSqlError(q.lastError(), m_database.path()).message;
        return false;
    }
    if (q.numRowsAffected() != 1) {
        const std::optional<Ticket> current = find(after.id);
        *error = tr("%1 was changed by a colleague meanwhile (it is now \"%2\"); nothing was "
                    "changed. Look again before changing it.")
                     .arg(before.number, current ? statusDisplayName(current->status)
                                                 : statusDisplayName(before.status));
        return false;
    }
    const QDateTime now = after.updatedAt;
    QList<AuditEntry> entries;
    entries.append({after.id, now, m_actor, actionId(action), QStringLiteral("status"),
                    statusId(before.status), statusId(after.status), QString()});
    if (action == TicketAction::SendFirstResponse) {
        const bool met = after.firstResponseAt <= after.firstResponseDue;
        entries.append({after.id, now, m_actor, actionId(action),
                        QStringLiteral("first_response_at"), QString(),
                        timeText(after.firstResponseAt),
                        met ? QStringLiteral("met") : QStringLiteral("missed")});
    }
    if (before.status == TicketStatus::WaitingCustomer) {
        entries.append({after.id, now, m_actor, actionId(action),
                        QStringLiteral("waiting_seconds"), QString::number(before.waitingSeconds),
                        QString::number(after.waitingSeconds), QString()});
    }
    for (const AuditEntry& entry : entries) {
        if (!ticketrows::appendAudit(db, entry, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool TicketRepository::changePriority(qint64 id, const QString& tierId, const QString& reason,
                                      QString* error)
{
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        *error = tr("Say why the priority changes; the reason is kept in the ticket's history.");
        return false;
    }
    if (!m_policy.tier(tierId)) {
        *error = tr("\"%1\" is not a priority tier of the active SLA policy.").arg(tierId);
        return false;
    }
    const std::optional<Ticket> before = find(id);
    if (!before) {
        *error = tr("Ticket %1 does not exist.").arg(id);
        return false;
    }
    if (before->priority == tierId) {
        *error = tr("%1 already has this priority.").arg(before->number);
        return false;
    }
    Ticket after = *before;
    after.priority = tierId;
    return writeClassification(*before, after, QStringLiteral("priority"), why, error);
}

bool TicketRepository::writeClassification(const Ticket& before, Ticket after,
                                           const QString& action, const QString& reason,
                                           QString* error)
{
    after.updatedAt = m_clock();
    const bool pending = !before.firstResponseAt.isValid() && isOpen(before.status);
    if (pending)
        ticketrows::applyPolicy(after, m_policy);
    const QDateTime riskAt =
        m_policy.instantAtPercent(after.priority, after.createdAt, m_policy.atRiskPercent());
    const ticketrows::QueuePosition position = ticketrows::queuePosition(after);

    QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    // The category is an indexed tag word: the row's words leave the index and come back.
    searchindex::Writer searchRow(db);
    if (!searchRow.removeStored(after.id, error))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE tickets SET category = ?, priority = ?, updated_at = ?, first_response_due = ?, "
        "first_response_risk_at = ?, queue_rank = ?, queue_key = ? WHERE id = ?"));
    q.addBindValue(categoryId(after.category));
    q.addBindValue(after.priority);
    q.addBindValue(ticketrows::toDb(after.updatedAt));
    q.addBindValue(ticketrows::toDb(after.firstResponseDue));
    q.addBindValue(ticketrows::toDb(riskAt)); // only read while the response is pending
    q.addBindValue(position.rank);
    q.addBindValue(position.key);
    q.addBindValue(after.id);
    if (!q.exec()) {
        *error = describeSqlError(q.lastError(), m_database.path()).message;
        return false;
    }
    if (!searchRow.addStored(after.id, error))
        return false;
    QList<AuditEntry> entries;
    auto changed = [&](const QString& field, const QString& oldValue, const QString& newValue) {
        if (oldValue != newValue)
            entries.append({after.id, after.updatedAt, m_actor, action, field, oldValue,
                            newValue, reason});
    };
    changed(QStringLiteral("category"), categoryId(before.category), categoryId(after.category));
    changed(QStringLiteral("priority"), before.priority, after.priority);
    changed(QStringLiteral("first_response_due"), timeText(before.firstResponseDue),
            timeText(after.firstResponseDue));
    for (const AuditEntry& entry : std::as_const(entries)) {
        if (!ticketrows::appendAudit(db, entry, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    Q_EMIT ticketChanged(after.id);
    return true;
}

QList<AuditEntry> TicketRepository::history(qint64 id) const
{
    QList<AuditEntry> entries;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT ticket_id, at, actor, action, field, old_value, new_value, "
                             "reason FROM audit WHERE ticket_id = ? ORDER BY id"));
    q.addBindValue(id);
    if (!q.exec())
        return entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), ticketrows::fromDb(q.value(1)),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                        q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return entries;
}

} // namespace rtcare
