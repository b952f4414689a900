// SPDX-License-Identifier: MIT
#pragma once

#include "replies/commitments.h"
#include "replies/tonechecker.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rtcare {
class TicketRepository;
}

namespace rtcare::replies {

struct SentReply
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime sentAt;
    QString actor;
    QString text;
    QStringList templates;
    QString findingsJson;
};

// Drafts, sent replies and commitments of tickets (schema version 4). Every change is one
// transaction with an audit row; marking a reply sent records the first response.
class ReplyStore
{
public:
    explicit ReplyStore(TicketRepository& repository) : m_repository(repository) {}

    [[nodiscard]] bool saveDraft(qint64 ticketId, const QString& text, QString* error);
    [[nodiscard]] QString draft(qint64 ticketId) const;

    // Saves the reply, its templates and findings, opens one commitment per candidate,
    // clears the draft, and (when the first response is still pending) records it.
    [[nodiscard]] std::optional<SentReply>
    markSent(qint64 ticketId, const QString& text, const QStringList& templates,
             const QList<ToneFinding>& findings, const QList<CommitmentCandidate>& commitments,
             QString* error);
    [[nodiscard]] QList<SentReply> replies(qint64 ticketId) const;
    // How often each template was part of a sent reply (all tickets).
    [[nodiscard]] QHash<QString, int> templateUsage() const;

    [[nodiscard]] QList<Commitment> commitments(qint64 ticketId) const;
    // Marks an open commitment "kept" or "broken".
    [[nodiscard]] bool closeCommitment(qint64 commitmentId, const QString& state, QString* error);

private:
    TicketRepository& m_repository;
};

} // namespace rtcare::replies
