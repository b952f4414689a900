// SPDX-License-Identifier: MIT
#pragma once

#include "evidence/verdict.h"

#include <QDateTime>
#include <QList>

namespace rtcare {
class Database;
}

namespace rtcare::evidence {

struct EvidenceRecord
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString fileName;
    QString format;
    QString sha256;
    QDateTime importedAt;
    CallMetrics metrics;
};

// Call-statistics files attached to tickets (the evidence table). A file is stored as
// its figures (profile-independent), not its bytes; attaching the same file to the same
// ticket twice is refused. Every attachment leaves an audit row.
class EvidenceStore
{
public:
    explicit EvidenceStore(Database& database) : m_database(database) {}

    [[nodiscard]] std::optional<EvidenceRecord>
    attach(qint64 ticketId, const QString& fileName, const QString& sha256,
           const CallMetrics& metrics, const QDateTime& now, const QString& actor, QString* error);
    [[nodiscard]] QList<EvidenceRecord> forTicket(qint64 ticketId) const;
    // What all of a ticket's evidence says for the diagnosis ranking (see causeHintId):
    // "connection_failed" when any file shows a failed connection, else "user_network"
    // when any shows this customer's network failing, else "relay_path", else "device",
    // else "remote_party" when any shows the far end, else "not_network" when the files
    // show a clean network, else "unknown" (no evidence, or no usable data).
    [[nodiscard]] QString causeHint(qint64 ticketId, const ThresholdProfile& profile) const;
    [[nodiscard]] bool remove(qint64 evidenceId, const QDateTime& now, const QString& actor,
                              QString* error);

private:
    Database& m_database;
};

} // namespace rtcare::evidence
