// SPDX-License-Identifier: MIT
#include "diagnosis/incidentdetector.h"

#include "diagnosis/diagnosisfiles.h"
#include "model/status.h"
#include "storage/database.h"
#include "storage/ticketrows.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rtcare::diagnosis {

namespace {
const QStringList& matchableFields()
{
    static const QStringList fields{u"region"_s, u"scenario"_s, u"device_model"_s, u"network"_s,
                                    u"os"_s};
    return fields;
}

QString fieldValue(const Ticket& ticket, const QString& field)
{
    if (field == "region"_L1)
        return ticket.region;
    if (field == "scenario"_L1)
        return ticket.scenario;
    if (field == "device_model"_L1)
        return ticket.deviceModel;
    if (field == "network"_L1)
        return ticket.network;
    if (field == "os"_L1)
        return ticket.os;
    return {};
}
} // namespace

std::optional<IncidentSettings> IncidentSettings::fromJson(const QByteArray& json,
                                                           const QString& source, QString* error)
{
    const std::optional<QJsonObject> root = parseObject({json, source}, error);
    if (!root)
        return std::nullopt;
    IncidentSettings settings;
    settings.minTickets = root->value("min_tickets"_L1).toInt(settings.minTickets);
    settings.windowMinutes = root->value("window_minutes"_L1).toInt(settings.windowMinutes);
    if (settings.minTickets < 2) {
        *error = u"%1: min_tickets: must be a whole number of at least 2"_s.arg(source);
        return std::nullopt;
    }
    if (settings.windowMinutes < 1) {
        *error = u"%1: window_minutes: must be a positive whole number"_s.arg(source);
        return std::nullopt;
    }
    if (root->contains("match"_L1)) {
        settings.match.clear();
        for (const QJsonValue& value : root->value("match"_L1).toArray()) {
            if (!matchableFields().contains(value.toString())) {
                *error = u"%1: match: '%2' is not one of %3"_s.arg(source, value.toString(),
                                                                   matchableFields().join(u", "_s));
                return std::nullopt;
            }
            settings.match.append(value.toString());
        }
    }
    return settings;
}

std::optional<IncidentSettings> IncidentSettings::load(QString* error)
{
    const std::optional<DataFile> file = readDataFile(u"incident.json"_s, error);
    if (!file)
        return std::nullopt;
    return fromJson(file->data, file->source, error);
}

IncidentDetector::IncidentDetector(const Database& database, IncidentSettings settings)
    : m_database(database), m_settings(std::move(settings))
{
}

QList<IncidentHint> IncidentDetector::hintsFor(const Ticket& ticket) const
{
    QList<IncidentHint> hints;
    if (!isOpen(ticket.status) || !ticket.createdAt.isValid())
        return hints;
    const qint64 window = qint64(m_settings.windowMinutes) * 60;
    const qint64 created = ticket.createdAt.toSecsSinceEpoch();
    QStringList closed;
    for (TicketStatus status : kAllStatuses) {
        if (!isOpen(status))
            closed.append(u"'"_s + statusId(status) + u"'"_s);
    }
    for (const QString& field : m_settings.match) {
        const QString value = fieldValue(ticket, field);
        if (value.trimmed().isEmpty())
            continue;
        QSqlQuery q(m_database.connection());
        // The field name comes from the fixed list above, never from the user.
        q.prepare(
            u"SELECT id, number, created_at FROM tickets WHERE created_at BETWEEN ? AND ? "
            "AND category = ? AND %1 = ? AND status NOT IN (%2) ORDER BY created_at, id"_s.arg(
                field, closed.join(u", "_s)));
        q.addBindValue(created - window);
        q.addBindValue(created + window);
        q.addBindValue(categoryId(ticket.category));
        q.addBindValue(value);
        if (!q.exec())
            continue;
        QList<LinkedTicket> candidates;
        while (q.next())
            candidates.append(
                {q.value(0).toLongLong(), q.value(1).toString(), ticketrows::fromDb(q.value(2))});
        // The fullest window [start, start + window] that contains the ticket itself.
        QList<LinkedTicket> best;
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const qint64 start = candidates.at(i).createdAt.toSecsSinceEpoch();
            if (start > created)
                break;
            if (created - start > window)
                continue;
            QList<LinkedTicket> group;
            for (qsizetype j = i; j < candidates.size(); ++j) {
                if (candidates.at(j).createdAt.toSecsSinceEpoch() - start > window)
                    break;
                group.append(candidates.at(j));
            }
            if (group.size() > best.size())
                best = group;
        }
        if (best.size() >= m_settings.minTickets)
            hints.append({field, value, ticket.category, best});
    }
    return hints;
}

} // namespace rtcare::diagnosis
