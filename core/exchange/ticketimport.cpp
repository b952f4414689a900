// SPDX-License-Identifier: MIT
#include "exchange/ticketimport.h"

#include "exchange/ticketjson.h"
#include "model/inputlimits.h"
#include "storage/searchindex.h"
#include "storage/sqldialect.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"
#include "storage/ticketrows.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <optional>
#include <utility>

namespace rtcare {

namespace {

constexpr int kMaxReported = 20;

// One line with its '\n', reading at most one byte more than the line limit allows.
QByteArray readLine(QIODevice& input)
{
    // readLine(n) returns at most n - 1 bytes.
    return input.readLine(limits::kImportLineBytes + 2);
}

bool tooLong(const QByteArray& line)
{
    return line.size() - (line.endsWith('\n') ? 1 : 0) > limits::kImportLineBytes;
}

// Walks the non-blank lines of the input, parsing each into a ticket.
class LineReader
{
public:
    LineReader(QIODevice& input, const SlaPolicy& policy)
        : m_input(input)
        , m_policy(policy)
    {
    }

    // False at the end. Otherwise *ticket is set, or *reason says what is wrong. A line
    // longer than the limit ends the reading (what follows cannot be told apart).
    bool next(std::optional<Ticket>* ticket, QString* reason)
    {
        while (!m_stopped) {
            const QByteArray raw = readLine(m_input);
            if (raw.isEmpty())
                return false; // the end (a blank line reads as "\n")
            ++m_line;
            ticket->reset();
            if (tooLong(raw)) {
                m_stopped = true;
                *reason = QStringLiteral("longer than %1, the limit for one ticket; the rest "
                                         "of the file was not read")
                              .arg(limits::bytesText(limits::kImportLineBytes));
                return true;
            }
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            QJsonParseError parseError{};
            const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                *reason = QStringLiteral("not valid JSON (%1 at character %2)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset + 1);
            } else if (!document.isObject()) {
                *reason = QStringLiteral("expected one JSON object per line");
            } else {
                *ticket = ticketjson::fromJson(document.object(), m_policy, reason);
            }
            return true;
        }
        return false;
    }
    [[nodiscard]] int line() const { return m_line; }

private:
    QIODevice& m_input;
    const SlaPolicy& m_policy;
    int m_line = 0;
    bool m_stopped = false;
};

struct StoredTicket
{
    qint64 id = 0;
    qint64 updatedAt = 0; // epoch seconds
    QString number;
};

// The insert statement turned into an update of every column of one row (row values).
QString updateStatement()
{
    QString sql = ticketrows::insertStatement();
    sql.replace(QStringLiteral("INSERT INTO tickets "), QStringLiteral("UPDATE tickets SET "));
    sql.replace(QStringLiteral(" VALUES "), QStringLiteral(" = "));
    return sql + QStringLiteral(" WHERE id = ?");
}

// The statements of one import, each prepared once: finding a stored ticket by uuid and a
// number's owner, inserting and updating tickets, their index rows and audit lines.
class ImportWriter
{
public:
    explicit ImportWriter(QSqlDatabase db)
        : m_db(db), m_engine(sqldialect::engineOf(db)), m_byUuid(db), m_byNumber(db),
          m_insert(db), m_update(db), searchRows(db), audit(db)
    {
        m_byUuid.prepare(
            QStringLiteral("SELECT id, updated_at, number FROM tickets WHERE uuid = ?"));
        m_byNumber.prepare(QStringLiteral("SELECT uuid FROM tickets WHERE number = ?"));
        m_insert.prepare(ticketrows::insertStatement() + sqldialect::returningId(m_engine));
        m_update.prepare(updateStatement());
    }

    // The stored ticket with this uuid.
    std::optional<StoredTicket> stored(const QString& uuid)
    {
        m_byUuid.bindValue(0, uuid);
        if (!m_byUuid.exec() || !m_byUuid.next())
            return std::nullopt;
        StoredTicket found{m_byUuid.value(0).toLongLong(), m_byUuid.value(1).toLongLong(),
                           m_byUuid.value(2).toString()};
        m_byUuid.finish();
        return found;
    }

    // The uuid of the stored ticket that has this number, if any.
    std::optional<QString> numberOwner(const QString& number)
    {
        m_byNumber.bindValue(0, number);
        if (!m_byNumber.exec() || !m_byNumber.next())
            return std::nullopt;
        const QString uuid = m_byNumber.value(0).toString();
        m_byNumber.finish();
        return uuid;
    }

    // The new ticket's id, or nullopt with the statement's error.
    std::optional<qint64> insert(const Ticket& ticket, const SlaPolicy& policy, QSqlError* error)
    {
        ticketrows::bindInsert(m_insert, ticket, policy);
        if (!m_insert.exec()) {
            *error = m_insert.lastError();
            return std::nullopt;
        }
        const qint64 id = sqldialect::insertedId(m_insert, m_engine);
        m_insert.finish();
        return id;
    }

    bool update(qint64 id, const Ticket& ticket, const SlaPolicy& policy, QSqlError* error)
    {
        static const int idPosition = int(ticketrows::insertStatement().count(QLatin1Char('?')));
        ticketrows::bindInsert(m_update, ticket, policy);
        m_update.bindValue(idPosition, id);
        if (m_update.exec())
            return true;
        *error = m_update.lastError();
        return false;
    }

private:
    QSqlDatabase m_db;
    sqldialect::Engine m_engine;
    QSqlQuery m_byUuid;
    QSqlQuery m_byNumber;
    QSqlQuery m_insert;
    QSqlQuery m_update;

public:
    searchindex::Writer searchRows;
    ticketrows::AuditAppender audit;
};

} // namespace

std::optional<ImportResult> importTickets(QIODevice& input, const QString& source,
                                          TicketRepository& repository, QString* error)
{
    StorageError failure;
    std::optional<ImportResult> result = importTickets(input, source, repository, &failure);
    if (!result)
        *error = failure.message;
    return result;
}

std::optional<ImportResult> importTickets(QIODevice& device, const QString& source,
                                          TicketRepository& repository, StorageError* error,
                                          const ImportOptions& options)
{
    // What comes through a pipe is held in memory first, within its limit and with every
    // line within the line limit (so that an input over a limit is refused before any work).
    QBuffer held;
    if (device.isSequential()) {
        // Read in blocks (a line at a time is a byte at a time on some devices), checking
        // each line and the total as the bytes arrive.
        QByteArray bytes;
        qsizetype lineStart = 0; // where the line being read starts
        int line = 1;
        bool tooLongLine = false;
        while (!tooLongLine && bytes.size() <= limits::kImportPipeBytes) {
            const QByteArray block = device.read(64 * 1024);
            if (block.isEmpty())
                break;
            const qsizetype from = bytes.size();
            bytes += block;
            for (qsizetype at = bytes.indexOf('\n', from); at >= 0 && !tooLongLine;
                 at = bytes.indexOf('\n', at + 1)) {
                tooLongLine = at - lineStart > limits::kImportLineBytes;
                if (!tooLongLine) {
                    lineStart = at + 1;
                    ++line;
                }
            }
            tooLongLine = tooLongLine || bytes.size() - lineStart > limits::kImportLineBytes;
        }
        if (tooLongLine || bytes.size() > limits::kImportPipeBytes) {
            *error = {StorageCause::BadInput,
                      tooLongLine
                          ? QStringLiteral("%1:%2: longer than %3, the limit for one ticket")
                                .arg(source)
                                .arg(line)
                                .arg(limits::bytesText(limits::kImportLineBytes))
                          : QStringLiteral("%1: more than %2, the limit for tickets read from "
                                           "standard input or a pipe; import from a file "
                                           "instead")
                                .arg(source, limits::bytesText(limits::kImportPipeBytes))};
            return std::nullopt;
        }
        held.setData(bytes);
        held.open(QIODevice::ReadOnly);
    }
    QIODevice& input = device.isSequential() ? static_cast<QIODevice&>(held) : device;
    const SlaPolicy& policy = repository.policy();
    QStringList problems;
    auto report = [&](int line, const QString& reason) {
        if (problems.size() < kMaxReported)
            problems.append(QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(reason));
        else if (problems.size() == kMaxReported)
            problems.append(QStringLiteral("%1: more problems not shown").arg(source));
    };

    // One pass: every line is read and checked once; the tickets are written as they come,
    // in one transaction, until the first problem. After a problem the rest of the file is
    // still checked (so that up to 20 problems are reported at once) and nothing is kept: the
    // transaction rolls back. The problems of the file come before a failure of a write.
    QSet<QString> uuids;
    QSet<QString> numbers;
    int tickets = 0;
    QSqlDatabase db = repository.database().connection();
    const QString databasePath = repository.database().path();
    std::optional<WriteTransaction> transaction;
    std::optional<ImportWriter> writer;
    std::optional<StorageError> writeFailure; // the first write that failed: nothing more written
    // A statement failed: a constraint is the file's fault, the rest the database's.
    auto failed = [&](int line, const QSqlError& sqlError) {
        StorageError described = describeSqlError(sqlError, databasePath);
        if (described.cause == StorageCause::BadInput)
            described.message = QStringLiteral("%1:%2: %3; nothing was imported")
                                    .arg(source)
                                    .arg(line)
                                    .arg(sqlError.databaseText());
        writeFailure = described;
    };
    const QDateTime now = repository.now();
    ImportResult result;
    LineReader reader(input, policy);
    std::optional<Ticket> ticket;
    QString reason;
    while (reader.next(&ticket, &reason)) {
        if (!ticket) {
            report(reader.line(), reason);
            continue;
        }
        if (++tickets > limits::kImportTickets) {
            report(reader.line(), QStringLiteral("more than %1 tickets, the limit for one "
                                                 "import; split the file")
                                      .arg(QLocale(QLocale::English).toString(limits::kImportTickets)));
            break;
        }
        if (!ticket->uuid.isEmpty()) {
            if (uuids.contains(ticket->uuid))
                report(reader.line(),
                       QStringLiteral("uuid %1 appears twice in the file").arg(ticket->uuid));
            uuids.insert(ticket->uuid);
        }
        if (!ticket->number.isEmpty()) {
            if (numbers.contains(ticket->number))
                report(reader.line(), QStringLiteral("number %1 appears twice in the file")
                                          .arg(ticket->number));
            numbers.insert(ticket->number);
        }
        if (!problems.isEmpty() || writeFailure)
            continue; // only checking from here on
        if (!transaction) {
            transaction.emplace(db);
            if (!transaction->isActive()) {
                writeFailure = transaction->failure();
                continue;
            }
            writer.emplace(db);
        }
        Ticket& t = *ticket;
        QSqlError sqlError;
        if (const auto existing = t.uuid.isEmpty() ? std::nullopt : writer->stored(t.uuid)) {
            const qint64 id = existing->id;
            const qint64 storedUpdatedAt = existing->updatedAt;
            if (t.updatedAt.toSecsSinceEpoch() <= storedUpdatedAt) {
                ++result.skipped;
                continue;
            }
            // The number is optional in the file: an update without one keeps the stored one.
            if (t.number.isEmpty()) {
                t.number = existing->number;
            } else if (t.number != existing->number) {
                if (options.renumberTaken) {
                    t.number = existing->number; // pushed again: the server's number stays
                } else if (const auto owner = writer->numberOwner(t.number)) {
                    writeFailure = {StorageCause::BadInput,
                                    QStringLiteral("%1:%2: number: %3 already belongs to another "
                                                   "ticket in the database (uuid %4); this ticket "
                                                   "(uuid %5) is %6. Remove the number from the "
                                                   "line to keep %6; nothing was imported")
                                        .arg(source)
                                        .arg(reader.line())
                                        .arg(t.number, *owner, t.uuid, existing->number)};
                    continue;
                }
            }
            ticketrows::applyPolicy(t, policy);
            if (!writer->searchRows.removeStored(id, &reason)) {
                writeFailure = {StorageCause::Other, reason};
                continue;
            }
            if (!writer->update(id, t, policy, &sqlError)) {
                failed(reader.line(), sqlError);
                continue;
            }
            const AuditEntry entry{
                id,
                now,
                repository.actor(),
                QStringLiteral("import_update"),
                QStringLiteral("updated_at"),
                QDateTime::fromSecsSinceEpoch(storedUpdatedAt, Qt::UTC).toString(Qt::ISODate),
                t.updatedAt.toUTC().toString(Qt::ISODate),
                source};
            if (!writer->searchRows.add(id, t, &reason) || !writer->audit.append(entry, &reason)) {
                writeFailure = {StorageCause::Other, reason};
                continue;
            }
            ++result.updated;
            continue;
        }
        if (t.uuid.isEmpty())
            t.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (t.number.isEmpty()) {
            t.number = repository.nextNumber(t.createdAt.toLocalTime().date());
        } else if (const auto owner = writer->numberOwner(t.number);
                   owner && options.renumberTaken) {
            const QString taken = t.number;
            t.number = repository.nextNumber(t.createdAt.toLocalTime().date());
            result.renumbered << QStringLiteral("%1 -> %2").arg(taken, t.number);
        } else if (owner) {
            writeFailure = {StorageCause::BadInput,
                            QStringLiteral("%1:%2: number: %3 already belongs to another ticket "
                                           "in the database (uuid %4); remove the number from "
                                           "the line to give this ticket a new one; nothing "
                                           "was imported")
                                .arg(source)
                                .arg(reader.line())
                                .arg(t.number, *owner)};
            continue;
        }
        ticketrows::applyPolicy(t, policy);
        const std::optional<qint64> newId = writer->insert(t, policy, &sqlError);
        if (!newId) {
            failed(reader.line(), sqlError);
            continue;
        }
        const AuditEntry entry{*newId,
                               now,
                               repository.actor(),
                               QStringLiteral("import"),
                               QString(),
                               QString(),
                               source,
                               QString()};
        if (!writer->searchRows.add(*newId, t, &reason) || !writer->audit.append(entry, &reason)) {
            writeFailure = {StorageCause::Other, reason};
            continue;
        }
        ++result.imported;
    }
    if (problems.isEmpty() && tickets == 0)
        problems.append(QStringLiteral("%1: no tickets found (expected one JSON object per line)")
                            .arg(source));
    if (!problems.isEmpty()) {
        *error = {StorageCause::BadInput, problems.join(QLatin1Char('\n'))};
        return std::nullopt;
    }
    if (writeFailure) {
        *error = *writeFailure;
        return std::nullopt;
    }
    writer.reset();
    if (!transaction->commit()) {
        *error = transaction->failure();
        return std::nullopt;
    }
    if (result.imported + result.updated > 0)
        repository.notifyImported(result.imported + result.updated);
    return result;
}

} // namespace rtcare
