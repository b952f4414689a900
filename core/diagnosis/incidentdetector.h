// SPDX-License-Identifier: MIT
#pragma once

#include "model/ticket.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare {
class Database;
}

namespace rtcare::diagnosis {

// When several open tickets of one category, filed close together, share a region (or
// scenario, or device model), the problem may be wider than one customer: the seed's "is
// it our servers?" answered by the queue itself. From resources/diagnosis/incident.json.
struct IncidentSettings
{
    int minTickets = 3;
    int windowMinutes = 30;
    QStringList match{QStringLiteral("region"), QStringLiteral("scenario"),
                      QStringLiteral("device_model")};

    [[nodiscard]] static std::optional<IncidentSettings>
    fromJson(const QByteArray& json, const QString& source, QString* error);
    // The user's override when present, else the built-in settings.
    [[nodiscard]] static std::optional<IncidentSettings> load(QString* error);
};

struct LinkedTicket
{
    qint64 id = 0;
    QString number;
    QDateTime createdAt;
};

struct IncidentHint
{
    QString field; // "region", "scenario" or "device_model"
    QString value; // what the tickets share, e.g. "广东 深圳"
    Category category = Category::Other;
    QList<LinkedTicket> tickets; // the ticket itself included, oldest first
};

class IncidentDetector
{
public:
    IncidentDetector(const Database& database, IncidentSettings settings);

    // Hints for `ticket` (open tickets only): for each field in the settings, the largest
    // group of open tickets of the same category sharing the ticket's value that were filed
    // within one window of minutes and include the ticket, when it has at least minTickets.
    [[nodiscard]] QList<IncidentHint> hintsFor(const Ticket& ticket) const;

    [[nodiscard]] const IncidentSettings& settings() const { return m_settings; }

private:
    const Database& m_database;
    IncidentSettings m_settings;
};

} // namespace rtcare::diagnosis
