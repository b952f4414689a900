// SPDX-License-Identifier: MIT
#include "exchange/ticketimport.h"

#include "exchange/ticketjson.h"
#include "storage/database.h"
#include "storage/ticketrepository.h"
#include "storage/ticketrows.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace rtcare {

namespace {

constexpr int kMaxReported = 20;

// Walks the non-blank lines of the input, parsing each into a ticket.
class LineReader
{
public:
    LineReader(QIODevice& input, const SlaPolicy& policy)
        : m_input(input)
        , m_policy(policy)
    {
    }

    // False at the end. Otherwise *ticket is set, or *reason says what is wrong.
    bool next(std::optional<Ticket>* ticket, QString* reason)
    {
        while (!m_input.atEnd()) {
            const QByteArray line = m_input.readLine().trimmed();
            ++m_line;
            if (line.isEmpty())
                continue;
            ticket->reset();
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
};

bool exists(QSqlDatabase& db, const char* column, const QString& value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM tickets WHERE %1 = ?").arg(QLatin1String(column)));
    q.addBindValue(value);
    return q.exec() && q.next();
}

} // namespace

std::optional<ImportResult> importTickets(QIODevice& input, const QString& source,
                                          TicketRepository& repository, QString* error)
{
    const SlaPolicy& policy = repository.policy();
    QStringList problems;
    auto report = [&](int line, const QString& reason) {
        if (problems.size() < kMaxReported)
            problems.append(QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(reason));
        else if (problems.size() == kMaxReported)
            problems.append(QStringLiteral("%1: more problems not shown").arg(source));
    };

    // Pass 1: check every line, and that no uuid or number appears twice in the file.
    const qint64 start = input.pos();
    QSet<QString> uuids;
    QSet<QString> numbers;
    int tickets = 0;
    {
        LineReader reader(input, policy);
        std::optional<Ticket> ticket;
        QString reason;
        while (reader.next(&ticket, &reason)) {
            if (!ticket) {
                report(reader.line(), reason);
                continue;
            }
            ++tickets;
            if (!ticket->uuid.isEmpty()) {
                if (uuids.contains(ticket->uuid))
                    report(reader.line(), QStringLiteral("uuid %1 appears twice in the file")
                                              .arg(ticket->uuid));
                uuids.insert(ticket->uuid);
            }
            if (!ticket->number.isEmpty()) {
                if (numbers.contains(ticket->number))
                    report(reader.line(), QStringLiteral("number %1 appears twice in the file")
                                              .arg(ticket->number));
                numbers.insert(ticket->number);
            }
        }
    }
    if (problems.isEmpty() && tickets == 0)
        problems.append(QStringLiteral("%1: no tickets found (expected one JSON object per line)")
                            .arg(source));
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    if (!input.seek(start)) {
        *error = QStringLiteral("%1: cannot read the file a second time").arg(source);
        return std::nullopt;
    }

    // Pass 2: write everything in one transaction.
    QSqlDatabase db = repository.database().connection();
    WriteTransaction transaction(db);
    if (!transaction.isActive()) {
        *error = QStringLiteral("%1: %2").arg(source, transaction.error());
        return std::nullopt;
    }
    QSqlQuery insert(db);
    insert.prepare(ticketrows::insertStatement());
    const QDateTime now = repository.now();
    ImportResult result;
    LineReader reader(input, policy);
    std::optional<Ticket> ticket;
    QString reason;
    while (reader.next(&ticket, &reason)) {
        if (!ticket) { // the file changed between the passes
            *error = QStringLiteral("%1:%2: %3").arg(source).arg(reader.line()).arg(reason);
            return std::nullopt;
        }
        Ticket& t = *ticket;
        if (!t.uuid.isEmpty() && exists(db, "uuid", t.uuid)) {
            ++result.skipped;
            continue;
        }
        if (t.uuid.isEmpty())
            t.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (t.number.isEmpty()) {
            t.number = repository.nextNumber(t.createdAt.toLocalTime().date());
        } else if (exists(db, "number", t.number)) {
            *error = QStringLiteral("%1:%2: number %3 already belongs to another ticket in the "
                                    "database; nothing was imported")
                         .arg(source)
                         .arg(reader.line())
                         .arg(t.number);
            return std::nullopt;
        }
        ticketrows::applyPolicy(t, policy);
        ticketrows::bindInsert(insert, t, policy);
        if (!insert.exec()) {
            *error = QStringLiteral("%1:%2: %3; nothing was imported")
                         .arg(source)
                         .arg(reader.line())
                         .arg(insert.lastError().text());
            return std::nullopt;
        }
        const AuditEntry entry{insert.lastInsertId().toLongLong(),
                               now,
                               repository.actor(),
                               QStringLiteral("import"),
                               QString(),
                               QString(),
                               source,
                               QString()};
        if (!ticketrows::appendAudit(db, entry, &reason)) {
            *error = QStringLiteral("%1:%2: %3").arg(source).arg(reader.line()).arg(reason);
            return std::nullopt;
        }
        ++result.imported;
    }
    if (!transaction.commit()) {
        *error = QStringLiteral("%1: %2; nothing was imported").arg(source, transaction.error());
        return std::nullopt;
    }
    if (result.imported > 0)
        repository.notifyImported(result.imported);
    return result;
}

} // namespace rtcare
