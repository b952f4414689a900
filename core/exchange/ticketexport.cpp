// SPDX-License-Identifier: MIT
#include "exchange/ticketexport.h"

#include "exchange/ticketjson.h"
#include "storage/database.h"
#include "storage/ticketrows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rtcare {

std::optional<qint64> exportTickets(const Database& database, QIODevice& output, QString* error)
{
    QSqlQuery q(database.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM tickets ORDER BY id")
                    .arg(ticketrows::selectColumns()))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    qint64 count = 0;
    while (q.next()) {
        const Ticket ticket = ticketrows::ticketFromQuery(q);
        QByteArray line = QJsonDocument(ticketjson::toJson(ticket)).toJson(QJsonDocument::Compact);
        line.append('\n');
        if (output.write(line) != line.size()) {
            *error = output.errorString();
            return std::nullopt;
        }
        ++count;
    }
    return count;
}

} // namespace rtcare
